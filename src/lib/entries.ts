/** Reading the collections: published explainers in order, and their URLs. */
import { type CollectionEntry, getCollection } from 'astro:content';
import { defaultLang, languages } from './i18n';

export type ExplainerEntry = CollectionEntry<'explainers'>;

/** "en/quartet" → "quartet": the file name is the slug, the folder only groups by language. */
export function slugOf(entry: { id: string }): string {
  return entry.id.split('/').pop() ?? entry.id;
}

/** The language prefix of a route ("" for the default language). */
export function langPrefix(lang: keyof typeof languages): string {
  const prefix = languages[lang].prefix;
  return prefix ? `/${prefix}` : '';
}

export function explainerPath(entry: ExplainerEntry): string {
  return `${langPrefix(entry.data.lang)}/explainers/${slugOf(entry)}/`;
}

/** Published explainers (drafts too in `astro dev`), story first, then by order. */
export async function getExplainers(lang = defaultLang): Promise<ExplainerEntry[]> {
  const all = await getCollection('explainers', (e) => e.data.lang === lang && (__SHOW_DRAFTS__ || !e.data.draft));
  return all.sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title));
}

/** Explainers this one links to or is linked from; all the others when there are none. */
export function relatedExplainers(entry: ExplainerEntry, all: readonly ExplainerEntry[]): ExplainerEntry[] {
  const linksTo = (from: ExplainerEntry, to: ExplainerEntry) => (from.body ?? '').includes(`/explainers/${slugOf(to)}/`);
  const others = all.filter((e) => e.id !== entry.id);
  const linked = others.filter((e) => linksTo(entry, e) || linksTo(e, entry));
  return linked.length > 0 ? linked : others;
}
