/**
 * The one internal-link check, for content before the build and for the built
 * site alike: a site path (and its #fragment) must lead to a page that exists,
 * is published, and has that fragment.
 */

/** A page's anchors, or 'draft' for a page that exists only as a draft. */
export type PageAnchors = ReadonlySet<string> | 'draft';

/** The page at a site path ("/timeline/", "/favicon.svg"), or undefined when there is none. */
export type PageLookup = (path: string) => PageAnchors | undefined;

/** Whether a path names a file ("/feed.xml") rather than a page ("/timeline/"). */
export function isFilePath(path: string): boolean {
  return /\.[a-z0-9]+$/i.test(path.split('/').pop() ?? '');
}

/**
 * What is wrong with an internal link `href` ("/explainers/quartet/#roadmap", "#notes", "/timeline/")
 * on the page at `from`, or undefined when it resolves. Paths are site paths, without the base path.
 */
export function linkProblem(href: string, from: string, lookup: PageLookup): string | undefined {
  const hashAt = href.indexOf('#');
  const pathPart = hashAt === -1 ? href : href.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : href.slice(hashAt + 1);
  let path = pathPart.split('?')[0] ?? '';
  if (path === '') path = from;
  else if (!path.endsWith('/') && !isFilePath(path)) path = `${path}/`;
  const page = lookup(path);
  if (page === undefined) return `there is no page ${path} on the site`;
  if (page === 'draft') return 'that explainer is a draft and will not be published';
  if (hash && !page.has(decodeURIComponent(hash))) return `${path} has no section "#${hash}"`;
  return undefined;
}

/**
 * The slug, in another edition of an explainer, of the heading at the place `slug` has among the
 * English headings (the editions of an explainer have the same headings in the same order);
 * undefined when the English has no such heading.
 */
export function sameHeading(english: readonly string[], edition: readonly string[], slug: string): string | undefined {
  const at = english.indexOf(slug);
  return at >= 0 ? edition[at] : undefined;
}
