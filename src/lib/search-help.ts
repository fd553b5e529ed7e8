/**
 * What the search interface (src/scripts/search/) needs besides Pagefind, per edition:
 *  - search-help.json, fetched when search is about to be used: the interface strings it shows,
 *    the stop words, suggested searches for an empty box (the themes and the people the
 *    explainers link most), the labels of the result types, the editions with their scripts;
 *  - search-words.json, fetched only when a query finds nothing: the vocabulary spelling help
 *    corrects to (names, aliases, terms, titles and headings: src/lib/spell.ts).
 */
import { render } from 'astro:content';
import { type Lang, type Language, languages, localePath, publishedLangs, t, type UiKey, ui } from '../i18n';
import { getExplainers, getLocalized, getThemes, themeText } from './entries';
import { vocabulary } from './spell';
import { url } from './url';

/** How many people the empty search box suggests. */
const PEOPLE = 4;

/** The interface strings only the page's HTML uses, not the search interface. */
const PAGE_ONLY = new Set([
  'search.label',
  'search.placeholder',
  'search.button',
  'search.title',
  'search.close',
  'search.fullPage',
  'search.az',
  'search.description',
  'search.intro',
  'search.noscript',
]);

export async function searchHelp(lang: Lang) {
  const explainers = await getExplainers(lang);
  const links = new Map<string, number>();
  for (const e of explainers)
    for (const m of (e.body ?? '').matchAll(/<Who\s+id=["']([^"']+)["']/g)) links.set(m[1] ?? '', (links.get(m[1] ?? '') ?? 0) + 1);
  const people = (await getLocalized('profiles', lang))
    .filter((p) => p.data.kind === 'person' && links.has(p.id))
    .sort((a, b) => (links.get(b.id) ?? 0) - (links.get(a.id) ?? 0) || a.data.name.localeCompare(b.data.name))
    .slice(0, PEOPLE)
    .map((p) => p.data.name);
  const themes = (await getThemes()).map((th) => themeText(th, 'label', lang));
  const strings = Object.fromEntries(
    (Object.keys(ui[lang]) as UiKey[]).filter((k) => k.startsWith('search.') && !PAGE_ONLY.has(k)).map((k) => [k, t(lang, k)]),
  );
  return {
    lang,
    locale: languages[lang].locale,
    strings,
    types: {
      explainer: t(lang, 'type.explainer'),
      person: t(lang, 'type.person'),
      organisation: t(lang, 'type.organisation'),
      event: t(lang, 'type.event'),
      term: t(lang, 'type.term'),
    },
    stopWords: languages[lang].stopWords.split(' '),
    fold: (languages[lang] as Language).fold ?? {},
    suggestions: [...new Set([...themes, ...people])],
    editions: publishedLangs.map((l) => ({
      lang: l,
      name: languages[l].name,
      script: languages[l].script,
      search: url(localePath(l, '/search/')),
    })),
    words: url(localePath(lang, '/search-words.json')),
  };
}

export async function searchWords(lang: Lang): Promise<string[]> {
  const texts: string[] = [];
  for (const e of await getExplainers(lang)) {
    texts.push(e.data.title);
    const { headings } = await render(e);
    texts.push(...headings.map((h) => h.text));
  }
  for (const p of await getLocalized('profiles', lang)) texts.push(p.data.name, ...p.data.otherNames, ...p.data.searchAliases);
  for (const g of await getLocalized('glossary', lang)) texts.push(g.data.term, ...g.data.aliases);
  for (const th of await getThemes()) texts.push(themeText(th, 'title', lang));
  for (const e of await getLocalized('events', lang)) texts.push(e.data.title);
  return vocabulary(texts);
}
