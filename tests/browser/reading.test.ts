/** The interactive reading features in Chromium, with and without JavaScript. */
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import sharp from 'sharp';
import { describe, expect, inject, it } from 'vitest';
import { defaultLang, languages, publishedLangs } from '../../src/i18n';
import { PALETTES } from '../../src/maps/draw';
import { axeViolations } from '../helpers/axe';
import { useChrome } from '../helpers/browser';

const siteUrl = inject('siteUrl');
const at = (path: string) => new URL(path.replace(/^\//, ''), siteUrl).href;
const chrome = useChrome();

async function open(path: string, options: BrowserContextOptions = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chrome().newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  await page.goto(at(path));
  return { context, page };
}

/** The first interaction loads the enhancements; wait until they are running. */
async function enhance(page: Page) {
  await page.mouse.move(5, 5);
  await page.mouse.move(10, 10);
  await page.waitForSelector('#cite-preview', { state: 'attached' });
}

describe('contents', () => {
  it('marks the section being read while scrolling', async () => {
    const { context, page } = await open('/explainers/elections/');
    await enhance(page);
    const target = await page.locator('article .prose h2').nth(3).getAttribute('id');
    await page.locator(`[id="${target}"]`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.waitForFunction(
      (id) => document.querySelector('.toc-wide a[aria-current="location"]')?.getAttribute('href') === `#${id}`,
      target,
    );
    expect(await page.locator('.toc-wide a[aria-current]').count()).toBe(1);
    await context.close();
  });

  it('is collapsed on a phone and opens with the keyboard', async () => {
    const { context, page } = await open('/explainers/quartet/', { viewport: { width: 360, height: 800 } });
    const toc = page.locator('details.toc-narrow');
    expect(await toc.isVisible()).toBe(true);
    expect(await page.locator('nav.toc-wide').isVisible()).toBe(false);
    expect(await toc.getAttribute('open')).toBeNull();
    await toc.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await toc.getAttribute('open')).toBe('');
    expect(await toc.locator('a').first().isVisible()).toBe(true);
    await context.close();
  });
});

describe('contents on a long page on a phone', () => {
  const phone = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

  it('stays at hand far down the page, opens, lists key dates and notes, closes after a choice and names the section', async () => {
    const { context, page } = await open('/explainers/elections/', phone);
    await page.locator('article h1').tap();
    await page.waitForSelector('#cite-preview', { state: 'attached' });
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight * 0.55));
    const toc = page.locator('details.toc-narrow');
    const summary = toc.locator('summary');
    const box = await summary.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 120, JSON.stringify(box)).toBe(true);
    // The label names the section being read: the last heading above the reading line.
    const reading = async () =>
      page.evaluate(() => {
        let current = '';
        for (const h of document.querySelectorAll('article .prose :is(h2, h3), #key-dates, #notes'))
          if (h.getBoundingClientRect().top <= window.innerHeight * 0.25) current = h.id;
        return current;
      });
    const label = page.locator('details.toc-narrow .toc-now');
    const nameOf = async (id: string) => (await toc.locator(`a[href="#${id}"]`).textContent()) ?? '';
    const id = await reading();
    await page.waitForFunction((text) => document.querySelector('.toc-now')?.textContent === text, await nameOf(id));
    expect(((await label.textContent()) ?? '').length).toBeGreaterThan(3);

    await summary.tap();
    expect(await toc.getAttribute('open')).toBe('');
    for (const extra of ['#key-dates', '#notes']) expect(await toc.locator(`a[href="${extra}"]`).isVisible(), extra).toBe(true);
    const choice = toc.locator('ol a').nth(4);
    const hash = (await choice.getAttribute('href')) ?? '';
    await choice.tap();
    await page.waitForFunction((h) => location.hash === h, hash);
    expect(await toc.getAttribute('open')).toBeNull();
    await page.waitForFunction((text) => document.querySelector('.toc-now')?.textContent === text, await nameOf(hash.slice(1)));
    expect(await summary.isVisible()).toBe(true);
    await context.close();
  });
});

describe('citation previews', () => {
  it('show the source on hover and on keyboard focus, and hide on Escape', async () => {
    const { context, page } = await open('/explainers/sputnik-v/');
    await enhance(page);
    const cite = page.locator('article .prose sup.cite > a').first();
    const note = (await cite.getAttribute('href')) ?? '';
    const title = (await page.locator(`${note} .note-body > a`).textContent()) ?? '';
    await cite.hover();
    const tip = page.locator('#cite-preview');
    await tip.waitFor({ state: 'visible' });
    expect(await tip.textContent()).toContain(title);
    expect(await cite.getAttribute('aria-describedby')).toBe('cite-preview');
    await page.mouse.move(1200, 10);
    await tip.waitFor({ state: 'hidden' });
    await cite.focus();
    await tip.waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await tip.waitFor({ state: 'hidden' });
    await context.close();
  });

  it('glossary terms show their definition on focus', async () => {
    const { context, page } = await open('/explainers/quartet/');
    await enhance(page);
    const term = page.locator('article a.term').first();
    const tip = page.locator('#term-preview');
    expect(await tip.isVisible()).toBe(false);
    await term.focus();
    await tip.waitFor({ state: 'visible' });
    expect(await term.getAttribute('aria-describedby')).toBe('term-preview');
    expect(await tip.textContent()).toMatch(/\w{4,}/);
    await term.blur();
    await tip.waitFor({ state: 'hidden' });
    await context.close();
  });
});

describe('glossary terms', () => {
  it('open their definition inside the screen for a term at the top of the screen (desktop)', async () => {
    const { context, page } = await open('/explainers/quartet/', { reducedMotion: 'reduce' });
    await enhance(page);
    const term = page.locator('article a.term').nth(1);
    await term.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 6));
    expect((await term.boundingBox())?.y).toBeLessThan(20);
    await term.hover();
    const tip = page.locator('#term-preview');
    await tip.waitFor({ state: 'visible' });
    const box = await tip.boundingBox();
    const t = await term.boundingBox();
    if (!box || !t) throw new Error('no boxes');
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(900);
    expect(box.x + box.width).toBeLessThanOrEqual(1280);
    // Below the term, not over it.
    expect(box.y).toBeGreaterThanOrEqual(t.y + t.height);
    await page.mouse.move(1200, 880);
    await tip.waitFor({ state: 'hidden' });
    await context.close();
  });

  it('open a sheet with a close button on a tap, high or low on a phone, that Escape and a tap outside close, staying on the page', async () => {
    const { context, page } = await open('/explainers/sputnik-v/', {
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
      reducedMotion: 'reduce',
    });
    await page.locator('article h1').tap();
    await page.waitForSelector('.term-sheet', { state: 'attached' });
    const address = page.url();
    const sheet = page.locator('.term-sheet[role="dialog"]');
    for (const [i, at] of [
      [0, 120],
      [1, 600],
    ] as const) {
      const term = page.locator('article a.term').nth(i);
      await term.evaluate((el, y) => window.scrollBy(0, el.getBoundingClientRect().top - y), at);
      await term.tap();
      await sheet.waitFor({ state: 'visible' });
      expect(page.url()).toBe(address);
      expect(await sheet.locator('b').textContent()).toBe(
        await page.evaluate(
          async (href) => {
            const html = await (await fetch(href)).text();
            const id = href.split('#')[1] ?? '';
            return new DOMParser().parseFromString(html, 'text/html').querySelector(`[id="${id}"] dt`)?.textContent ?? '';
          },
          (await term.evaluate((a) => (a as HTMLAnchorElement).href)) ?? '',
        ),
      );
      const close = sheet.getByRole('button', { name: 'Close' });
      expect(await close.isVisible()).toBe(true);
      const box = await sheet.boundingBox();
      expect(box && box.y + box.height <= 844 && box.y > 0).toBe(true);
      if (i === 0) {
        await page.keyboard.press('Escape');
        await sheet.waitFor({ state: 'hidden' });
        await term.tap();
        await sheet.waitFor({ state: 'visible' });
        await close.tap();
        await sheet.waitFor({ state: 'hidden' });
      } else {
        await page.touchscreen.tap(200, 40);
        await sheet.waitFor({ state: 'hidden' });
      }
      expect(page.url()).toBe(address);
    }
    await context.close();
  });
});

describe('open controls', () => {
  it.each(['light', 'dark'] as const)(
    'have no axe violations on a phone: the contents and a definition sheet open (%s)',
    async (scheme) => {
      const { context, page } = await open('/explainers/elections/', {
        viewport: { width: 390, height: 844 },
        hasTouch: true,
        isMobile: true,
        colorScheme: scheme,
        reducedMotion: 'reduce',
      });
      await page.locator('article h1').tap();
      await page.waitForSelector('.term-sheet', { state: 'attached' });
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight * 0.3));
      await page.locator('details.toc-narrow > summary').tap();
      expect(await axeViolations(page)).toEqual([]);
      await page.locator('details.toc-narrow > summary').tap();
      await page.locator('article a.term').first().tap();
      await page.waitForSelector('.term-sheet', { state: 'visible' });
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    },
  );
});

describe('theme control', () => {
  it('follows the system, remembers a choice across pages without a flash, and returns to the system', async () => {
    const { context, page } = await open('/', { colorScheme: 'dark' });
    const bg = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(await bg()).toBe('rgb(20, 21, 24)');
    await page.click('[data-theme-set="light"]');
    expect(await bg()).toBe('rgb(252, 251, 248)');
    await page.waitForFunction(() => document.querySelector('[data-theme-set="light"]')?.getAttribute('aria-pressed') === 'true');
    // On the next page the class is set before anything is painted.
    await page.goto(at('/timeline/'), { waitUntil: 'commit' });
    await page.waitForSelector('body');
    expect(await page.evaluate(() => document.documentElement.className)).toContain('light');
    expect(await bg()).toBe('rgb(252, 251, 248)');
    await page.click('[data-theme-set="system"]');
    expect(await bg()).toBe('rgb(20, 21, 24)');
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull();
    await context.close();
  });
});

describe('timeline', () => {
  it('filters by theme at an address of its own that the back button returns from, and reverses the order', async () => {
    const { context, page } = await open('/timeline/');
    const all = await page.locator('.events > li').count();
    await page.click('.filter-nav a[href="/timeline/elections/"]');
    await page.waitForURL(/\/timeline\/elections\/$/);
    const visible = page.locator('.events > li:visible');
    const shown = await visible.count();
    expect(shown).toBeGreaterThan(3);
    expect(shown).toBeLessThan(all);
    for (const theme of await visible.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-theme')))) expect(theme).toBe('elections');
    expect(await page.locator('.filter-nav a[aria-current="page"]').textContent()).toBe('Elections');
    await page.click('label[for="o-new"]');
    const dates = await page.locator('.events > li:visible time').evaluateAll((ts) =>
      ts
        .map((t) => ({ d: t.getAttribute('datetime') ?? '', y: t.getBoundingClientRect().top }))
        .sort((a, b) => a.y - b.y)
        .map((x) => x.d),
    );
    expect(dates).toEqual([...dates].sort().reverse());
    await page.goBack();
    await page.waitForURL(/\/timeline\/$/);
    expect(await page.locator('.events > li:visible').count()).toBe(all);
    await context.close();
  });

  it('jumps to a year and to the talks', async () => {
    const { context, page } = await open('/timeline/', { reducedMotion: 'reduce' });
    await page.click('.years-nav a[href="#y-2015"]');
    expect(new URL(page.url()).hash).toBe('#y-2015');
    const top = await page.locator('[id="y-2015"]').evaluate((h) => h.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(200);
    await page.click('.years-nav a[href="#2021-05-05-lavrov-maliki-talks"]');
    expect(await page.locator('li.story').evaluate((li) => li.getBoundingClientRect().top)).toBeLessThan(200);
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('keeps the content, contents, notes, timeline and glossary usable', async () => {
    const { context, page } = await open('/explainers/elections/', { javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
    // biome-ignore lint/performance/useDomNodeTextContent: a Playwright locator, whose innerText is the rendered text a reader sees
    expect((await page.locator('article .prose').innerText()).length).toBeGreaterThan(5000);
    expect(await page.locator('.theme-control').isVisible()).toBe(false);
    await page.click('details.toc-narrow > summary');
    const section = page.locator('details.toc-narrow a').nth(2);
    const hash = (await section.getAttribute('href')) ?? '';
    await section.click();
    expect(new URL(page.url()).hash).toBe(hash);
    const cite = page.locator('article .prose sup.cite > a').first();
    const note = (await cite.getAttribute('href')) ?? '';
    await cite.click();
    expect(new URL(page.url()).hash).toBe(note);
    expect(await page.locator(note).isVisible()).toBe(true);
    await page.locator(`${note} .note-back a`).first().click();
    expect(new URL(page.url()).hash).toMatch(/^#cite-/);

    await page.goto(at('/timeline/'));
    const all = await page.locator('.events > li:visible').count();
    expect(all).toBe(await page.locator('.events > li').count());
    await page.click('.filter-nav a[href="/timeline/quartet/"]');
    await page.waitForURL(/\/timeline\/quartet\/$/);
    expect(await page.locator('.events > li:visible').count()).toBeLessThan(all);

    await page.goto(at('/glossary/'));
    expect(await page.locator('dl > div').count()).toBeGreaterThan(10);
    await context.close();
  });
});

describe('layout', () => {
  it.each(['/', '/explainers/quartet/', '/timeline/', '/who/sergey-lavrov/', '/glossary/', '/search/'])(
    '%s fits a 320 px screen',
    async (path) => {
      const { context, page } = await open(path, { viewport: { width: 320, height: 640 } });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(320);
      await context.close();
    },
  );
});

describe('layout shifts', () => {
  // Nothing on screen moves while a page loads and its scripts fill it in (the search page's
  // suggestions, filters and the results of a shared link once the index has loaded).
  it.each([
    ['/search/', 390],
    ['/search/', 1440],
    ['/search/?q=quartet', 390],
    ['/ar/search/', 390],
    ['/ru/search/', 1440],
    ['/explainers/elections/', 390],
    ['/', 390],
  ] as const)('%s at %i px shifts nothing while it loads', async (path, width) => {
    const { context, page } = await open('/404.html', { viewport: { width, height: 844 } });
    await page.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { shifts: number[] }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>)
          if (!e.hadRecentInput) shifts.push(e.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(at(path));
    // The search page is settled once its suggestions, or its results, are shown.
    if (path.includes('search/')) await page.waitForSelector('.sr-suggestions, .sr-results li');
    await page.waitForLoadState('networkidle');
    const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
    expect(shifts.reduce((a, b) => a + b, 0)).toBeLessThan(0.01);
    await context.close();
  });
});

describe('locator maps', () => {
  it.each([
    ['/explainers/sputnik-v/', 'sputnik-v'],
    ['/explainers/elections/', 'elections'],
  ])('%s: the map fits a 320 px screen and its smallest text is 11 CSS px or more', async (path, id) => {
    const { context, page } = await open(path, { viewport: { width: 320, height: 640 } });
    const img = page.locator(`#map-${id} img`);
    await img.scrollIntoViewIfNeeded();
    await page.waitForFunction((sel) => {
      const el = document.querySelector(sel) as HTMLImageElement | null;
      return el?.complete === true && el.naturalWidth > 0;
    }, `#map-${id} img`);
    const m = await page.evaluate(async (sel) => {
      const el = document.querySelector(sel) as HTMLImageElement;
      const box = el.getBoundingClientRect();
      const svg = new DOMParser().parseFromString(await (await fetch(el.src)).text(), 'image/svg+xml');
      const viewBox = (svg.documentElement.getAttribute('viewBox') ?? '').split(' ').map(Number);
      const sizes = [...svg.querySelectorAll('text')].map((t) => Number(t.getAttribute('font-size')));
      return {
        left: box.left,
        right: box.right,
        width: box.width,
        scroll: document.documentElement.scrollWidth,
        smallest: (Math.min(...sizes) * box.width) / (viewBox[2] ?? 1),
        texts: sizes.length,
      };
    }, `#map-${id} img`);
    expect(m.texts).toBeGreaterThan(3);
    expect(m.left).toBeGreaterThanOrEqual(0);
    expect(m.right).toBeLessThanOrEqual(320);
    expect(m.scroll).toBeLessThanOrEqual(320);
    expect(m.smallest).toBeGreaterThanOrEqual(11);
    await context.close();
  });

  it.each([
    ['light', undefined, 'light'],
    ['dark', undefined, 'dark'],
    ['light', 'dark', 'dark'],
    ['dark', 'light', 'light'],
  ] as const)('is drawn in the colours of the theme in use (system %s, chosen %s)', async (scheme, chosen, shown) => {
    const context = await chrome().newContext({ viewport: { width: 1280, height: 900 }, colorScheme: scheme });
    if (chosen) await context.addInitScript((t) => localStorage.setItem('theme', t), chosen);
    const page = await context.newPage();
    await page.goto(at('/explainers/sputnik-v/'));
    const img = page.locator('#map-sputnik-v img');
    await img.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => {
      const el = document.querySelector('#map-sputnik-v img') as HTMLImageElement | null;
      return el?.complete === true && el.naturalWidth > 0;
    });
    // The top left corner is sea: its colour says which theme the map is drawn in.
    const { data } = await sharp(await img.screenshot())
      .raw()
      .toBuffer({ resolveWithObject: true });
    const hex = `#${[...data.subarray(0, 3)].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
    expect(hex).toBe(PALETTES[shown].sea);
    await context.close();
  });
});

describe('print', () => {
  it.each([
    ['light', 'light system', undefined],
    ['dark', 'dark system', undefined],
    ['light', 'dark chosen', 'dark'],
    ['dark', 'dark chosen on a dark system', 'dark'],
  ] as const)('prints the article head in light colours, without controls (%s, %s)', async (scheme, _, chosen) => {
    const context = await chrome().newContext({ viewport: { width: 1280, height: 900 }, colorScheme: scheme });
    if (chosen) await context.addInitScript((t) => localStorage.setItem('theme', t), chosen);
    const page = await context.newPage();
    await page.goto(at('/explainers/sputnik-v/'));
    await page.emulateMedia({ media: 'print', colorScheme: scheme });
    for (const sel of [
      'article h1',
      '.article-head .meta',
      '.article-head .summary',
      '.article-head .meta a[href="/about/"]',
      '.key-points',
      '.notes',
    ])
      expect(await page.locator(sel).first().isVisible(), sel).toBe(true);
    for (const sel of [
      '.theme-control',
      'form[role="search"]',
      '.back-top',
      '.toc-narrow',
      '.toc-wide',
      '.site-header',
      '.site-footer',
      '.explainer-nav',
      '.hl',
    ])
      expect(await page.locator(sel).first().isVisible(), sel).toBe(false);
    const colours = await page.evaluate(() => {
      const cs = (sel: string) => getComputedStyle(document.querySelector(sel) as Element);
      return {
        page: getComputedStyle(document.documentElement).backgroundColor,
        text: getComputedStyle(document.body).color,
        figure: cs('.fig').backgroundColor,
        bar: cs('.chart rect').fill,
        caption: cs('.fig figcaption > span').color,
      };
    });
    expect(colours).toEqual({
      page: 'rgb(255, 255, 255)',
      text: 'rgb(0, 0, 0)',
      figure: 'rgb(255, 255, 255)',
      bar: 'rgb(28, 84, 160)',
      caption: 'rgb(0, 0, 0)',
    });
    await context.close();
  });
});

/** Links drawn as boxes (a border or a background of their own) are controls; every other link is text. */
async function linkProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const probe = document.createElement('span');
    probe.style.color = 'rgb(var(--accent))';
    document.body.append(probe);
    const accent = getComputedStyle(probe).color;
    probe.remove();
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const opaque = (c: string) => {
      const [, , , a = 1] = rgb(c);
      return c !== 'transparent' && a > 0;
    };
    const lum = (c: string) => {
      const [r = 0, g = 0, b = 0] = rgb(c).map((v) => {
        const s = v / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const backdrop = (el: Element | null): string => {
      for (let e = el; e; e = e.parentElement) {
        const bg = getComputedStyle(e).backgroundColor;
        if (opaque(bg)) return bg;
      }
      return getComputedStyle(document.documentElement).backgroundColor;
    };
    const problems: string[] = [];
    for (const a of document.querySelectorAll('main a')) {
      if (a.getClientRects().length === 0 || getComputedStyle(a).visibility === 'hidden') continue;
      const cs = getComputedStyle(a);
      const boxed = opaque(cs.backgroundColor) || (parseFloat(cs.borderTopWidth) > 0 && opaque(cs.borderTopColor));
      if (boxed) continue;
      const name = `${a.outerHTML.slice(0, 90)}`;
      if (!cs.textDecorationLine.includes('underline')) problems.push(`not underlined: ${name}`);
      if (cs.color !== accent) problems.push(`not the link colour (${cs.color}): ${name}`);
      const l1 = lum(cs.color);
      const l2 = lum(backdrop(a));
      const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
      if (ratio < 4.5) problems.push(`contrast ${ratio.toFixed(2)}: ${name}`);
    }
    return problems;
  });
}

describe('links', () => {
  const pages = [
    '/',
    '/explainers/elections/',
    '/explainers/moscow-talks/',
    '/timeline/',
    '/who/',
    '/who/riyad-al-maliki/',
    '/glossary/',
    '/a-z/',
    '/corrections/',
    '/no-such-page/',
  ];
  it.each(['light', 'dark'] as const)(
    'look like links everywhere in the content: the link colour and an underline (%s)',
    async (scheme) => {
      const context = await chrome().newContext({ viewport: { width: 1280, height: 900 }, colorScheme: scheme });
      const page = await context.newPage();
      const found: string[] = [];
      for (const path of pages) {
        await page.goto(at(path));
        for (const p of await linkProblems(page)) found.push(`${path} ${p}`);
      }
      expect(found).toEqual([]);
      await context.close();
    },
  );
});

describe('citations on a phone', () => {
  const phone = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

  it('makes every citation mark, back-link and control at least 24 × 24 px', async () => {
    const { context, page } = await open('/explainers/elections/', phone);
    await page.click('details.toc-narrow > summary');
    const small = await page.evaluate(() =>
      [
        ...document.querySelectorAll(
          'sup.cite > a, .note-back a, .theme-control button, .toc-narrow > summary, .prose .hl, .search-form button',
        ),
      ]
        .map((el) => ({ el: el.outerHTML.slice(0, 80), r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && (r.width < 24 || r.height < 24))
        .map(({ el, r }) => `${Math.round(r.width)}×${Math.round(r.height)} ${el}`),
    );
    expect(small).toEqual([]);
    await context.close();
  });

  it('keeps every group of citation marks on the line of the word before it', async () => {
    for (const path of ['/explainers/quartet/', '/explainers/elections/', '/explainers/sputnik-v/', '/explainers/moscow-talks/']) {
      const { context, page } = await open(path, phone);
      const orphans = await page.evaluate(() => {
        const out: string[] = [];
        for (const sup of document.querySelectorAll('main sup.cite')) {
          // Only the first mark of a group: the others follow a mark.
          const prev = sup.previousSibling;
          const afterMark =
            prev instanceof Element
              ? prev.matches('sup.cite')
              : !/\S/.test(prev?.textContent ?? 'x') && !!sup.previousElementSibling?.matches('sup.cite');
          if (afterMark) continue;
          const block = sup.closest('p, li, dd, figcaption') ?? document.body;
          const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
          let last: Text | null = null;
          while (walker.nextNode()) {
            const n = walker.currentNode as Text;
            if (sup.contains(n) || !(n.compareDocumentPosition(sup) & Node.DOCUMENT_POSITION_FOLLOWING)) break;
            if (/\S/.test(n.data.replace(/\u2060/g, '')) && !n.parentElement?.closest('sup.cite')) last = n;
          }
          if (!last) continue;
          const i = last.data.trimEnd().length - 1;
          const range = document.createRange();
          range.setStart(last, i);
          range.setEnd(last, i + 1);
          const c = range.getBoundingClientRect();
          const m = (sup.querySelector('a') as Element).getBoundingClientRect();
          if (Math.abs((c.top + c.bottom) / 2 - (m.top + m.bottom) / 2) > 12) out.push(`${last.data.slice(-20)} ${sup.textContent}`);
        }
        return out;
      });
      expect(orphans, path).toEqual([]);
      await context.close();
    }
  });

  it('closes the preview when a tap follows a citation to its note and the back-link returns', async () => {
    const { context, page } = await open('/explainers/quartet/', phone);
    await page.locator('article h1').tap();
    await page.waitForSelector('#cite-preview', { state: 'attached' });
    const cite = page.locator('article .prose sup.cite > a').nth(4);
    const note = (await cite.getAttribute('href')) ?? '';
    await cite.tap();
    await page.waitForFunction((h) => location.hash === h, note);
    await page.locator(`${note} .note-back a`).first().tap();
    await page.waitForFunction(() => location.hash.startsWith('#cite-'));
    await page.waitForTimeout(300);
    expect(await page.locator('#cite-preview').isVisible()).toBe(false);
    await context.close();
  });
});

describe('navigation and keyboard', () => {
  /** The focused element after each Tab from the top of the page, until one inside `until`. */
  async function tabUntil(page: Page, until: string, max = 60): Promise<string[]> {
    const stops: string[] = [];
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab');
      const at = await page.evaluate((sel) => {
        const el = document.activeElement as HTMLElement | null;
        return {
          inside: !!el?.closest(sel),
          name: `${el?.tagName} ${(el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim().slice(0, 40)}`,
        };
      }, until);
      if (at.inside) return stops;
      stops.push(at.name);
    }
    return stops;
  }

  it.each([
    ['desktop', 1280],
    ['phone', 390],
  ] as const)(
    "reaches the article in at most 8 Tab stops and the other editions' links, and its contents right after the title (%s)",
    async (_, width) => {
      const { context, page } = await open('/explainers/quartet/', { viewport: { width, height: 900 } });
      const before = await tabUntil(page, 'article');
      // The header's eight, and one per other edition in the language switcher, named in its language.
      const editions = publishedLangs.filter((l) => l !== defaultLang).map((l) => `A ${languages[l].name}`);
      expect(before.length, before.join(' | ')).toBeLessThanOrEqual(8 + editions.length);
      expect(before[0]).toBe('A Skip to main content');
      expect(before.slice(1, 1 + editions.length)).toEqual(editions);
      // From the title, only the article head (byline, summary marks) comes before the contents.
      const head = await tabUntil(page, width >= 1024 ? 'nav.toc-wide' : 'details.toc-narrow');
      const outside = await page.evaluate(() => document.activeElement?.closest('.article-head'));
      expect(outside).toBeNull();
      expect(head.length).toBeLessThanOrEqual(4);
      await context.close();
    },
  );

  it('marks the chosen theme pressed with no interaction, on the next page', async () => {
    const context = await chrome().newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(() => localStorage.setItem('theme', 'dark'));
    const page = await context.newPage();
    await page.goto(at('/explainers/quartet/'));
    await page.waitForFunction(() => document.querySelector('[data-theme-set="dark"]')?.getAttribute('aria-pressed') === 'true', null, {
      timeout: 5000,
    });
    expect(await page.locator('[aria-pressed="true"]').count()).toBe(1);
    await context.close();
  });

  it('gives every section heading a link to itself', async () => {
    const { context, page } = await open('/explainers/elections/');
    const heading = page.locator('article .prose h2').nth(2);
    const id = await heading.getAttribute('id');
    const link = heading.locator('a.hl');
    expect(await link.getAttribute('href')).toBe(`#${id}`);
    expect(await link.getAttribute('aria-label')).toBe(`Link to section: ${await heading.textContent()}`);
    await link.click();
    expect(new URL(page.url()).hash).toBe(`#${id}`);
    await context.close();
  });

  it('shows the home story card with its text across the card', async () => {
    const { context, page } = await open('/');
    const widths = await page.evaluate(() => {
      const card = document.querySelector('#story ~ a') as HTMLElement;
      const text = card.querySelector('span + span') as HTMLElement;
      const pad = parseFloat(getComputedStyle(card).paddingLeft) + parseFloat(getComputedStyle(card).paddingRight);
      return { card: card.clientWidth - pad, text: text.getBoundingClientRect().width };
    });
    expect(widths.text).toBeGreaterThan(widths.card * 0.95);
    await context.close();
  });
});

describe('charts on a narrow screen', () => {
  it('draw no text in any figure smaller than 11 CSS px at 320 px wide', async () => {
    const context = await chrome().newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    const found: Array<{ path: string; smallest: number; text: string }> = [];
    for (const path of ['/explainers/quartet/', '/explainers/elections/', '/explainers/sputnik-v/', '/explainers/moscow-talks/']) {
      await page.goto(at(path));
      const sizes = await page.evaluate(() => {
        const out: Array<{ px: number; text: string }> = [];
        for (const fig of document.querySelectorAll('article figure')) {
          const walker = document.createTreeWalker(fig, NodeFilter.SHOW_TEXT);
          while (walker.nextNode()) {
            const node = walker.currentNode as Text;
            const el = node.parentElement;
            // Invisible characters (a word joiner before a citation mark) have no size to read.
            if (!el || !/[^\s\u2060\u200b]/.test(node.data) || el.getClientRects().length === 0) continue;
            // Text in an SVG is scaled with it: its rendered width over its viewBox width.
            const svg = el.closest('svg');
            const box = svg?.viewBox.baseVal;
            const scale = svg && box && box.width > 0 ? svg.getBoundingClientRect().width / box.width : 1;
            out.push({ px: parseFloat(getComputedStyle(el).fontSize) * scale, text: node.data.trim().slice(0, 30) });
          }
        }
        return out;
      });
      if (sizes.length === 0) continue;
      const smallest = sizes.reduce((a, b) => (b.px < a.px ? b : a));
      found.push({ path, smallest: Math.round(smallest.px * 10) / 10, text: smallest.text });
    }
    expect(found.length).toBeGreaterThanOrEqual(3);
    for (const f of found) expect(f.smallest, `${f.path} "${f.text}"`).toBeGreaterThanOrEqual(11);
    await context.close();
  });
});
