// @ts-check
import { createHash } from 'node:crypto';
import { relative, resolve } from 'node:path';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwind from '@astrojs/tailwind';
import { defineConfig } from 'astro/config';
import { defaultLang, languages, publishedLangs } from './src/i18n/languages';
import { contextDesk } from './src/integrations';
import { normaliseBase } from './src/lib/paths';
import rehypeBidi from './src/plugins/rehype-bidi';
import rehypeHeadingLinks from './src/plugins/rehype-heading-links';
import rehypeMarks from './src/plugins/rehype-marks';
import remarkExplainer from './src/plugins/remark-explainer';
import remarkParsedOnce from './src/plugins/remark-parsed-once';
import remarkTypography from './src/plugins/remark-typography';

// Where the site is published. Both come from the environment so the same
// commit deploys to a domain root or under a sub-path (GitHub Pages).
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = normaliseBase(process.env.BASE_PATH);
const outDir = resolve(process.env.OUT_DIR || 'dist');
// Astro 5 writes its content cache into an output folder outside the project,
// which would then be deployed; keep builds inside.
if (relative(process.cwd(), outDir).startsWith('..')) {
  throw new Error(`OUT_DIR must be a folder inside the project (got ${outDir}).`);
}

// Astro caches rendered content by entry id and file digest. Builds of other
// content folders (the test fixtures), and the test-only pseudo-language build,
// get a cache of their own, so that an entry is never rendered from another
// folder's file or with another language's strings.
const contentDir = process.env.CONTENT_DIR ? resolve(process.env.CONTENT_DIR) : '';
const variant = [contentDir, process.env.CONTEXT_DESK_PSEUDO === '1' ? 'pseudo' : ''].join('|');
const cacheDir =
  variant !== '|'
    ? `./node_modules/.astro/content-${createHash('sha256').update(variant).digest('hex').slice(0, 12)}`
    : './node_modules/.astro';

export default defineConfig({
  site,
  base,
  output: 'static',
  // One policy everywhere: pages end in "/" (dist/<page>/index.html).
  trailingSlash: 'always',
  // Stylesheets stay files: an inline <style> would need its own CSP hash on every page.
  build: { format: 'directory', inlineStylesheets: 'never' },
  outDir,
  cacheDir,
  srcDir: './src',
  publicDir: './public',
  devToolbar: { enabled: false },
  // Scripts stay files too: Vite would inline the search page's small script, and the security
  // policy allows only the inline code the site's components record (src/lib/inline-code.ts).
  vite: { build: { assetsInlineLimit: 0 } },
  prefetch: false,
  markdown: {
    // Typographic punctuation by the site's own step, which gives Astro's SmartyPants text at less cost
    // (src/plugins/remark-typography.ts), first, where Astro's would run; each file parsed only once.
    smartypants: false,
    remarkPlugins: [remarkParsedOnce, remarkTypography, [remarkExplainer, { base }]],
    rehypePlugins: [[rehypeMarks, { base }], rehypeHeadingLinks, rehypeBidi],
  },
  // contextDesk() checks content first, then secures and indexes the staged build and swaps it into outDir (src/integrations/index.ts).
  integrations: [
    // An explainer's text compiles to HTML strings rather than a call per element (its inline
    // marks are plain HTML by then: src/plugins/rehype-marks.ts): less for Vite to hold and to render.
    mdx({ optimize: true }),
    tailwind({ applyBaseStyles: false }),
    // Every page but the search page and the 404 page.
    sitemap({
      filter: (page) => !/\/(search|404)\/?$/.test(new URL(page).pathname),
      // Each page's editions as alternates (xhtml:link hreflang), from the language registry.
      i18n: {
        defaultLocale: defaultLang,
        locales: Object.fromEntries(publishedLangs.map((lang) => [languages[lang].prefix || lang, lang])),
      },
    }),
    ...contextDesk(),
  ],
});
