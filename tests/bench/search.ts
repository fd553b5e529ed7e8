/**
 * Timing a search in the dialog, inside the page: from the first keystroke
 * (and from the last) to the moment the first result and its message are in
 * the DOM, with performance.now() of the page itself, so the round trips of
 * the browser driver do not count.
 */
import type { Browser, Page } from 'playwright-core';
import { Recorder } from './network';
import { brotli } from './util';

/** How to read a site's search dialog: its result links and the line that names the query. */
export interface SearchProfile {
  name: string;
  result: string;
  message: string;
}
export const OURS: SearchProfile = { name: 'Context Desk', result: 'a.sr-title', message: '.sr-status' };
/** Starlight's dialog holds Pagefind's Default UI. */
export const STARLIGHT: SearchProfile = { name: 'Starlight', result: '.pagefind-ui__result-link', message: '.pagefind-ui__message' };

// Source text, so that the TypeScript runner never rewrites code that runs in the page.
const install = (p: SearchProfile) => `(() => {
  const w = window;
  w.__bench = { word: '', first: 0, last: 0, result: 0 };
  w.__benchProfile = ${JSON.stringify(p)};
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
    const p = w.__benchProfile;
    if (!d || !d.querySelector(p.result)) return;
    const message = (d.querySelector(p.message)?.textContent ?? '').toLowerCase();
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
export async function timeSearch(page: Page, query: string, profile: SearchProfile): Promise<SearchTiming> {
  await page.evaluate(install(profile));
  await page.keyboard.press('Control+k');
  const input = page.locator('dialog[open] input').first();
  await input.waitFor();
  await input.fill('');
  // A second search in the same dialog: wait for the previous results to go.
  await page
    .waitForFunction((sel) => !document.querySelector(`dialog[open] ${sel}`), profile.result, { timeout: 5_000 })
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
  profile: SearchProfile,
): Promise<FirstSearch & { page: Page; close(): Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const recorder = new Recorder(page);
  await page.goto(pageUrl, { waitUntil: 'networkidle' });
  // A reader who has moved the pointer over the page before searching: each site has then loaded
  // its page scripts (Starlight's load with the page; ours on the first interaction).
  await page.mouse.move(200, 300);
  await recorder.settle();
  recorder.reset();
  const timing = await timeSearch(page, query, profile);
  const fetched = await recorder.settle();
  const href = (await page.locator(`dialog[open] ${profile.result}`).first().getAttribute('href')) ?? '';
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

export const QUERIES = ['Sputnik', 'Quartet', 'Ashkenazi', 'elections', 'Resolution 1515', 'who is Lavrov'];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};

export interface Side {
  profile: SearchProfile;
  /** The site's root URL, ending in "/". */
  url: string;
}

/**
 * The search table, side by side: for each query, a first search from a cold explainer on each
 * site (alternating, `runs` times), then a second search in the same dialog (warm). Bytes and
 * requests are the median run's; ms are medians.
 */
export async function searchTable(browser: Browser, ours: Side, peer: Side | undefined, runs = 5): Promise<void> {
  console.log(
    `\nSearch from an explainer (dialog), ${runs} runs per query and site, alternating: KiB brotli and requests of everything fetched`,
  );
  console.log(
    'from opening it until the network is quiet (after the pointer has moved over the page, which loads each site’s page scripts);',
  );
  console.log('median ms from the last keystroke to the first result (typed with no delay)');
  const sides = peer ? [ours, peer] : [ours];
  const header = sides.map((s) => `${s.profile.name.padEnd(12)} KiB | req | cold ms | warm ms`).join(' || ');
  console.log(`query            | ${header}${peer ? ' || ratio KiB | ratio cold ms' : ''}`);
  for (const q of QUERIES) {
    const rows: { kib: number[]; req: number[]; cold: number[]; warm: number[] }[] = sides.map(() => ({
      kib: [],
      req: [],
      cold: [],
      warm: [],
    }));
    for (let r = 0; r < runs; r++) {
      for (const [i, side] of sides.entries()) {
        const cold = await firstSearch(browser, `${side.url}explainers/quartet/`, q, side.profile);
        try {
          await cold.page.keyboard.press('Escape');
          const warm = await timeSearch(cold.page, q.split(' ').pop() ?? q, side.profile);
          const row = rows[i];
          if (!row) continue;
          row.kib.push(cold.brotliBytes / 1024);
          row.req.push(cold.requests);
          row.cold.push(cold.fromLast);
          row.warm.push(warm.fromLast);
        } finally {
          await cold.close();
        }
      }
    }
    const cells = rows.map(
      (r) =>
        `${median(r.kib).toFixed(1).padStart(16)} | ${String(median(r.req)).padStart(3)} | ${median(r.cold).toFixed(0).padStart(7)} | ${median(
          r.warm,
        )
          .toFixed(0)
          .padStart(7)}`,
    );
    const [a, b] = rows;
    const ratio =
      a && b
        ? ` || ${(median(a.kib) / median(b.kib)).toFixed(2).padStart(9)} | ${(median(a.cold) / median(b.cold)).toFixed(2).padStart(13)}`
        : '';
    console.log(`${q.padEnd(16)} | ${cells.join(' || ')}${ratio}`);
  }
}
