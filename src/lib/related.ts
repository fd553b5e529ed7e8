/** Which explainers an explainer's page names as related: bounded however many explainers there are. */

/** When an explainer links to no other and none links to it: how many of its theme's it names instead. */
export const RELATED_FALLBACK = 5;

export interface RelatedKeys<E> {
  slug: (e: E) => string;
  theme: (e: E) => string;
  /** The explainer's source text, whose links to /explainers/<slug>/ count. */
  body: (e: E) => string;
}

const linkedSlugs = new WeakMap<object, ReadonlySet<string>>();

/** The explainers a text links to, by slug, read once per explainer. */
function linksOf<E extends object>(entry: E, body: (e: E) => string): ReadonlySet<string> {
  let slugs = linkedSlugs.get(entry);
  if (!slugs) {
    slugs = new Set([...body(entry).matchAll(/\/explainers\/([a-z0-9-]+)\//g)].map((m) => m[1] ?? ''));
    linkedSlugs.set(entry, slugs);
  }
  return slugs;
}

/** A list's slugs, who links to each slug, and each theme's entries: positions in the list, ascending. */
interface ListIndex<E> {
  keys: RelatedKeys<E>;
  slugs: string[];
  at: Map<string, number[]>;
  linkedFrom: Map<string, number[]>;
  byTheme: Map<string, number[]>;
}

/**
 * Each list indexed once: a page per explainer asks for the related ones of each, and going over the
 * whole list for each made that pages × explainers (1.2 s of a 1,000-explainer build). The list must
 * not change once asked about, as the build's lists of published explainers do not.
 */
const indexes = new WeakMap<readonly object[], ListIndex<never>>();

function indexOf<E extends object>(all: readonly E[], keys: RelatedKeys<E>): ListIndex<E> {
  const known = indexes.get(all) as ListIndex<E> | undefined;
  if (known?.keys === keys) return known;
  const push = (map: Map<string, number[]>, key: string, i: number) => {
    const list = map.get(key);
    if (list) list.push(i);
    else map.set(key, [i]);
  };
  const index: ListIndex<E> = { keys, slugs: [], at: new Map(), linkedFrom: new Map(), byTheme: new Map() };
  for (const [i, e] of all.entries()) {
    const slug = keys.slug(e);
    index.slugs.push(slug);
    push(index.at, slug, i);
    push(index.byTheme, keys.theme(e), i);
    for (const target of linksOf(e, keys.body)) push(index.linkedFrom, target, i);
  }
  indexes.set(all, index as ListIndex<never>);
  return index;
}

/**
 * The explainers of `all` (in its order) that `entry` links to or that link to it; when there are
 * none, the first RELATED_FALLBACK others of its theme, or of the whole list when its theme has no other.
 * `keys` should be one object for all the calls about one list: the list's index is kept for it.
 */
export function related<E extends object>(entry: E, all: readonly E[], keys: RelatedKeys<E>): E[] {
  const index = indexOf(all, keys);
  const slug = keys.slug(entry);
  const other = (i: number) => all[i] !== entry && index.slugs[i] !== slug;
  const linked = new Set(index.linkedFrom.get(slug));
  for (const target of linksOf(entry, keys.body)) for (const i of index.at.get(target) ?? []) linked.add(i);
  const pick = (positions: Iterable<number>, count = Number.POSITIVE_INFINITY) => {
    const out: E[] = [];
    for (const i of positions) {
      if (out.length === count) break;
      if (other(i)) out.push(all[i] as E);
    }
    return out;
  };
  if (linked.size > 0) {
    const out = pick([...linked].sort((a, b) => a - b));
    if (out.length > 0) return out;
  }
  const sameTheme = pick(index.byTheme.get(keys.theme(entry)) ?? [], RELATED_FALLBACK);
  return sameTheme.length > 0 ? sameTheme : pick(all.keys(), RELATED_FALLBACK);
}
