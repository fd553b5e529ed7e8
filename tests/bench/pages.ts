/** First visit to each page type: bytes by kind (raw, gzip, brotli) and requests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { firstVisit as budgetWeight, renderBlockingSheets } from '../../src/integrations/budget';
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

/** Everything a first visit to `url` fetches until the network is quiet, by kind. */
async function fetchedOnFirstVisit(browser: Browser, url: string): Promise<Array<{ kind: string; body: Buffer }>> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const recorder = new Recorder(page);
  await page.goto(url, { waitUntil: 'networkidle' });
  const got = (await recorder.settle()).map((f) => ({ kind: kindOf(f.url, f.type), body: f.body }));
  await context.close();
  return got;
}

export async function pagesTable(browser: Browser, siteUrl: string): Promise<void> {
  console.log('\nFirst visit, by page type (KiB: raw / gzip / brotli; requests)');
  console.log('page        | kind   |     raw |    gzip |  brotli | requests');
  for (const [name, path] of PAGE_TYPES) {
    const got = await fetchedOnFirstVisit(browser, siteUrl + path);
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

/** A built site, served. */
export interface ServedSite {
  url: string;
  dist: string;
}

/**
 * The first round trip of Starlight's page, measured as the budget measures ours (firstVisit in
 * src/integrations/budget.ts): the HTML up to the end of the summary and the render-blocking stylesheets, brotli.
 */
function starlightRoundTrip(dist: string, page: string): number {
  const html = readFileSync(join(dist, page, 'index.html'), 'utf8');
  const css = renderBlockingSheets(html).reduce((sum, href) => sum + brotli(readFileSync(join(dist, href.replace(/^\//, '')))), 0);
  return brotli(Buffer.from(html.slice(0, starlightSummaryEnd(html)))) + css;
}

/** Starlight's summary is the first paragraph of its article. */
function starlightSummaryEnd(html: string): number {
  const start = html.indexOf('sl-markdown-content');
  const end = start === -1 ? -1 : html.indexOf('</p>', start);
  return end === -1 ? html.length : end + '</p>'.length;
}

/**
 * The same explainer on both sites: its first round trip (what the first screen needs: the HTML
 * to the end of the summary and the render-blocking stylesheets) and its whole first visit
 * (everything fetched until the network is quiet), brotli, with the ratio of ours to Starlight's.
 */
export async function explainerSideBySide(
  browser: Browser,
  ours: ServedSite,
  peer: ServedSite,
  page = 'explainers/quartet/',
): Promise<void> {
  const visit = async (site: ServedSite) => {
    const got = await fetchedOnFirstVisit(browser, site.url + page);
    return { kib: got.reduce((a, g) => a + brotli(g.body), 0) / 1024, requests: got.length };
  };
  const a = { trip: (await budgetWeight(ours.dist, page, '/')).roundTrip / 1024, ...(await visit(ours)) };
  const b = { trip: starlightRoundTrip(peer.dist, page) / 1024, ...(await visit(peer)) };
  console.log(
    `\nThe same explainer (${page}) on both sites, brotli KiB: first round trip (HTML to the end of the summary + render-blocking CSS) and first visit (all fetched until the network is quiet)`,
  );
  console.log('site       | first round trip | first visit | requests');
  console.log(`ours       | ${a.trip.toFixed(1).padStart(16)} | ${a.kib.toFixed(1).padStart(11)} | ${a.requests}`);
  console.log(`Starlight  | ${b.trip.toFixed(1).padStart(16)} | ${b.kib.toFixed(1).padStart(11)} | ${b.requests}`);
  console.log(`ours ÷ it  | ${(a.trip / b.trip).toFixed(2).padStart(16)} | ${(a.kib / b.kib).toFixed(2).padStart(11)} |`);
}
