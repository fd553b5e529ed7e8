/**
 * A theme is content: a fifth theme (tests/fixtures/new-theme: one theme file, one
 * explainer) laid over the real content shows in the navigation, on the home page, in
 * its own colour, on its social image and in the search filter, with no change to src/.
 */
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { walkFiles } from '../../src/lib/files';
import { page, pagefindFragments } from '../helpers/dist';
import { buildSite, ROOT, TMP } from '../helpers/site';

const root = join(TMP, 'new-theme');
const contentDir = join(root, 'content');
const outDir = join(root, 'dist');

beforeAll(() => {
  rmSync(root, { recursive: true, force: true });
  cpSync(join(ROOT, 'content'), contentDir, { recursive: true });
  cpSync(join(ROOT, 'tests/fixtures/new-theme'), contentDir, { recursive: true, filter: (src) => !src.endsWith('README.md') });
  const build = buildSite({ outDir, contentDir });
  if (build.code !== 0) throw new Error(build.output);
}, 180_000);

describe('a fifth theme, added as content only', () => {
  it('has a link in the navigation of every page, after the other themes', () => {
    for (const file of ['index.html', 'timeline/index.html', 'explainers/quartet/index.html']) {
      const { $ } = page(outDir, file);
      const links = $('header nav a')
        .map((_, a) => `${$(a).text().trim()} ${$(a).attr('href')}`)
        .get();
      expect(links, file).toContain('Fifth theme /explainers/fifth-theme/');
      expect(links.indexOf('Fifth theme /explainers/fifth-theme/'), file).toBe(links.indexOf('Sputnik V /explainers/sputnik-v/') + 1);
    }
  });

  it('has a card on the home page, in its colour, with its summary', () => {
    const { $ } = page(outDir, 'index.html');
    const card = $('li[data-theme="test-theme"]');
    expect(card.length).toBe(1);
    expect(card.attr('class')).toContain('border-t-theme');
    expect(card.text()).toContain('one file brings its navigation link');
    const css = walkFiles(join(outDir, '_astro'), (n) => n.endsWith('.css'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    // #8a5a00 in light, #e0b060 in dark: as RGB channels.
    expect(css).toMatch(/\[data-theme="?test-theme"?\]\{--th:138 90 0\}/);
    expect(css).toMatch(/\[data-theme="?test-theme"?\]\{--th:224 176 96\}/);
  });

  it('has a social image with its accent', async () => {
    const { data, info } = await sharp(join(outDir, 'og/fifth-theme.png')).raw().toBuffer({ resolveWithObject: true });
    // The accent bar runs down the left edge.
    const at = (x: number, y: number) => [...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3)];
    // (The image is a palette PNG: a colour may move by a few steps.)
    const [r = 0, g = 0, b = 0] = at(10, 300);
    expect(Math.max(Math.abs(r - 0x8a), Math.abs(g - 0x5a), Math.abs(b - 0x00))).toBeLessThanOrEqual(6);
  });

  it('is a value of the search filter, and its explainer and theme label are indexed', () => {
    const fragment = pagefindFragments(outDir).find((f) => f.url === '/explainers/fifth-theme/');
    expect(fragment?.filters['theme']).toEqual(['Fifth theme']);
    expect(fragment?.filters['type']).toEqual(['Explainer']);
  });
});
