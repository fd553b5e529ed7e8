/**
 * Accessibility on every page: axe-core (WCAG 2.0–2.2 A and AA rules) in
 * Chromium, in light and dark theme, at phone and desktop widths; and a
 * keyboard-only walk.
 */
import { describe, expect, inject, it } from 'vitest';
import { langOfPath, t } from '../../src/i18n';
import { axeViolations } from '../helpers/axe';
import { useChrome } from '../helpers/browser';
import { htmlPages } from '../helpers/dist';
import { DIALOG_INPUT, PAGE_INPUT, resultsLoaded, search, waitForQuery } from '../helpers/search-ui';

const siteUrl = inject('siteUrl');
/**
 * Every page of the English edition, and each kind of page of the other editions (home, every
 * explainer, timeline and a theme's, who's who and two profiles, glossary, A–Z and a letter,
 * search, 404): their pages are the same templates with other words, and sweeping all of them
 * would triple the suite's time.
 */
const EDITION_SAMPLE =
  /^\/(?:ar|ru)\/(?:|explainers\/[^/]+\/|timeline\/|timeline\/quartet\/|who\/|who\/riyad-al-maliki\/|who\/hamas\/|glossary\/|a-z\/|search\/|404\.html)$/;
const paths = htmlPages(inject('siteDir'))
  .map((p) => `/${p.file.replace(/index\.html$/, '')}`)
  .filter((p) => p !== '/404.html')
  .filter((p) => !/^\/(?:ar|ru)\//.test(p) || EDITION_SAMPLE.test(p));
const aLetter = (lang: string) =>
  htmlPages(inject('siteDir'))
    .map((p) => `/${p.file.replace(/index\.html$/, '')}`)
    .find((p) => p.startsWith(`/${lang}/a-z/`) && p !== `/${lang}/a-z/`);
for (const lang of ['ar', 'ru']) {
  const letter = aLetter(lang);
  if (letter) paths.push(letter);
}
const chrome = useChrome();

/** A browser context as the axe sweeps use it: a colour scheme and a viewport, reduced motion, CSP bypassed for axe's own script. */
const axeContext = (scheme: 'light' | 'dark', width: number, height: number) =>
  chrome().newContext({ colorScheme: scheme, viewport: { width, height }, bypassCSP: true, reducedMotion: 'reduce' });

// The four sweeps run side by side, each in its own browser context: the pages' renderers share the machine's cores.
describe.concurrent.each([
  ['light', 'phone', 360, 740],
  ['dark', 'phone', 360, 740],
  ['light', 'desktop', 1280, 900],
  ['dark', 'desktop', 1280, 900],
] as const)('axe, %s theme, %s', (scheme, _, width, height) => {
  it(`finds no WCAG A or AA violation on any of the ${paths.length + 1} pages`, { timeout: 300_000 }, async () => {
    const context = await axeContext(scheme, width, height);
    const page = await context.newPage();
    const found: string[] = [];
    for (const path of [...paths, '/no-such-page/']) {
      await page.goto(new URL(path.slice(1), siteUrl).href);
      const violations = await axeViolations(page);
      for (const v of violations) found.push(`${path} ${v}`);
    }
    await context.close();
    expect(found).toEqual([]);
  });
});

describe.each([
  ['light', 'phone', 390, 844],
  ['dark', 'phone', 390, 844],
  ['light', 'desktop', 1440, 900],
  ['dark', 'desktop', 1440, 900],
] as const)('axe with search in use, %s theme, %s', (scheme, _, width, height) => {
  it('finds no violation in the dialog (empty, then with results) or on the search page with results and filters', async () => {
    const context = await axeContext(scheme, width, height);
    const page = await context.newPage();
    const found: string[] = [];
    await page.goto(new URL('explainers/elections/', siteUrl).href);
    await page.mouse.move(5, 5);
    await page.keyboard.press('Control+k');
    await page.locator('dialog[open] .sr-suggestions a').first().waitFor();
    found.push(...(await axeViolations(page)).map((v) => `dialog, empty: ${v}`));
    await search(page, DIALOG_INPUT, 'sputnick', 'dialog[open]');
    await resultsLoaded(page, 3, 'dialog[open]');
    found.push(...(await axeViolations(page)).map((v) => `dialog, results: ${v}`));
    await page.goto(new URL('search/?q=Gaza&type=Explainer', siteUrl).href);
    await waitForQuery(page, 'Gaza');
    found.push(...(await axeViolations(page)).map((v) => `search page: ${v}`));
    // The Arabic edition's, right to left, and a query in another edition's script.
    await page.goto(new URL('ar/explainers/elections/', siteUrl).href);
    await page.mouse.move(5, 5);
    await page.keyboard.press('Control+k');
    await page.locator('dialog[open] .sr-suggestions a').first().waitFor();
    await search(page, DIALOG_INPUT, 'الانتخابات', 'dialog[open]');
    await resultsLoaded(page, 3, 'dialog[open]');
    found.push(...(await axeViolations(page)).map((v) => `Arabic dialog, results: ${v}`));
    await page.goto(new URL('ru/search/?q=Lavrov', siteUrl).href);
    await waitForQuery(page, 'Lavrov');
    found.push(...(await axeViolations(page)).map((v) => `Russian search page, English results: ${v}`));
    await context.close();
    expect(found).toEqual([]);
  });
});

describe('keyboard only', () => {
  it.each([
    '/',
    '/explainers/quartet/',
    '/timeline/',
    '/search/',
    '/who/sergey-lavrov/',
    '/glossary/',
    '/a-z/',
    '/ar/explainers/quartet/',
    '/ru/timeline/',
  ])('%s: the skip link comes first, focus is always visible, and Tab reaches the end without a trap', async (path) => {
    const page = await chrome().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(new URL(path.slice(1), siteUrl).href);
    const first = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    expect(await page.evaluate((sel) => document.querySelector(sel)?.textContent, first)).toBe(t(langOfPath(path), 'skip.link'));
    if (path === '/search/') {
      // The search page puts focus in its search box; the skip link is one Shift+Tab away from the top.
      await page.waitForSelector(`${PAGE_INPUT}:focus`);
      await page.goto(page.url());
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.locator('a.skip-link').focus();
    } else {
      await page.keyboard.press('Tab');
    }
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(t(langOfPath(path), 'skip.link'));
    expect(await page.evaluate(() => document.activeElement?.getBoundingClientRect().top ?? -1)).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#main');
    // The search page's empty box shows its suggested searches once its help has loaded: count them too.
    if (path === '/search/') await page.locator('.sr-suggestions a').first().waitFor();
    const total = await page.evaluate(
      () => document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])').length,
    );
    const seen = new Set<string>();
    let leftThePage = false;
    for (let i = 0; i < total + 5; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate((step) => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const visible = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
        const w = window as unknown as { kbLast?: Element };
        const stuck = w.kbLast === el;
        w.kbLast = el;
        return { key: `${el.tagName}:${el.getAttribute('href') ?? el.id ?? ''}:${step}`, id: el.outerHTML.slice(0, 80), visible, stuck };
      }, i);
      if (!info) {
        leftThePage = true;
        break;
      }
      expect(info.visible, `focus is not visible on ${info.id}`).toBe(true);
      expect(info.stuck, `focus stuck on ${info.id}`).toBe(false);
      seen.add(info.key);
    }
    expect(seen.size).toBeGreaterThan(3);
    expect(leftThePage, 'Tab never left the page: a keyboard trap').toBe(true);
    await page.close();
  });
});
