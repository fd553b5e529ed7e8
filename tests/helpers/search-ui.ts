/** Reading the search UI's results in a page. */
import type { Locator, Page } from 'playwright-core';

/** A top-level result (not a sub-result) in Pagefind's Default UI. */
const ITEM = 'ol.pagefind-ui__results > li.pagefind-ui__result';
/** A result's title link, relative to its item; a result still loading has none. */
const TITLE = '.pagefind-ui__result-inner > .pagefind-ui__result-title > .pagefind-ui__result-link';

const items = (scope: string) => `${scope} ${ITEM}`.trim();

/**
 * Waits until the first `n` results under `scope` (or all of them, if fewer) have loaded.
 * The UI lists every result at once but fills each in as its data arrives, in any order,
 * so "the first link on the page" can belong to the second result while the first still loads.
 */
export async function resultsLoaded(page: Page, n: number, scope = ''): Promise<void> {
  await page.waitForFunction(
    ([sel, title, n]) => {
      const shown = [...document.querySelectorAll(sel)].slice(0, n);
      return shown.length > 0 && shown.every((li) => li.querySelector(`:scope > ${title}`) !== null);
    },
    [items(scope), TITLE, n] as const,
    { timeout: 15_000 },
  );
}

/** The title link of the first result under `scope`, once that result has loaded. */
export async function firstResult(page: Page, scope = ''): Promise<Locator> {
  await resultsLoaded(page, 1, scope);
  return page.locator(items(scope)).first().locator(TITLE).first();
}

/** The first `n` top-level results, as site paths relative to `base` without ?highlight. */
export async function topResults(page: Page, base: string, n = 3, scope = ''): Promise<string[]> {
  await resultsLoaded(page, n, scope);
  const hrefs = await page
    .locator(items(scope))
    .evaluateAll((lis, [n, title]) => lis.slice(0, n).map((li) => li.querySelector(`:scope > ${title}`)?.getAttribute('href') ?? ''), [
      n,
      TITLE,
    ] as const);
  return hrefs.map((href) => {
    const u = new URL(href, 'http://x');
    const path = u.pathname.startsWith(base) ? `/${u.pathname.slice(base.length)}` : u.pathname;
    return `${path}${u.hash}`;
  });
}
