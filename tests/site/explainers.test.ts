/**
 * The explainers as a reader gets them: length, citations, sources, the required
 * sections, figures with data tables, and notes that resolve both ways.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { contentIndex } from '../../src/content-check';
import { countWords } from '../../src/lib/text';
import { type Page, page } from '../helpers/dist';
import { builtLinkProblem, distLookup } from '../helpers/links';

const dist = inject('siteDir');
const slugs = readdirSync('content/explainers/en')
  .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
  .map((f) => f.replace(/\.mdx$/, ''));

/** Text of the article's main body, without citation marks, previews, figures or notes. */
function mainText(p: Page): string {
  const body = p.$('article .prose').clone();
  body.find('sup.cite, figure').remove();
  return body.text();
}

function sectionAfter(p: Page, heading: string) {
  const h2 = p.$('article .prose h2').filter((_, el) => p.$(el).text().trim() === heading);
  return { h2, content: h2.nextUntil('h2') };
}

describe.each(slugs)('explainer %s', (slug) => {
  let p: Page;
  beforeAll(() => {
    p = page(dist, `explainers/${slug}/index.html`);
  });

  it('has at least 1,800 words of main text', () => {
    expect(countWords(mainText(p))).toBeGreaterThanOrEqual(1800);
  });

  it('has at least 15 citations and 8 distinct sources', () => {
    expect(p.$('article sup.cite').length).toBeGreaterThanOrEqual(15);
    expect(p.$('#notes + ol > li').length).toBeGreaterThanOrEqual(8);
  });

  it('resolves every citation to a note, and every note back to each citation', () => {
    const ids = new Set(
      p
        .$('[id]')
        .map((_, el) => p.$(el).attr('id'))
        .get(),
    );
    p.$('article sup.cite > a').each((_, a) => {
      const href = p.$(a).attr('href') ?? '';
      expect(ids.has(href.slice(1)), href).toBe(true);
    });
    p.$('#notes + ol > li').each((i, li) => {
      expect(p.$(li).attr('id')).toBe(`note-${i + 1}`);
      const back = p.$(li).find('a[href^="#cite-"]');
      expect(back.length).toBeGreaterThan(0);
      back.each((_, a) => {
        expect(ids.has((p.$(a).attr('href') ?? '').slice(1))).toBe(true);
      });
      expect(p.$(li).find('a[href^="http"]').length, `note ${i + 1} links its source`).toBe(1);
    });
  });

  it('opens with a summary, 3 to 6 key points and a last-reviewed date', () => {
    expect(p.$('[data-pagefind-meta="summary"]').text().trim().length).toBeGreaterThan(200);
    const points = p.$('#key-points + ul > li').length;
    expect(points).toBeGreaterThanOrEqual(3);
    expect(points).toBeLessThanOrEqual(6);
    expect(p.$('article header time[datetime]').attr('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('has scannable sections, including why it mattered in May 2021', () => {
    expect(p.$('article .prose h2').length).toBeGreaterThanOrEqual(5);
    const { content } = sectionAfter(p, 'Why it mattered in May 2021');
    expect(countWords(content.text())).toBeGreaterThan(80);
  });

  it('answers at least four reader questions', () => {
    const { content } = sectionAfter(p, 'Frequently asked questions');
    const questions = content.filter('h3');
    expect(questions.length).toBeGreaterThanOrEqual(4);
    questions.each((_, q) => expect(p.$(q).text().trim().endsWith('?')).toBe(true));
  });

  it('marks later developments clearly, each dated', () => {
    const { content } = sectionAfter(p, 'What happened next');
    const later = content.filter('.later');
    expect(later.length).toBe(1);
    expect(later.find('.later-label').text()).toContain('after the talks of 5 May 2021');
    const items = later.find('p').filter((_, el) => p.$(el).find('strong').length > 0);
    expect(items.length).toBeGreaterThanOrEqual(2);
    items.each((_, el) => {
      expect(p.$(el).find('strong').first().text()).toMatch(/\b(19|20)\d{2}\b/);
      expect(p.$(el).find('sup.cite').length).toBeGreaterThan(0);
    });
  });

  it('has figures (at least one in a theme explainer): a chart with a text alternative, its sources and the data as a table', () => {
    const figures = p.$('article figure:not(.map)');
    // The story explainer draws no chart that would say less than its sentences.
    if (slug !== 'moscow-talks') expect(figures.length).toBeGreaterThanOrEqual(1);
    figures.each((_, fig) => {
      const chart = p.$(fig).find('.chart[role="img"]');
      expect(chart.length).toBe(1);
      for (const id of (chart.attr('aria-labelledby') ?? '').split(' ')) {
        expect(p.$(`#${id}`).text().trim().length).toBeGreaterThan(5);
      }
      expect(p.$(fig).find('.fig-sources a[href^="#note-"]').length).toBeGreaterThan(0);
      expect(p.$(fig).find('table tbody tr').length).toBeGreaterThan(0);
    });
    // Drawn at build time: no chart code, only the inline theme script.
    expect(p.$('script:not([type="application/ld+json"])').length).toBe(1);
  });

  it('sorts bars largest first unless the figure keeps its order, in the chart and its table', () => {
    p.$('article figure:has(.bars)').each((_, fig) => {
      const id = (p.$(fig).attr('id') ?? '').replace(/^figure-/, '');
      const data = contentIndex().figures.get(id)?.data;
      const number = (s: string) => Number(s.replace(/\D/g, ''));
      const drawn = p
        .$(fig)
        .find('.bars text')
        .map((_, t) => number(p.$(t).text()))
        .get();
      const table = p
        .$(fig)
        .find('tbody td.num')
        .map((_, t) => number(p.$(t).text()))
        .get();
      expect(table, id).toEqual(drawn);
      if (data?.kind === 'bar' && data.keepOrder) expect(drawn, id).toEqual(data.data.map((d) => d.value));
      else expect(drawn, id).toEqual([...drawn].sort((a, b) => b - a));
    });
  });

  it('lists a figure’s sources as note numbers in order, each with its publisher and a link to its note', () => {
    p.$('article figure:not(.map)').each((_, fig) => {
      const line = p.$(fig).find('p.fig-sources');
      expect(line.text()).toMatch(/^Sources?: \[\d+\] \S/);
      const entries = line
        .text()
        .replace(/^Sources?: /, '')
        .split('; ');
      const numbers = entries.map((e) => Number(/^\[(\d+)\]/.exec(e)?.[1]));
      expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
      expect(line.find('a').length).toBe(entries.length);
      entries.forEach((e, i) => {
        const n = numbers[i];
        expect(line.find('a').eq(i).attr('href')).toBe(`#note-${n}`);
        const name = e.replace(/^\[\d+\] /, '');
        expect(name.length, e).toBeGreaterThan(1);
        expect(p.$(`#note-${n} .note-meta`).text().startsWith(name), e).toBe(true);
      });
    });
  });

  it('links only to sections and pages that exist', () => {
    const lookup = distLookup(dist);
    p.$('article .prose a[href^="/"]').each((_, a) => {
      const href = p.$(a).attr('href') ?? '';
      expect(builtLinkProblem(lookup, `explainers/${slug}/index.html`, href), href).toBeUndefined();
    });
  });
});

describe("who's who", () => {
  const required = [
    'sergey-lavrov',
    'riyad-al-maliki',
    'maria-zakharova',
    'gabi-ashkenazi',
    'mahmoud-abbas',
    'united-nations',
    'united-states',
    'european-union',
    'russia',
    'rdif',
    'central-elections-commission',
  ];
  it.each(required)('has a cited profile page for %s', (id) => {
    const p = page(dist, `who/${id}/index.html`);
    expect(p.$('h1').text().trim().length).toBeGreaterThan(2);
    expect(p.$('article sup.cite').length).toBeGreaterThan(0);
    expect(p.$('#notes + ol > li a[href^="http"]').length).toBeGreaterThan(0);
  });

  it('is linked from the explainers', () => {
    const talks = page(dist, 'explainers/moscow-talks/index.html');
    expect(talks.$('a.who[href="/who/sergey-lavrov/"]').length).toBeGreaterThan(0);
  });
});

describe('heading anchors', () => {
  it('are the ids Astro published, for every heading of every explainer (the content check computes them the same way)', () => {
    const index = contentIndex(resolve('content'));
    for (const e of index.explainers.filter((x) => !x.draft)) {
      const p = page(dist, `${e.path.slice(1)}index.html`);
      const built = p
        .$('article .prose :is(h2, h3, h4, h5, h6)')
        .map((_, h) => p.$(h).attr('id'))
        .get();
      expect(
        e.headings.map((h) => h.slug),
        e.file,
      ).toEqual(built);
    }
  });
});
