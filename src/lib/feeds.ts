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
