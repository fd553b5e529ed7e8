/** Reading the search UI's results in a page. */
import type { Page } from 'playwright-core';

/** Result links, top level only (not sub-results), as site paths relative to `base` without ?highlight. */
export async function topResults(page: Page, base: string, n = 3): Promise<string[]> {
  const links = page.locator('.pagefind-ui__result-inner > .pagefind-ui__result-title > .pagefind-ui__result-link');
  await links.first().waitFor({ timeout: 15_000 });
  const hrefs = await links.evaluateAll((as, count) => as.slice(0, count).map((a) => a.getAttribute('href') ?? ''), n);
  return hrefs.map((href) => {
    const u = new URL(href, 'http://x');
    const path = u.pathname.startsWith(base) ? `/${u.pathname.slice(base.length)}` : u.pathname;
    return `${path}${u.hash}`;
  });
}
