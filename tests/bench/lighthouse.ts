/**
 * Lighthouse (Node API) against the real build served by nginx with the
 * site's _headers and gzip on, in Debian's Chromium started here with a
 * DevTools port; mobile (Lighthouse's default) and desktop presets.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import lighthouse, { desktopConfig } from 'lighthouse';
import { CHROME_ARGS, findChrome } from '../helpers/browser';
import { serveWithNginx } from '../helpers/nginx';
import { TMP } from '../helpers/site';
import { freePort, log } from './util';

export const LIGHTHOUSE_PAGES = [
  ['home', ''],
  ['explainer', 'explainers/quartet/'],
  ['search', 'search/'],
] as const;

/**
 * A page with three elements, no CSS and no script, served the same way: what this machine's
 * Chromium costs on its own. Under mobile throttling it is far from free here, so the
 * site's pages are best read against it.
 */
const BASELINE_HTML =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
  '<title>Baseline</title><link rel="icon" href="data:,"><meta name="description" content="An empty page, to measure the browser alone."></head>' +
  '<body><main><h1>Baseline</h1><p>An empty page.</p></main></body></html>';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

interface Chrome {
  port: number;
  close(): Promise<void>;
}

/** Starts Chromium with a DevTools port of its choosing and a fresh profile. */
async function startChrome(): Promise<Chrome> {
  const profile = join(TMP, 'lighthouse-profile');
  rmSync(profile, { recursive: true, force: true });
  mkdirSync(profile, { recursive: true });
  const child: ChildProcess = spawn(
    findChrome(),
    [...CHROME_ARGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  const port = await new Promise<number>((res, rej) => {
    let err = '';
    const timer = setTimeout(() => rej(new Error(`Chromium did not open a DevTools port:\n${err}`)), 30_000);
    child.stderr?.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(err);
      if (m) {
        clearTimeout(timer);
        res(Number(m[1]));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      rej(new Error(`Chromium exited (${code}):\n${err}`));
    });
  });
  return {
    port,
    close: () =>
      new Promise((res) => {
        if (child.exitCode !== null) return res();
        child.once('exit', () => {
          // Chromium's helper processes can still be writing to the profile for a moment after
          // the browser exits; retry, and leave it for the next run (which clears it) if need be.
          try {
            rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
          } catch {
            // cleared at the next start
          }
          res();
        });
        child.kill('SIGTERM');
      }),
  };
}

const score = (s: number | null | undefined) => (typeof s === 'number' ? String(Math.round(s * 100)) : '–');

export async function lighthouseTable(dist: string): Promise<void> {
  const baselineDir = join(TMP, 'lighthouse-baseline');
  rmSync(baselineDir, { recursive: true, force: true });
  mkdirSync(baselineDir, { recursive: true });
  writeFileSync(join(baselineDir, 'index.html'), BASELINE_HTML);
  copyFileSync(join(dist, '_headers'), join(baselineDir, '_headers'));
  const served = await serveWithNginx(dist, '/', await freePort(), { gzip: true });
  const baseline = await serveWithNginx(baselineDir, '/', await freePort(), { gzip: true });
  const chrome = await startChrome();
  const targets: [string, string][] = [
    ['baseline', baseline.url],
    ...LIGHTHOUSE_PAGES.map(([name, path]): [string, string] => [name, served.url + path]),
  ];
  const rows: string[] = [];
  const benchmarkIndex: number[] = [];
  try {
    for (const [name, url] of targets) {
      for (const preset of ['mobile', 'desktop'] as const) {
        log(`lighthouse: ${name}, ${preset}`);
        const result = await lighthouse(
          url,
          { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: [...CATEGORIES] },
          preset === 'desktop' ? desktopConfig : undefined,
        );
        const lhr = result?.lhr;
        if (!lhr) {
          rows.push(`${name.padEnd(9)} | ${preset.padEnd(7)} | no result`);
          continue;
        }
        benchmarkIndex.push(lhr.environment.benchmarkIndex);
        const c = lhr.categories;
        const num = (id: string) => lhr.audits[id]?.numericValue;
        const ms = (id: string) => (num(id) === undefined ? '–' : (num(id) as number).toFixed(0));
        const cls = num('cumulative-layout-shift');
        const problem = lhr.runtimeError ? ` (${lhr.runtimeError.code})` : '';
        rows.push(
          `${name.padEnd(9)} | ${preset.padEnd(7)} | ${score(c['performance']?.score).padStart(4)} | ${score(c['accessibility']?.score).padStart(4)} | ${score(
            c['best-practices']?.score,
          ).padStart(
            4,
          )} | ${score(c['seo']?.score).padStart(4)} | ${ms('largest-contentful-paint').padStart(6)} | ${ms('total-blocking-time').padStart(6)} | ${(cls === undefined ? '–' : cls.toFixed(3)).padStart(5)}${problem}`,
        );
      }
    }
  } finally {
    await chrome.close();
    await served.close();
    await baseline.close();
    rmSync(baselineDir, { recursive: true, force: true });
  }
  console.log(
    "\nLighthouse 12 (Chromium, served by nginx with the site's _headers and gzip): scores 0–100, LCP and TBT in ms (mobile is simulated throttling)",
  );
  console.log('page      | preset  | Perf | A11y |   BP |  SEO | LCP ms | TBT ms |   CLS');
  for (const row of rows) console.log(row);
  console.log("(baseline: a three-element page with no CSS or script, served the same way: the browser's own cost on this machine)");
  if (benchmarkIndex.length > 0) {
    console.log(
      `(Lighthouse's CPU benchmark index of this machine during the runs: ${Math.min(...benchmarkIndex).toFixed(0)}–${Math.max(...benchmarkIndex).toFixed(0)}; mobile figures scale with it)`,
    );
  }
}
