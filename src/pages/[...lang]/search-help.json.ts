/**
 * What the search interface needs besides Pagefind, one file per edition, fetched when search
 * is about to be used: its interface strings, the words spelling help corrects to (names,
 * aliases, terms, titles and headings: src/lib/spell.ts), the stop words, suggested searches
 * for an empty box (the themes and the people the explainers link most), the labels of the
 * result types, and the site's editions with their scripts.
 */
import { getCollection, render } from 'astro:content';
import type { APIRoute, GetStaticPaths } from 'astro';
import { type Lang, langCodes, languages, localePath, t, type UiKey, ui } from '../../i18n';
import { getExplainers, getThemes, themeText } from '../../lib/entries';
import { vocabulary } from '../../lib/spell';
import { url } from '../../lib/url';

/** How many people the empty search box suggests. */
const PEOPLE = 4;

export const getStaticPaths = (() =>
  langCodes.map((lang) => ({ params: { lang: languages[lang].prefix || undefined }, props: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ lang: Lang }> = async ({ props }) => {
  const { lang } = props;
  const explainers = await getExplainers(lang);
  const themes = await getThemes();
  const profiles = await getCollection('profiles');
  const texts: string[] = [];
  const links = new Map<string, number>();
  for (const e of explainers) {
    texts.push(e.data.title);
    const { headings } = await render(e);
    texts.push(...headings.map((h) => h.text));
    for (const m of (e.body ?? '').matchAll(/<Who\s+id=["']([^"']+)["']/g)) links.set(m[1] ?? '', (links.get(m[1] ?? '') ?? 0) + 1);
  }
  for (const p of profiles) texts.push(p.data.name, ...p.data.aliases);
  for (const g of await getCollection('glossary', (g) => g.data.lang === lang)) texts.push(g.data.term, ...g.data.aliases);
  for (const th of themes) texts.push(themeText(th, 'title', lang));
  for (const e of await getCollection('events', (e) => e.data.lang === lang)) texts.push(e.data.title);

  const people = profiles
    .filter((p) => p.data.kind === 'person' && links.has(p.id))
    .sort((a, b) => (links.get(b.id) ?? 0) - (links.get(a.id) ?? 0) || a.data.name.localeCompare(b.data.name))
    .slice(0, PEOPLE)
    .map((p) => p.data.name);
  const suggestions = [...new Set([...themes.map((th) => themeText(th, 'label', lang)), ...people])];

  const strings = Object.fromEntries(
    (Object.keys(ui[lang]) as UiKey[]).filter((k) => k.startsWith('search.') || k.startsWith('type.')).map((k) => [k, t(lang, k)]),
  );
  const types = {
    explainer: t(lang, 'type.explainer'),
    person: t(lang, 'type.person'),
    organisation: t(lang, 'type.organisation'),
    event: t(lang, 'type.event'),
    term: t(lang, 'type.term'),
  };
  const editions = langCodes.map((l) => ({
    lang: l,
    name: languages[l].name,
    script: languages[l].script,
    search: url(localePath(l, '/search/')),
  }));
  return new Response(
    JSON.stringify({
      lang,
      locale: languages[lang].locale,
      strings,
      types,
      stopWords: languages[lang].stopWords.split(' '),
      suggestions,
      editions,
      vocabulary: vocabulary(texts),
    }),
  );
};
