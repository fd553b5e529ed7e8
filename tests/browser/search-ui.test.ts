/**
 * The search dialog and page in Chromium, at the root and under BASE_PATH: loading on intent,
 * keyboard, results a reader can scan, no dead ends, filters and the address, no-JS fallback.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useChrome } from '../helpers/browser';
import {
  DIALOG_INPUT,
  firstResult,
  ITEM,
  PAGE_INPUT,
  resultsLoaded,
  search,
  sitePath,
  statusSays,
  topResults,
  waitForQuery,
} from '../helpers/search-ui';

const chrome = useChrome();
const DIALOG = 'dialog[open]';

const focusedHref = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('href') ?? document.activeElement?.className ?? '');

describe.each([
  ['at the root', inject('siteUrl')],
  ['under BASE_PATH', inject('subUrl')],
])('search %s', (_, siteUrl) => {
  const at = (path: string) => new URL(path.replace(/^\//, ''), siteUrl).href;
  const base = new URL(siteUrl).pathname;

  it('content pages fetch no search code until search is wanted, then no Pagefind interface or worker', async () => {
    const page = await chrome().newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(at('/explainers/quartet/'));
    await page.waitForLoadState('networkidle');
    expect(requests.filter((p) => p.endsWith('.js'))).toEqual([]);
    await page.mouse.move(10, 10);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((p) => p.includes('pagefind') || p.includes('dialog'))).toEqual([]);
    // Intent (hovering the box) fetches the search code and Pagefind, before the first keystroke.
    const intent = Promise.all([
      page.waitForRequest(/\/_astro\/dialog-[\w-]+\.js$/),
      page.waitForRequest((r) => new URL(r.url()).pathname === `${base}pagefind/pagefind.js`),
      page.waitForRequest((r) => new URL(r.url()).pathname === `${base}search-help.json`),
    ]);
    await page.hover('#header-search');
    await intent;
    await page.keyboard.press('Control+k');
    await search(page, DIALOG_INPUT, 'Sputnik', DIALOG);
    expect(requests.filter((p) => /pagefind-(ui|worker|component|modular)/.test(p))).toEqual([]);
    // Only the results shown fetch their data.
    const shown = await page.locator(`${DIALOG} ${ITEM}`).count();
    expect(requests.filter((p) => p.includes('/fragment/')).length).toBe(shown);
    await page.close();
  });

  it('opens with Ctrl+K and with "/", moves through results with the arrow keys, traps focus, and closes with Escape', async () => {
    const page = await chrome().newPage();
    await page.goto(at('/explainers/elections/'));
    await page.mouse.move(10, 10);
    await page.keyboard.press('Control+k');
    await page.locator(DIALOG_INPUT).waitFor();
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('search-dialog-input');
    await page.keyboard.type('Zakharova');
    await waitForQuery(page, 'Zakharova', DIALOG);
    await resultsLoaded(page, 3, DIALOG);
    await page.keyboard.press('ArrowDown');
    expect(await focusedHref(page)).toContain(`${base}who/maria-zakharova/`);
    await page.keyboard.press('ArrowDown');
    expect(await focusedHref(page)).not.toContain(`${base}who/maria-zakharova/`);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('search-dialog-input');
    // Tab never leaves the dialog.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('dialog[open]'))).toBe(true);
    }
    await page.keyboard.press('Escape');
    await page.locator(DIALOG).waitFor({ state: 'detached' });

    // "/" opens it too, and closing returns focus to where it was.
    await page.locator('a[href$="/explainers/quartet/"]').first().focus();
    await page.keyboard.press('/');
    await page.locator(DIALOG_INPUT).waitFor();
    await page.keyboard.press('Escape');
    expect(await focusedHref(page)).toMatch(/\/explainers\/quartet\/$/);
    await page.close();
  });

  it('Enter opens the top result, even when pressed before the results arrive', async () => {
    const page = await chrome().newPage();
    await page.goto(at('/timeline/'));
    await page.mouse.move(10, 10);
    await page.keyboard.press('Control+k');
    await page.keyboard.type('Wennesland');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/who\/tor-wennesland\//);
    // On the search page, after the results are shown.
    await page.goto(at('/search/'));
    await search(page, PAGE_INPUT, 'Gamaleya');
    const top = (await topResults(page, base, 1))[0];
    await page.locator(PAGE_INPUT).press('Enter');
    await page.waitForURL((u) => sitePath(u.href, base) === top || sitePath(u.href, base).startsWith(top ?? '-'));
    await page.close();
  });

  it('shows typed results: badge, theme, the event’s own date, title, marked excerpt without citation marks, up to three sections', async () => {
    const page = await chrome().newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(at('/search/'));
    await search(page, PAGE_INPUT, 'Resolution 1515');
    await resultsLoaded(page, 3);
    const list = page.locator('ol.sr-results');
    expect(await list.getAttribute('aria-label')).toBe('Search results');
    const status = page.locator('.sr-status');
    expect(await status.getAttribute('role')).toBe('status');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    const results = await page.locator(ITEM).evaluateAll((lis) =>
      lis.map((li) => ({
        href: li.querySelector('a.sr-title')?.getAttribute('href') ?? '',
        title: li.querySelector('a.sr-title')?.textContent ?? '',
        badge: li.querySelector('.sr-badge')?.textContent ?? '',
        theme: li.querySelector('.sr-theme')?.textContent ?? '',
        when: li.querySelector('.sr-when')?.textContent ?? '',
        excerpt: li.querySelector('.sr-excerpt')?.textContent ?? '',
        marks: [...li.querySelectorAll('.sr-excerpt mark')].map((m) => m.textContent ?? ''),
        sections: li.querySelectorAll('.sr-sections a').length,
      })),
    );
    for (const r of results) {
      expect(r.badge, r.href).toMatch(/^(Explainer|Person|Organisation|Event|Glossary term)$/);
      expect(r.title.trim(), r.href).not.toBe('');
      expect(r.excerpt, r.href).not.toMatch(/\[\d+\]/);
      expect(r.sections, r.href).toBeLessThanOrEqual(3);
    }
    expect(results.some((r) => r.marks.some((m) => /^(resolution|1515)$/i.test(m)))).toBe(true);
    const term = results.find((r) => r.href.includes('/glossary/') && r.href.endsWith('#unsc-resolution-1515'));
    expect(term?.badge).toBe('Glossary term');
    expect(term?.title).not.toMatch(/glossary/i);
    const explainer = results.find((r) => r.badge === 'Explainer');
    expect(explainer?.theme).not.toBe('');
    expect(explainer?.when).toBe('');
    // An event shows the day it happened, never a review date.
    await search(page, PAGE_INPUT, 'Security Council endorses the Roadmap');
    const event = page.locator(ITEM, { has: page.locator('a[href*="/timeline/"][href*="#2003-11-19"]') }).first();
    expect(await event.locator('.sr-badge').textContent()).toBe('Event');
    expect(await event.locator('.sr-when').textContent()).toBe('19 November 2003');
    await page.close();
  });

  it.each([
    ['desktop', 1440, 900, 4],
    ['phone', 390, 844, 3],
  ] as const)('shows at least %s results at once in the dialog on a %s', async (_, width, height, min) => {
    const page = await chrome().newPage({ viewport: { width, height } });
    await page.goto(at('/explainers/quartet/'));
    await page.mouse.move(5, 5);
    await page.keyboard.press('Control+k');
    await search(page, DIALOG_INPUT, 'Gaza', DIALOG);
    await resultsLoaded(page, 4, DIALOG);
    const visible = await page.evaluate((item) => {
      const body = document.querySelector('dialog[open] .search-dialog-body') as HTMLElement;
      const box = body.getBoundingClientRect();
      const bottom = Math.min(box.bottom, window.innerHeight);
      return [...body.querySelectorAll(item)].filter((li) => li.getBoundingClientRect().bottom <= bottom + 1).length;
    }, ITEM);
    expect(visible).toBeGreaterThanOrEqual(min);
    await page.close();
  });

  it('follows a section link to its heading with the words highlighted', async () => {
    const page = await chrome().newPage();
    await page.goto(at('/'));
    await page.click('#header-search');
    await page.keyboard.type('Resolution 1515');
    await waitForQuery(page, 'Resolution 1515', DIALOG);
    const nested = page.locator(`${DIALOG} .sr-sections a`).first();
    await nested.waitFor();
    const href = (await nested.getAttribute('href')) ?? '';
    expect(href).toMatch(/highlight=/);
    expect(href).toMatch(/#[\w-]+$/);
    await nested.click();
    await page.waitForURL((u) => u.hash.length > 1);
    await page.locator('mark.pagefind-highlight').first().waitFor();
    const marked = await page.locator('mark.pagefind-highlight').allTextContents();
    expect(marked.some((m) => /^(resolution|1515)$/i.test(m.trim()))).toBe(true);
    await page.close();
  });

  it('never strands a reader: question words, misspellings, a word no page has, another script, an empty box', async () => {
    const page = await chrome().newPage();
    await page.goto(at('/search/'));
    const input = page.locator(PAGE_INPUT);
    await input.waitFor();
    // An empty box suggests searches taken from the site's data, and shows the keyboard hints.
    const suggestions = page.locator('.sr-suggestions a');
    await suggestions.first().waitFor();
    expect(await suggestions.allTextContents()).toEqual(expect.arrayContaining(['Sputnik V', 'Sergey Lavrov']));
    expect(await page.locator('.sr-hints').textContent()).toMatch(/↑↓ move.*Enter open/);
    await suggestions.filter({ hasText: 'Sputnik V' }).click();
    await waitForQuery(page, 'Sputnik V');
    expect(await input.inputValue()).toBe('Sputnik V');

    // Question and stop words never block a match.
    await search(page, PAGE_INPUT, 'who is Wennesland');
    expect((await topResults(page, base, 1))[0]).toBe('/who/tor-wennesland/');
    // A misspelling is corrected, and says so, with a way back to what was typed.
    await search(page, PAGE_INPUT, 'sputnick');
    const note = page.locator('.sr-notes');
    expect((await note.textContent())?.replace(/\s+/g, ' ')).toContain('Showing results for sputnik · search instead for sputnick');
    expect((await topResults(page, base, 3)).some((u) => u === '/explainers/sputnik-v/')).toBe(true);
    await note.locator('button').click();
    await statusSays(page, /No results for “sputnick”/);
    // No page has every word: the pages with the most of them, and the words left out.
    await search(page, PAGE_INPUT, 'Sputnik vaccine doses delivered to Gaza in zebracorn');
    expect(await page.locator('.sr-notes').textContent()).toMatch(/Left out:\s*zebracorn/);
    expect((await topResults(page, base, 3)).length).toBeGreaterThan(0);
    // A query in another edition's script: that edition's results, said so.
    await search(page, PAGE_INPUT, 'الانتخابات');
    expect(await page.locator('.sr-notes').textContent()).toContain('from the العربية edition');
    expect((await topResults(page, base, 1))[0]).toBe('/ar/explainers/elections/');
    await search(page, PAGE_INPUT, 'выборы');
    expect(await page.locator('.sr-notes').textContent()).toContain('from the Русский edition');
    expect((await topResults(page, base, 3)).every((p) => p.startsWith('/ru/'))).toBe(true);
    // A script the site has no edition in.
    await search(page, PAGE_INPUT, 'εκλογές');
    expect(await page.locator('.sr-notes').textContent()).toContain('no edition in Greek');
    await page.close();
  });

  it('filters by type and theme with counts as if the facet were not applied, and lists a type without a query', async () => {
    const page = await chrome().newPage();
    // A filter and no query: every event, in date order.
    await page.goto(at('/search/?type=Event'));
    await statusSays(page, /\d+ results/);
    await resultsLoaded(page, 5);
    const dates = await page.locator(`${ITEM} .sr-when`).allTextContents();
    const times = dates.map((d) => Date.parse(d));
    expect(times.every((t) => !Number.isNaN(t))).toBe(true);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    const badges = await page.locator(`${ITEM} .sr-badge`).allTextContents();
    expect(new Set(badges)).toEqual(new Set(['Event']));

    // A query, then a type ticked: the other types keep their counts.
    await page.goto(at('/search/'));
    await search(page, PAGE_INPUT, 'Gaza');
    await page.waitForURL(/\?q=Gaza$/);
    const count = (value: string) => page.locator(`.sr-facet label:has(input[value="${value}"]) .sr-count`).textContent();
    const before = await count('Explainer');
    await page.locator('.sr-facet input[name="type"][value="Person"]').check();
    await page.waitForURL(/\?q=Gaza&type=Person$/);
    await expect.poll(() => page.locator(`${ITEM} .sr-badge`).allTextContents()).toEqual(expect.arrayContaining(['Person']));
    expect(new Set(await page.locator(`${ITEM} .sr-badge`).allTextContents())).toEqual(new Set(['Person']));
    expect(await count('Explainer')).toBe(before);
    expect(before).not.toBe('(0)');
    await page.close();
  });

  it('keeps the query and filters in the address, so searches can be shared and the back button returns to them', async () => {
    const page = await chrome().newPage();
    await page.goto(at('/search/'));
    await search(page, PAGE_INPUT, 'Gaza');
    await page.waitForURL(/\?q=Gaza$/);
    await page.locator('.sr-facet input[name="type"][value="Explainer"]').check();
    await page.waitForURL(/\?q=Gaza&type=Explainer$/);
    await expect.poll(async () => new Set(await page.locator(`${ITEM} .sr-badge`).allTextContents())).toEqual(new Set(['Explainer']));
    const filtered = await topResults(page, base, 10);
    expect(filtered.every((u) => u.startsWith('/explainers/'))).toBe(true);

    // A shared address applies query and filters.
    const shared = await chrome().newPage();
    await shared.goto(at('/search/?q=Gaza&type=Explainer'));
    await waitForQuery(shared, 'Gaza');
    expect(await topResults(shared, base, 10)).toEqual(filtered);
    expect(await shared.locator(PAGE_INPUT).inputValue()).toBe('Gaza');
    await shared.close();

    // Follow a result, then come back.
    await (await firstResult(page)).click();
    await page.waitForURL(/\/explainers\//);
    await page.goBack();
    await page.waitForURL(/\/search\/\?q=Gaza&type=Explainer$/);
    await waitForQuery(page, 'Gaza');
    expect(await page.locator(PAGE_INPUT).inputValue()).toBe('Gaza');
    expect(await topResults(page, base, 10)).toEqual(filtered);

    // A new query is a new history entry.
    await search(page, PAGE_INPUT, 'Quartet');
    await page.waitForURL(/\?q=Quartet&type=Explainer$/);
    await page.goBack();
    await page.waitForURL(/\?q=Gaza&type=Explainer$/);
    await page.waitForFunction((sel) => (document.querySelector(sel) as HTMLInputElement | null)?.value === 'Gaza', PAGE_INPUT);
    await page.close();
  });

  it('without JavaScript, explains that search needs it and links to the A–Z index of every page and section', async () => {
    const context = await chrome().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(at('/search/?q=Gaza'));
    const note = page.locator('noscript, #search p').filter({ hasText: 'needs JavaScript' });
    expect(await note.count()).toBeGreaterThan(0);
    await page.locator('a', { hasText: 'A–Z index' }).first().click();
    await page.waitForURL(/\/a-z\/$/);
    expect(await page.locator('h1').textContent()).toBe('A–Z index');
    // The index is split by letter (issue 17): /a-z/ links each letter's page.
    const letters = await page.locator('main nav a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    const links: string[] = [];
    for (const letter of letters) {
      await page.goto(new URL(letter, page.url()).href);
      links.push(...(await page.locator('main section a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))));
    }
    expect(links.length).toBeGreaterThan(100);
    expect(links).toContain(`${base}explainers/elections/#the-east-jerusalem-question`);
    expect(links).toContain(`${base}who/sergey-lavrov/`);
    await context.close();
  });
});

describe.each([
  ['at the root', inject('siteUrl')],
  ['under BASE_PATH', inject('subUrl')],
])('no typed key is lost %s', (_, siteUrl) => {
  it.each(['Control+k', '/'])(
    'pressing %s and typing at once keeps every letter, with every script delayed by 0–600 ms (20 tries)',
    { timeout: 180_000 },
    async (shortcut) => {
      const context = await chrome().newContext();
      // Every script arrives late, by a different delay each time.
      let n = 0;
      await context.route(/\.js(\?|$)/, async (route) => {
        n = (n * 7 + 3) % 13;
        await new Promise((r) => setTimeout(r, (n / 12) * 600));
        await route.continue();
      });
      const lost: string[] = [];
      const attempt = async (i: number) => {
        const page = await context.newPage();
        await page.goto(new URL(i % 2 ? 'explainers/quartet/' : 'timeline/', siteUrl).href, { waitUntil: 'domcontentloaded' });
        await page.keyboard.press(shortcut);
        await page.keyboard.type('Hamas');
        const input = page.locator(DIALOG_INPUT);
        await input.waitFor({ timeout: 10_000 });
        await page
          .waitForFunction((sel) => (document.querySelector(sel) as HTMLInputElement | null)?.value.length === 5, DIALOG_INPUT, {
            timeout: 5_000,
          })
          .catch(() => undefined);
        const value = await input.inputValue();
        if (value !== 'Hamas') lost.push(`try ${i + 1}: "${value}"`);
        await page.close();
      };
      // Four readers at a time, each in a page of its own: 20 tries in all.
      for (let i = 0; i < 20; i += 4) await Promise.all([i, i + 1, i + 2, i + 3].map(attempt));
      await context.close();
      expect(lost).toEqual([]);
    },
  );
});
