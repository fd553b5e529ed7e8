/** Builds are byte-for-byte reproducible: a second build of the same commit is identical to the first. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { walkFiles } from '../../src/lib/files';
import { buildSite, TMP } from '../helpers/site';

const dist = inject('siteDir');

describe('reproducible builds', () => {
  it('two builds of the same commit are byte-identical', { timeout: 180_000 }, () => {
    const again = join(TMP, 'site-again');
    const r = buildSite({ outDir: again });
    expect(r.code, r.output).toBe(0);
    const digest = (dir: string) =>
      Object.fromEntries(
        walkFiles(dir).map((path) => [relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex')]),
      );
    expect(digest(again)).toEqual(digest(dist));
  });
});
