/**
 * The build pipeline around Astro, in order:
 *  1. before anything is built, check all content and stop with every problem
 *     listed (file, line, field, fix);
 *  2. build into a staging folder beside the output folder;
 *  3. index the staged site with Pagefind;
 *  4. only then swap the staging folder into place.
 * A build that fails at any step leaves the previous output untouched, and the
 * search index always matches the pages beside it.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../lib/content-files';
import { formatProblems, validateContent } from '../lib/validate-content';
import { buildSearchIndex } from './search-index';

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
  let finalDir = '';
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
        if (command === 'build') {
          finalDir = fileURLToPath(config.outDir);
          const staging = stagingFor(finalDir);
          rmSync(staging, { recursive: true, force: true });
          updateConfig({ outDir: pathToFileURL(`${staging}/`).href });
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        const staged = fileURLToPath(dir);
        const pages = await buildSearchIndex(staged);
        logger.info(`indexed ${pages} pages for search`);
        swapInto(staged, finalDir);
        logger.info(`published ${finalDir}`);
      },
    },
  };
}
