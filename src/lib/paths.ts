/**
 * Pure path joining, shared by the site and its build configuration (which
 * has no import.meta.env). Pages always end in "/", files never do.
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
