/**
 * The peer site for side-by-side figures: Starlight 0.37.7 in ../shared/peer/ (read its README),
 * holding the same explainers converted to plain Starlight MDX by its convert.mjs. Our content
 * is copied first with what the converter does not know written out: <EventDate id="…" />
 * becomes the event's date as text, as our page shows it.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { formatDate } from '../../src/i18n';
import { cleanEnv, ROOT, TMP } from '../helpers/site';
import { log } from './util';

export const PEER = resolve(ROOT, '../shared/peer');
const STARLIGHT = join(PEER, 'starlight');

export interface PeerBuild {
  /** The built site. */
  dist: string;
  seconds: number;
  /** Peak resident memory of the build process, in bytes (GNU time's maximum RSS). */
  peakBytes: number;
  ok: boolean;
  tail: string;
}

/** Why the peer cannot be built here, or undefined when it can. */
export function peerMissing(): string | undefined {
  if (!existsSync(join(STARLIGHT, 'package.json'))) return `no peer site at ${STARLIGHT}`;
  if (!existsSync(join(STARLIGHT, 'node_modules/astro'))) return `the peer is not installed: cd ${STARLIGHT} && npm ci`;
  if (!existsSync('/usr/bin/time')) return 'GNU time (/usr/bin/time) is needed to measure peak memory';
  return undefined;
}

/**
 * A map as a Starlight author would write it without a map component: its title in bold, what it
 * shows, its places as a list, and its sources as <Cite> marks, which convert.mjs numbers as ours.
 */
function mapAsText(file: string): string {
  const map = parse(readFileSync(file, 'utf8')) as {
    title: { en: string };
    description: { en: string };
    boundaries: string[];
    places: Array<{ name: { en: string }; cite: string[] }>;
  };
  const cites = (ids: readonly string[]) => ids.map((id) => `<Cite id="${id}" />`).join('');
  return [
    `**${map.title.en}**`,
    '',
    map.description.en,
    '',
    ...map.places.map((p) => `- ${p.name.en}${cites(p.cite)}`),
    '',
    `Boundaries: ${cites(map.boundaries)}`,
  ].join('\n');
}

/** `content` with <EventDate> and <Map> written out as text, in a temporary folder. */
function peerContent(content: string, label: string): string {
  const out = join(TMP, `peer-content-${label}`);
  rmSync(out, { recursive: true, force: true });
  cpSync(content, out, { recursive: true });
  const dates = new Map<string, string>();
  for (const f of readdirSync(join(out, 'events'))) {
    if (!f.endsWith('.yaml')) continue;
    const data = parse(readFileSync(join(out, 'events', f), 'utf8')) as { date?: string };
    if (data?.date) dates.set(f.replace(/\.yaml$/, ''), formatDate(String(data.date)));
  }
  const explainers = join(out, 'explainers');
  for (const e of readdirSync(explainers, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || !e.name.endsWith('.mdx')) continue;
    const file = join(e.parentPath, e.name);
    const text = readFileSync(file, 'utf8')
      .replace(/<EventDate\s+id=["']([^"']+)["']\s*\/>/g, (_, id: string) => dates.get(id) ?? id)
      .replace(/<Map\s+id=["']([^"']+)["']\s*\/>/g, (_, id: string) => mapAsText(join(out, 'maps', `${id}.yaml`)));
    writeFileSync(file, text);
  }
  return out;
}

/** Runs a command, timed, with its peak memory from GNU time. */
export function timed(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = cleanEnv()): Promise<Omit<PeerBuild, 'dist'>> {
  const report = join(TMP, `time-${process.pid}-${Date.now()}.txt`);
  mkdirSync(TMP, { recursive: true });
  const start = process.hrtime.bigint();
  return new Promise((res) => {
    const child = spawn('/usr/bin/time', ['-f', '%M', '-o', report, cmd, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: string[] = [];
    const keep = (chunk: Buffer) => {
      lines.push(...chunk.toString('utf8').split('\n'));
      if (lines.length > 400) lines.splice(0, lines.length - 400);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      let peakBytes = 0;
      try {
        peakBytes = Number(readFileSync(report, 'utf8').trim().split('\n').pop()) * 1024;
        rmSync(report, { force: true });
      } catch {
        /* no report: the command did not start */
      }
      res({ seconds, peakBytes, ok: code === 0, tail: lines.slice(-25).join('\n') });
    });
  });
}

/**
 * Converts `content` for the peer and builds it clean. `label` "site" builds the peer's own
 * folder (the four explainers, as its README does); any other label builds a copy in tests/.tmp,
 * so that a 1,000-page run leaves the peer as it was.
 */
export async function buildPeer(content: string, label = 'site'): Promise<PeerBuild> {
  const missing = peerMissing();
  if (missing) throw new Error(missing);
  let site = STARLIGHT;
  if (label !== 'site') {
    site = join(TMP, `peer-${label}`);
    rmSync(site, { recursive: true, force: true });
    cpSync(STARLIGHT, site, {
      recursive: true,
      filter: (src) => !/[/\\](node_modules|dist|\.astro)([/\\]|$)/.test(src.slice(STARLIGHT.length)),
    });
    symlinkSync(join(STARLIGHT, 'node_modules'), join(site, 'node_modules'), 'dir');
  }
  const input = peerContent(content, label);
  const convert = await timed(
    process.execPath,
    [join(PEER, 'convert.mjs'), '--content', input, ...(label === 'site' ? [] : ['--site', site])],
    ROOT,
  );
  if (!convert.ok) throw new Error(`the peer's conversion failed:\n${convert.tail}`);
  rmSync(join(site, 'dist'), { recursive: true, force: true });
  rmSync(join(site, 'node_modules/.astro'), { recursive: true, force: true });
  rmSync(join(site, '.astro'), { recursive: true, force: true });
  log(`peer (${label}): building`);
  const built = await timed(process.execPath, [join(site, 'node_modules/astro/astro.js'), 'build'], site, {
    ...cleanEnv(),
    FORCE_COLOR: '0',
    NO_COLOR: '1',
  });
  return { ...built, dist: join(site, 'dist') };
}
