/**
 * Citation numbering. Notes are numbered by the order in which each source is
 * first cited; every later citation of the same source reuses its number and
 * gets its own back-link (occurrence k = 1, 2, ...).
 */
export interface CitationMark {
  id: string;
  /** Note number, from 1. */
  n: number;
  /** Occurrence of this note, from 1. */
  k: number;
}

export interface Numbering {
  /** Source ids in note order. */
  order: string[];
  /** How often each note is cited, by note number - 1. */
  counts: number[];
  marks: CitationMark[];
}

export function numberCitations(sequence: readonly string[]): Numbering {
  const order: string[] = [];
  const counts: number[] = [];
  const index = new Map<string, number>();
  const marks = sequence.map((id) => {
    let i = index.get(id);
    if (i === undefined) {
      i = order.length;
      index.set(id, i);
      order.push(id);
      counts.push(0);
    }
    counts[i] = (counts[i] ?? 0) + 1;
    return { id, n: i + 1, k: counts[i] ?? 1 };
  });
  return { order, counts, marks };
}

/** Numbers citations given in groups (a summary, each key point, each profile item) and returns each group's marks. */
export function numberGroups(groups: ReadonlyArray<readonly string[]>): Numbering & { groups: CitationMark[][] } {
  const numbering = numberCitations(groups.flat());
  let at = 0;
  return {
    ...numbering,
    groups: groups.map((g) => {
      const marks = numbering.marks.slice(at, at + g.length);
      at += g.length;
      return marks;
    }),
  };
}

/** Anchor ids shared by citation marks and notes. */
export const noteId = (n: number) => `note-${n}`;
export const citeId = (n: number, k: number) => `cite-${n}-${k}`;

/** Letters for back-links: 1 → "a", 27 → "aa". */
export function backLabel(k: number): string {
  let s = '';
  let x = k;
  while (x > 0) {
    x -= 1;
    s = String.fromCharCode(97 + (x % 26)) + s;
    x = Math.floor(x / 26);
  }
  return s;
}
