/**
 * The byte budgets of an explainer page, and how a build reports them.
 *  - The first round trip: everything render-blocking, the HTML up to the end of the
 *    summary and the stylesheet, brotli, within 14 KiB, so the first screen (title, dates,
 *    summary) paints after one round trip whatever the page's length.
 *  - The whole first visit: all of the HTML and the stylesheet, brotli, within 16.5 KiB: 0.62 of
 *    the 26.8 KiB a Starlight site needs for the same explainers (measured in round 2; see
 *    README, "Benchmark"). It was 16 KiB until the editions gave every page a language switcher
 *    and hreflang alternates (about 0.15 KiB), as Starlight's translated sites also carry. Length and sourcing are editorial choices within it. An edition in
 *    another script has it scaled by what the same text costs in that script (SCRIPT_COST).
 */
import { langOfPath, languages } from '../i18n/languages';

export const FIRST_ROUND_TRIP_BUDGET = 14 * 1024;
export const FIRST_VISIT_BUDGET = 16.5 * 1024;

/**
 * What the same text costs, compressed, in a script, against Latin: Arabic and Cyrillic letters
 * are two bytes each in UTF-8: the four explainers' Arabic HTML weighs 1.11 to 1.14 times their
 * English, their Russian 1.21 to 1.25 (brotli, measured in round 2), so 1.25 keeps the same room.
 */
export const SCRIPT_COST: Readonly<Record<string, number>> = { Latin: 1, Arabic: 1.25, Cyrillic: 1.25 };

/** The whole-first-visit budget of a page ("ar/explainers/quartet/"), by its edition's script. */
export function firstVisitBudget(page: string): number {
  return Math.round(FIRST_VISIT_BUDGET * (SCRIPT_COST[pageScript(page)] ?? 1));
}

/** The script of a page's edition ("ar/explainers/quartet/" → "Arabic"). */
export function pageScript(page: string): string {
  return languages[langOfPath(`/${page.replace(/^\//, '')}`)].script;
}

export interface Weight {
  page: string;
  /** Brotli bytes of the whole HTML. */
  html: number;
  /** Brotli bytes of the HTML up to the end of the summary. */
  head: number;
  /** Brotli bytes of the stylesheets the page links. */
  css: number;
  /** The whole first visit: html + css. */
  total: number;
  /** The first round trip: head + css. */
  roundTrip: number;
  /**
   * True when html and head are estimates from the fast pre-filter (src/integrations/budget.ts,
   * screenedWeights): the page is clear of both budgets by more than the estimate's error.
   */
  estimated?: boolean;
}

const kib = (n: number) => (n / 1024).toFixed(1);

/** What is over a budget, or [] when nothing is. */
export function overBudget(w: Weight): string[] {
  const over: string[] = [];
  if (w.roundTrip > FIRST_ROUND_TRIP_BUDGET)
    over.push(`first round trip over ${kib(FIRST_ROUND_TRIP_BUDGET)} KiB by ${w.roundTrip - FIRST_ROUND_TRIP_BUDGET} B`);
  const visit = firstVisitBudget(w.page);
  if (w.total > visit) over.push(`first visit over ${kib(visit)} KiB by ${w.total - visit} B`);
  return over;
}

/**
 * One line per explainer: "explainers/quartet/: first round trip 7.2 of 14.0 KiB, first visit 13.9 of 16.0 KiB (HTML 10.3 + CSS 3.6), brotli";
 * estimated figures start with "≈".
 */
export function formatWeight(w: Weight): string {
  const over = overBudget(w);
  const about = w.estimated ? '≈' : '';
  return (
    `${w.page}: first round trip ${about}${kib(w.roundTrip)} of ${kib(FIRST_ROUND_TRIP_BUDGET)} KiB, ` +
    `first visit ${about}${kib(w.total)} of ${kib(firstVisitBudget(w.page))} KiB (HTML ${about}${kib(w.html)} + CSS ${kib(w.css)}), brotli` +
    (over.length > 0 ? `: OVER, ${over.join('; ')}` : '')
  );
}

/**
 * Pages that list explainers stay bounded however many there are: the home page shows each
 * theme's lead explainer and the HOME_LATEST newest others; the feeds carry the FEED_ITEMS newest
 * items; the A–Z index is split by letter, at most AZ_PAGE_ITEMS entries a page. Each has a byte
 * budget of its own (raw bytes, as built): the build stops when a page is over it, and the tests
 * check the same (src/integrations/budget.ts, listingWeights).
 */
export const HOME_LATEST = 8;
export const FEED_ITEMS = 50;
export const AZ_PAGE_ITEMS = 250;

/** Raw-byte budgets of the listing pages, by the file's path in the build (`a-z/*` is every A–Z page). */
export const LISTING_BUDGETS = {
  'index.html': 64 * 1024,
  'a-z/*': 128 * 1024,
  'feed.xml': 64 * 1024,
  'feed.json': 128 * 1024,
} as const;
