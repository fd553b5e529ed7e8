/** Builds content fixtures: the valid set, or the valid set with a broken case laid over it. */
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type BuildResult, buildSite, ROOT, TMP } from './site';

export const VALID = resolve(ROOT, 'tests/fixtures/valid');
export const BROKEN = resolve(ROOT, 'tests/fixtures/broken');

export interface FixtureBuild extends BuildResult {
  contentDir: string;
  outDir: string;
}

/** Copies the valid fixture to tests/.tmp/fixtures/<name>/content and lets `change` edit it. */
export function prepare(name: string, change: (dir: string) => void = () => {}): { contentDir: string; outDir: string } {
  const root = join(TMP, 'fixtures', name);
  rmSync(root, { recursive: true, force: true });
  const contentDir = join(root, 'content');
  cpSync(VALID, contentDir, { recursive: true });
  change(contentDir);
  return { contentDir, outDir: join(root, 'dist') };
}

/** Copies the valid fixture, lets `change` edit it, and builds it. */
export function buildChanged(name: string, change: (dir: string) => void = () => {}, outDir?: string): FixtureBuild {
  const dirs = prepare(name, change);
  const out = outDir ?? dirs.outDir;
  return { ...buildSite({ outDir: out, contentDir: dirs.contentDir }), contentDir: dirs.contentDir, outDir: out };
}

/** Lays a broken case (tests/fixtures/broken/<name>: files/ over the valid set, minus remove.txt). */
export function applyCase(name: string) {
  return (dir: string) => {
    const files = join(BROKEN, name, 'files');
    if (existsSync(files)) cpSync(files, dir, { recursive: true });
    const remove = join(BROKEN, name, 'remove.txt');
    if (existsSync(remove)) {
      for (const f of readFileSync(remove, 'utf8').split('\n').filter(Boolean)) rmSync(join(dir, f), { recursive: true });
    }
  };
}

/** Replaces `from` with `to` in a file of the fixture, failing if `from` is not there. */
export function edit(dir: string, file: string, from: string | RegExp, to: string) {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture edit: ${String(from)} not found in ${file}`);
  writeFileSync(path, next);
}
