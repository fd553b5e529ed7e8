/**
 * The weight of a page's first visit: its HTML and the stylesheets it links,
 * brotli-compressed as static hosts send them. Every build reports it for each
 * explainer, and stops when one is over the budget (src/lib/budget.ts); the test
 * suite checks the same budget, exactly, on every page, also under a sub-path.
 *
 * Brotli at quality 11 takes about 80 ms for an explainer's HTML; the build screens
 * pages first at quality 5 (about 3 ms), whose size predicts quality 11's within a
 * narrow band (FAST_RATIO), and compresses at quality 11 only the pages whose
 * band reaches a budget: a page clear of both budgets by more than the band is
 * reported with "≈", and every page the build could stop on is measured exactly.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, constants } from 'node:zlib';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { contentIndex } from '../content-check';
import { editionPrefixes, localePath } from '../i18n';
import {
  FIRST_ROUND_TRIP_BUDGET,
  firstVisitBudget,
  formatWeight,
  LISTING_BUDGETS,
  overBudget,
  pageScript,
  type Weight,
} from '../lib/budget';
import type { Gates } from './gates';

/** Brotli at quality 11, what static hosts (Netlify, Cloudflare) serve for text. */
const EXACT = { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } };
const asBuffer = (body: Buffer | string) => (typeof body === 'string' ? Buffer.from(body) : body);

/** Brotli size at quality 11. */
export function brotliSize(body: Buffer | string): number {
  return brotliCompressSync(asBuffer(body), EXACT).length;
}

const kib = (n: number) => (n / 1024).toFixed(1);

/** The pre-filter's brotli quality. */
export const FAST_QUALITY = 5;

/**
 * Quality 11's size over quality 5's, for this site's HTML, by the script of the page's edition,
 * each with a margin of about 2% either side of what was measured. The whole page, measured over the
 * 1,000 explainers of the bench (issue 17): 0.852–0.871 in English; over the four explainers of each
 * edition, 0.881–0.890 in Arabic and 0.874–0.882 in Russian. The HTML up to the summary: 0.870–0.901
 * in English, 0.888–0.898 in the editions. A site test checks every built page falls inside; should
 * one not, widen its band. A band as tight as measured matters: a page is compressed at quality 11
 * when its band reaches a budget, and the explainers sit close to theirs (one band for all scripts,
 * 0.84–0.91, sent a quarter of the bench's explainers to quality 11).
 */
export const FAST_RATIO = {
  whole: {
    Latin: { low: 0.835, high: 0.89 },
    Arabic: { low: 0.86, high: 0.91 },
    Cyrillic: { low: 0.855, high: 0.905 },
  } as Readonly<Record<string, Band>>,
  head: { low: 0.85, high: 0.92 },
} as const;

interface Band {
  low: number;
  high: number;
}

/** The pre-filter's bands for a page ("ar/explainers/quartet/"): its whole HTML's by its script, and its head's. */
export function fastBands(page: string): { whole: Band; head: Band } {
  const whole = FAST_RATIO.whole[pageScript(page)];
  if (!whole) throw new Error(`budget: no pre-filter band for the script of ${page} (${pageScript(page)}); add one to FAST_RATIO`);
  return { whole, head: FAST_RATIO.head };
}

const fastParams = (buf: Buffer) => ({
  params: { [constants.BROTLI_PARAM_QUALITY]: FAST_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
});
/** Brotli size at the pre-filter's quality. */
export function fastBrotliSize(body: Buffer | string): number {
  const buf = asBuffer(body);
  return brotliCompressSync(buf, fastParams(buf)).length;
}

const compress = promisify(brotliCompress);
/**
 * The sizes a page's measure takes, compressed on libuv's threads rather than the main thread, so
 * that the build can measure pages while Pagefind indexes them (the same bytes as brotliSize and fastBrotliSize).
 */
const sizes = {
  exact: async (body: string) => (await compress(Buffer.from(body), EXACT)).length,
  fast: async (body: string) => {
    const buf = asBuffer(body);
    return (await compress(buf, fastParams(buf))).length;
  },
};

/** The end of the summary in an explainer's HTML: what the first screen needs ends there. */
export function summaryEnd(html: string): number {
  const start = html.indexOf('class="summary"');
  const end = start === -1 ? -1 : html.indexOf('</p>', start);
  return end === -1 ? html.length : end + '</p>'.length;
}

type Screen = 'stop' | 'report';

/** The stylesheets a page's HTML links that block its first paint (all but print ones), as written (under the base path). */
export function renderBlockingSheets(html: string): string[] {
  return [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"([^>]*)>/g)]
    .filter((m) => !/\bmedia="print"/.test(m[2] ?? ''))
    .map((m) => m[1] ?? '');
}

/** The page's HTML, its head (to the end of the summary) and its stylesheets' brotli size. */
function readPage(dir: string, page: string, base: string, cssSize: (file: string) => number) {
  const html = readFileSync(join(dir, page, 'index.html'), 'utf8');
  const css = renderBlockingSheets(html).reduce((sum, href) => sum + cssSize(join(dir, href.slice(base.length))), 0);
  return { html, head: html.slice(0, summaryEnd(html)), css };
}

/**
 * The pre-filter: estimated weights when the page is clear of both budgets by more than FAST_RATIO's band
 * (or, with 'report', surely over one); undefined when a budget is within reach and only quality 11 can tell.
 */
async function screened(page: string, html: string, headHtml: string, css: number, screen: Screen): Promise<Weight | undefined> {
  const [fastWhole, fastHead] = await Promise.all([sizes.fast(html), sizes.fast(headHtml)]);
  const { whole: w, head: h } = fastBands(page);
  const clear = fastWhole * w.high + css <= firstVisitBudget(page) && fastHead * h.high + css <= FIRST_ROUND_TRIP_BUDGET;
  const surelyOver = fastWhole * w.low + css > firstVisitBudget(page) || fastHead * h.low + css > FIRST_ROUND_TRIP_BUDGET;
  if (!clear && !(surelyOver && screen === 'report')) return undefined;
  const whole = Math.round((fastWhole * (w.low + w.high)) / 2);
  const head = Math.round((fastHead * (h.low + h.high)) / 2);
  return { page, html: whole, head, css, total: whole + css, roundTrip: head + css, estimated: true };
}

const exactWeight = (page: string, whole: number, head: number, css: number): Weight => ({
  page,
  html: whole,
  head,
  css,
  total: whole + css,
  roundTrip: head + css,
});

/**
 * The weights of `page` (a folder path such as "explainers/quartet/") in a built site at `dir` with base path `base`.
 * With `screen`, pages clear of both budgets by more than FAST_RATIO's band get estimates (`estimated: true`);
 * `screen: 'report'` estimates pages surely over a budget too (the benchmark's synthetic pages).
 */
export async function firstVisit(
  dir: string,
  page: string,
  base: string,
  cssSize = (file: string) => brotliSize(readFileSync(file)),
  screen?: Screen,
): Promise<Weight> {
  const { html, head, css } = readPage(dir, page, base, cssSize);
  const estimate = screen && (await screened(page, html, head, css, screen));
  if (estimate) return estimate;
  const [whole, first] = await Promise.all([sizes.exact(html), sizes.exact(head)]);
  return exactWeight(page, whole, first, css);
}

/** The explainers' page folders of a built site, sorted: "explainers/quartet/". */
function explainerPages(dir: string): string[] {
  return editionFolders().flatMap((edition) => {
    try {
      return readdirSync(join(dir, edition, 'explainers'), { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => `${edition}explainers/${d.name}/`)
        .sort();
    } catch {
      return [];
    }
  });
}

/** The folder of each published edition in the build: "" for the default language, "ar/" for Arabic. */
function editionFolders(): string[] {
  return ['', ...editionPrefixes().map((prefix) => `${prefix}/`)];
}

/** A stylesheet is shared by every explainer: compressed once. */
function cssSizer(): (file: string) => number {
  const sizes = new Map<string, number>();
  return (file) => {
    if (!sizes.has(file)) sizes.set(file, brotliSize(readFileSync(file)));
    return sizes.get(file) as number;
  };
}

/**
 * First-visit weights of every explainer in a built site at `dir`, whose base path is `base`: exact
 * (brotli quality 11) for every page, or with `screen`, exact where a budget is within reach (firstVisit).
 */
export async function explainerWeights(dir: string, base: string, screen?: Screen): Promise<Weight[]> {
  const cssSize = cssSizer();
  const pages = explainerPages(dir);
  const weights: Weight[] = new Array(pages.length);
  // A few pages at a time: libuv's threads compress them side by side, and few pages are held in memory.
  let next = 0;
  const worker = async () => {
    while (next < pages.length) {
      const i = next++;
      weights[i] = await firstVisit(dir, pages[i] as string, base, cssSize, screen);
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  return weights;
}

/** Pages measured at once. */
const IN_FLIGHT = 4;

export interface ListingWeight {
  /** The file's path in the build: "index.html", "a-z/t/index.html", "feed.xml". */
  file: string;
  bytes: number;
  budget: number;
}

/** The raw size of each listing page (LISTING_BUDGETS) in a built site at `dir`, with its budget. */
export function listingWeights(dir: string): ListingWeight[] {
  const out: ListingWeight[] = [];
  const patterns = editionFolders().flatMap((edition) =>
    Object.entries(LISTING_BUDGETS).map(([p, budget]) => [`${edition}${p}`, budget] as const),
  );
  for (const [pattern, budget] of patterns) {
    const files = pattern.endsWith('/*')
      ? readdirSync(join(dir, pattern.slice(0, -2)), { recursive: true })
          .map(String)
          .filter((f) => f.endsWith('.html'))
          .sort()
          .map((f) => `${pattern.slice(0, -1)}${f}`)
      : existsSync(join(dir, pattern))
        ? [pattern]
        : [];
    for (const file of files) out.push({ file, bytes: statSync(join(dir, file)).size, budget });
  }
  return out;
}

/**
 * The policy: a build stops when an explainer's first visit is over the budget, naming the
 * file, and publishes nothing; the tests check the same budget on the real content. The one
 * exception is synthetic content (the benchmark's generated explainers), whose builds set
 * CONTEXT_DESK_BUDGET=report to be told instead.
 */
export class OverBudget extends Error {
  constructor(lines: readonly string[]) {
    super(
      `${lines.length} page${lines.length === 1 ? ' is' : 's are'} over the byte budget; nothing is published. ` +
        `Shorten the page, or move material to another explainer (CONTRIBUTING.md, "Length and the byte budget"):\n${lines.join('\n')}`,
    );
    this.name = 'OverBudget';
  }
}

/** Measures the built pages beside the steps after it; `gates` holds the verdict for the publish step. */
export function budgetReport(gates: Gates): AstroIntegration {
  let base = '/';
  return {
    name: 'context-desk:budget',
    hooks: {
      'astro:config:setup': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        gates.add(measure(fileURLToPath(dir), logger));
      },
    },
  };

  async function measure(dir: string, logger: AstroIntegrationLogger): Promise<void> {
    const over: string[] = [];
    const report = process.env['CONTEXT_DESK_BUDGET'] === 'report';
    const files = new Map(contentIndex().explainers.map((e) => [localePath(e.lang, `/explainers/${e.slug}/`).slice(1), e.file]));
    const started = performance.now();
    const weights = await explainerWeights(dir, base, report ? 'report' : 'stop');
    for (const w of weights) {
      if (overBudget(w).length === 0) logger.info(formatWeight(w));
      else over.push(`${files.get(w.page) ?? w.page}: ${formatWeight(w)}`);
    }
    const listings = listingWeights(dir);
    for (const l of listings)
      if (l.bytes > l.budget)
        over.push(`${l.file}: ${kib(l.bytes)} KiB, over its budget of ${kib(l.budget)} KiB (raw) by ${l.bytes - l.budget} B`);
    const largest = (prefix: string) => Math.max(0, ...listings.filter((l) => l.file.startsWith(prefix)).map((l) => l.bytes));
    logger.info(
      `listing pages (raw, of their budgets): home ${kib(largest('index.html'))} KiB, largest A–Z page ${kib(largest('a-z/'))} KiB (${listings.filter((l) => l.file.startsWith('a-z/')).length} pages), feed.xml ${kib(largest('feed.xml'))} KiB, feed.json ${kib(largest('feed.json'))} KiB`,
    );
    const exact = weights.filter((w) => !w.estimated).length;
    logger.info(
      `${weights.length} explainers weighed in ${((performance.now() - started) / 1000).toFixed(1)} s, ${exact} at brotli quality 11 (the rest clear of the budgets, ≈ estimated)`,
    );
    if (over.length === 0) return;
    if (report) for (const line of over) logger.warn(line);
    else throw new OverBudget(over);
  }
}
