/**
 * `npm test`: builds the real site once, at the domain root, for the read-only
 * checks of tests/site/. (The sub-path build, the servers and the browsers are
 * npm run test:e2e's, tests/setup/e2e.ts.)
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, TMP } from '../helpers/site';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
  }
}

export default function setup(project: TestProject) {
  const siteDir = resolve(TMP, 'site');
  rmSync(siteDir, { recursive: true, force: true });
  const build = buildSite({ outDir: siteDir });
  if (build.code !== 0) throw new Error(`The site did not build:\n${build.output}`);
  project.provide('siteDir', siteDir);
}
