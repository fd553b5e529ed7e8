/**
 * The Arabic and Russian editions as built: every page in every edition, each page's language and
 * direction, its alternates (hreflang, x-default, the sitemap's), the language switcher, the
 * editions' own feeds, the same facts on every edition of an explainer, names in the form the
 * profiles record, dates and numbers in each locale, and Latin words isolated in Arabic text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, inject, it } from 'vitest';
import { contentIndex } from '../../src/content-check';
import { defaultLang, formatDate, type Lang, languages, localePath, publishedLangs } from '../../src/i18n';
import { htmlPages, page } from '../helpers/dist';

const dist = inject('siteDir');
const SITE = 'https://context-desk.example';
const index = contentIndex();
const others = publishedLangs.filter((l) => l !== defaultLang);
const slugs = readdirSync('content/explainers/en')
  .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
  .map((f) => f.replace(/\.mdx$/, ''));
const file = (lang: Lang, path: string) => `${localePath(lang, path).slice(1)}index.html`;

describe('editions', () => {
  it('are Arabic (right to left) and Russian, besides English at the root', () => {
    expect(publishedLangs).toEqual(['en', 'ar', 'ru']);
    expect(languages.ar.dir).toBe('rtl');
    expect(languages.ru.dir).toBe('ltr');
  });

  it.each(others)('%s: has every page English has but the trust pages, with its language and direction', (lang) => {
    const english = htmlPages(dist)
      .map((p) => p.file)
      .filter((f) => !/^(ar|ru)\//.test(f) && !/^(about|corrections|a-z)\//.test(f));
    expect(english.length).toBeGreaterThan(40);
    for (const f of english) {
      const path = f === '404.html' ? `${languages[lang].prefix}/404.html` : `${languages[lang].prefix}/${f}`;
      const p = page(dist, path);
      expect(p.$('html').attr('lang'), path).toBe(lang);
      expect(p.$('html').attr('dir'), path).toBe(languages[lang].dir);
    }
  });

  it('give every indexable page hreflang alternates for each edition that has it, and x-default, as absolute URLs', () => {
    for (const slug of slugs) {
      for (const lang of publishedLangs) {
        const p = page(dist, file(lang, `/explainers/${slug}/`));
        const alternates = Object.fromEntries(
          p
            .$('link[rel="alternate"][hreflang]')
            .map((_, el) => [[p.$(el).attr('hreflang') ?? '', p.$(el).attr('href') ?? '']])
            .get(),
        );
        expect(alternates).toEqual({
          en: `${SITE}/explainers/${slug}/`,
          ar: `${SITE}/ar/explainers/${slug}/`,
          ru: `${SITE}/ru/explainers/${slug}/`,
          'x-default': `${SITE}/explainers/${slug}/`,
        });
      }
    }
    // A page in English only names English alone.
    const about = page(dist, 'about/index.html');
    expect(about.$('link[rel="alternate"][hreflang]').length).toBe(2);
  });

  it('have a language switcher that leads to the same page in each edition, or says there is none', () => {
    const p = page(dist, file('ar', '/who/riyad-al-maliki/'));
    const nav = p.$('nav.lang-switch');
    expect(nav.find('[aria-current]').text()).toBe('العربية');
    expect(nav.find('a[hreflang="en"]').attr('href')).toBe('/who/riyad-al-maliki/');
    expect(nav.find('a[hreflang="ru"]').attr('href')).toBe('/ru/who/riyad-al-maliki/');
    expect(nav.find('p').length).toBe(0);
    // The method page is English only: the switcher leads to the editions' home pages and says why, in their language.
    const about = page(dist, 'about/index.html').$('nav.lang-switch');
    expect(about.find('a[hreflang="ar"]').attr('href')).toBe('/ar/');
    expect(about.find('p [lang="ar"]').text()).toContain('لا تتوفر');
    expect(about.find('p [lang="ru"]').text()).toContain('не переведена');
  });

  it('each have their RSS and JSON feeds, in their language, with their own explainers', () => {
    const parser = new XMLParser({ ignoreAttributes: false });
    for (const lang of others) {
      const prefix = languages[lang].prefix;
      const rss = parser.parse(readFileSync(join(dist, prefix, 'feed.xml'), 'utf8')).rss;
      expect(rss.channel.language).toBe(lang);
      const links = [rss.channel.item].flat().map((i: { link: string }) => i.link);
      for (const slug of slugs) expect(links).toContain(`${SITE}/${prefix}/explainers/${slug}/`);
      const json = JSON.parse(readFileSync(join(dist, prefix, 'feed.json'), 'utf8'));
      expect(json.language).toBe(lang);
      expect(json.feed_url).toBe(`${SITE}/${prefix}/feed.json`);
      for (const slug of slugs) expect(json.items.map((i: { url: string }) => i.url)).toContain(`${SITE}/${prefix}/explainers/${slug}/`);
    }
  });

  it('are listed in the sitemap as alternates of each other', () => {
    const text = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    for (const slug of slugs) {
      const entry = text.split('<url>').find((u) => u.includes(`<loc>${SITE}/explainers/${slug}/</loc>`)) ?? '';
      for (const lang of others) expect(entry, slug).toContain(`hreflang="${lang}" href="${SITE}/${lang}/explainers/${slug}/"`);
    }
  });
});

describe('the same facts in every edition of an explainer', () => {
  it.each(slugs)('%s: the same citations, figures and maps, people and terms as built', (slug) => {
    const facts = (lang: Lang) => {
      const p = page(dist, file(lang, `/explainers/${slug}/`));
      const body = p.$('article .prose');
      return {
        cites: body.find('sup.cite').length,
        notes: p.$('section.notes ol > li').length,
        figures: body
          .find('figure')
          .map((_, f) => p.$(f).attr('id'))
          .get(),
        people: body
          .find('a[href*="/who/"]')
          .map((_, a) => (p.$(a).attr('href') ?? '').replace(/^\/(ar|ru)\//, '/'))
          .get()
          .sort(),
        headings: body
          .find('h2, h3')
          .map((_, h) => h.tagName)
          .get(),
      };
    };
    const english = facts('en');
    expect(english.cites).toBeGreaterThan(20);
    for (const lang of others) expect(facts(lang), lang).toEqual(english);
  });
});

describe('names, dates and numbers', () => {
  it('name people in the form their profile records for each language, on every page that links them', () => {
    for (const lang of others) {
      for (const id of ['riyad-al-maliki', 'sergey-lavrov', 'mahmoud-abbas']) {
        const name = index.profiles.get(id)?.data.name[lang];
        expect(
          page(dist, file(lang, `/who/${id}/`))
            .$('h1')
            .text()
            .trim(),
          `${lang} ${id}`,
        ).toBe(name);
      }
    }
    expect(index.profiles.get('riyad-al-maliki')?.data.name).toMatchObject({ ar: 'رياض المالكي', ru: 'Рияд аль-Малики' });
  });

  it('record where each person’s spelling comes from, per edition', () => {
    for (const p of index.profiles.values()) {
      if (p.data.kind !== 'person') continue;
      const sources = Object.values(p.data.nameSources ?? {}).flat();
      expect(sources.length, p.id).toBeGreaterThan(0);
      for (const id of sources) expect(index.sources.has(id ?? ''), `${p.id}: ${id}`).toBe(true);
    }
  });

  it('format dates for the locale: Levantine months and Western digits in Arabic, Russian months in Russian', () => {
    expect(formatDate('2021-05-05', 'ar')).toBe('5 أيار 2021');
    expect(formatDate('2021-05-05', 'ru')).toBe('5 мая 2021 г.');
    const ar = page(dist, file('ar', '/timeline/')).$('time[datetime="2021-05-05"]').first().text();
    expect(ar).toBe('5 أيار 2021');
    expect(ar).not.toMatch(/[\u0660-\u0669]/);
  });

  it('isolate Latin words in Arabic text, so the punctuation around them lands right', () => {
    const p = page(dist, file('ar', '/explainers/sputnik-v/'));
    const isolated = p
      .$('article .prose bdi')
      .map((_, b) => p.$(b).text())
      .get();
    expect(isolated).toContain('V');
    expect(isolated.length).toBeGreaterThan(5);
    // No Latin letter left outside <bdi> in the Arabic prose's running text (notes and links to sources aside).
    const loose = p.$('article .prose p').clone().find('bdi, sup, a[href^="http"]').remove().end().text();
    expect(loose).not.toMatch(/[A-Za-z]/);
  });
});
