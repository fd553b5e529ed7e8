/**
 * `npm run test:e2e`: builds the real site twice, at the domain root and under a
 * sub-path (BASE_PATH=/context-desk/), and serves both, for the browser, hosting
 * and build tests of tests/browser/ and tests/e2e/.
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort } from '../helpers/ports';
import { serveSite } from '../helpers/serve';
import { buildSite, TMP } from '../helpers/site';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    siteUrl: string;
    subDir: string;
    subUrl: string;
  }
}

export const SUB_PATH = '/context-desk/';

export default async function setup(project: TestProject) {
  const siteDir = resolve(TMP, 'site-e2e');
  const subDir = resolve(TMP, 'site-sub');
  for (const [outDir, basePath] of [
    [siteDir, '/'],
    [subDir, SUB_PATH],
  ] as const) {
    rmSync(outDir, { recursive: true, force: true });
    const build = buildSite({ outDir, basePath });
    if (build.code !== 0) throw new Error(`The site did not build (BASE_PATH=${basePath}):\n${build.output}`);
  }
  const root = await serveSite(siteDir, '/', await freePort());
  const sub = await serveSite(subDir, SUB_PATH, await freePort());
  project.provide('siteDir', siteDir);
  project.provide('siteUrl', root.url);
  project.provide('subDir', subDir);
  project.provide('subUrl', sub.url);
  return async () => {
    await root.close();
    await sub.close();
  };
}
