/**
 * Timeline events and glossary terms go into the same Pagefind index as the
 * pages, as small HTML documents built here, weighted so that neither
 * outranks a page about the same subject:
 *  - their words count RECORD_WEIGHT of a page's (`data-pagefind-weight`);
 *  - their title and summary are stored as `label` and `about`, which the
 *    ranking's `metaWeights` do not boost as they boost a page's title
 *    (×8) and summary (×2). The search interface shows `label` as the title.
 */
import type { SearchRecord } from './search-records';
import { escapeHtml } from './text';

/** How much a record's words count against a page's (1 = the same). */
export const RECORD_WEIGHT = 0.3;

/** Meta fields renamed in records, so that the ranking does not boost them. */
const RECORD_META: Readonly<Record<string, string>> = { title: 'label', summary: 'about' };

/** The HTML document Pagefind indexes for a record. */
export function recordHtml(record: SearchRecord): string {
  const tag = (attr: string, name: string, value: string) =>
    `<span data-pagefind-${attr}="${escapeHtml(name)}">${escapeHtml(value)}</span>`;
  const tags = [
    ...Object.entries(record.meta).map(([k, v]) => tag('meta', RECORD_META[k] ?? k, v)),
    ...Object.entries(record.filters).flatMap(([k, vs]) => vs.map((v) => tag('filter', k, v))),
    ...Object.entries(record.sort).map(([k, v]) => tag('sort', k, v)),
  ];
  return (
    `<!doctype html><html lang="${escapeHtml(record.language)}"><head><meta charset="utf-8"></head><body>${tags.join('')}` +
    `<div data-pagefind-body data-pagefind-weight="${RECORD_WEIGHT}"><p>${escapeHtml(record.content)}</p></div></body></html>`
  );
}
