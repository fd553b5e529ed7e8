export interface Language {
  /** The language's own name for itself (shown in the language switcher and in search). */
  name: string;
  dir: 'ltr' | 'rtl';
  /** URL prefix of the edition, without slashes; "" for the default language at the root. */
  prefix: string;
  /** BCP 47 locale for dates and numbers (Intl). */
  locale: string;
  /** The Unicode script the language is written in, as in `\p{Script=…}` (search tells readers who type another). */
  script: string;
  /** Search's stop words, space-separated, lower case. */
  stopWords: string;
  /**
   * Whether the edition is published: built, listed in the language switcher and the sitemap, and
   * required to have every translation (a missing one stops the build). An edition being written
   * stays `false` until its translations are complete.
   */
  published: boolean;
  /**
   * Letters the edition writes as another (Russian: ё as е, as TASS and most of the Russian press
   * do), so that search finds a word however it is typed: the content check refuses the first
   * letter in the edition's texts, and search turns it into the second in a query. (Arabic's
   * spelling variants — hamza forms of alef, ة/ه, ى/ي, diacritics, tatweel — are folded by
   * Pagefind's Arabic stemmer on both sides; the search quality suite checks them.)
   */
  fold?: Readonly<Record<string, string>>;
}

/**
 * The site's languages. An edition adds its language here (name, direction and
 * URL prefix) and its interface strings beside this file (src/i18n/<lang>.ts).
 */
export const languages = {
  en: {
    name: 'English',
    dir: 'ltr',
    prefix: '',
    locale: 'en-GB',
    script: 'Latin',
    // Words search ignores unless a query has nothing else ("who is Lavrov" searches "Lavrov").
    stopWords:
      'a about an and are as at be by can did do does for from had has have how i in is it me of on or tell the their them there they this to was were what when where which who whom whose why will with',
    published: true,
  },
  ar: {
    name: 'العربية',
    dir: 'rtl',
    prefix: 'ar',
    // Digit style: Western digits (0–9), as WAFA, Al Jazeera and most Arabic news sites print them
    // online, with the month names of the Levantine calendar the Palestinian press uses ("5 أيار 2021").
    locale: 'ar-PS-u-nu-latn',
    script: 'Arabic',
    stopWords:
      'في من إلى الى على عن مع و أو او ما ماذا هو هي هم هل كيف متى أين اين لماذا لم لن لا التي الذي الذين هذا هذه ذلك تلك كان كانت قد ثم عند بين أي اي',
    published: true,
  },
  ru: {
    name: 'Русский',
    dir: 'ltr',
    prefix: 'ru',
    locale: 'ru-RU',
    script: 'Cyrillic',
    fold: { ё: 'е', Ё: 'Е' },
    stopWords:
      'а без был была были было в во где да для до его ее её же за и из или их к как какая какие какой когда кто ли на над не но о об он она они от по под при про с со так то у что чем это эта эти этот я',
    published: true,
  },
} as const satisfies Record<string, Language>;

export type Lang = keyof typeof languages;
export const defaultLang: Lang = 'en';
export const langCodes = Object.keys(languages) as [Lang, ...Lang[]];
/** The editions the build publishes, the default language first. */
export const publishedLangs = langCodes.filter((code) => languages[code].published) as [Lang, ...Lang[]];

/** `value` as a language of the site, or the default language when it is not one (content is untrusted). */
export function langOf(value: unknown): Lang {
  return (langCodes as readonly unknown[]).includes(value) ? (value as Lang) : defaultLang;
}

/**
 * A content value as one edition reads it: every per-language field (`{ en, ar, ru }`) becomes its
 * value in that language. The type of `localize()`'s result.
 */
export type InLang<T> = T extends readonly (infer U)[]
  ? InLang<U>[]
  : T extends Record<Lang, infer V>
    ? InLang<V>
    : T extends object
      ? { [K in keyof T]: InLang<T[K]> }
      : T;

/** A text per language: keys that are language codes, the default language's among them (a profile's `nameSources` has none). */
function isLocalized(value: object): value is Record<Lang, unknown> {
  const keys = Object.keys(value);
  return keys.includes(defaultLang) && keys.every((k) => (langCodes as readonly string[]).includes(k));
}

/** `data` as the edition of `lang` reads it: each per-language field replaced by its text in `lang` (the default language's when it has none). */
export function localize<T>(data: T, lang: Lang): InLang<T> {
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (value === null || typeof value !== 'object' || value instanceof Date) return value;
    if (isLocalized(value)) return walk(value[lang] ?? value[defaultLang]);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
  };
  return walk(data) as InLang<T>;
}

/** A text given per language (`{ en: "…", ar: "…" }`) in `lang`, falling back to the default language. */
export function inLang(texts: Partial<Record<Lang, string>> | undefined, lang: Lang): string | undefined {
  return texts?.[lang] ?? texts?.[defaultLang];
}

export function dirOf(lang: Lang): 'ltr' | 'rtl' {
  return languages[lang].dir;
}

/** The locale used to format dates and numbers in `lang`. */
export function localeOf(lang: Lang): string {
  return languages[lang].locale;
}

/** The URL prefix of an edition: "" for the default language, "/ar" for Arabic. */
export function langPrefix(lang: Lang): string {
  const prefix: string = languages[lang].prefix;
  return prefix ? `/${prefix}` : '';
}

/** A site path in the edition of `lang`: localePath('ar', '/timeline/') → '/ar/timeline/'. */
export function localePath(lang: Lang, path: string): string {
  if (!path.startsWith('/')) throw new Error(`localePath(): expected a site path starting with "/", got "${path}"`);
  return `${langPrefix(lang)}${path}`;
}

/** Pages written in the default language only (the trust pages, src/pages/about.astro and corrections.astro). */
const DEFAULT_LANGUAGE_ONLY: ReadonlySet<string> = new Set(['/about/', '/corrections/']);

/**
 * The page `path` as the edition of `lang` links to it: its own, or, for a page written in the
 * default language only, the default language's, with that language to say so.
 */
export function pageIn(lang: Lang, path: string): { href: string; lang: Lang } {
  const only = DEFAULT_LANGUAGE_ONLY.has(path);
  return { href: localePath(only ? defaultLang : lang, path), lang: only ? defaultLang : lang };
}

/** The URL prefix of each published edition but the default one: "ar", "ru". */
export function editionPrefixes(): string[] {
  return publishedLangs.map((code): string => languages[code].prefix).filter((prefix) => prefix !== '');
}

/** The edition a site path belongs to, from its prefix: "/ar/who/" → "ar". */
export function langOfPath(path: string): Lang {
  return (
    langCodes.find(
      (code) => languages[code].prefix && (path === `/${languages[code].prefix}/` || path.startsWith(`/${languages[code].prefix}/`)),
    ) ?? defaultLang
  );
}

/** A site path without its edition's prefix: "/ar/who/" → "/who/". */
export function unprefixed(path: string): string {
  const prefix = langPrefix(langOfPath(path));
  return prefix ? path.slice(prefix.length) || '/' : path;
}

/** The first letter of `text` that the edition of `lang` writes as another (its `fold`), with the letter to write, or undefined. */
export function unfolded(text: string, lang: Lang): { letter: string; write: string } | undefined {
  const fold: Readonly<Record<string, string>> = (languages[lang] as Language).fold ?? {};
  for (const [letter, write] of Object.entries(fold)) if (text.includes(letter)) return { letter, write };
  return undefined;
}
