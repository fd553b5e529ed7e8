/** The search dialog and page in Chromium: keyboard, focus, URL state, highlighting, lazy loading; at the root and under BASE_PATH. */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useChrome } from '../helpers/browser';
import { firstResult, resultsLoaded, topResults } from '../helpers/search-ui';

const chrome = useChrome();

const focusedHref = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('href') ?? document.activeElement?.tagName ?? '');

describe.each([
  ['at the root', inject('siteUrl')],
  ['under BASE_PATH', inject('subUrl')],
])('search %s', (_, siteUrl) => {
  const at = (path: string) => new URL(path.replace(/^\//, ''), siteUrl).href;
  const base = new URL(siteUrl).pathname;

  it('content pages fetch no search code until search is wanted', async () => {
    const page = await chrome().newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(at('/explainers/quartet/'));
    await page.waitForLoadState('networkidle');
    expect(requests.filter((p) => p.endsWith('.js'))).toEqual([]);
    await page.mouse.move(10, 10);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((p) => p.includes('pagefind') || p.includes('dialog'))).toEqual([]);
    await page.hover('#header-search');
    await page.waitForLoadState('networkidle');
    expect(requests.some((p) => /\/_astro\/dialog-[\w-]+\.js$/.test(p))).toBe(true);
    await page.close();
  });

  it('opens with Ctrl+K and with "/", moves through results with the arrow keys, traps focus, and closes with Escape', async () => {
    const page = await chrome().newPage();
    await page.goto(at('/explainers/elections/'));
    await page.mouse.move(10, 10);
    await page.keyboard.press('Control+k');
    const input = page.locator('dialog[open] .pagefind-ui__search-input');
    await input.waitFor();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('pagefind-ui__search-input'))).toBe(true);
    await page.keyboard.type('Zakharova');
    await page.locator('dialog[open] .pagefind-ui__message', { hasText: /zakharova/i }).waitFor();
    await resultsLoaded(page, 3, 'dialog[open]');
    await page.keyboard.press('ArrowDown');
    expect(await focusedHref(page)).toContain(`${base}who/maria-zakharova/`);
    await page.keyboard.press('ArrowDown');
    const second = await focusedHref(page);
    expect(second).not.toContain(`${base}who/maria-zakharova/?`);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('pagefind-ui__search-input'))).toBe(true);
    // Tab never leaves the dialog.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('dialog[open]'))).toBe(true);
    }
    await page.keyboard.press('Escape');
    await page.locator('dialog[open]').waitFor({ state: 'detached' });
    expect(await page.locator('dialog').evaluate((d: HTMLDialogElement) => d.open)).toBe(false);

    // "/" opens it too, and closing returns focus to where it was.
    await page.locator('a[href$="/explainers/quartet/"]').first().focus();
    await page.keyboard.press('/');
    await input.waitFor();
    await page.keyboard.press('Escape');
    expect(await focusedHref(page)).toMatch(/\/explainers\/quartet\/$/);
    await page.close();
  });

  it('opens from the header search box with what was typed, and follows a sub-result to its section with the terms highlighted', async () => {
    const page = await chrome().newPage();
    await page.goto(at('/'));
    await page.click('#header-search');
    await page.keyboard.type('Resolution 1515');
    // Glossary terms and events are shown under their own titles, among the pages.
    await page.locator('dialog[open] .pagefind-ui__message', { hasText: /resolution 1515/i }).waitFor();
    const top = await topResults(page, base, 3, 'dialog[open]');
    expect(top).toContain('/glossary/#unsc-resolution-1515');
    const titles = await page
      .locator(`dialog[open] .pagefind-ui__result-title > a[href*="/glossary/"][href$="#unsc-resolution-1515"]`)
      .allTextContents();
    expect(titles.map((t) => t.trim())).toEqual([expect.stringMatching(/1515.*\(glossary\)$/)]);
    const nested = page.locator('dialog[open] .pagefind-ui__result-nested .pagefind-ui__result-link').first();
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

  it('keeps the query and filters in the address, so searches can be shared and the back button returns to them', async () => {
    const page = await chrome().newPage();
    await page.goto(at('/search/'));
    const input = page.locator('.pagefind-ui__search-input');
    await input.waitFor();
    await input.fill('Gaza');
    await page.waitForURL(/\?q=Gaza$/);
    // Open the "type" filter group once it exists (a closed <details> hides its checkboxes). Checking for it
    // only as soon as the panel appeared raced the group's own rendering, and under load left it closed.
    const block = page.locator('details.pagefind-ui__filter-block', {
      has: page.locator('.pagefind-ui__filter-name', { hasText: 'type' }),
    });
    await block.waitFor();
    if (!(await block.evaluate((d) => (d as HTMLDetailsElement).open))) await block.locator('summary').click();
    const message = page.locator('.pagefind-ui__message');
    await message.filter({ hasText: /results? for gaza/i }).waitFor();
    const unfiltered = await message.textContent();
    await page.locator('input.pagefind-ui__filter-checkbox[name="type"][value="Explainer"]').check();
    await page.waitForURL(/\?q=Gaza&type=Explainer$/);
    // The filtered results have replaced the others once the count has changed.
    await expect.poll(() => message.textContent()).not.toBe(unfiltered);
    const filtered = await topResults(page, base, 10);
    expect(filtered.every((u) => u.startsWith('/explainers/'))).toBe(true);

    // A shared address applies query and filters.
    const shared = await chrome().newPage();
    await shared.goto(at('/search/?q=Gaza&type=Explainer'));
    expect(await topResults(shared, base, 10)).toEqual(filtered);
    expect(await shared.locator('.pagefind-ui__search-input').inputValue()).toBe('Gaza');
    await shared.close();

    // Follow a result, then come back.
    await (await firstResult(page)).click();
    await page.waitForURL(/\/explainers\//);
    await page.goBack();
    await page.waitForURL(/\/search\/\?q=Gaza&type=Explainer$/);
    expect(await page.locator('.pagefind-ui__search-input').inputValue()).toBe('Gaza');
    expect(await topResults(page, base, 10)).toEqual(filtered);

    // A new query is a new history entry.
    await input.fill('Quartet');
    await page.waitForURL(/\?q=Quartet&type=Explainer$/);
    await page.goBack();
    await page.waitForURL(/\?q=Gaza&type=Explainer$/);
    await page.waitForFunction(() => (document.querySelector('.pagefind-ui__search-input') as HTMLInputElement | null)?.value === 'Gaza');
    await page.close();
  });

  it('without JavaScript, explains that search needs it and links to the A–Z index of every page and section', async () => {
    const context = await chrome().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(at('/search/'));
    const note = page.locator('noscript, #search p').filter({ hasText: 'needs JavaScript' });
    expect(await note.count()).toBeGreaterThan(0);
    await page.locator('a', { hasText: 'A–Z index' }).first().click();
    await page.waitForURL(/\/a-z\/$/);
    expect(await page.locator('h1').textContent()).toBe('A–Z index');
    const links = await page.locator('main section a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(links.length).toBeGreaterThan(100);
    expect(links).toContain(`${base}explainers/elections/#the-east-jerusalem-question`);
    expect(links).toContain(`${base}who/sergey-lavrov/`);
    await context.close();
  });
});
