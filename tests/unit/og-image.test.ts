import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { drawable, drawOgPng, OG_VERSION, ogCacheKey, ogPng, ogSvg, PNG_OPTIONS, wrap } from '../../src/lib/og-image';

describe('wrap', () => {
  it('breaks at spaces within the width', () => {
    expect(wrap('The Middle East Quartet and its mediation', 26, 3)).toEqual(['The Middle East Quartet', 'and its mediation']);
  });
  it('shortens the last allowed line', () => {
    expect(wrap('one two three four five six', 9, 2)).toEqual(['one two', 'three…']);
  });
});

describe('og image', () => {
  const input = {
    site: 'Context Desk',
    kicker: 'Explainer · Elections',
    title: 'Palestinian elections & <the> split',
    subtitle: 'Cited background',
    accent: '#963d14',
  };
  it('escapes text into the SVG', () => {
    const svg = ogSvg(input);
    expect(svg).toContain('&amp;');
    expect(svg).toContain('&lt;the&gt;');
    expect(svg).not.toContain('<the>');
  });
  it('renders a 1200×630 PNG, the same bytes every time', async () => {
    const a = await ogPng(input);
    const b = await ogPng(input);
    expect(a.subarray(1, 4).toString()).toBe('PNG');
    expect(a.readUInt32BE(16)).toBe(1200);
    expect(a.readUInt32BE(20)).toBe(630);
    expect(a.equals(b)).toBe(true);
  });
});

describe('characters the image cannot draw', () => {
  it('are left out instead of showing as empty boxes: emoji, flags, joiners and variation selectors', () => {
    expect(drawable('Vaccines 💉 arrive 🇵🇸 in Gaza 👍🏽 1️⃣ ©')).toBe('Vaccines arrive in Gaza 1 ©');
    expect(drawable('Лавров и аль-Малки: «переговоры» — 5 May')).toBe('Лавров и аль-Малки: «переговоры» — 5 May');
    expect(ogSvg({ site: 'S', kicker: 'K', title: 'Sputnik V 💉 in Gaza', subtitle: 'x', accent: '#000000' })).not.toContain('💉');
  });
});

describe("the social images' cache key", () => {
  const input = {
    site: 'Context Desk',
    kicker: 'Explainer · Elections',
    title: 'Palestinian elections',
    subtitle: 'Background',
    accent: '#963d14',
  };
  const key = ogCacheKey(input);
  it('is the same for the same input', () => {
    expect(ogCacheKey({ ...input })).toBe(key);
    expect(key).toMatch(/^[0-9a-f]{32}$/);
  });
  it.each([
    ['title', { title: 'Palestinian elections, postponed' }],
    ['theme (kicker)', { kicker: 'Explainer · The Quartet' }],
    ['colour', { accent: '#963d15' }],
    ['site name', { site: 'Context Desk (staging)' }],
    ['subtitle', { subtitle: 'Background, cited' }],
  ])('changes with the %s', (_, change) => {
    expect(ogCacheKey({ ...input, ...change })).not.toBe(key);
  });
  it("changes with the PNG settings, and with sharp's or libvips' version", () => {
    expect(ogCacheKey(input, { ...PNG_OPTIONS, compressionLevel: 9 })).not.toBe(key);
    expect(ogCacheKey(input, PNG_OPTIONS, { vips: '0.0.0' })).not.toBe(key);
  });
  it('holds the code version and the fonts (the SVG names them)', () => {
    expect(OG_VERSION).toBeGreaterThan(0);
    expect(ogSvg(input)).toContain('font-family="DejaVu Serif');
  });
  it('serves the same bytes from the cache as a fresh drawing, and draws only once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'og-cache-'));
    try {
      const fresh = await drawOgPng(input);
      const first = await ogPng(input, dir);
      expect(readdirSync(dir)).toEqual([`${key}.png`]);
      const second = await ogPng(input, dir);
      expect(first.equals(fresh)).toBe(true);
      expect(second.equals(fresh)).toBe(true);
      expect(readFileSync(join(dir, `${key}.png`)).equals(fresh)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
