/**
 * Publishing all or nothing: the build goes to a staging folder beside the output
 * folder, the other steps finish it there, and only then does it replace the
 * output. A build that fails at any step leaves the previous output untouched,
 * and the search index always matches the pages beside it. It waits for the checks still running
 * beside the other steps (gates.ts). List it after every step that writes the build.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Gates } from './gates';

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

/** Publishes once every check in `gates` has passed. */
export function stagedPublish(gates: Gates): AstroIntegration {
  let finalDir = '';
  let published = false;
  return {
    name: 'context-desk:staged-publish',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        finalDir = fileURLToPath(config.outDir);
        const staging = stagingFor(finalDir);
        rmSync(staging, { recursive: true, force: true });
        updateConfig({ outDir: pathToFileURL(`${staging}/`) });
        // A build that fails after this point leaves no half-built folder behind.
        process.once('exit', () => {
          if (!published) rmSync(staging, { recursive: true, force: true });
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        await gates.passed();
        swapInto(fileURLToPath(dir), finalDir);
        published = true;
        logger.info(`published ${finalDir}`);
      },
    },
  };
}
