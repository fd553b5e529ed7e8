/** Builds a copy of the valid fixture content with one change applied. */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type BuildResult, ROOT, TMP, buildSite } from './site';

export const VALID = resolve(ROOT, 'tests/fixtures/valid');

export interface FixtureBuild extends BuildResult {
  contentDir: string;
  outDir: string;
}

/** Copies the valid fixture to tests/.tmp/fixtures/<name>, lets `change` edit it, builds it. */
export function buildChanged(name: string, change: (dir: string) => void): FixtureBuild {
  const root = join(TMP, 'fixtures', name);
  rmSync(root, { recursive: true, force: true });
  const contentDir = join(root, 'content');
  const outDir = join(root, 'dist');
  cpSync(VALID, contentDir, { recursive: true });
  change(contentDir);
  return { ...buildSite({ outDir, contentDir }), contentDir, outDir };
}

/** Replaces `from` with `to` in a file of the fixture, failing if `from` is not there. */
export function edit(dir: string, file: string, from: string | RegExp, to: string) {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture edit: ${String(from)} not found in ${file}`);
  writeFileSync(path, next);
}
