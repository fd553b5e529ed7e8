/**
 * The one place internal URLs are made. Every link, asset and feed entry
 * goes through `url()` so that `BASE_PATH` and the trailing-slash policy
 * (pages always end in "/", files never do) hold everywhere.
 */

import { joinBase, normaliseBase } from './paths';

// Vite replaces import.meta.env.BASE_URL with the configured base at build time.
const BASE = normaliseBase(import.meta.env.BASE_URL);

/** A site path with the configured base: url('/timeline/') → '/context-desk/timeline/'. */
export function url(path: string): string {
  return joinBase(BASE, path);
}

/** An absolute URL on the configured site, for canonical links and feeds. */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  if (!site) throw new Error('absoluteUrl(): `site` is not configured');
  return new URL(url(path), site).href;
}
