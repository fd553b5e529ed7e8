/** Locator maps drawn from Natural Earth (world-atlas) with d3-geo: the frame, the places, the labels. */
import { describe, expect, it } from 'vitest';
import type { InLang } from '../../src/i18n/languages';
import { AREA_FONT, MAP_WIDTH, PALETTES, PLACE_FONT, renderMap } from '../../src/maps/draw';
import type { MapData } from '../../src/schemas';

const areas = { '275:0': 'West Bank', '275:1': 'Gaza Strip', '376': 'Israel', '400': 'Jordan', '818': 'Egypt', sea: 'Sea' };
const map: InLang<MapData> = {
  title: 'Test map',
  description: 'Three places for the test, in the frame.',
  boundaries: ['natural-earth'],
  places: [
    { name: 'Ben Gurion airport', lat: 32.0, lon: 34.883, label: 'left', cite: ['a'] },
    { name: 'Allenby crossing', lat: 31.87417, lon: 35.54083, label: 'right', cite: ['b'] },
    { name: 'Rafah', lat: 31.28861, lon: 34.25194, label: 'below', cite: ['c'] },
  ],
};

describe('renderMap', () => {
  const out = renderMap(map, areas, map.title);

  it('fits the territories and every place in the frame, at the set width', () => {
    expect(out.width).toBe(MAP_WIDTH);
    expect(out.height).toBeGreaterThan(150);
    expect(out.height).toBeLessThan(400);
    for (const d of out.dots) {
      expect(d.x).toBeGreaterThan(0);
      expect(d.x).toBeLessThan(out.width);
      expect(d.y).toBeGreaterThan(0);
      expect(d.y).toBeLessThan(out.height);
    }
    // West to east and north to south as on the ground: Rafah, then Ben Gurion, then Allenby.
    const [bg, allenby, rafah] = out.dots;
    expect(rafah?.x).toBeLessThan(bg?.x ?? 0);
    expect(bg?.x).toBeLessThan(allenby?.x ?? 0);
    expect(rafah?.y).toBeGreaterThan(bg?.y ?? 0);
  });

  it('labels every place and every area in view, no smaller than the set sizes, inside the frame', () => {
    for (const name of ['Ben Gurion airport', 'Allenby crossing', 'Rafah', 'West Bank', 'Gaza Strip', 'Israel', 'Jordan']) {
      expect(out.svg).toContain(`>${name}</text>`);
    }
    for (const m of out.svg.matchAll(/<text x="([\d.-]+)" y="([\d.-]+)"[^>]*font-size="(\d+)"/g)) {
      expect(Number(m[3])).toBeGreaterThanOrEqual(Math.min(PLACE_FONT, AREA_FONT));
      expect(Number(m[1])).toBeGreaterThanOrEqual(0);
      expect(Number(m[1])).toBeLessThanOrEqual(out.width);
    }
  });

  it('draws every boundary in one neutral style and holds nothing but drawing', () => {
    expect(out.svg.match(/stroke-dasharray/g)).toHaveLength(1);
    expect(out.svg).not.toMatch(/<script|\son[a-z]+=|href=/i);
    expect(out.svg).toContain('role="img" aria-label="Test map"');
  });

  it('is drawn in the light colours, with the dark ones in a prefers-color-scheme rule', () => {
    expect(out.svg).toContain(`fill="${PALETTES.light.sea}"`);
    expect(out.svg).toContain(`<style>@media (prefers-color-scheme:dark){.s{fill:${PALETTES.dark.sea}}`);
    expect(out.svg.match(/<style>/g)).toHaveLength(1);
  });
});
