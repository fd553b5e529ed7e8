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

/** Published explainers (drafts only in `astro dev`), story first, then by order. */
export async function getExplainers(lang = defaultLang): Promise<ExplainerEntry[]> {
  const all = await getCollection('explainers', (e) => e.data.lang === lang && (import.meta.env.DEV || !e.data.draft));
  return all.sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title));
}
