/** In `astro dev`, serves the search index of the last build, so that search works after one `npm run build`. */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const MIME: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};

export function devSearch(): AstroIntegration {
  let outDir = '';
  let base = '/';
  return {
    name: 'context-desk:dev-search',
    hooks: {
      'astro:config:setup': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = config.base;
      },
      'astro:server:setup': ({ server, logger }) => {
        server.middlewares.use((req, res, next) => {
          const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
          if (!path.startsWith(`${base}pagefind/`)) return next();
          const file = join(outDir, path.slice(base.length));
          if (!file.startsWith(outDir) || !existsSync(file) || statSync(file).isDirectory()) {
            if (path.endsWith('pagefind.js')) {
              logger.warn('search has no index yet: run `npm run build` once, then reload');
            }
            res.statusCode = 404;
            res.end('No search index: run `npm run build` once (the dev server serves the index of the last build).');
            return;
          }
          res.setHeader('Content-Type', MIME[extname(file)] ?? 'application/octet-stream');
          createReadStream(file).pipe(res);
        });
      },
    },
  };
}
