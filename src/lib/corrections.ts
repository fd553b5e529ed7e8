/** Corrections: which belong to a page, in what order. */

interface CorrectionEntry {
  id: string;
  data: { date: string; page: string };
}

/** Newest first; on the same day, by id, so that two builds agree. */
export function byNewest<T extends CorrectionEntry>(a: T, b: T): number {
  return b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id);
}

/** The corrections of the page at `path` ("/timeline/" has those of "/timeline/#event" too), newest first. */
export function correctionsOf<T extends CorrectionEntry>(all: readonly T[], path: string): T[] {
  return all.filter((c) => c.data.page.split('#')[0] === path).sort(byNewest);
}
