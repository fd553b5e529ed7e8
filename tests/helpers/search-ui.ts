/** Reading the search UI's results in a page. */
import type { Locator, Page } from 'playwright-core';

/** A top-level result (not a sub-result) in Pagefind's Default UI. */
const ITEM = 'ol.pagefind-ui__results > li.pagefind-ui__result';
/** The title link of a loaded result; a result still loading has none. */
const TITLE_LINK = ':scope > .pagefind-ui__result-inner > .pagefind-ui__result-title > .pagefind-ui__result-link';

/**
 * Waits until the first `n` results under `scope` (or all of them, if fewer) have loaded.
 * The UI lists every result at once but fills each in as its data arrives, in any order,
 * so "the first link on the page" can belong to the second result while the first still loads.
 */
async function waitForLoaded(page: Page, scope: string, n: number): Promise<void> {
  const items = `${scope} ${ITEM}`.trim();
  await page.locator(items).first().waitFor({ timeout: 15_000 });
  await page.waitForFunction(
    ([items, link, n]) => {
      const shown = [...document.querySelectorAll(items)].slice(0, n);
      return shown.length > 0 && shown.every((li) => li.querySelector(link) !== null);
    },
    [items, TITLE_LINK, n] as const,
    { timeout: 15_000 },
  );
}

/** The title link of the first result under `scope`, once that result has loaded. */
export async function firstResult(page: Page, scope = ''): Promise<Locator> {
  await waitForLoaded(page, scope, 1);
  return page.locator(`${scope} ${ITEM}`.trim()).first().locator(TITLE_LINK.replace(':scope > ', '')).first();
}

/** The first `n` top-level results, as site paths relative to `base` without ?highlight. */
export async function topResults(page: Page, base: string, n = 3, scope = ''): Promise<string[]> {
  await waitForLoaded(page, scope, n);
  const hrefs = await page
    .locator(`${scope} ${ITEM}`.trim())
    .evaluateAll((lis, [n, link]) => lis.slice(0, n).map((li) => li.querySelector(link)?.getAttribute('href') ?? ''), [n, TITLE_LINK] as const);
  return hrefs.map((href) => {
    const u = new URL(href, 'http://x');
    const path = u.pathname.startsWith(base) ? `/${u.pathname.slice(base.length)}` : u.pathname;
    return `${path}${u.hash}`;
  });
}
