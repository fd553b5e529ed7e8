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
  },
} as const satisfies Record<string, Language>;

export type Lang = keyof typeof languages;
export const defaultLang: Lang = 'en';
export const langCodes = Object.keys(languages) as [Lang, ...Lang[]];

/** `value` as a language of the site, or the default language when it is not one (content is untrusted). */
export function langOf(value: unknown): Lang {
  return (langCodes as readonly unknown[]).includes(value) ? (value as Lang) : defaultLang;
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
