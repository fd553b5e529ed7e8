/**
 * Bad content fails `npm run build` with a message naming the file, the line
 * or field, and a fix. Each case in tests/fixtures/broken/<case>/ lays files
 * over the valid fixture; expected.txt holds the exact error line, as it reads
 * for content in the project's content/ folder.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROKEN, applyCase, buildChanged, edit } from '../helpers/fixtures';
import { buildSite } from '../helpers/site';
import { pagefindFragments } from '../helpers/dist';

const cases = readdirSync(BROKEN).sort();

describe('broken content', () => {
  it('has at least 15 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  it.each(cases)('%s fails the build with its exact error', (name) => {
    const expected = readFileSync(join(BROKEN, name, 'expected.txt'), 'utf8').trim();
    const r = buildChanged(`broken-${name}`, applyCase(name));
    expect(r.code).not.toBe(0);
    // Paths in messages are relative to the project; drop the fixture's own folder.
    expect(r.output.replaceAll(`tests/.tmp/fixtures/broken-${name}/`, '')).toContain(expected);
    expect(existsSync(r.outDir), 'nothing is published').toBe(false);
  });
});

describe('drafts', () => {
  it('never reach the production build, its search index or its links', () => {
    const r = buildChanged('drafts', (dir) => {
      const mdx = readFileSync(join(dir, 'explainers/en/example.mdx'), 'utf8');
      const draft = mdx.replace('title: "Example explainer"', 'title: "Draft by flag"');
      writeFileSync(join(dir, 'explainers/en/flagged.mdx'), draft.replace('reviewed: "2026-11-28"', 'reviewed: "2026-11-28"\ndraft: true'));
      writeFileSync(join(dir, 'explainers/en/_underscored.mdx'), mdx.replace('title: "Example explainer"', 'title: "Draft by name"'));
    });
    expect(r.code, r.output).toBe(0);
    expect(existsSync(join(r.outDir, 'explainers/example/index.html'))).toBe(true);
    expect(existsSync(join(r.outDir, 'explainers/flagged'))).toBe(false);
    expect(existsSync(join(r.outDir, 'explainers/_underscored'))).toBe(false);
    expect(existsSync(join(r.outDir, 'explainers/underscored'))).toBe(false);
    expect(readFileSync(join(r.outDir, 'index.html'), 'utf8')).not.toContain('Draft by');
    const urls = pagefindFragments(r.outDir).map((f) => f.url);
    expect(urls.some((u) => u.includes('flagged') || u.includes('underscored'))).toBe(false);
  });
});

describe('publishing', () => {
  it('leaves the previous output untouched when a build fails, and replaces it whole when one succeeds', () => {
    const first = buildChanged('atomic');
    expect(first.code, first.output).toBe(0);
    const before = readFileSync(join(first.outDir, 'explainers/example/index.html'), 'utf8');
    const index = readFileSync(join(first.outDir, 'pagefind/pagefind-entry.json'), 'utf8');

    // A failure in the middle of the build (a bad citation is found while rendering).
    edit(first.contentDir, 'explainers/en/example.mdx', '<Cite id="second-source" />\n\n<Figure', '<Cite id="missing" />\n\n<Figure');
    const failed = buildSite({ outDir: first.outDir, contentDir: first.contentDir });
    expect(failed.code).not.toBe(0);
    expect(readFileSync(join(first.outDir, 'explainers/example/index.html'), 'utf8')).toBe(before);
    expect(readFileSync(join(first.outDir, 'pagefind/pagefind-entry.json'), 'utf8')).toBe(index);

    // A good build replaces pages and index together.
    edit(first.contentDir, 'explainers/en/example.mdx', '<Cite id="missing" />', '<Cite id="second-source" />');
    edit(first.contentDir, 'explainers/en/example.mdx', 'A sentence about the Quartet.', 'A new sentence about the Quartet and its envoys.');
    const next = buildSite({ outDir: first.outDir, contentDir: first.contentDir });
    expect(next.code, next.output).toBe(0);
    expect(readFileSync(join(first.outDir, 'explainers/example/index.html'), 'utf8')).toContain('its envoys');
    expect(pagefindFragments(first.outDir).find((f) => f.url === '/explainers/example/')?.content).toContain('its envoys');
    expect(readdirSync(join(first.outDir, '..')).sort()).toEqual(['content', 'dist']);
  });
});
