/** Sitemap, robots.txt, feeds, JSON-LD and social images, checked against their formats. (Reproducible builds: tests/e2e/rebuild.test.ts.) */

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, inject, it } from 'vitest';
import { langOfPath, localePath } from '../../src/i18n';
import { htmlPages, page } from '../helpers/dist';

const dist = inject('siteDir');
const SITE = 'https://context-desk.example';
const slugs = readdirSync('content/explainers/en')
  .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
  .map((f) => f.replace(/\.mdx$/, ''));
const xml = (file: string) => {
  const text = readFileSync(join(dist, file), 'utf8');
  expect(XMLValidator.validate(text), file).toBe(true);
  return new XMLParser({ ignoreAttributes: false }).parse(text);
};
const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

describe('sitemap and robots.txt', () => {
  it('lists every page but search and 404, as absolute URLs under the site', () => {
    const index = xml('sitemap-index.xml');
    expect(index.sitemapindex['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    const maps = [index.sitemapindex.sitemap].flat().map((s: { loc: string }) => s.loc);
    const urls = maps.flatMap((loc: string) => [xml(loc.replace(`${SITE}/`, '')).urlset.url].flat().map((u: { loc: string }) => u.loc));
    for (const slug of slugs) expect(urls).toContain(`${SITE}/explainers/${slug}/`);
    expect(urls).toContain(`${SITE}/who/sergey-lavrov/`);
    expect(urls.some((u: string) => /\/(search|404)\/?$/.test(u))).toBe(false);
    const pages = htmlPages(dist).filter((p) => !/^([a-z]{2}\/)?(404|search\/)/.test(p.file));
    expect(urls.length).toBe(pages.length);
  });
  it('robots.txt points to the sitemap', () => {
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${SITE}/sitemap-index.xml\n`);
  });
});

describe('feeds', () => {
  it('RSS 2.0 has a channel with title, link and description, and an item per explainer with guid and RFC 822 date', () => {
    const rss = xml('feed.xml').rss;
    expect(rss['@_version']).toBe('2.0');
    for (const k of ['title', 'link', 'description']) expect(String(rss.channel[k]).length, k).toBeGreaterThan(3);
    const items = [rss.channel.item].flat();
    for (const slug of slugs)
      expect(
        items.some((i: { link: string }) => i.link === `${SITE}/explainers/${slug}/`),
        slug,
      ).toBe(true);
    for (const i of items) {
      expect(String(i.guid['#text'] ?? i.guid)).toMatch(/^https:\/\//);
      expect(i.pubDate).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
      expect(i.description.length).toBeGreaterThan(100);
    }
  });
  it('JSON Feed 1.1 has its required fields', () => {
    const feed = JSON.parse(readFileSync(join(dist, 'feed.json'), 'utf8'));
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.title).toBeTruthy();
    expect(feed.feed_url).toBe(`${SITE}/feed.json`);
    expect(feed.home_page_url).toBe(`${SITE}/`);
    expect(feed.items.length).toBeGreaterThanOrEqual(slugs.length);
    const ids = new Set<string>();
    for (const item of feed.items) {
      expect(typeof item.id).toBe('string');
      expect(ids.has(item.id)).toBe(false);
      ids.add(item.id);
      expect(item.url).toMatch(/^https:\/\/context-desk\.example\/explainers\//);
      expect(item.content_text ?? item.content_html).toBeTruthy();
      expect(item.date_published).toMatch(isoDateTime);
    }
  });
  it('every page links to both feeds', () => {
    for (const { file, $ } of htmlPages(dist)) {
      // Its own edition's feeds.
      const lang = langOfPath(`/${file}`);
      expect($('link[rel="alternate"][type="application/rss+xml"]').attr('href'), file).toBe(localePath(lang, '/feed.xml'));
      expect($('link[rel="alternate"][type="application/feed+json"]').attr('href'), file).toBe(localePath(lang, '/feed.json'));
    }
  });
});

describe('structured data and sharing', () => {
  it.each(slugs)('%s has Article and BreadcrumbList JSON-LD with dates and publisher', (slug) => {
    const p = page(dist, `explainers/${slug}/index.html`);
    const blocks = p
      .$('script[type="application/ld+json"]')
      .map((_, el) => JSON.parse(p.$(el).html() ?? ''))
      .get();
    const article = blocks.find((b) => b['@type'] === 'Article');
    const crumbs = blocks.find((b) => b['@type'] === 'BreadcrumbList');
    expect(article['@context']).toBe('https://schema.org');
    expect(article.headline).toBe(p.$('h1').text());
    expect(article.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(article.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(article.publisher).toMatchObject({ '@type': 'Organization', name: 'Context Desk' });
    expect(article.mainEntityOfPage['@id']).toBe(`${SITE}/explainers/${slug}/`);
    expect(crumbs.itemListElement.map((i: { position: number }) => i.position)).toEqual([1, 2]);
    expect(crumbs.itemListElement.at(-1).item).toBe(`${SITE}/explainers/${slug}/`);
  });
  it.each(slugs)('%s has Open Graph and Twitter tags and its own 1200×630 social image', (slug) => {
    const p = page(dist, `explainers/${slug}/index.html`);
    const og = (prop: string) => p.$(`meta[property="og:${prop}"]`).attr('content');
    expect(og('type')).toBe('article');
    expect(og('url')).toBe(`${SITE}/explainers/${slug}/`);
    expect(og('image')).toBe(`${SITE}/og/${slug}.png`);
    expect(p.$('meta[name="twitter:card"]').attr('content')).toBe('summary_large_image');
    const png = readFileSync(join(dist, `og/${slug}.png`));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
});
