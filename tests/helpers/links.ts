/** Internal links in a built site, resolved with the site's own link check (src/lib/links.ts). */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { linkProblem, type PageAnchors, type PageLookup } from '../../src/lib/links';
import { page } from './dist';

/** Looks site paths up in the built site at `dist`: a page's ids are its anchors; a file has none. */
export function distLookup(dist: string): PageLookup {
  const cache = new Map<string, PageAnchors | undefined>();
  return (path) => {
    if (!cache.has(path)) {
      const file = decodeURIComponent(path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1));
      const full = join(dist, file);
      if (!existsSync(full) || !statSync(full).isFile()) cache.set(path, undefined);
      else if (!file.endsWith('.html')) cache.set(path, new Set());
      else {
        const { $ } = page(dist, file);
        cache.set(
          path,
          new Set(
            $('[id]')
              .map((_, el) => $(el).attr('id') ?? '')
              .get(),
          ),
        );
      }
    }
    return cache.get(path);
  };
}

/** What is wrong with the internal link `ref` on the built page `file` ("explainers/quartet/index.html"), or undefined. */
export function builtLinkProblem(lookup: PageLookup, file: string, ref: string): string | undefined {
  if (/^(https?:|mailto:|data:)/.test(ref) || ref.startsWith('//')) return undefined;
  const from = `/${file.replace(/index\.html$/, '')}`;
  if (!ref.startsWith('/') && !ref.startsWith('#')) return `relative URL ${ref}`;
  return linkProblem(ref, from, lookup);
}
