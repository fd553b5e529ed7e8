/**
 * npm run bench: prints figures, asserts nothing. Parts, in order (see README, "Benchmark"):
 *  - build: build time of `npm run build` (Astro + Pagefind), median of 3 clean runs;
 *  - pages: first-visit bytes per page type by kind (HTML, CSS, JS, fonts, images): raw, gzip, brotli, requests;
 *  - search: bytes, requests and ms from the last keystroke to the first result, cold and warm, for 6 queries, side by side
 *    with the Starlight peer (tests/bench/peer.ts) on the same explainers;
 *  - scale: the site with 100 and 1,000 explainers (generated): build time, pages, sizes, Pagefind index, first-query bytes;
 *  - lighthouse: Lighthouse scores, LCP, TBT and CLS for a baseline page, home, an explainer and search, mobile and desktop.
 * Flags: --only=a,b  --skip=a,b  --skip-<part>  --sizes=100,1000 (the scale runs)  --rounds=N (each scale
 * run's builds, ours and the peer's in turns, N times: medians); a part's name alone runs only the parts
 * named (`npm run bench -- scale`, `npm run bench -- scale --sizes=1000 --rounds=3`).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChrome } from '../helpers/browser';
import { serveSite } from '../helpers/serve';
import { ROOT, TMP } from '../helpers/site';
import { lighthouseTable } from './lighthouse';
import { explainerSideBySide, pagesTable } from './pages';
import { buildPeer, peerMissing } from './peer';
import { measureBuild, peerRow, printPeerTable, printScaleTable, type ScaleRow, scaleRun } from './scale';
import { OURS, STARLIGHT, searchTable } from './search';
import { freePort, log, timedBuild } from './util';

const PARTS = ['build', 'pages', 'search', 'scale', 'lighthouse'] as const;
type Part = (typeof PARTS)[number];

const USAGE = `usage: npm run bench -- [part …] [--only=${PARTS.join(',')}] [--skip=part,…] [--skip-<part>] [--sizes=100,1000] [--rounds=N]`;

function parseArgs(argv: readonly string[]): { parts: Set<Part>; sizes: number[]; rounds: number } {
  const isPart = (x: string): x is Part => (PARTS as readonly string[]).includes(x);
  const list = (value: string) =>
    value.split(',').map((x) => {
      const p = x.trim();
      if (!isPart(p)) throw new Error(`unknown part "${p}"\n${USAGE}`);
      return p;
    });
  let parts = new Set<Part>(PARTS);
  const skip = new Set<Part>();
  let sizes = [100, 1000];
  let rounds = 1;
  const named = new Set<Part>();
  for (const arg of argv) {
    if (!arg.startsWith('-')) {
      for (const p of list(arg)) named.add(p);
      continue;
    }
    const [key = '', value = ''] = arg.split('=');
    if (key === '--only') parts = new Set(list(value));
    else if (key === '--skip') for (const p of list(value)) skip.add(p);
    else if (key.startsWith('--skip-')) for (const p of list(key.slice('--skip-'.length))) skip.add(p);
    else if (key === '--sizes') {
      sizes = value.split(',').map(Number);
      if (sizes.some((n) => !Number.isInteger(n) || n < 5)) throw new Error(`--sizes takes whole numbers of explainers above 4\n${USAGE}`);
    } else if (key === '--rounds') {
      rounds = Number(value);
      if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds takes a whole number, 1 or more\n${USAGE}`);
    } else if (key === '--help' || key === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown argument "${arg}"\n${USAGE}`);
  }
  if (named.size > 0) parts = named;
  for (const p of skip) parts.delete(p);
  return { parts, sizes, rounds };
}

async function main() {
  const { parts, sizes, rounds } = parseArgs(process.argv.slice(2));
  const started = process.hrtime.bigint();
  console.log(`Context Desk benchmark: ${[...parts].join(', ')} (${new Date().toISOString()}, Node ${process.version})`);
  const outDir = join(TMP, 'bench');

  // The real site: three clean builds for the build part, else one (the other parts need a build).
  let realSeconds: number | undefined;
  let realPeak = 0;
  let realNote = '';
  if (parts.has('build')) {
    const times: number[] = [];
    for (let i = 1; i <= 3; i++) {
      log(`build ${i}/3`);
      const b = await timedBuild(outDir);
      if (!b.ok) throw new Error(`the build failed:\n${b.tail}`);
      times.push(b.seconds);
      realPeak = Math.max(realPeak, b.peakBytes);
    }
    const sorted = [...times].sort((a, b) => a - b);
    realSeconds = sorted[1] ?? 0;
    realNote = 'median of the 3 above';
    console.log(
      `\nBuild (npm run build: Astro + Pagefind), 3 clean runs: ${times.map((t) => `${t.toFixed(1)} s`).join(', ')}; median ${realSeconds.toFixed(1)} s`,
    );
  } else if (parts.size > 0) {
    log('building the real site once (clean)');
    const b = await timedBuild(outDir);
    if (!b.ok) throw new Error(`the build failed:\n${b.tail}`);
    realSeconds = b.seconds;
    realPeak = b.peakBytes;
    realNote = 'one clean build';
  }

  if (parts.has('pages') || parts.has('search') || parts.has('scale')) {
    const browser = await launchChrome();
    try {
      if (parts.has('pages') || parts.has('search')) {
        const served = await serveSite(outDir, '/', await freePort());
        try {
          // The Starlight peer of the real site, for the pages' and search's side-by-side figures.
          const missing = peerMissing();
          if (missing) log(`pages, search: no side-by-side figures (${missing})`);
          const peer = missing ? undefined : await buildPeer(join(ROOT, 'content'));
          if (peer && !peer.ok) throw new Error(`the peer's build failed:\n${peer.tail}`);
          const peerServed = peer ? await serveSite(peer.dist, '/', await freePort()) : undefined;
          try {
            if (parts.has('pages')) {
              log('first visits');
              await pagesTable(browser, served.url);
              if (peer && peerServed)
                await explainerSideBySide(browser, { url: served.url, dist: outDir }, { url: peerServed.url, dist: peer.dist });
            }
            if (parts.has('search')) {
              log('search');
              await searchTable(
                browser,
                { profile: OURS, url: served.url },
                peerServed ? { profile: STARLIGHT, url: peerServed.url } : undefined,
              );
            }
          } finally {
            await peerServed?.close();
          }
        } finally {
          await served.close();
        }
      }
      if (parts.has('scale')) {
        const rows: ScaleRow[] = [];
        log('scale: the real site');
        const real = readdirSync(join(ROOT, 'content/explainers'), { recursive: true }).filter((f) =>
          /(^|\/)[^_/][^/]*\.mdx$/.test(String(f)),
        ).length;
        const realRow = await measureBuild(browser, outDir, real, { seconds: realSeconds ?? 0, peakBytes: realPeak }, realNote);
        // The peer of the real site is built in a copy (label "real"), so that the shared peer folder is left as it is.
        realRow.peer = await peerRow(join(ROOT, 'content'), 'real');
        rows.push(realRow);
        for (const n of sizes) {
          const row = await scaleRun(browser, n, rounds);
          if (row) rows.push(row);
        }
        printScaleTable(rows);
        printPeerTable(rows);
      }
    } finally {
      await browser.close();
    }
  }

  if (parts.has('lighthouse')) await lighthouseTable(outDir);

  console.log(`\nBench took ${(Number(process.hrtime.bigint() - started) / 60e9).toFixed(1)} min.`);
}

await main();
