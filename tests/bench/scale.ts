/**
 * Scale runs: the site with 100 and 1,000 explainers (the real 4 plus
 * generated ones, see generate.ts), each built once from clean, compared
 * with the real site.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { checkContent, formatProblems } from '../../src/content-check';
import { serveSite } from '../helpers/serve';
import { TMP } from '../helpers/site';
import { writeScaleContent } from './generate';
import { buildPeer, type PeerBuild, peerMissing } from './peer';
import { firstSearch, OURS } from './search';
import { freePort, gib, htmlPageCount, kib, log, mib, timedBuild, treeSize } from './util';

export const SCALE_QUERY = 'Quartet';

export interface ScaleRow {
  explainers: number;
  buildSeconds: number;
  /** Peak resident memory of the build, bytes (0 when not measured). */
  peakBytes: number;
  /** How the build time was taken, for the footnote. */
  buildNote: string;
  pages: number;
  /** Entries in the Pagefind index: pages (explainers, profiles, …) and the event and glossary-term records. */
  indexed: number;
  distBytes: number;
  pagefindBytes: number;
  pagefindFiles: number;
  queryBrotli: number;
  queryRequests: number;
  queryMs: number;
  /** Where the first result of the first query leads. */
  queryTop: string;
  /** The Starlight peer built from the same content (tests/bench/peer.ts), when it could be. */
  peer?: { seconds: number; peakBytes: number; distBytes: number; pages: number } | undefined;
  /**
   * With --rounds=N, each round's clean build of ours and of the peer, one after the other (in
   * turns: ours first, then the peer first, …); buildSeconds, peakBytes and the peer's are then the medians.
   */
  rounds?: Array<{ ours: number; oursPeak: number; peer: number; peerPeak: number }>;
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

/** Figures of a finished build in `dist`: sizes, and a first search for SCALE_QUERY in Chromium. */
export async function measureBuild(
  browser: Browser,
  dist: string,
  explainers: number,
  build: { seconds: number; peakBytes: number },
  buildNote: string,
): Promise<ScaleRow> {
  const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const pagefind = treeSize(join(dist, 'pagefind'));
  const served = await serveSite(dist, '/', await freePort());
  try {
    const search = await firstSearch(browser, `${served.url}explainers/quartet/`, SCALE_QUERY, OURS);
    await search.close();
    return {
      explainers,
      buildSeconds: build.seconds,
      peakBytes: build.peakBytes,
      buildNote,
      pages: htmlPageCount(dist),
      indexed: Object.values(entry.languages).reduce((a, l) => a + l.page_count, 0),
      distBytes: treeSize(dist).bytes,
      pagefindBytes: pagefind.bytes,
      pagefindFiles: pagefind.files,
      queryBrotli: search.brotliBytes,
      queryRequests: search.requests,
      queryMs: search.fromFirst,
      queryTop: search.top,
    };
  } finally {
    await served.close();
  }
}

/** Generates, builds (one clean build) and measures the site with `total` explainers; undefined if the build failed. */
export async function scaleRun(browser: Browser, total: number, rounds = 1): Promise<ScaleRow | undefined> {
  const root = join(TMP, `scale-${total}`);
  const content = join(root, 'content');
  const dist = join(root, 'dist');
  const label = `scale ${total}`;
  const generated = writeScaleContent(content, total);
  log(`${label}: wrote ${generated} generated explainers to ${content}`);
  const { problems } = checkContent(content);
  if (problems.length > 0) {
    console.log(
      `\n${label}: the generated content has ${problems.length} problem(s), not built:\n${formatProblems(problems.slice(0, 20))}`,
    );
    return undefined;
  }
  log(`${label}: building (one clean build)…`);
  const build = await timedBuild(dist, { contentDir: content, label });
  log(`${label}: build ${build.ok ? 'done' : 'FAILED'} in ${build.seconds.toFixed(0)} s`);
  if (!build.ok || !existsSync(join(dist, 'pagefind'))) {
    console.log(`\n${label}: the build failed after ${build.seconds.toFixed(0)} s; its last lines:\n${build.tail}`);
    return undefined;
  }
  log(`${label}: measuring a first search for "${SCALE_QUERY}"`);
  const row = await measureBuild(browser, dist, total, build, 'one clean build');
  row.peer = await peerRow(content, `scale-${total}`);
  if (rounds > 1 && row.peer) {
    // On a shared machine the same build's time varies by half or more within minutes: more rounds, in turns, and the medians.
    const peer = row.peer;
    const all = [{ ours: build.seconds, oursPeak: build.peakBytes, peer: peer.seconds, peerPeak: peer.peakBytes }];
    for (let i = 2; i <= rounds; i++) {
      const ours = async () => {
        const b = await timedBuild(dist, { contentDir: content, label: `${label}, round ${i}` });
        return b.ok ? b : undefined;
      };
      const starlight = () => {
        log(`peer (scale-${total}): round ${i}`);
        return peerRow(content, `scale-${total}`);
      };
      let a: Awaited<ReturnType<typeof ours>>;
      let b: Awaited<ReturnType<typeof starlight>>;
      if (i % 2 === 0) {
        b = await starlight();
        a = await ours();
      } else {
        a = await ours();
        b = await starlight();
      }
      if (!a || !b) break;
      all.push({ ours: a.seconds, oursPeak: a.peakBytes, peer: b.seconds, peerPeak: b.peakBytes });
    }
    row.rounds = all;
    row.buildSeconds = median(all.map((r) => r.ours));
    row.peakBytes = median(all.map((r) => r.oursPeak));
    row.peer = { ...peer, seconds: median(all.map((r) => r.peer)), peakBytes: median(all.map((r) => r.peerPeak)) };
    row.buildNote = `median of ${all.length} clean builds, in turns with the peer's`;
  }
  return row;
}

/** Builds the Starlight peer from `content` (a copy of the peer in tests/.tmp, never the shared folder) and measures it. */
export async function peerRow(content: string, label: string): Promise<ScaleRow['peer']> {
  const missing = peerMissing();
  if (missing) {
    log(`${label}: no Starlight peer (${missing})`);
    return undefined;
  }
  let peer: PeerBuild;
  try {
    peer = await buildPeer(content, label);
  } catch (e) {
    log(`${label}: the peer could not be built: ${(e as Error).message}`);
    return undefined;
  }
  log(`peer (${label}): build ${peer.ok ? 'done' : 'FAILED'} in ${peer.seconds.toFixed(0)} s, peak ${gib(peer.peakBytes)} GiB`);
  if (!peer.ok) {
    console.log(`\npeer ${label}: the build failed; its last lines:\n${peer.tail}`);
    return undefined;
  }
  return { seconds: peer.seconds, peakBytes: peer.peakBytes, distBytes: treeSize(peer.dist).bytes, pages: htmlPageCount(peer.dist) };
}

/** Ours beside Starlight: build time, peak memory and dist size, one clean build each from the same content. */
export function printPeerTable(rows: readonly ScaleRow[]): void {
  const withPeer = rows.filter((r) => r.peer);
  if (withPeer.length === 0) return;
  console.log(
    '\nOurs vs Starlight (tests/bench/peer.ts), the same content, one clean build each (ours: Astro + Pagefind + social images + checks)',
  );
  console.log(
    'explainers | build s ours | Starlight | ratio | peak GiB ours | Starlight | ratio | dist MiB ours | Starlight | HTML pages ours | Starlight',
  );
  for (const r of withPeer) {
    const p = r.peer as NonNullable<ScaleRow['peer']>;
    console.log(
      `${r.explainers.toLocaleString('en').padStart(10)} | ${r.buildSeconds.toFixed(1).padStart(12)} | ${p.seconds.toFixed(1).padStart(9)} | ${(r.buildSeconds / p.seconds).toFixed(2).padStart(5)} | ${gib(r.peakBytes).padStart(13)} | ${gib(p.peakBytes).padStart(9)} | ${(r.peakBytes / p.peakBytes).toFixed(2).padStart(5)} | ${mib(r.distBytes).padStart(13)} | ${mib(p.distBytes).padStart(9)} | ${String(r.pages).padStart(15)} | ${p.pages}`,
    );
  }
  for (const r of withPeer) {
    if (!r.rounds) continue;
    const each = r.rounds.map(
      (x, i) =>
        `${i + 1}: ${x.ours.toFixed(1)} / ${x.peer.toFixed(1)} s = ${(x.ours / x.peer).toFixed(2)}, ${gib(x.oursPeak)} / ${gib(x.peerPeak)} GiB = ${(x.oursPeak / x.peerPeak).toFixed(2)}`,
    );
    console.log(
      `${r.explainers.toLocaleString('en')} explainers, ${r.rounds.length} rounds in turns (ours / Starlight): ${each.join('; ')}; medians above`,
    );
  }
}

/** Marginal cost of one more explainer between two rows. */
const marginal = (a: ScaleRow, b: ScaleRow, pick: (r: ScaleRow) => number) => (pick(b) - pick(a)) / (b.explainers - a.explainers);

export function printScaleTable(rows: readonly ScaleRow[]): void {
  console.log(
    `\nScale: the real site and generated ones (one clean build each; first search for "${SCALE_QUERY}" from an explainer, cold, in Chromium)`,
  );
  console.log(
    'explainers | build s | peak GiB | pages | indexed | dist MiB | pagefind MiB | pagefind files | 1st query KiB br | req | 1st query ms | top result',
  );
  for (const r of rows) {
    console.log(
      `${r.explainers.toLocaleString('en').padStart(10)} | ${r.buildSeconds.toFixed(1).padStart(7)} | ${gib(r.peakBytes).padStart(8)} | ${String(r.pages).padStart(5)} | ${String(r.indexed).padStart(7)} | ${mib(r.distBytes).padStart(8)} | ${mib(
        r.pagefindBytes,
      ).padStart(
        12,
      )} | ${String(r.pagefindFiles).padStart(14)} | ${kib(r.queryBrotli).padStart(16)} | ${String(r.queryRequests).padStart(3)} | ${r.queryMs.toFixed(0).padStart(12)} | ${r.queryTop}`,
    );
  }
  const notes = rows.filter((r) => r.buildNote !== 'one clean build').map((r) => `${r.explainers}: ${r.buildNote}`);
  if (notes.length > 0) console.log(`(build time for ${notes.join('; ')})`);
  const small = rows.find((r) => r.explainers === 100) ?? rows[rows.length - 2];
  const large = rows.find((r) => r.explainers === 1000) ?? rows[rows.length - 1];
  if (!small || !large || small === large) return;
  const base = rows[0] !== small ? rows[0] : undefined;
  const line = (
    [
      ['build time', (r) => r.buildSeconds],
      ['dist', (r) => r.distBytes],
      ['Pagefind index', (r) => r.pagefindBytes],
      ['first-query bytes', (r) => r.queryBrotli],
    ] as Array<[string, (r: ScaleRow) => number]>
  ).map(([name, pick]) => {
    const growth = pick(large) / pick(small);
    const ratio = growth / (large.explainers / small.explainers);
    const verdict = growth < 1.5 ? 'about flat' : ratio > 1.1 ? 'worse than linear' : ratio < 0.9 ? 'better than linear' : 'about linear';
    const m0 = base ? marginal(base, small, pick) : 0;
    const extra = base && growth >= 1.5 && m0 > 0 ? `, marginal ×${(marginal(small, large, pick) / m0).toFixed(2)}` : '';
    return `${name} ×${growth.toFixed(1)} = ${ratio.toFixed(2)} per explainer (${verdict}${extra})`;
  });
  console.log(
    `Growth ${small.explainers.toLocaleString('en')} → ${large.explainers.toLocaleString('en')} explainers (×${(large.explainers / small.explainers).toFixed(0)}): ${line.join('; ')}.`,
  );
  console.log(
    `(per explainer: total ÷ explainers at ${large.explainers} over the same at ${small.explainers}, 1.00 = linear${base ? `; marginal: cost of each explainer added from ${small.explainers} to ${large.explainers} over each added from ${base.explainers} to ${small.explainers}` : ''})`,
  );
}
