/** Reading the search interface's results (src/scripts/search/ui.ts) in a page. */
import type { Locator, Page } from 'playwright-core';

/** A result (not a section under it). */
export const ITEM = 'ol.sr-results > li.sr-item';
/** A result's title link, relative to its item. */
export const TITLE = 'a.sr-title';
/** The dialog's search box. */
export const DIALOG_INPUT = 'dialog[open] .search-dialog-input';
/** The search page's box. */
export const PAGE_INPUT = '#search-page-input';

const items = (scope: string) => `${scope} ${ITEM}`.trim();

/** Waits until the status line under `scope` mentions `text` (the query searched). */
export async function statusSays(page: Page, text: RegExp, scope = ''): Promise<void> {
  await page.locator(`${scope} .sr-status`.trim(), { hasText: text }).waitFor({ timeout: 15_000 });
}

/** Waits until at least `n` results (or the search's status, when there are fewer) are shown under `scope`. */
export async function resultsLoaded(page: Page, n: number, scope = ''): Promise<void> {
  await page.waitForFunction(([sel, n]) => document.querySelectorAll(sel).length >= n, [items(scope), n] as const, { timeout: 15_000 });
}

/** The title link of the first result under `scope`, once shown. */
export async function firstResult(page: Page, scope = ''): Promise<Locator> {
  await resultsLoaded(page, 1, scope);
  return page.locator(items(scope)).first().locator(TITLE);
}

/** The first `n` results as site paths relative to `base`, without ?highlight. */
export async function topResults(page: Page, base: string, n = 3, scope = ''): Promise<string[]> {
  await resultsLoaded(page, 1, scope);
  const hrefs = await page
    .locator(items(scope))
    .evaluateAll((lis, [n, title]) => lis.slice(0, n).map((li) => li.querySelector(title)?.getAttribute('href') ?? ''), [
      n,
      TITLE,
    ] as const);
  return hrefs.map((href) => sitePath(href, base));
}

/** A result's link as a site path: "/who/sergey-lavrov/" or "/timeline/#id". */
export function sitePath(href: string, base: string): string {
  const u = new URL(href, 'http://x');
  const path = u.pathname.startsWith(base) ? `/${u.pathname.slice(base.length)}` : u.pathname;
  return `${path}${u.hash}`;
}

/**
 * Types `query` into the search box `input` and waits until what is shown belongs to it: the
 * status names it in quotes, or the note on a corrected spelling offers to search it instead.
 */
export async function search(page: Page, input: string, query: string, scope = ''): Promise<void> {
  await page.locator(input).fill(query);
  await waitForQuery(page, query, scope);
}

/** Waits until the results under `scope` are those of `query`. */
export async function waitForQuery(page: Page, query: string, scope = ''): Promise<void> {
  await page.waitForFunction(
    ([scope, q]) => {
      const root = scope ? document.querySelector(scope) : document;
      const status = root?.querySelector('.sr-status')?.textContent ?? '';
      const instead = [...(root?.querySelectorAll('.sr-notes button') ?? [])].map((b) => b.textContent ?? '');
      // The query in the edition's quotation marks: “…” in English, «…» in Arabic and Russian.
      return status.includes(`“${q}”`) || status.includes(`«${q}»`) || instead.some((t) => t.endsWith(` ${q}`));
    },
    [scope, query.trim()] as const,
    { timeout: 15_000 },
  );
}
