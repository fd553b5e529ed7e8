/**
 * Lighthouse (Node API) against the real build served by nginx with the
 * site's _headers and gzip on, in Debian's Chromium started here with a
 * DevTools port; mobile (Lighthouse's default) and desktop presets.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
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
  const child: ChildProcess = spawn(findChrome(), [...CHROME_ARGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
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
          rmSync(profile, { recursive: true, force: true });
          res();
        });
        child.kill('SIGTERM');
      }),
  };
}

const score = (s: number | null | undefined) => (typeof s === 'number' ? String(Math.round(s * 100)) : '–');

export async function lighthouseTable(dist: string): Promise<void> {
  const served = await serveWithNginx(dist, '/', await freePort(), { gzip: true });
  const chrome = await startChrome();
  const rows: string[] = [];
  const benchmarkIndex: number[] = [];
  try {
    for (const [name, path] of LIGHTHOUSE_PAGES) {
      for (const preset of ['mobile', 'desktop'] as const) {
        log(`lighthouse: ${name}, ${preset}`);
        const result = await lighthouse(
          served.url + path,
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
          ).padStart(4)} | ${score(c['seo']?.score).padStart(4)} | ${ms('largest-contentful-paint').padStart(6)} | ${ms('total-blocking-time').padStart(6)} | ${(cls === undefined ? '–' : cls.toFixed(3)).padStart(5)}${problem}`,
        );
      }
    }
  } finally {
    await chrome.close();
    await served.close();
  }
  console.log('\nLighthouse 12 (Chromium, served by nginx with the site\'s _headers and gzip): scores 0–100, LCP and TBT in ms (mobile is simulated throttling)');
  console.log('page      | preset  | Perf | A11y |   BP |  SEO | LCP ms | TBT ms |   CLS');
  for (const row of rows) console.log(row);
  if (benchmarkIndex.length > 0) {
    console.log(`(Lighthouse's CPU benchmark index of this machine during the runs: ${Math.min(...benchmarkIndex).toFixed(0)}–${Math.max(...benchmarkIndex).toFixed(0)}; mobile figures scale with it)`);
  }
}
