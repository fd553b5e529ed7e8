// @ts-check
import { relative, resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwind from '@astrojs/tailwind';
import publish from './src/integrations/publish';
import remarkExplainer from './src/plugins/remark-explainer';
import { normaliseBase } from './src/lib/paths';

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

export default defineConfig({
  site,
  base,
  output: 'static',
  // One policy everywhere: pages end in "/" (dist/<page>/index.html).
  trailingSlash: 'always',
  build: { format: 'directory' },
  outDir,
  srcDir: './src',
  publicDir: './public',
  devToolbar: { enabled: false },
  prefetch: false,
  markdown: {
    remarkPlugins: [[remarkExplainer, { base }]],
  },
  // publish() checks content first, then indexes the staged build and swaps it into outDir.
  integrations: [
    mdx(),
    tailwind({ applyBaseStyles: false }),
    // Every page but the search page and the 404 page.
    sitemap({ filter: (page) => !/\/(search|404)\/?$/.test(new URL(page).pathname) }),
    publish(),
  ],
});
