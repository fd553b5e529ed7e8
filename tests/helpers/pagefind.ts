/** Runs queries through the site's own Pagefind bundle, inside a real page. */
import type { Page } from 'playwright-core';
import { RANKING } from '../../src/scripts/search/pagefind';

export interface Hit {
  url: string;
  title: string;
}

// Kept as source text: the test runner must not rewrite the browser's dynamic import().
const SEARCH = `async ({ bundle, queries, n, ranking }) => {
  const pf = await import(bundle + 'pagefind.js');
  await pf.options({ ranking });
  await pf.init();
  const out = [];
  for (const q of queries) {
    const r = await pf.search(q);
    const data = await Promise.all(r.results.slice(0, n).map((x) => x.data()));
    out.push(data.map((d) => ({ url: d.url, title: d.meta.title ?? d.meta.label })));
  }
  return out;
}`;

/** The top `n` results for each query, as Pagefind ranks them in the browser with the site's ranking. */
export async function searchIn(page: Page, bundle: string, queries: string[], n = 3): Promise<Hit[][]> {
  const fn = await page.evaluateHandle(SEARCH);
  const result = await page.evaluate(([f, arg]) => (f as unknown as (a: unknown) => Promise<Hit[][]>)(arg), [
    fn,
    { bundle, queries, n, ranking: RANKING },
  ] as const);
  await fn.dispose();
  return result;
}
