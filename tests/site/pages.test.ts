/** Every built page: language, title, description, canonical; and what Pagefind indexed. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { defaultLang, langOfPath, languages, publishedLangs } from '../../src/i18n';
import { htmlPages, type Page, pagefindFragments } from '../helpers/dist';

const dist = inject('siteDir');
const SITE = 'https://context-desk.example';
let pages: Page[];
const explainerSlugs = readdirSync('content/explainers/en')
  .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
  .map((f) => f.replace(/\.mdx$/, ''));

beforeAll(() => {
  pages = htmlPages(dist);
});

describe('every page', () => {
  it('was built: home, search, 404 and one page per explainer', () => {
    const files = pages.map((p) => p.file);
    expect(files).toContain('index.html');
    expect(files).toContain('search/index.html');
    expect(files).toContain('404.html');
    for (const slug of explainerSlugs) expect(files).toContain(`explainers/${slug}/index.html`);
    // Every edition has the same: its home, search and 404, and each explainer translated.
    for (const lang of publishedLangs.filter((l) => l !== defaultLang)) {
      const prefix = languages[lang].prefix;
      expect(files).toContain(`${prefix}/index.html`);
      expect(files).toContain(`${prefix}/search/index.html`);
      expect(files).toContain(`${prefix}/404.html`);
      for (const slug of explainerSlugs) expect(files).toContain(`${prefix}/explainers/${slug}/index.html`);
    }
  });

  it("declares its edition's language and direction", () => {
    for (const { file, $ } of pages) {
      const lang = langOfPath(`/${file}`);
      expect($('html').attr('lang'), file).toBe(lang);
      expect($('html').attr('dir'), file).toBe(languages[lang].dir);
    }
  });

  it('has a title, a description and an absolute canonical URL on the site', () => {
    for (const { file, $ } of pages) {
      expect($('head > title').text().trim().length, `${file} title`).toBeGreaterThan(10);
      const description = $('meta[name="description"]').attr('content') ?? '';
      expect(description.length, `${file} description`).toBeGreaterThan(40);
      expect(description.length, `${file} description`).toBeLessThanOrEqual(160);
      const canonical = $('link[rel="canonical"]').attr('href') ?? '';
      expect(canonical.startsWith(`${SITE}/`), `${file} canonical ${canonical}`).toBe(true);
    }
  });

  it('has a skip link to the main content, a header with navigation and search, and a footer', () => {
    for (const { file, $ } of pages) {
      const skip = $('body a').first();
      expect(skip.attr('href'), file).toBe('#main');
      expect($('main#main').length, file).toBe(1);
      expect($('header nav a').length, file).toBeGreaterThan(2);
      expect($('header form[role="search"] input[name="q"]').length, file).toBe(1);
      expect($('footer').length, file).toBe(1);
    }
  });

  it('gives each explainer its own canonical URL', () => {
    for (const slug of explainerSlugs) {
      const p = pages.find((x) => x.file === `explainers/${slug}/index.html`);
      expect(p?.$('link[rel="canonical"]').attr('href')).toBe(`${SITE}/explainers/${slug}/`);
    }
  });

  it('loads nothing from another origin', () => {
    for (const { file, $ } of pages) {
      $('script[src], link[href], img[src], iframe[src], source[src]').each((_, el) => {
        const ref = $(el).attr('src') ?? $(el).attr('href') ?? '';
        // The canonical address and the other editions' (hreflang) are absolute, on the site itself.
        if ($(el).is('link[rel="canonical"], link[rel="alternate"][hreflang]')) return;
        expect(ref.startsWith('/') || ref.startsWith('#'), `${file}: ${ref}`).toBe(true);
      });
    }
  });

  it('puts no script on content pages but the small inline theme script', () => {
    for (const { file, $ } of pages.filter((p) => p.file.startsWith('explainers/'))) {
      const scripts = $('script:not([type="application/ld+json"])');
      expect(scripts.length, file).toBe(1);
      expect(scripts.attr('src'), file).toBeUndefined();
      expect(Buffer.byteLength(scripts.html() ?? ''), file).toBeLessThanOrEqual(1024);
    }
  });
});

describe('the search index', () => {
  it('has the Pagefind bundle', () => {
    for (const f of ['pagefind.js', 'pagefind-entry.json', 'pagefind-highlight.js']) {
      expect(existsSync(join(dist, 'pagefind', f)), f).toBe(true);
    }
    // The site's own interface replaces Pagefind's, which are not published; nor is the worker (search runs on the main thread).
    for (const f of ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-component-ui.js', 'pagefind-modular-ui.js', 'pagefind-worker.js']) {
      expect(existsSync(join(dist, 'pagefind', f)), f).toBe(false);
    }
  });

  it('indexes every explainer, by its article body only', () => {
    const fragments = pagefindFragments(dist);
    for (const slug of explainerSlugs) {
      const f = fragments.find((x) => x.url === `/explainers/${slug}/`);
      expect(f, slug).toBeDefined();
      expect(f?.word_count, slug).toBeGreaterThan(200);
      expect(f?.content, slug).not.toContain('Skip to main content');
      expect(f?.content, slug).not.toContain('Notes and sources');
    }
  });

  it('does not index the home, search or 404 pages', () => {
    const urls = pagefindFragments(dist).map((f) => f.url);
    for (const url of ['/', '/search/', '/404.html', '/404/']) expect(urls).not.toContain(url);
  });
});
