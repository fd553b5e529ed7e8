/**
 * Runs the content check (src/content-check) before anything is built: a build
 * stops with every problem listed, and reports its warnings (an unmarked first mention of a
 * glossary term) without stopping; the dev server lists both as warnings, and
 * again whenever a content file changes. It also decides whether drafts show: under `astro dev` only.
 * In a build, what it parsed is kept for the compile.
 */
import type { AstroIntegration } from 'astro';
import { ContentCheckError, contentDir, formatProblems, refreshContent, refreshContentAhead } from '../content-check';
import { keepParsedTrees, parsedTreesUsed } from '../content-check/mdx';
import { showDrafts } from '../lib/publishing';

export function contentCheck(): AstroIntegration {
  return {
    name: 'context-desk:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        showDrafts(command);
        // A build compiles the trees the check parsed rather than parsing each file again (src/plugins/remark-parsed-once.ts),
        // and parses them on threads of their own while it checks (src/content-check/parse-ahead.ts).
        keepParsedTrees(command === 'build');
        const started = performance.now();
        const { problems, warnings, index } = command === 'build' ? refreshContentAhead() : refreshContent();
        const files = index.explainers.length + index.pages.length;
        logger.info(`content checked: ${files} MDX files and the data in ${((performance.now() - started) / 1000).toFixed(1)} s`);
        if (warnings.length > 0) logger.warn(`content warnings:\n${formatProblems(warnings)}`);
        if (problems.length === 0) return;
        if (command === 'dev') logger.warn(`content problems:\n${formatProblems(problems)}`);
        else throw new ContentCheckError(problems);
      },
      'astro:build:ssr': ({ logger }) => {
        const used = parsedTreesUsed();
        if (used) logger.info(`MDX files compiled from the check's parse: ${used.taken} of the ${used.kept} it parsed`);
      },
      'astro:server:setup': ({ server, logger }) => {
        const dir = contentDir();
        const recheck = (path: string) => {
          if (!path.startsWith(dir)) return;
          const { problems, warnings } = refreshContent();
          if (warnings.length > 0) logger.warn(`content warnings:\n${formatProblems(warnings)}`);
          if (problems.length > 0) logger.warn(`content problems:\n${formatProblems(problems)}`);
          else logger.info('content checked: no problems');
        };
        for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, recheck);
      },
    },
  };
}
