/** Reading the search UI's results in a page. */
import type { Page } from 'playwright-core';

/** Result links, top level only (not sub-results), as site paths relative to `base` without ?highlight. */
export async function topResults(page: Page, base: string, n = 3): Promise<string[]> {
  const links = page.locator('.pagefind-ui__result-inner > .pagefind-ui__result-title > .pagefind-ui__result-link');
  await links.first().waitFor({ timeout: 15_000 });
  // Results arrive one by one: wait until n are shown, or the count stops growing.
  let count = await links.count();
  for (let i = 0; i < 20 && count < n; i++) {
    await page.waitForTimeout(100);
    const next = await links.count();
    if (next === count && i > 2) break;
    count = next;
  }
  const hrefs = await links.evaluateAll((as, count) => as.slice(0, count).map((a) => a.getAttribute('href') ?? ''), n);
  return hrefs.map((href) => {
    const u = new URL(href, 'http://x');
    const path = u.pathname.startsWith(base) ? `/${u.pathname.slice(base.length)}` : u.pathname;
    return `${path}${u.hash}`;
  });
}
