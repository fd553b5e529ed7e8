/**
 * Interface strings and locale formatting. The strings of each language live in
 * src/i18n/<lang>.ts; the languages themselves in src/i18n/languages.ts.
 */
import { en, type UiKey } from './en';
import { defaultLang, type Lang, localeOf } from './languages';

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

export const ui: Record<Lang, Strings> = { en: PSEUDO ? pseudo(en) : en };

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
  const options: Intl.DateTimeFormatOptions =
    parts.length === 1
      ? { year: 'numeric', timeZone: 'UTC' }
      : parts.length === 2
        ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
        : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(localeOf(lang), options).format(date);
}

/** Formats a number for `lang`: 20000 → "20,000". */
export function formatNumber(value: number, lang: Lang = defaultLang): string {
  return new Intl.NumberFormat(localeOf(lang)).format(value);
}
