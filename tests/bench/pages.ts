/** First visit to each page type: bytes by kind (raw, gzip, brotli) and requests. */
import type { Browser } from 'playwright-core';
import { Recorder } from './network';
import { brotli, gzip, kib } from './util';

export const PAGE_TYPES = [
  ['home', ''],
  ['explainer', 'explainers/quartet/'],
  ['person', 'who/sergey-lavrov/'],
  ['timeline', 'timeline/'],
  ['search', 'search/'],
] as const;

function kindOf(url: string, type: string): string {
  if (/\.css(\?|$)/.test(url) || type.includes('css')) return 'CSS';
  if (/\.m?js(\?|$)/.test(url) || type.includes('javascript')) return 'JS';
  if (/\.(woff2?|ttf|otf)(\?|$)/.test(url)) return 'fonts';
  if (/\.(png|jpe?g|svg|webp|avif|gif|ico)(\?|$)/.test(url) || type.startsWith('image/')) return 'images';
  if (type.includes('html')) return 'HTML';
  return 'other';
}

export async function pagesTable(browser: Browser, siteUrl: string): Promise<void> {
  console.log('\nFirst visit, by page type (KiB: raw / gzip / brotli; requests)');
  console.log('page        | kind   |     raw |    gzip |  brotli | requests');
  for (const [name, path] of PAGE_TYPES) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const recorder = new Recorder(page);
    await page.goto(siteUrl + path, { waitUntil: 'networkidle' });
    const got = (await recorder.settle()).map((f) => ({ kind: kindOf(f.url, f.type), body: f.body }));
    await context.close();
    for (const kind of ['HTML', 'CSS', 'JS', 'fonts', 'images', 'other']) {
      const list = got.filter((g) => g.kind === kind);
      if (list.length === 0 && kind !== 'HTML' && kind !== 'CSS' && kind !== 'JS') continue;
      const raw = list.reduce((a, g) => a + g.body.length, 0);
      const gz = list.reduce((a, g) => a + gzip(g.body), 0);
      const br = list.reduce((a, g) => a + brotli(g.body), 0);
      console.log(
        `${name.padEnd(11)} | ${kind.padEnd(6)} | ${kib(raw).padStart(7)} | ${kib(gz).padStart(7)} | ${kib(br).padStart(7)} | ${list.length}`,
      );
    }
  }
}
