/** Reading the collections in the pages: published explainers in order, themes, and their URLs. */
import { type CollectionEntry, getCollection, getEntry, render } from 'astro:content';
import { defaultLang, type InLang, inLang, type Lang, localePath, localize } from '../i18n';
import { FEED_ITEMS } from './budget';
import { correctionItems, feedItems, newestFirst } from './feeds';
import { sameHeading } from './links';
import { byOrder, isShown } from './publishing';
import { type RelatedKeys, related } from './related';

export type ExplainerEntry = CollectionEntry<'explainers'>;
export type ThemeEntry = CollectionEntry<'themes'>;

/** "en/quartet" → "quartet": the file name is the slug, the folder only groups by language. */
export function slugOf(entry: { id: string }): string {
  return entry.id.split('/').pop() ?? entry.id;
}

export function explainerPath(entry: ExplainerEntry): string {
  return localePath(entry.data.lang, `/explainers/${slugOf(entry)}/`);
}

const headingSlugs = new Map<string, Promise<string[]>>();

/** The slugs of an explainer's headings, as Astro published them, read once per build. */
function slugsOf(entry: ExplainerEntry): Promise<string[]> {
  let slugs = headingSlugs.get(entry.id);
  if (!slugs) {
    slugs = render(entry).then((r) => r.headings.map((h) => h.slug));
    headingSlugs.set(entry.id, slugs);
  }
  return slugs;
}

/**
 * The link to a section of an explainer, given by its English heading slug (an event's `section`),
 * in the explainer's edition: the heading at the same place there.
 */
export async function sectionHref(entry: ExplainerEntry, section: string | undefined): Promise<string> {
  const path = explainerPath(entry);
  if (!section) return path;
  if (entry.data.lang === defaultLang) return `${path}#${section}`;
  const english = await getEntry('explainers', `${defaultLang}/${slugOf(entry)}`);
  const heading = english && sameHeading(await slugsOf(english), await slugsOf(entry), section);
  return heading ? `${path}#${heading}` : path;
}

/** The social image of an explainer, in its edition. */
export function imagePath(entry: ExplainerEntry): string {
  return localePath(entry.data.lang, `/og/${slugOf(entry)}.png`);
}

/**
 * Reads that every page makes (the header's navigation reads the explainers) are made once per
 * build: Astro's getCollection() goes over every entry of the collection at each call, so a read
 * per page made the build's time grow with pages × explainers. In `astro dev` content changes
 * under the server, so it reads afresh. Callers get a copy of the list, theirs to sort.
 */
const onePerBuild = new Map<string, Promise<readonly unknown[]>>();
async function readOnce<T>(key: string, read: () => Promise<T[]>): Promise<T[]> {
  if (import.meta.env.DEV) return read();
  let list = onePerBuild.get(key) as Promise<readonly T[]> | undefined;
  if (!list) {
    list = read();
    onePerBuild.set(key, list);
  }
  return [...(await list)];
}

/** Published explainers of `lang` (drafts too in `astro dev`), in reading order. */
export function getExplainers(lang: Lang = defaultLang): Promise<ExplainerEntry[]> {
  return readOnce(`explainers/${lang}`, async () =>
    (await getCollection('explainers', (e) => e.data.lang === lang && isShown(e.data))).sort((a, b) => byOrder(a.data, b.data)),
  );
}

/** The data collections whose entries hold per-language fields. */
export type LocalizedCollection = 'profiles' | 'events' | 'glossary' | 'figures' | 'maps';
export interface LocalizedEntry<C extends LocalizedCollection> {
  id: string;
  data: InLang<CollectionEntry<C>['data']>;
}

/** The entries of a data collection as the edition of `lang` reads them: each per-language field in `lang`. */
export function getLocalized<C extends LocalizedCollection>(collection: C, lang: Lang): Promise<LocalizedEntry<C>[]> {
  return readOnce(`${collection}/${lang}`, async () =>
    ((await getCollection(collection)) as Array<CollectionEntry<C>>).map((e) => inEdition(e, lang)),
  );
}

function inEdition<C extends LocalizedCollection>(entry: CollectionEntry<C>, lang: Lang): LocalizedEntry<C> {
  return { id: entry.id, data: localize(entry.data, lang) as InLang<CollectionEntry<C>['data']> };
}

/** One entry of a data collection in `lang`, or undefined. */
export async function getLocalizedEntry<C extends LocalizedCollection>(
  collection: C,
  id: string,
  lang: Lang,
): Promise<LocalizedEntry<C> | undefined> {
  const entry = (await getEntry(collection, id)) as CollectionEntry<C> | undefined;
  return entry && inEdition(entry, lang);
}

/** Themes in their order. */
export function getThemes(): Promise<ThemeEntry[]> {
  return readOnce('themes', async () =>
    (await getCollection('themes')).sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id)),
  );
}

/** A theme's text in `lang`, falling back to the default language. */
export function themeText(theme: ThemeEntry, field: 'label' | 'title' | 'summary', lang: Lang = defaultLang): string {
  return inLang(theme.data[field], lang) ?? theme.id;
}

/** The first explainer of each theme, in `explainers`' order: what the navigation and the timeline link to. */
export function leadExplainers(explainers: readonly ExplainerEntry[]): Map<string, ExplainerEntry> {
  const lead = new Map<string, ExplainerEntry>();
  for (const e of explainers) if (!lead.has(e.data.theme)) lead.set(e.data.theme, e);
  return lead;
}

/**
 * The newest explainers (by first publication, then reading order) that are not in `shown`, at most `count`:
 * the home page's latest list, bounded however many explainers there are.
 */
export function latestExplainers(
  explainers: readonly ExplainerEntry[],
  shown: ReadonlySet<ExplainerEntry>,
  count: number,
): ExplainerEntry[] {
  return explainers
    .filter((e) => !shown.has(e))
    .sort((a, b) => b.data.published.localeCompare(a.data.published) || byOrder(a.data, b.data))
    .slice(0, count);
}

/** Explainers this one links to or is linked from; when none, a few of its theme's (src/lib/related.ts). */
export function relatedExplainers(entry: ExplainerEntry, all: readonly ExplainerEntry[]): ExplainerEntry[] {
  return related(entry, all, RELATED_KEYS);
}
const RELATED_KEYS: RelatedKeys<ExplainerEntry> = { slug: slugOf, theme: (e) => e.data.theme, body: (e) => e.body ?? '' };

/** What both feeds carry in `lang`: each explainer when published and reviewed, and its corrections, newest first; the FEED_ITEMS newest. */
export async function siteFeed(lang: Lang, updatedLabel: string, correctionLabel: string) {
  const explainers = await getExplainers(lang);
  const titles = new Map(explainers.map((e) => [explainerPath(e), e.data.title]));
  // The feeds follow the explainers: their corrections are updates (all corrections are on /corrections/).
  const corrections = (await getCollection('corrections')).filter((c) => titles.has(c.data.page.split('#')[0] ?? ''));
  const items = newestFirst([
    ...feedItems(explainers, explainerPath, updatedLabel),
    ...correctionItems(corrections, (path) => titles.get(path), correctionLabel),
  ]).slice(0, FEED_ITEMS);
  return { explainers, items };
}
