/** The reading features, as built: contents, notes, timeline, who's who, glossary, navigation, theme, print. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { contentIndex } from '../../src/content-check';
import { namePattern } from '../../src/content-check/glossary-mentions';
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
      // After the text's own headings, the page's key dates (when its theme has any) and notes.
      expect(links, sel).toEqual([...headings, ...(p.$('#key-dates').length ? ['#key-dates'] : []), '#notes']);
    }
    expect(p.$('details.toc-narrow > summary').text()).toBe('On this page');
    expect(p.$('details.toc-narrow a[href="#top"]').length).toBe(1);
  });

  it('numbers notes by first citation, in order', () => {
    const firsts: number[] = [];
    // Citation marks in the text, and the note numbers in figures' source lines.
    p.$('article sup.cite > a, article .fig-sources > a').each((_, a) => {
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

  it('has its theme, reading time, last-reviewed date, jump to top, previous/next, and related explainers that do not repeat them', () => {
    expect(p.$('.article-head .eyebrow').text()).toMatch(/ · /);
    expect(p.$('article header').text().replace(/\s+/g, ' ')).toMatch(/Last reviewed \d{1,2} \w+ \d{4} · \d+ min read/);
    expect(p.$('a[href="#top"]').length).toBeGreaterThan(0);
    expect(p.$('#top').length).toBe(1);
    const prevNext = p
      .$('a[rel="prev"], a[rel="next"]')
      .map((_, a) => p.$(a).attr('href'))
      .get();
    expect(prevNext.length).toBeGreaterThan(0);
    expect(prevNext.length).toBeLessThanOrEqual(2);
    const related = p
      .$('nav[aria-label="More explainers"] > ul:not(.prev-next) a')
      .map((_, a) => p.$(a).attr('href'))
      .get();
    for (const href of related) expect(prevNext, href).not.toContain(href);
  });

  it('gives every H2 and H3 of the text a "#" link to itself, named after the heading', () => {
    p.$('article .prose :is(h2, h3)').each((_, h) => {
      const links = p.$(h).find('a.hl');
      expect(links.length, p.$(h).attr('id')).toBe(1);
      expect(links.attr('href')).toBe(`#${p.$(h).attr('id')}`);
      expect(links.attr('aria-label')).toBe(`Link to section: ${p.$(h).text()}`);
      expect(links.text()).toBe('');
    });
  });

  it('links glossary terms to existing entries', () => {
    const glossary = page(dist, 'glossary/index.html');
    const terms = p.$('article a.term');
    expect(terms.length).toBeGreaterThan(0);
    terms.each((_, el) => {
      const id = (p.$(el).attr('href') ?? '').split('#')[1] ?? '';
      expect(glossary.$(`[id="${id}"] dd`).first().text().length, id).toBeGreaterThan(20);
    });
  });

  it('marks the first mention of every glossary term it mentions, by name or alias, in its text', () => {
    const names = [...contentIndex().glossary.values()].map((g) => ({
      id: g.id,
      res: [g.data.term.en, ...g.data.aliases.en].map(namePattern),
    }));
    const seen = new Set<string>();
    const unmarked: string[] = [];
    // Headings, links, citation marks and figures are not running text.
    const skip = new Set(['h2', 'h3', 'a', 'sup', 'figure', 'script']);
    interface DomNode {
      type: string;
      name?: string;
      attribs?: Record<string, string>;
      data?: string;
      children?: DomNode[];
    }
    const visit = (node: DomNode) => {
      if (node.type === 'tag') {
        if (node.name === 'a' && node.attribs?.['class'] === 'term') seen.add((node.attribs['href'] ?? '').split('#')[1] ?? '');
        if (skip.has(node.name ?? '')) return;
      }
      const text = node.type === 'text' ? (node.data ?? '') : '';
      if (text) {
        for (const t of names) {
          if (seen.has(t.id)) continue;
          const hit = t.res.map((re) => re.exec(text)).find((m) => m);
          if (!hit) continue;
          seen.add(t.id);
          unmarked.push(`${t.id}: "${text.slice(Math.max(0, hit.index - 30), hit.index + 40)}"`);
        }
      }
      for (const c of node.children ?? []) visit(c);
    };
    for (const el of p.$('article .prose').get()) visit(el as unknown as DomNode);
    expect(unmarked).toEqual([]);
    expect(seen.size).toBeGreaterThan(0);
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
  it('offers a theme filter as pages of their own, and an order choice, that work without JavaScript', () => {
    const p = page(dist, 'timeline/index.html');
    const events = p.$('.events > li');
    const themes = new Set(events.map((_, li) => p.$(li).attr('data-theme')).get());
    expect(p.$('.filter-nav a[aria-current="page"]').attr('href')).toBe('/timeline/');
    let shown = 0;
    for (const th of themes) {
      expect(p.$(`.filter-nav a[href="/timeline/${th}/"]`).length, th).toBe(1);
      const one = page(dist, `timeline/${th}/index.html`);
      const list = one.$('.events > li');
      expect(list.length, th).toBeGreaterThan(0);
      list.each((_, li) => {
        expect(one.$(li).attr('data-theme')).toBe(th);
      });
      expect(one.$('.filter-nav a[aria-current="page"]').attr('href')).toBe(`/timeline/${th}/`);
      shown += list.length;
    }
    expect(shown).toBe(events.length);
    expect(p.$('input#o-new[type="radio"]').length).toBe(1);
  });

  it('puts the events under year headings, with a list of years to jump to', () => {
    const p = page(dist, 'timeline/index.html');
    const years = p
      .$('.years h2')
      .map((_, h) => p.$(h).text())
      .get();
    expect(years).toEqual([...new Set(years)].sort());
    expect(years.length).toBeGreaterThan(8);
    for (const y of years) {
      expect(p.$(`.years-nav a[href="#y-${y}"]`).length, y).toBe(1);
      p.$(`[id="y-${y}"]`)
        .closest('section')
        .find('.events time')
        .each((_, t) => {
          expect(p.$(t).attr('datetime')?.slice(0, 4)).toBe(y);
        });
    }
  });

  it('sets the talks of 5 May 2021 apart, and links to them from the top', () => {
    for (const file of ['timeline/index.html', 'timeline/moscow-talks/index.html']) {
      const p = page(dist, file);
      const story = p.$('.events > li.story');
      expect(story.length, file).toBe(1);
      expect(story.attr('id')).toBe('2021-05-05-lavrov-maliki-talks');
      expect(story.find('.story-label').text()).toMatch(/centre of this story/);
      expect(p.$('.years-nav a[href="#2021-05-05-lavrov-maliki-talks"]').length).toBe(1);
    }
  });

  it('names each publisher once in an event’s sources, with a link to each of its pages', () => {
    const p = page(dist, 'timeline/index.html');
    const urlOf = (id: string) => /^url: "?([^"\n]+)"?/m.exec(readFileSync(join('content/sources', `${id}.yaml`), 'utf8'))?.[1];
    for (const id of ids('events')) {
      const line = p.$(`[id="${id}"] p`).last();
      const text =
        line
          .text()
          .replace(/^Sources: /, '')
          .split(' · ')[0] ?? '';
      const publishers = text.split('; ').map((x) => x.replace(/ \(.*$/, ''));
      expect(publishers, id).toEqual([...new Set(publishers)]);
      const cites = (/^cite: \[(.*)\]/m.exec(readFileSync(join('content/events', `${id}.yaml`), 'utf8'))?.[1] ?? '').split(/,\s*/);
      const linked = new Set(
        line
          .find('a[href^="http"]')
          .map((_, a) => p.$(a).attr('href'))
          .get(),
      );
      expect(linked, id).toEqual(new Set(cites.map(urlOf)));
    }
    expect(p.$('[id="2021-05-05-lavrov-maliki-talks"] p').last().text()).toMatch(/TASS \(1, 2, 3\)/);
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
      .$('section[aria-labelledby="mentioned"] a')
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

describe("who's who, grouped and named", () => {
  const yaml = (id: string) => readFileSync(join('content/profiles', `${id}.yaml`), 'utf8');
  const list = (id: string, field: string) => JSON.parse(new RegExp(`^${field}: (\\[.*\\])$`, 'm').exec(yaml(id))?.[1] ?? '[]') as string[];

  it('makes each card one link, with nothing else to activate inside it', () => {
    const index = page(dist, 'who/index.html');
    const cards = index.$('main section li');
    expect(cards.length).toBe(ids('profiles').length);
    cards.each((_, li) => {
      expect(index.$(li).find('a, button, input, summary, [tabindex]').length).toBe(1);
      expect(index.$(li).children('a.card').length).toBe(1);
    });
  });

  it('groups people and organisations by where they stand, people by family name', () => {
    const index = page(dist, 'who/index.html');
    expect(
      index
        .$('main section > h2')
        .map((_, h) => index.$(h).text())
        .get(),
    ).toEqual(['Russia', 'Palestinians', 'Israel', 'International']);
    const palestinians = index
      .$('#who-palestinian-people + ul .who-name')
      .map((_, n) => index.$(n).text())
      .get();
    expect(palestinians.slice(0, 4)).toEqual(['Mahmoud Abbas', 'Yasser Arafat', 'Marwan Barghouti', 'Ismail Haniyeh']);
    const family = (n: string) => (n.split(' ').pop() ?? '').replace(/^al-/, '');
    index.$('main section ul').each((_, ul) => {
      const names = index
        .$(ul)
        .find('.who-name')
        .map((_, n) => index.$(n).text())
        .get();
      if (index.$(ul).prev('h3').text() === 'People') expect(names).toEqual([...names].sort((a, b) => family(a).localeCompare(family(b))));
    });
  });

  it('shows other names, never misspellings or the page’s own name, and keeps them all for search', () => {
    const vocabulary = readFileSync(join(dist, 'search-words.json'), 'utf8'); // the words search corrects misspellings to
    for (const id of ids('profiles')) {
      const p = page(dist, `who/${id}/index.html`);
      const name = p.$('h1').text();
      const shown = p
        .$('article p:contains("Also known as")')
        .text()
        .replace(/^Also known as: /, '')
        .split(', ')
        .filter(Boolean);
      for (const alias of list(id, 'searchAliases')) {
        if (alias !== name && !list(id, 'otherNames').includes(alias)) expect(shown, `${id}: ${alias}`).not.toContain(alias);
        for (const word of alias
          .toLowerCase()
          .split(/[\s-]+/)
          .filter((w) => /^\p{L}{4,}$/u.test(w)))
          expect(vocabulary, alias).toContain(`"${word}"`);
      }
      for (const other of list(id, 'otherNames')) expect(shown, `${id}: ${other}`).toContain(other);
      expect(shown, id).not.toContain(name);
    }
    expect(page(dist, 'who/hamas/index.html').$('article p:contains("Also known as")').text()).toBe(
      'Also known as: Islamic Resistance Movement',
    );
    // Shown nowhere, but indexed: the search still finds "Hamass".
    expect(page(dist, 'who/hamas/index.html').$('article p[hidden]').text()).toContain('Hamass');
    expect(page(dist, 'who/russia/index.html').$('article p:contains("Also known as")').text()).toBe('Also known as: Russian Federation');
  });

  it('lists the pages that mention them by kind, each kind under a heading', () => {
    const p = page(dist, 'who/sergey-lavrov/index.html');
    const headings = p
      .$('section[aria-labelledby="mentioned"] h3')
      .map((_, h) => p.$(h).text())
      .get();
    expect(headings).toEqual(expect.arrayContaining(['Explainers', 'Timeline']));
    p.$('section[aria-labelledby="mentioned"] h3').each((_, h) => {
      const hrefs = p
        .$(h)
        .next('ul')
        .find('a')
        .map((_, a) => p.$(a).attr('href'))
        .get();
      expect(hrefs.length).toBeGreaterThan(0);
      const want = { Explainers: '/explainers/', Timeline: '/timeline/#', Glossary: '/glossary/#', People: '/who/' }[p.$(h).text()];
      if (want) for (const href of hrefs) expect(href.startsWith(want), href).toBe(true);
    });
  });

  it('labels a source in another language wherever sources are listed', () => {
    const p = page(dist, 'who/tor-wennesland/index.html');
    const note = p.$('.notes li').filter((_, li) => p.$(li).find('a[hreflang="fr"]').length > 0);
    expect(note.length).toBe(1);
    expect(note.find('.note-body').text()).toMatch(/\(in French\)\./);
    const timeline = page(dist, 'timeline/index.html');
    expect(timeline.$('[id="2021-04-22-zakharova-announces-maliki-visit"]').text()).toMatch(/Al-Ahram Gate \(MENA\) \(in Arabic\)/);
  });
});

describe('the way around', () => {
  it('links the A–Z index from every page’s footer', () => {
    for (const file of ['index.html', 'explainers/quartet/index.html', 'timeline/index.html', '404.html']) {
      expect(page(dist, file).$('footer a[href="/a-z/"]').length, file).toBe(1);
    }
  });

  it('gives the 404 page one search box and the list of explainers', () => {
    const p = page(dist, '404.html');
    expect(p.$('form[role="search"]').length).toBe(1);
    for (const slug of slugs) expect(p.$(`main a[href="/explainers/${slug}/"]`).length, slug).toBe(1);
  });
});
