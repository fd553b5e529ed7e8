/**
 * How the site earns trust, as built: corrections at the end of each corrected page, a
 * corrections page newest first, corrections in the feeds, an about-and-method page linked
 * from every footer and every byline, and bylines with who published and when.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { langOfPath, localePath } from '../../src/i18n';
import { walkFiles } from '../../src/lib/files';
import { htmlPages, page } from '../helpers/dist';

const dist = inject('siteDir');
const corrections = walkFiles('content/corrections', (n) => n.endsWith('.yaml') && !n.startsWith('_')).map((f) => ({
  id:
    f
      .split('/')
      .pop()
      ?.replace(/\.yaml$/, '') ?? '',
  ...(parseYaml(readFileSync(f, 'utf8')) as { date: string; page: string; wrong: string; now: string }),
}));

describe('corrections', () => {
  it('are logged, at least one per fact-check finding fixed in round 2', () => {
    expect(corrections.length).toBeGreaterThanOrEqual(12);
  });

  it('show at the end of each corrected page, with the date, what it said and what it says now', () => {
    for (const c of corrections) {
      const path = c.page.split('#')[0] ?? '';
      const p = page(dist, `${path.slice(1)}index.html`);
      const item = p.$(`#correction-${c.id}`);
      expect(item.length, `${c.id} on ${path}`).toBe(1);
      expect(item.closest('section#corrections, section[aria-labelledby="corrections"]').length).toBe(1);
      expect(item.find('time').attr('datetime')).toBe(c.date);
      const text = item.text().replace(/\s+/g, ' ');
      expect(text).toContain(`Corrected on ${item.find('time').text()}. It said: ${c.wrong} It now says: ${c.now} Sources: `);
      expect(item.find('a[href^="http"]').length, c.id).toBeGreaterThan(0);
      // At the end: nothing of the article's own text follows them.
      expect(p.$('#corrections').nextAll('.prose, .key-points, .notes').length).toBe(0);
    }
  });

  it('are listed on /corrections/, newest first, each linked to its page', () => {
    const p = page(dist, 'corrections/index.html');
    const items = p.$('main ol > li');
    expect(items.length).toBe(corrections.length);
    const dates = items.map((_, li) => p.$(li).find('time').attr('datetime')).get();
    expect(dates).toEqual([...dates].sort().reverse());
    items.each((_, li) => {
      const id = p.$(li).attr('id') ?? '';
      const c = corrections.find((x) => x.id === id);
      expect(c, id).toBeDefined();
      expect(p.$(li).find(`a[href="${c?.page}"]`).length, id).toBe(1);
    });
  });

  it('go out in the feeds as updates of the explainers they correct', () => {
    const feed = JSON.parse(readFileSync(join(dist, 'feed.json'), 'utf8')) as { items: Array<{ id: string; title: string; url: string }> };
    const explainerCorrections = corrections.filter((c) => c.page.startsWith('/explainers/'));
    expect(explainerCorrections.length).toBeGreaterThan(0);
    for (const c of explainerCorrections) {
      const item = feed.items.find((i) => i.id.endsWith(`#correction-${c.id}`));
      expect(item?.title, c.id).toMatch(/^Correction: /);
      expect(item?.url).toBe(`https://context-desk.example${c.page}`);
    }
    expect(readFileSync(join(dist, 'feed.xml'), 'utf8')).toContain('<title>Correction: ');
  });
});

describe('about and method', () => {
  it('says who publishes the site, how explainers are checked, the sourcing rules, corrections, "last reviewed" and how to report an error', () => {
    const p = page(dist, 'about/index.html');
    const headings = p
      .$('main h2')
      .map((_, h) => p.$(h).text())
      .get();
    expect(headings).toEqual([
      'Who publishes the site',
      'How an explainer is researched and checked',
      'Sourcing rules',
      'Corrections',
      'What “last reviewed” means',
      'How to report an error',
    ]);
    expect(p.$('main a[href="/corrections/"]').length).toBe(1);
  });

  it('is linked from every page’s footer, with the corrections and the A–Z', () => {
    for (const { file, $ } of htmlPages(dist)) {
      // The trust pages are in English only: every edition links to them there; the A–Z is the edition's own.
      const az = localePath(langOfPath(`/${file}`), '/a-z/');
      for (const href of ['/about/', '/corrections/', az]) expect($(`footer a[href="${href}"]`).length, `${file} ${href}`).toBe(1);
    }
  });
});

describe('bylines', () => {
  it('name the publisher, link the method page, and give the first-published and last-reviewed dates', () => {
    for (const slug of ['quartet', 'elections', 'sputnik-v', 'moscow-talks']) {
      const p = page(dist, `explainers/${slug}/index.html`);
      const meta = p.$('article header .meta');
      expect(meta.text().replace(/\s+/g, ' ').trim()).toMatch(
        /^By Context Desk · Published \d{1,2} \w+ \d{4} · Last reviewed \d{1,2} \w+ \d{4} · \d+ min read$/,
      );
      expect(meta.find('a[href="/about/"]').text()).toBe('Context Desk');
      const ld = p
        .$('script[type="application/ld+json"]')
        .map((_, el) => JSON.parse(p.$(el).html() ?? ''))
        .get()
        .find((b) => b['@type'] === 'Article');
      expect(
        meta
          .find('time')
          .map((_, t) => p.$(t).attr('datetime'))
          .get(),
      ).toEqual([ld.datePublished, ld.dateModified]);
      expect(ld.author).toMatchObject({ '@type': 'Organization', name: 'Context Desk' });
    }
  });
});

describe('one home for each date', () => {
  it('an explainer that gives the date of a timeline event takes it from the event (<EventDate>)', () => {
    const p = page(dist, 'explainers/moscow-talks/index.html');
    const event = parseYaml(readFileSync('content/events/2021-05-08-quartet-envoys-east-jerusalem-statement.yaml', 'utf8')) as {
      date: string;
    };
    const time = p.$('article .prose .later strong time');
    expect(time.attr('datetime')).toBe(event.date);
    expect(time.text()).toBe('8 May 2021');
  });
});
