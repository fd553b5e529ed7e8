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

/**
 * The explainers of `all` (in its order) that `entry` links to or that link to it; when there are
 * none, the first RELATED_FALLBACK others of its theme, or of the whole list when its theme has no other.
 */
export function related<E extends object>(entry: E, all: readonly E[], keys: RelatedKeys<E>): E[] {
  const slug = keys.slug(entry);
  const others = all.filter((e) => e !== entry && keys.slug(e) !== slug);
  const linked = others.filter((e) => linksOf(entry, keys.body).has(keys.slug(e)) || linksOf(e, keys.body).has(slug));
  if (linked.length > 0) return linked;
  const sameTheme = others.filter((e) => keys.theme(e) === keys.theme(entry));
  return (sameTheme.length > 0 ? sameTheme : others).slice(0, RELATED_FALLBACK);
}
