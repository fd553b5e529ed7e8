/** Small shared pieces of the benchmark: sizes, folders, free ports, timed clean builds. */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { brotliSize } from '../../src/integrations/budget';
import { cleanEnv, ROOT, TMP } from '../helpers/site';

export { freePort } from '../helpers/ports';

export const kib = (n: number) => (n / 1024).toFixed(1);
export const mib = (n: number) => (n / 1024 / 1024).toFixed(1);
export const brotli = brotliSize;
export const gzip = (b: Buffer) => gzipSync(b, { level: 9 }).length;
export const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

export interface Tree {
  bytes: number;
  files: number;
}

/** Total size and file count of a folder, recursively. */
export function treeSize(dir: string): Tree {
  let bytes = 0;
  let files = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    bytes += statSync(join(e.parentPath, e.name)).size;
    files++;
  }
  return { bytes, files };
}

/** HTML pages of a build (the Pagefind bundle excluded). */
export function htmlPageCount(dist: string): number {
  return readdirSync(dist, { withFileTypes: true, recursive: true }).filter(
    (e) => e.isFile() && e.name.endsWith('.html') && !join(e.parentPath, e.name).startsWith(join(dist, 'pagefind')),
  ).length;
}

/**
 * Astro's cache folder for a content folder, as astro.config.mjs names it:
 * node_modules/.astro for content/, node_modules/.astro/content-<hash> for another.
 */
function cacheDirFor(contentDir: string | undefined): string {
  if (!contentDir) return join(ROOT, 'node_modules/.astro');
  // astro.config.mjs hashes "<content folder>|<pseudo>": the same string here, or the clean build would keep Astro's cache.
  const variant = `${resolve(ROOT, contentDir)}|`;
  return join(ROOT, `node_modules/.astro/content-${createHash('sha256').update(variant).digest('hex').slice(0, 12)}`);
}

/** Removes the output and Astro's cache for that content folder (other folders' caches stay). */
function clean(outDir: string, contentDir: string | undefined) {
  rmSync(outDir, { recursive: true, force: true });
  const cache = cacheDirFor(contentDir);
  if (contentDir) {
    rmSync(cache, { recursive: true, force: true });
    return;
  }
  let names: string[] = [];
  try {
    names = readdirSync(cache);
  } catch {
    return;
  }
  for (const name of names) if (!name.startsWith('content-')) rmSync(join(cache, name), { recursive: true, force: true });
}

function hasGnuTime(): boolean {
  try {
    return statSync('/usr/bin/time').isFile();
  } catch {
    return false;
  }
}

export const gib = (n: number) => (n / 1024 ** 3).toFixed(2);

export interface Build {
  seconds: number;
  /** Peak resident memory of the build process, in bytes (GNU time's maximum RSS; 0 without /usr/bin/time). */
  peakBytes: number;
  ok: boolean;
  /** The last lines of the build's output, for a failure. */
  tail: string;
}

/**
 * One clean `astro build` (Astro + Pagefind, as `npm run build`) into `outDir`,
 * timed from process start to exit. With `label`, progress goes to stderr.
 */
export function timedBuild(outDir: string, opts: { contentDir?: string; label?: string } = {}): Promise<Build> {
  clean(outDir, opts.contentDir);
  const env = {
    ...cleanEnv(),
    OUT_DIR: outDir,
    // The generated explainers are synthetic: report the byte budget rather than stop on it.
    CONTEXT_DESK_BUDGET: 'report',
    FORCE_COLOR: '0',
    NO_COLOR: '1',
    ...(opts.contentDir ? { CONTENT_DIR: opts.contentDir } : {}),
  };
  const start = process.hrtime.bigint();
  const seconds = () => Number(process.hrtime.bigint() - start) / 1e9;
  // Peak memory as the peer's is measured (tests/bench/peer.ts): GNU time's maximum RSS.
  const report = join(TMP, `time-${process.pid}-${Date.now()}.txt`);
  mkdirSync(TMP, { recursive: true });
  const astro = [process.execPath, join(ROOT, 'node_modules/astro/astro.js'), 'build'];
  const [cmd, ...args] = hasGnuTime() ? ['/usr/bin/time', '-f', '%M', '-o', report, ...astro] : astro;
  return new Promise((res) => {
    const child = spawn(cmd ?? process.execPath, args, {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: string[] = [];
    let written = 0;
    let partial = '';
    const onData = (chunk: Buffer) => {
      const text = partial + chunk.toString('utf8');
      const parts = text.split('\n');
      partial = parts.pop() ?? '';
      for (const line of parts) {
        lines.push(line);
        if (lines.length > 400) lines.shift();
        if (/[├└]─ /.test(line)) written++;
        if (
          opts.label &&
          /\[(build|content|context-desk:(content-check|publish|og-cache|budget|search-index|build-log|memory))\]/.test(line) &&
          !/first round trip/.test(line)
        )
          log(`${opts.label}: ${line.replace(/^\S+ /, '').trim()}`);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const ticker = opts.label
      ? setInterval(() => log(`${opts.label}: ${seconds().toFixed(0)} s, ${written} files rendered`), 20_000)
      : undefined;
    child.on('close', (code) => {
      if (ticker) clearInterval(ticker);
      if (partial) lines.push(partial);
      let peakBytes = 0;
      try {
        peakBytes = Number(readFileSync(report, 'utf8').trim().split('\n').pop()) * 1024 || 0;
        rmSync(report, { force: true });
      } catch {
        /* no GNU time */
      }
      res({ seconds: seconds(), peakBytes, ok: code === 0, tail: lines.slice(-25).join('\n') });
    });
  });
}
