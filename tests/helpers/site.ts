/** Builds the site (Astro + Pagefind) as a child process, with its own output folder. */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const TMP = resolve(ROOT, 'tests/.tmp');

export interface BuildOptions {
  outDir: string;
  basePath?: string;
  siteUrl?: string;
  contentDir?: string;
  /** More environment variables for the build (CONTEXT_DESK_PSEUDO=1). */
  env?: Record<string, string>;
}

export interface BuildResult {
  code: number;
  output: string;
}

/**
 * The environment of a child build: the test runner's own variables removed.
 * Vitest sets BASE_URL, MODE, DEV, PROD and SSR in process.env, and Astro would
 * read them as import.meta.env values of the site; and NODE_ENV=test, which would
 * make Vite build in development mode.
 */
export function cleanEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(env)) {
    if (!/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/.test(k)) out[k] = v;
  }
  return out;
}

export function buildSite(opts: BuildOptions): BuildResult {
  const run = spawnSync(process.execPath, [resolve(ROOT, 'node_modules/astro/astro.js'), 'build'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...cleanEnv(),
      OUT_DIR: opts.outDir,
      BASE_PATH: opts.basePath ?? '/',
      SITE_URL: opts.siteUrl ?? 'https://context-desk.example',
      ...(opts.contentDir ? { CONTENT_DIR: opts.contentDir } : {}),
      ...opts.env,
      FORCE_COLOR: '0',
      NO_COLOR: '1',
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: run.status ?? 1, output: `${run.stdout}\n${run.stderr}` };
}
