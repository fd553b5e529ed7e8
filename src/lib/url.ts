/**
 * The one place internal URLs are made. Every link, asset and feed entry
 * goes through `url()` so that `BASE_PATH` and the trailing-slash policy
 * (pages always end in "/", files never do) hold everywhere.
 */

/** Normalises a base path to "/" or "/segment/.../". */
export function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** True when the last path segment looks like a file ("feed.xml", "pagefind.js"). */
function isFilePath(path: string): boolean {
  const last = path.split('/').pop() ?? '';
  return /\.[a-z0-9]+$/i.test(last);
}

/**
 * Joins `base` and a site-absolute `path` ("/explainers/quartet/#roadmap").
 * Page paths get a trailing slash; file paths, queries and fragments are kept.
 */
export function joinBase(base: string, path: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//')) {
    throw new Error(`url(): expected a site path starting with "/", got an absolute URL "${path}"`);
  }
  if (path.startsWith('#') || path.startsWith('?')) return path;
  const match = /^([^?#]*)(.*)$/.exec(path);
  let pathname = match?.[1] ?? '';
  const rest = match?.[2] ?? '';
  pathname = pathname.replace(/^\/+/, '');
  if (pathname !== '' && !pathname.endsWith('/') && !isFilePath(pathname)) pathname += '/';
  return `${normaliseBase(base)}${pathname}${rest}`;
}

const BASE = normaliseBase(import.meta.env?.BASE_URL);

/** A site path with the configured base: url('/timeline/') → '/context-desk/timeline/'. */
export function url(path: string): string {
  return joinBase(BASE, path);
}

/** An absolute URL on the configured site, for canonical links and feeds. */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  if (!site) throw new Error('absoluteUrl(): `site` is not configured');
  return new URL(url(path), site).href;
}
