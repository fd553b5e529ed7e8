/**
 * Builds the real site once for the build and browser suites and serves it.
 * Provides `siteDir` (the built dist) and `siteUrl` (where it is served).
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveSite } from './helpers/serve';
import { TMP, buildSite } from './helpers/site';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    siteUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const outDir = resolve(TMP, 'site');
  rmSync(outDir, { recursive: true, force: true });
  const build = buildSite({ outDir });
  if (build.code !== 0) throw new Error(`The site did not build:\n${build.output}`);
  const served = await serveSite(outDir);
  project.provide('siteDir', outDir);
  project.provide('siteUrl', served.url);
  return () => served.close();
}
