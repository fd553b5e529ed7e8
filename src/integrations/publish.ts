/**
 * The build pipeline around Astro, in order:
 *  1. before anything is built, check all content and stop with every problem
 *     listed (file, line, field, fix);
 *  2. build into a staging folder beside the output folder;
 *  3. add the security policy (dist/_headers and a <meta> in every page);
 *  4. index the staged site with Pagefind, and report each explainer's first-visit weight;
 *  5. only then swap the staging folder into place.
 * A build that fails at any step leaves the previous output untouched, and the
 * search index always matches the pages beside it.
 */
import { createReadStream, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../lib/content-files';
import { formatProblems, validateContent } from '../lib/validate-content';
import { FIRST_VISIT_BUDGET, formatWeight } from '../lib/budget';
import { explainerWeights } from './budget';
import { harden } from './harden';
import { buildSearchIndex } from './search-index';

const MIME: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};

export class ContentCheckError extends Error {
  constructor(report: string, count: number) {
    super(`${count} content problem${count === 1 ? '' : 's'} found:\n${report}`);
    this.name = 'ContentCheckError';
  }
}

/** The staging folder for an output folder: dist → .dist-staging beside it. */
export function stagingFor(outDir: string): string {
  return join(dirname(outDir), `.${basename(outDir)}-staging`);
}

/** Puts `staged` where `final` is, removing the old output only once the new one is in place. */
export function swapInto(staged: string, final: string): void {
  const old = `${stagingFor(final)}-old`;
  rmSync(old, { recursive: true, force: true });
  if (existsSync(final)) renameSync(final, old);
  renameSync(staged, final);
  rmSync(old, { recursive: true, force: true });
}

export default function publish(): AstroIntegration {
  /** The output folder: where a build is published, and what `astro dev` serves search from. */
  let finalDir = '';
  let base = '/';
  return {
    name: 'context-desk:publish',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        const problems = validateContent(contentDir());
        if (problems.length > 0) {
          const report = formatProblems(problems);
          if (command === 'dev') logger.warn(`content problems:\n${report}`);
          else throw new ContentCheckError(report, problems.length);
        }
        // Drafts (draft: true) are shown by the dev server only.
        updateConfig({ vite: { define: { __SHOW_DRAFTS__: JSON.stringify(command === 'dev') } } });
        finalDir = fileURLToPath(config.outDir);
        base = config.base;
        if (command === 'build') {
          const staging = stagingFor(finalDir);
          rmSync(staging, { recursive: true, force: true });
          updateConfig({ outDir: pathToFileURL(`${staging}/`) });
        }
      },
      // In `astro dev`, serve the search index of the last build, so search works after one build.
      'astro:server:setup': ({ server, logger }) => {
        server.middlewares.use((req, res, next) => {
          const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
          if (!path.startsWith(`${base}pagefind/`)) return next();
          const file = join(finalDir, path.slice(base.length));
          if (!file.startsWith(finalDir) || !existsSync(file) || statSync(file).isDirectory()) {
            if (path.endsWith('pagefind.js') || path.endsWith('pagefind-ui.js')) {
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
      'astro:build:done': async ({ dir, logger }) => {
        const staged = fileURLToPath(dir);
        const policy = harden(staged, base);
        const unique = (xs: readonly string[]) => new Set(xs).size;
        logger.info(`content security policy: ${unique(policy.scripts)} inline script and ${unique(policy.styles)} inline style hashes`);
        const pages = await buildSearchIndex(staged);
        logger.info(`indexed ${pages} pages for search`);
        for (const w of explainerWeights(staged, base)) (w.total > FIRST_VISIT_BUDGET ? logger.warn : logger.info).call(logger, formatWeight(w));
        swapInto(staged, finalDir);
        logger.info(`published ${finalDir}`);
      },
    },
  };
}
