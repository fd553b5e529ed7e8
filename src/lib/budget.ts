/** The first-visit byte budget of an explainer page, and how a build reports it. */

/** HTML + CSS of an explainer's first visit, brotli: 14 KiB, the first round trip. */
export const FIRST_VISIT_BUDGET = 14 * 1024;

export interface Weight {
  page: string;
  html: number;
  css: number;
  total: number;
}

const kib = (n: number) => (n / 1024).toFixed(1);

/** One line per explainer: "explainers/quartet/ 13.6 KiB (HTML 10.0 + CSS 3.6) of 14 KiB". */
export function formatWeight(w: Weight, budget = FIRST_VISIT_BUDGET): string {
  const verdict = w.total > budget ? `OVER the ${kib(budget)} KiB budget by ${w.total - budget} B` : `of ${kib(budget)} KiB`;
  return `first visit ${w.page}: ${kib(w.total)} KiB brotli (HTML ${kib(w.html)} + CSS ${kib(w.css)}) ${verdict}`;
}
