import type { Config } from 'tailwindcss';
import { corePlugins, shared } from './tailwind.theme';

/**
 * Utilities for the pages other than explainers (home, timeline, who's who, glossary, A–Z,
 * search, 404), loaded by those pages only through src/styles/pages.css. Same theme as
 * tailwind.config.ts; no base styles (global.css has them).
 */
export default {
  ...shared,
  // The pages of every edition (src/pages/[...lang]/) and the default edition's own (about, corrections), not the explainers.
  content: ['./src/pages/*.astro', './src/pages/*/*.astro', './src/pages/*/{who,timeline,a-z}/**/*.astro'],
  corePlugins: { ...corePlugins, preflight: false },
} satisfies Config;
