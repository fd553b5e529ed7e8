/**
 * Timing a search in the dialog, inside the page: from the first keystroke
 * (and from the last) to the moment the first result and its message are in
 * the DOM, with performance.now() of the page itself, so the round trips of
 * the browser driver do not count.
 */
import type { Browser, Page } from 'playwright-core';
import { firstResult } from '../helpers/search-ui';
import { Recorder } from './network';
import { brotli, kib } from './util';

// Source text, so that the TypeScript runner never rewrites code that runs in the page.
const INSTALL = `(() => {
  const w = window;
  w.__bench = { word: '', first: 0, last: 0, result: 0 };
  if (w.__benchInstalled) return;
  w.__benchInstalled = true;
  document.addEventListener('keydown', (e) => {
    const b = w.__bench;
    if (!b.word || !(e.target instanceof Element) || !e.target.closest('dialog')) return;
    const now = performance.now();
    if (!b.first) b.first = now;
    b.last = now;
  }, true);
  const check = () => {
    const b = w.__bench;
    if (!b.word || !b.first || b.result) return;
    const d = document.querySelector('dialog[open]');
    if (!d || !d.querySelector('.pagefind-ui__result-link')) return;
    const message = (d.querySelector('.pagefind-ui__message')?.textContent ?? '').toLowerCase();
    if (message.includes(b.word)) b.result = performance.now();
  };
  new MutationObserver(check).observe(document.documentElement, { subtree: true, childList: true, characterData: true });
})()`;

export interface SearchTiming {
  /** ms from the first keystroke in the dialog to the first result. */
  fromFirst: number;
  /** ms from the last keystroke to the first result. */
  fromLast: number;
}

/** Opens the dialog (Ctrl+K), clears it, types `query` and waits for its first result. Leaves the dialog open. */
export async function timeSearch(page: Page, query: string): Promise<SearchTiming> {
  await page.evaluate(INSTALL);
  await page.keyboard.press('Control+k');
  const input = page.locator('dialog[open] input').first();
  await input.waitFor();
  await input.fill('');
  // A second search in the same dialog: wait for the previous results to go.
  await page
    .waitForFunction(() => !document.querySelector('dialog[open] .pagefind-ui__result-link'), undefined, { timeout: 5_000 })
    .catch(() => undefined);
  const word = query.toLowerCase().split(' ')[0] ?? '';
  await page.evaluate(`window.__bench = { word: ${JSON.stringify(word)}, first: 0, last: 0, result: 0 }`);
  await page.keyboard.type(query);
  // A function, not source text: the site's CSP forbids eval, which waitForFunction would need for text.
  await page.waitForFunction(() => (window as unknown as { __bench: { result: number } }).__bench.result > 0, undefined, {
    timeout: 30_000,
  });
  const b = (await page.evaluate('window.__bench')) as { first: number; last: number; result: number };
  return { fromFirst: b.result - b.first, fromLast: b.result - b.last };
}

export interface FirstSearch extends SearchTiming {
  /** Brotli bytes of everything fetched from opening the dialog until the network was quiet again. */
  brotliBytes: number;
  requests: number;
  /** The first result's link, as a site path ("/timeline/#…"). */
  top: string;
}

/** A first search in a fresh browser context, from an explainer: what it fetches and how long it takes. */
export async function firstSearch(
  browser: Browser,
  pageUrl: string,
  query: string,
): Promise<FirstSearch & { page: Page; close(): Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const recorder = new Recorder(page);
  await page.goto(pageUrl, { waitUntil: 'networkidle' });
  await recorder.settle();
  recorder.reset();
  const timing = await timeSearch(page, query);
  const fetched = await recorder.settle();
  const href = (await (await firstResult(page, 'dialog[open]')).getAttribute('href')) ?? '';
  const top = new URL(href, pageUrl);
  return {
    ...timing,
    top: `${top.pathname}${top.hash}`,
    brotliBytes: fetched.reduce((a, f) => a + brotli(f.body), 0),
    requests: fetched.length,
    page,
    close: () => context.close(),
  };
}

export const QUERIES = ['Sputnik', 'Quartet', 'Ashkenazi', 'elections', 'Resolution 1515'];

/** The search table: cold (first search in a fresh browser) and warm (a second one in the same dialog). */
export async function searchTable(browser: Browser, siteUrl: string): Promise<void> {
  console.log(
    '\nSearch from an explainer (dialog): KiB brotli and requests of everything fetched from opening it until the network is quiet;',
  );
  console.log('ms from the first keystroke / from the last keystroke to the first result (typed by the driver with no delay)');
  console.log('query            | cold KiB | req | cold ms first | cold ms last | warm ms first | warm ms last');
  for (const q of QUERIES) {
    const cold = await firstSearch(browser, `${siteUrl}explainers/quartet/`, q);
    try {
      await cold.page.keyboard.press('Escape');
      const warm = await timeSearch(cold.page, q.split(' ')[0] ?? q);
      console.log(
        `${q.padEnd(16)} | ${kib(cold.brotliBytes).padStart(8)} | ${String(cold.requests).padStart(3)} | ${cold.fromFirst.toFixed(0).padStart(13)} | ${cold.fromLast
          .toFixed(0)
          .padStart(12)} | ${warm.fromFirst.toFixed(0).padStart(13)} | ${warm.fromLast.toFixed(0).padStart(12)}`,
      );
    } finally {
      await cold.close();
    }
  }
}
