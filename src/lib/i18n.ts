/**
 * Languages and every user-interface string of the site, in one module.
 *
 * To add an edition (Arabic, Russian, ...): add the language to `languages`
 * and a full `ui` dictionary for it. Content declares its own language in
 * frontmatter (`lang:`), and pages take `<html lang dir>` from there.
 */
export const languages = {
  en: { name: 'English', dir: 'ltr', prefix: '' },
} as const satisfies Record<string, { name: string; dir: 'ltr' | 'rtl'; prefix: string }>;

export type Lang = keyof typeof languages;
export const defaultLang: Lang = 'en';
export const langCodes = Object.keys(languages) as [Lang, ...Lang[]];

export function isLang(value: string): value is Lang {
  return Object.hasOwn(languages, value);
}

export function dirOf(lang: Lang): 'ltr' | 'rtl' {
  return languages[lang].dir;
}

const en = {
  'site.name': 'Context Desk',
  'site.tagline': 'The background to the news, explained and sourced.',
  'site.description':
    'Cited explainers on the background to the Lavrov–al-Maliki talks in Moscow on 5 May 2021: the Quartet, Palestinian elections and Sputnik V.',
  'nav.label': 'Main',
  'nav.home': 'Home',
  'nav.explainers': 'Explainers',
  'nav.timeline': 'Timeline',
  'nav.who': "Who's who",
  'nav.glossary': 'Glossary',
  'nav.search': 'Search',
  'skip.link': 'Skip to main content',
  'search.label': 'Search the explainers',
  'search.placeholder': 'Search: Quartet, elections, Sputnik V…',
  'search.button': 'Search',
  'search.title': 'Search',
  'search.close': 'Close',
  'search.fullPage': 'Open the search page',
  'search.az': 'Browse the A–Z index of every page and section',
  'az.title': 'A–Z index',
  'az.description': 'Every page and section of Context Desk, from A to Z: explainers, their sections, people, organisations, events and glossary terms.',
  'az.intro': 'Every page and every section of the site, in alphabetical order. Useful when search is not available, and for browsing.',
  'search.description': 'Search the full text of every Context Desk explainer.',
  'search.intro': 'Search every explainer, section by section.',
  'search.noscript': 'Search runs in your browser and needs JavaScript, which is turned off or not available here.',
  'home.title': 'The Lavrov–al-Maliki talks, in context',
  'home.lede':
    'On 5 May 2021 Russia’s foreign minister, Sergey Lavrov, received the Palestinian foreign minister, Riyad al-Maliki, in Moscow. Their agenda ran through three long stories. Each has an explainer here: sourced sentence by sentence, dated, and written to be read.',
  'home.story': 'Start with the story',
  'home.themes': 'The three themes',
  'home.read': 'Read the explainer',
  'explainer.contents': 'Contents',
  'explainer.top': 'Back to top',
  'explainer.more': 'More explainers',
  'explainer.related': 'Related explainers',
  'explainer.previous': 'Previous',
  'explainer.next': 'Next',
  'explainer.keyDates': 'Key dates to May 2021',
  'explainer.allDates': 'All dates, and what came later: the timeline →',
  'explainer.breadcrumb': 'Breadcrumb',
  'explainer.storyLabel': 'The story',
  'explainer.label': 'Explainer',
  'theme.label': 'Colour theme',
  'theme.light': 'Light',
  'theme.dark': 'Dark',
  'theme.system': 'Auto',
  'explainer.keyPoints': 'Key points',
  'explainer.sources': 'Notes and sources',
  'explainer.reviewed': 'Last reviewed',
  'explainer.backToCitation': 'Back to citation',
  'explainer.accessed': 'accessed',
  'explainer.allAccessed': 'Every source above was accessed on',
  'explainer.later': 'Later developments — after the talks of 5 May 2021',
  'explainer.minutes': 'min read',
  'timeline.description': 'Every dated event behind the story, from the Quartet’s founding in 2002 to the talks of May 2021 and what came after, filterable by theme.',
  'timeline.intro': 'Every dated event the explainers mention, each with its sources and a link to the section that explains it.',
  'timeline.filter': 'Show',
  'timeline.all': 'All themes',
  'timeline.order': 'Order',
  'timeline.oldest': 'Oldest first',
  'timeline.newest': 'Newest first',
  'timeline.later': 'after the talks',
  'timeline.sources': 'Sources',
  'timeline.background': 'Background',
  'who.mentioned': 'Mentioned in',
  'who.aliases': 'Also written',
  'og.subtitle': 'Background to the Lavrov–al-Maliki talks in Moscow, 5 May 2021 · cited and dated',
  'feed.title': 'Context Desk: explainers and updates',
  'feed.updated': 'Updated',
  'figure.data': 'The data behind this figure',
  'figure.source': 'Source',
  'figure.ongoing': 'ongoing as of',
  'footer.about':
    'Context Desk is a static site: no trackers, no cookies, no third-party requests. Every factual sentence cites a public source.',
  'footer.built': 'Built with Astro, Tailwind CSS and Pagefind.',
  'notFound.title': 'Page not found',
  'notFound.description': 'There is no page at this address on Context Desk. Search the explainers or start again from the home page.',
  'notFound.body': 'The page may have moved, or the address may be mistyped. Try the home page or search.',
} as const;

export type UiKey = keyof typeof en;

export const ui: Record<Lang, Record<UiKey, string>> = { en };

/** The UI string `key` in `lang`. */
export function t(lang: Lang, key: UiKey): string {
  return ui[lang][key];
}

/** Formats an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) for display, in UTC. */
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
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, options).format(date);
}
