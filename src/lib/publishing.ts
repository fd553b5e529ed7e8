/**
 * Which content is published, and in what order: the draft rules and the
 * explainer order, used by the content check, Astro's collections and the pages.
 */

/** A file whose name starts with "_" is a draft everywhere: never loaded, never published. */
export function isDraftFile(name: string): boolean {
  return name.startsWith('_');
}

/** The glob of published files with extension `ext` (the "_" drafts left out), for Astro's loaders. */
export function publishedGlob(ext: string): string {
  return `**/[!_]*.${ext}`;
}

/**
 * Whether this process shows drafts: set once, from the command, by the content-check
 * integration (true under `astro dev` only), and read by the pages. It is not taken from
 * NODE_ENV or Vite's mode, which a build can inherit from its environment.
 */
const DRAFTS = 'CONTEXT_DESK_SHOW_DRAFTS';

export function showDrafts(command: 'dev' | 'build' | 'preview' | 'sync'): void {
  process.env[DRAFTS] = command === 'dev' ? '1' : '0';
}

/** An explainer with `draft: true` shows in `astro dev` only. */
export function isShown(entry: { draft: boolean }): boolean {
  return !entry.draft || process.env[DRAFTS] === '1';
}

/** Explainers in reading order: by `order`, then by title. A theme's lead explainer is its first in this order. */
export function byOrder(a: { order: number; title: string }, b: { order: number; title: string }): number {
  return a.order - b.order || a.title.localeCompare(b.title);
}
