/** How lists of sources read: one entry per publisher, and the language of a page not in the reader's. */
import type { Source } from '../schemas/source';

export interface PublisherGroup {
  publisher: string;
  sources: Array<Pick<Source, 'title' | 'url' | 'lang'>>;
}

/**
 * The sources, in the order given, gathered by publisher: three TASS reports make one entry
 * with three links (each source stays reachable), in the place of the first.
 */
export function byPublisher(list: ReadonlyArray<Pick<Source, 'title' | 'url' | 'lang' | 'publisher'>>): PublisherGroup[] {
  const groups = new Map<string, PublisherGroup>();
  for (const s of list) {
    const g = groups.get(s.publisher) ?? { publisher: s.publisher, sources: [] };
    if (!g.sources.some((x) => x.url === s.url)) g.sources.push({ title: s.title, url: s.url, lang: s.lang });
    groups.set(s.publisher, g);
  }
  return [...groups.values()];
}

/**
 * "(in French)" for a page in another language than `siteLang`, or "" for one in it. `template`
 * is the interface string with a {language} slot; the name is the language's own in `siteLang`.
 */
export function languageLabel(code: string, siteLang: string, template: string): string {
  if (code === siteLang) return '';
  const name = new Intl.DisplayNames([siteLang], { type: 'language' }).of(code) ?? code;
  return template.replace('{language}', name);
}
