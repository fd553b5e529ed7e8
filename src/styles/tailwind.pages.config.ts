import type { Config } from 'tailwindcss';
import { corePlugins, shared } from './tailwind.theme';

/**
 * Utilities for the pages other than explainers (home, timeline, who's who, glossary, A–Z,
 * search, 404), loaded by those pages only through src/styles/pages.css. Same theme as
 * tailwind.config.ts; no base styles (global.css has them).
 */
export default {
  ...shared,
  content: ['./src/pages/*.astro', './src/pages/who/**/*.astro', './src/pages/timeline/**/*.astro'],
  corePlugins: { ...corePlugins, preflight: false },
} satisfies Config;
