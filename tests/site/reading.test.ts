/** The reading features, as built: contents, notes, timeline, who's who, glossary, navigation, theme, print. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { walkFiles } from '../../src/lib/files';
import { isAfterStory } from '../../src/lib/story';
import { type Page, page } from '../helpers/dist';

const dist = inject('siteDir');
const ids = (dir: string) =>
  readdirSync(join('content', dir))
    .filter((f) => /\.ya?ml$/.test(f) && !f.startsWith('_'))
    .map((f) => f.replace(/\.ya?ml$/, ''));
const slugs = readdirSync('content/explainers/en')
  .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
  .map((f) => f.replace(/\.mdx$/, ''));
const css = () =>
  walkFiles(join(dist, '_astro'), (n) => n.endsWith('.css'))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');

describe.each(slugs)('explainer %s', (slug) => {
  let p: Page;
  beforeAll(() => {
    p = page(dist, `explainers/${slug}/index.html`);
  });

  it('lists every H2 and H3 in its contents, collapsible for narrow screens and as a list for wide ones', () => {
    const headings = p
      .$('article .prose :is(h2, h3)')
      .map((_, h) => `#${p.$(h).attr('id')}`)
      .get();
    expect(headings.length).toBeGreaterThan(5);
    for (const sel of ['details.toc-narrow', 'nav.toc-wide']) {
      const links = p
        .$(`${sel} a[href^="#"]`)
        .map((_, a) => p.$(a).attr('href'))
        .get()
        .filter((h) => h !== '#top');
      expect(links, sel).toEqual(headings);
    }
    expect(p.$('details.toc-narrow > summary').text()).toBe('Contents');
  });

  it('numbers notes by first citation, in order', () => {
    const firsts: number[] = [];
    p.$('article sup.cite > a').each((_, a) => {
      const n = Number((p.$(a).attr('href') ?? '').replace('#note-', ''));
      if (!firsts.includes(n)) firsts.push(n);
    });
    expect(firsts).toEqual(firsts.map((_, i) => i + 1));
    expect(p.$('.notes li').length).toBe(firsts.length);
  });

  it('embeds its own theme’s events up to the talks, linked to the timeline', () => {
    const links = p
      .$('#key-dates + ol a')
      .map((_, a) => p.$(a).attr('href'))
      .get();
    expect(links.length).toBeGreaterThan(3);
    const timeline = page(dist, 'timeline/index.html');
    const theme = timeline.$(`[id="${(links[0] ?? '').split('#')[1]}"]`).attr('data-theme');
    for (const href of links) {
      const li = timeline.$(`[id="${href.split('#')[1]}"]`);
      expect(li.attr('data-theme'), href).toBe(theme);
    }
    const before = timeline
      .$(`.events > li[data-theme="${theme}"]`)
      .filter((_, li) => !isAfterStory(timeline.$(li).find('time').attr('datetime') ?? ''));
    expect(before.length).toBe(links.length);
    expect(p.$('.key-dates a[href="/timeline/"]').length).toBe(1);
  });

  it('has breadcrumbs, reading time, last-reviewed date, jump to top, previous/next and related explainers', () => {
    expect(p.$('nav.breadcrumbs li[aria-current="page"]').text()).toBe(p.$('h1').text());
    expect(p.$('article header').text().replace(/\s+/g, ' ')).toMatch(/Last reviewed \d{1,2} \w+ \d{4} · \d+ min read/);
    expect(p.$('a[href="#top"]').length).toBeGreaterThan(0);
    expect(p.$('#top').length).toBe(1);
    expect(p.$('a[rel="prev"], a[rel="next"]').length).toBeGreaterThan(0);
    expect(p.$('a[rel="next"]').length + p.$('a[rel="prev"]').length).toBeLessThanOrEqual(2);
    expect(p.$('nav[aria-label="More explainers"] ul').first().find('a[href^="/explainers/"]').length).toBeGreaterThan(0);
  });

  it('links glossary terms to existing entries, with the definition inline', () => {
    const glossary = page(dist, 'glossary/index.html');
    p.$('article .tip').each((_, el) => {
      const a = p.$(el).children('a');
      const id = (a.attr('href') ?? '').split('#')[1] ?? '';
      expect(glossary.$(`[id="${id}"]`).length, id).toBe(1);
      const tip = p.$(`#${a.attr('aria-describedby')}`);
      expect(tip.attr('role')).toBe('tooltip');
      expect(tip.text().length).toBeGreaterThan(20);
    });
  });

  it('links mentions to who’s-who pages that exist', () => {
    const links = p
      .$('article a.who')
      .map((_, a) => p.$(a).attr('href'))
      .get();
    expect(links.length).toBeGreaterThan(2);
    for (const href of links) expect(page(dist, `${href.slice(1)}index.html`).$('h1').length, href).toBe(1);
  });
});

describe('timeline page', () => {
  it('shows every event with its date, sources and explainer section', () => {
    const p = page(dist, 'timeline/index.html');
    const events = ids('events');
    expect(p.$('.events > li').length).toBe(events.length);
    for (const id of events) {
      const li = p.$(`[id="${id}"]`);
      expect(li.find('time[datetime]').length, id).toBe(1);
      expect(li.find('a[href^="http"]').length, id).toBeGreaterThan(0);
      expect(li.find('a[href^="/explainers/"]').length, id).toBe(1);
    }
  });
  it('offers a theme filter and an order choice that work without JavaScript', () => {
    const p = page(dist, 'timeline/index.html');
    const themes = new Set(
      p
        .$('.events > li')
        .map((_, li) => p.$(li).attr('data-theme'))
        .get(),
    );
    for (const th of themes) expect(p.$(`input#f-${th}[type="radio"] + label`).length, th).toBe(1);
    expect(p.$('input#f-all[checked]').length).toBe(1);
    expect(p.$('input#o-new').length).toBe(1);
    expect(p.html).toContain(`.timeline:has(#f-${[...themes][0]}:checked)`);
  });
});

describe("who's who", () => {
  it('has a page per person and organisation, each listing the pages that mention it', () => {
    const profiles = ids('profiles');
    const index = page(dist, 'who/index.html');
    for (const id of profiles) {
      expect(index.$(`a[href="/who/${id}/"]`).length, id).toBe(1);
      const p = page(dist, `who/${id}/index.html`);
      expect(p.$('article sup.cite').length, id).toBeGreaterThan(0);
    }
    const lavrov = page(dist, 'who/sergey-lavrov/index.html');
    const mentioned = lavrov
      .$('#mentioned + ul a')
      .map((_, a) => lavrov.$(a).attr('href'))
      .get();
    expect(mentioned).toContain('/explainers/moscow-talks/');
    expect(mentioned).toContain('/explainers/quartet/');
  });
});

describe('glossary page', () => {
  it('defines every term, with its sources', () => {
    const p = page(dist, 'glossary/index.html');
    for (const id of ids('glossary')) {
      const entry = p.$(`[id="${id}"]`);
      expect(entry.find('dt').text().length, id).toBeGreaterThan(1);
      expect(entry.find('dd a[href^="http"]').length, id).toBeGreaterThan(0);
    }
  });
});

describe('theme, layout and print', () => {
  it('offers light, dark and system themes, applied before the first paint', () => {
    const p = page(dist, 'index.html');
    expect(
      p
        .$('[data-theme-set]')
        .map((_, b) => p.$(b).attr('data-theme-set'))
        .get(),
    ).toEqual(['light', 'dark', 'system']);
    const head = p.$('head script').html() ?? '';
    expect(head).toMatch(/localStorage[\s\S]*\.getItem\("theme"\)/);
    expect(css()).toMatch(/@media ?\(prefers-color-scheme: ?dark\)/);
  });
  it('has a print stylesheet that hides navigation and prints note URLs', () => {
    const styles = css();
    expect(styles).toMatch(/@media print/);
    expect(styles).toMatch(/\.note-body a:after\{content:" <" attr\(href\) ">"/);
  });
  it('respects reduced motion and shows focus', () => {
    const styles = css();
    expect(styles).toMatch(/@media ?\(prefers-reduced-motion: ?reduce\)/);
    expect(styles).toMatch(/:focus-visible\{outline:3px solid/);
  });
});
