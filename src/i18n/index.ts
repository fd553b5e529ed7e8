/**
 * Interface strings and locale formatting. The strings of each language live in
 * src/i18n/<lang>.ts; the languages themselves in src/i18n/languages.ts.
 */
import { ar } from './ar';
import { en, type UiKey } from './en';
import { defaultLang, type Lang, languages, localeOf, publishedLangs } from './languages';
import { ru } from './ru';

export * from './languages';
export type { UiKey };

export type Strings = Record<UiKey, string>;

/**
 * Test only: with CONTEXT_DESK_PSEUDO=1 every interface string is marked ⟦like this⟧, so that a
 * test of the built site can find interface text that does not come from the strings.
 */
const PSEUDO = typeof process !== 'undefined' && process.env['CONTEXT_DESK_PSEUDO'] === '1';

/** Marks every string of a dictionary: the pseudo-language of the test above. */
export function pseudo(strings: Strings): Strings {
  return Object.fromEntries(Object.entries(strings).map(([k, v]) => [k, `⟦${v}⟧`])) as Strings;
}

const all: Record<Lang, Strings> = { en, ar, ru };
export const ui = (PSEUDO ? Object.fromEntries(Object.entries(all).map(([k, v]) => [k, pseudo(v)])) : all) as Record<Lang, Strings>;

/** The keys of `reference` that `strings` lacks or leaves empty. */
export function missingStrings(strings: Partial<Record<string, string>>, reference: Strings = en): string[] {
  return Object.keys(reference).filter((k) => !strings[k]?.trim());
}

/** The UI string `key` in `lang`. */
export function t(lang: Lang, key: UiKey): string {
  return ui[lang][key];
}

/** Formats an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) for display in `lang`, in UTC. */
export function formatDate(iso: string, lang: Lang = defaultLang): string {
  const parts = iso.split('-').map(Number);
  const [y = 0, m = 1, d = 1] = parts;
  const date = new Date(Date.UTC(y, m - 1, d));
  const precision = Math.min(parts.length, 3) as 1 | 2 | 3;
  return dateFormat(lang, precision).format(date);
}

const DATE_OPTIONS: Record<1 | 2 | 3, Intl.DateTimeFormatOptions> = {
  1: { year: 'numeric', timeZone: 'UTC' },
  2: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  3: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
};
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The date format of `lang` for a year (1), a month (2) or a day (3), made once: making one costs more than using it. */
function dateFormat(lang: Lang, precision: 1 | 2 | 3): Intl.DateTimeFormat {
  const key = `${lang}/${precision}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(localeOf(lang), DATE_OPTIONS[precision]);
    dateFormats.set(key, format);
  }
  return format;
}

/** Formats a number for `lang`: 20000 → "20,000". */
export function formatNumber(value: number, lang: Lang = defaultLang): string {
  return new Intl.NumberFormat(localeOf(lang)).format(value);
}

/** The `[...lang]` route parameter of each published edition: undefined for the default language at the root, "ar" for /ar/. */
export function editionParam(lang: Lang): string | undefined {
  return languages[lang].prefix || undefined;
}

/** getStaticPaths() of a page every published edition has: one path per edition, with its language as a prop. */
export function editionPaths(): Array<{ params: { lang: string | undefined }; props: { lang: Lang } }> {
  return publishedLangs.map((lang) => ({ params: { lang: editionParam(lang) }, props: { lang } }));
}

/** An arrow pointing forward in the reading direction of `lang` (→ in English, ← in Arabic), or back. */
export function arrow(lang: Lang, way: 'forward' | 'back'): string {
  return (languages[lang].dir === 'rtl') === (way === 'forward') ? '←' : '→';
}
