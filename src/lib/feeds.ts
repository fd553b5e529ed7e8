/** The items of the site's feeds: each explainer when published, and again when its review date moves on. */
import type { ExplainerEntry } from './entries';

export interface FeedItem {
  id: string;
  title: string;
  path: string;
  date: string;
  summary: string;
  kind: 'published' | 'updated';
}

export function feedItems(explainers: readonly ExplainerEntry[], path: (e: ExplainerEntry) => string, updatedLabel: string): FeedItem[] {
  const items: FeedItem[] = [];
  for (const e of explainers) {
    const p = path(e);
    items.push({
      id: `${p}#published-${e.data.published}`,
      title: e.data.title,
      path: p,
      date: e.data.published,
      summary: e.data.summary,
      kind: 'published',
    });
    if (e.data.reviewed > e.data.published) {
      items.push({
        id: `${p}#updated-${e.data.reviewed}`,
        title: `${updatedLabel}: ${e.data.title}`,
        path: p,
        date: e.data.reviewed,
        summary: e.data.summary,
        kind: 'updated',
      });
    }
  }
  return items.sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title));
}

/** Corrections as feed updates: "Correction: <page title>", on the day of the correction, linked to the corrected page. */
export function correctionItems(
  corrections: ReadonlyArray<{ id: string; data: { date: string; page: string; wrong: string; now: string } }>,
  titleOf: (path: string) => string | undefined,
  label: string,
): FeedItem[] {
  return corrections.map((c) => {
    const path = c.data.page.split('#')[0] ?? c.data.page;
    return {
      id: `${path}#correction-${c.id}`,
      title: `${label}: ${titleOf(path) ?? path}`,
      path: c.data.page,
      date: c.data.date,
      summary: `${c.data.wrong} ${c.data.now}`,
      kind: 'updated' as const,
    };
  });
}

/** Feed items newest first, then by title. */
export function newestFirst(items: readonly FeedItem[]): FeedItem[] {
  return [...items].sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
}
