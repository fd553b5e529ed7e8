/**
 * What the search index holds besides the HTML pages: timeline events and
 * glossary terms as records of their own (with type, theme and date), made from
 * the checked content and handed to the indexer in memory.
 */
import type { ContentIndex } from '../content-check';
import { defaultLang, formatDate, inLang, type Lang, localePath, localize, t } from '../i18n';

export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** Records of the events and glossary terms written in `lang`, in a stable order (two builds write the same index). */
export function searchRecords(index: ContentIndex, lang: Lang = defaultLang): SearchRecord[] {
  const theme = (id: string) => {
    return inLang(index.themes.get(id)?.data.label, lang) ?? id;
  };
  const records: SearchRecord[] = [
    ...[...index.events.values()]
      .map((e) => ({ id: e.id, data: localize(e.data, lang) }))
      .map((e) => ({
        url: localePath(lang, `/timeline/#${e.id}`),
        content: `${e.data.title}. ${e.data.text}`,
        language: lang,
        meta: { title: e.data.title, summary: e.data.text, when: formatDate(e.data.date, lang) },
        filters: { type: [t(lang, 'type.event')], theme: [theme(e.data.theme)] },
        sort: { date: e.data.date },
      })),
    ...[...index.glossary.values()]
      .map((g) => ({ id: g.id, data: localize(g.data, lang) }))
      .map((g) => ({
        url: localePath(lang, `/glossary/#${g.id}`),
        content: `${g.data.term}. ${g.data.aliases.join('. ')} ${g.data.definition}`,
        language: lang,
        meta: { title: g.data.term, summary: g.data.definition },
        filters: { type: [t(lang, 'type.term')], theme: g.data.themes.map(theme) },
        sort: {},
      })),
  ];
  return records.sort((a, b) => a.url.localeCompare(b.url));
}
