/**
 * Publishing, end to end: a build stopped by bad content publishes nothing and says why;
 * a failed build leaves the previous output as it was; drafts never reach the site.
 * (Every broken-content case is checked in-process, in tests/content/broken.test.ts.)
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pagefindFragments } from '../helpers/dist';
import { applyCase, BROKEN, buildChanged, edit } from '../helpers/fixtures';
import { buildSite } from '../helpers/site';

describe('broken content', () => {
  it('stops `npm run build` with the exact error of the content check, and publishes nothing', () => {
    const name = 'unknown-source-body';
    const expected = readFileSync(join(BROKEN, name, 'expected.txt'), 'utf8').trim();
    const r = buildChanged(`broken-${name}`, applyCase(name));
    expect(r.code).not.toBe(0);
    // Paths in messages are relative to the project; drop the fixture's own folder.
    expect(r.output.replaceAll(`tests/.tmp/fixtures/broken-${name}/`, '')).toContain(expected);
    expect(existsSync(r.outDir), 'nothing is published').toBe(false);
    expect(readdirSync(join(r.outDir, '..')).sort(), 'no staging folder is left behind').toEqual(['content']);
  });
});

describe('drafts', () => {
  it('never reach the production build, its search index or its links', () => {
    const r = buildChanged('drafts', (dir) => {
      const mdx = readFileSync(join(dir, 'explainers/en/example.mdx'), 'utf8');
      const draft = mdx.replace('title: "Example explainer"', 'title: "Draft by flag"');
      writeFileSync(join(dir, 'explainers/en/flagged.mdx'), draft.replace('reviewed: "2026-11-28"', 'reviewed: "2026-11-28"\ndraft: true'));
      writeFileSync(join(dir, 'explainers/en/_underscored.mdx'), mdx.replace('title: "Example explainer"', 'title: "Draft by name"'));
      // The published explainer starts with a byte-order mark, as some editors save files: it builds as usual.
      writeFileSync(join(dir, 'explainers/en/example.mdx'), `\uFEFF${mdx}`);
    });
    expect(r.code, r.output).toBe(0);
    expect(existsSync(join(r.outDir, 'explainers/example/index.html'))).toBe(true);
    expect(readFileSync(join(r.outDir, 'explainers/example/index.html'), 'utf8')).toContain(
      '<h1 data-pagefind-meta="title">Example explainer</h1>',
    );
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

    // A failing build (a bad citation).
    edit(first.contentDir, 'explainers/en/example.mdx', '<Cite id="second-source" />\n\n<Figure', '<Cite id="missing" />\n\n<Figure');
    const failed = buildSite({ outDir: first.outDir, contentDir: first.contentDir });
    expect(failed.code).not.toBe(0);
    expect(readFileSync(join(first.outDir, 'explainers/example/index.html'), 'utf8')).toBe(before);
    expect(readFileSync(join(first.outDir, 'pagefind/pagefind-entry.json'), 'utf8')).toBe(index);
    edit(first.contentDir, 'explainers/en/example.mdx', '<Cite id="missing" />', '<Cite id="second-source" />');

    // A build that fails after Astro has built every page: an explainer over the byte budget stops it,
    // naming the file, and neither the output nor a staging folder is left changed.
    // Varied text (repeated text would compress to almost nothing): made-up words from a fixed sequence.
    let seed = 7;
    const word = () => {
      seed = (seed * 48271) % 2147483647;
      return seed.toString(36).slice(0, 4 + (seed % 5));
    };
    const paragraph = Array.from({ length: 3000 }, (_, i) => `${word()}${i % 12 === 11 ? '.' : ''}`).join(' ');
    edit(
      first.contentDir,
      'explainers/en/example.mdx',
      '## What happened next',
      `${paragraph}<Cite id="example-source" />\n\n## What happened next`,
    );
    const tooLong = buildSite({ outDir: first.outDir, contentDir: first.contentDir });
    expect(tooLong.code).not.toBe(0);
    expect(tooLong.output.replaceAll('tests/.tmp/fixtures/atomic/', '')).toMatch(
      /over the byte budget; nothing is published[\s\S]*content\/explainers\/en\/example\.mdx: explainers\/example\/: first round trip [\d.]+ of 14\.0 KiB, first visit [\d.]+ of 16\.5 KiB .*: OVER, first visit over 16\.5 KiB by \d+ B/,
    );
    expect(readFileSync(join(first.outDir, 'explainers/example/index.html'), 'utf8')).toBe(before);
    expect(readdirSync(join(first.outDir, '..')).sort()).toEqual(['content', 'dist']);
    edit(first.contentDir, 'explainers/en/example.mdx', `${paragraph}<Cite id="example-source" />\n\n`, '');

    // A good build replaces pages and index together.
    edit(
      first.contentDir,
      'explainers/en/example.mdx',
      'A sentence about the Quartet.',
      'A new sentence about the Quartet and its envoys.',
    );
    const next = buildSite({ outDir: first.outDir, contentDir: first.contentDir });
    expect(next.code, next.output).toBe(0);
    expect(readFileSync(join(first.outDir, 'explainers/example/index.html'), 'utf8')).toContain('its envoys');
    expect(pagefindFragments(first.outDir).find((f) => f.url === '/explainers/example/')?.content).toContain('its envoys');
    expect(readdirSync(join(first.outDir, '..')).sort()).toEqual(['content', 'dist']);
  });
});
