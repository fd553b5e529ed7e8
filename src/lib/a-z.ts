/**
 * The A–Z index, split so that no page grows without limit: /a-z/ lists the letters, and each
 * letter has its page, /a-z/<letter>/, in parts of at most AZ_PAGE_ITEMS entries
 * (/a-z/<letter>/2/, …) when it holds more. Pure functions; the entries come from a-z-items.ts.
 */
import { AZ_PAGE_ITEMS } from './budget';

export interface AzItem {
  label: string;
  href: string;
  context: string;
}

/** A label as the index files it: an Arabic label without its article ("الرباعية" is filed under ر, as Arabic indexes do). */
export function filedAs(label: string): string {
  return label.trim().replace(/^ال(?=\p{L}{2})/u, '');
}

/** The letter an entry is filed under: its first letter or digit, accents (and hamza) removed, upper case; all digits under "0–9". */
export function letterOf(label: string): string {
  const c = filedAs(label)
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]/gu, '')
    .charAt(0)
    .toUpperCase();
  return /\d/.test(c) ? '0–9' : c || '#';
}

/** A letter's path segment: "a", "0-9". */
export function letterSlug(letter: string): string {
  return letter === '0–9' ? '0-9' : letter === '#' ? 'other' : letter.toLowerCase();
}

export interface AzPage {
  letter: string;
  /** 1 for the letter's first page. */
  part: number;
  parts: number;
  /** The page's path under /a-z/: "t/", "t/2/". */
  path: string;
  items: AzItem[];
}

/** Sorts the entries (as written, ignoring case and punctuation) and files them by letter, in pages of at most `perPage`. */
export function azPages(items: readonly AzItem[], locale: string, perPage: number = AZ_PAGE_ITEMS): AzPage[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', ignorePunctuation: true });
  const sorted = [...items].sort(
    (a, b) =>
      collator.compare(filedAs(a.label), filedAs(b.label)) || collator.compare(a.context, b.context) || a.href.localeCompare(b.href),
  );
  const groups = new Map<string, AzItem[]>();
  for (const item of sorted) {
    const l = letterOf(item.label);
    const list = groups.get(l);
    if (list) list.push(item);
    else groups.set(l, [item]);
  }
  const pages: AzPage[] = [];
  for (const [letter, list] of groups) {
    const parts = Math.ceil(list.length / perPage);
    for (let part = 1; part <= parts; part++) {
      const slug = letterSlug(letter);
      pages.push({
        letter,
        part,
        parts,
        path: part === 1 ? `${slug}/` : `${slug}/${part}/`,
        items: list.slice((part - 1) * perPage, part * perPage),
      });
    }
  }
  return pages;
}
