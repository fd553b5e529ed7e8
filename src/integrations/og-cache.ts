/**
 * The social images' cache (src/lib/og-image.ts): a folder `og/` in Astro's cache folder
 * (node_modules/.astro, or the content folder's own), kept across builds and never deployed.
 * When the build starts, the images it lacks are drawn ahead (drawAhead), from the content check's
 * explainers and themes (src/lib/og-pages.ts), while Vite compiles the pages; each image's page
 * then takes it from the cache. The build reports how many images it drew and how many came from the cache.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentIndex } from '../content-check';
import { drawAhead, ogCacheDir, setOgCacheDir } from '../lib/og-image';
import { ogInputs } from '../lib/og-pages';

/** The images in the cache folder. */
function images(dir: string): string[] {
  try {
    return readdirSync(dir).filter((f) => f.endsWith('.png'));
  } catch {
    return [];
  }
}

/** How many images in the cache folder were drawn since `since` (ms). */
function drawnSince(dir: string, since: number): number {
  return images(dir).filter((f) => statSync(join(dir, f)).mtimeMs >= since).length;
}

export function ogCache(): AstroIntegration {
  let dir = '';
  let started = 0;
  let ahead: Promise<number> | undefined;
  return {
    name: 'context-desk:og-cache',
    hooks: {
      // The final configuration: the cache folder as astro.config.mjs set it for this content folder.
      'astro:config:done': ({ config }) => {
        setOgCacheDir(join(fileURLToPath(config.cacheDir), 'og'));
        dir = ogCacheDir() ?? 'off';
      },
      'astro:build:start': () => {
        started = Date.now();
        if (dir === 'off') return;
        const index = contentIndex();
        ahead = drawAhead(ogInputs(index.explainers, index.themes), dir);
      },
      // How far the drawing ahead has come by the time Vite has compiled the pages.
      'astro:build:ssr': ({ logger }) => {
        if (dir === 'off' || !ahead) return;
        logger.info(`social images: ${drawnSince(dir, started)} drawn ahead while Vite compiled`);
      },
      'astro:build:done': async ({ logger }) => {
        if (dir === 'off') return logger.info('social images: all drawn (cache off)');
        const early = await ahead;
        logger.info(
          `social images: ${drawnSince(dir, started)} drawn this build (${early ?? 0} of them ahead of their pages); cache ${dir} holds ${images(dir).length}`,
        );
      },
    },
  };
}
