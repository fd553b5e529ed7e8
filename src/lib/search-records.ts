/**
 * What the search index holds besides the HTML pages: timeline events and
 * glossary terms as records of their own (with type, theme and date), and the
 * vocabulary used to correct misspelt queries.
 */
import { getCollection, render } from 'astro:content';
import { getExplainers } from './entries';
import { defaultLang, formatDate, t } from './i18n';
import { vocabulary } from './spell';

export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** Type names used in the `type` filter, in the reader's language. */
export const TYPES = {
  explainer: 'Explainer',
  person: 'Person',
  organisation: 'Organisation',
  event: 'Event',
  term: 'Glossary term',
} as const;

export async function customRecords(lang = defaultLang): Promise<SearchRecord[]> {
  const themes = new Map((await getCollection('themes')).map((th) => [th.id, th.data.short]));
  const events = await getCollection('events', (e) => e.data.lang === lang);
  const terms = await getCollection('glossary', (g) => g.data.lang === lang);
  const records: SearchRecord[] = [
    ...events.map((e) => ({
      url: `/timeline/#${e.id}`,
      content: `${e.data.title}. ${e.data.text}`,
      language: lang,
      meta: { title: e.data.title, summary: `${formatDate(e.data.date, lang)}. ${e.data.text}`, date: e.data.date },
      filters: { type: [TYPES.event], theme: [themes.get(e.data.theme) ?? e.data.theme] },
      sort: { date: e.data.date },
    })),
    ...terms.map((g) => ({
      url: `/glossary/#${g.id}`,
      content: `${g.data.term}. ${g.data.aliases.join('. ')} ${g.data.definition}`,
      language: lang,
      meta: { title: `${g.data.term} (${t(lang, 'nav.glossary').toLowerCase()})`, summary: g.data.definition },
      filters: { type: [TYPES.term], theme: g.data.themes.map((th) => themes.get(th) ?? th) },
      sort: {},
    })),
  ];
  // A stable order, so that two builds write the same index.
  return records.sort((a, b) => a.url.localeCompare(b.url));
}

/** Names, terms, titles and headings: the words a misspelt query is corrected to. */
export async function searchVocabulary(lang = defaultLang): Promise<string[]> {
  const texts: string[] = [];
  for (const e of await getExplainers(lang)) {
    texts.push(e.data.title);
    const { headings } = await render(e);
    texts.push(...headings.map((h) => h.text));
  }
  for (const p of await getCollection('profiles')) texts.push(p.data.name, ...p.data.aliases);
  for (const g of await getCollection('glossary')) texts.push(g.data.term, ...g.data.aliases);
  for (const th of await getCollection('themes')) texts.push(th.data.title);
  for (const e of await getCollection('events')) texts.push(e.data.title);
  return vocabulary(texts);
}
