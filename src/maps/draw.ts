/**
 * Locator maps, drawn at build time as SVG files (no client code, no tiles).
 *
 * Land and boundaries are Natural Earth's 1:10m Admin 0 countries, as the `world-atlas`
 * package redistributes them (TopoJSON, Natural Earth 4.1.0), projected with d3-geo.
 * Natural Earth holds one feature for the Palestinian territories (id 275, "Palestine")
 * with two polygons: the larger is the West Bank (East Jerusalem inside it), the smaller
 * the Gaza Strip. Every boundary is drawn in one neutral style; the caption says whose
 * lines they are.
 *
 * The frame is fitted to the Palestinian territories and the map's places, so the edge of
 * Egypt's Sinai (Rafah) and of Jordan (the Allenby crossing) come into view when a map
 * shows places there.
 *
 * It lives outside src/lib on purpose: Tailwind reads src/lib for class names, and would
 * make utilities of this file's SVG words (italic, invert, grid) in every page's stylesheet.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type GeoPermissibleObjects, type GeoProjection, type GeoStream, geoBounds, geoContains, geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { InLang } from '../i18n/languages';
import { labelSides, type MapData } from '../schemas';

/** The map's width in SVG units. Shown at most this wide × 1.3 and at least 100% of a phone's column (about 250 px). */
export const MAP_WIDTH = 280;
/** Font sizes in SVG units: at 250/280 of their size on a 320 px phone they stay at 11 CSS px or more. */
export const PLACE_FONT = 14;
export const AREA_FONT = 13;
const PAD = 0;
/** Degrees of context around the territories and the places. */
const MARGIN_LON = 0.22;
const MARGIN_LAT = 0.1;
const DOT = 4;

/** The colours of a map in one theme. */
export interface MapPalette {
  sea: string;
  land: string;
  boundary: string;
  text: string;
  area: string;
  dot: string;
  halo: string;
}

/**
 * The colours of the light and the dark theme: the values of the tokens in src/styles/global.css.
 * A map is one SVG file: the light colours are its attributes, the dark ones a
 * `prefers-color-scheme: dark` rule inside it, which for an image follows the color-scheme of the
 * page that shows it (the reader's theme, set on :root; light in print). Where a browser does
 * not, the map follows the system's setting; where it ignores the rule, the map stays light.
 */
export const PALETTES: Record<'light' | 'dark', MapPalette> = {
  // Sea a tint of --accent, land in --bg set off from the figure's --surface; lines --muted, text --fg, dots --accent.
  light: { sea: '#e3ebf2', land: '#fcfbf8', boundary: '#54524c', text: '#1c1b19', area: '#54524c', dot: '#1c54a0', halo: '#fcfbf8' },
  // Sea in --bg, land in --line, set off from the figure's --surface; lines and area names --muted, text --fg, dots --accent.
  dark: { sea: '#141518', land: '#3e4046', boundary: '#aaa7a0', text: '#e8e6e1', area: '#aaa7a0', dot: '#8ab4f8', halo: '#141518' },
};

/** The dark theme's colours, as a rule inside the SVG. */
function darkRule(d: MapPalette): string {
  return (
    `@media (prefers-color-scheme:dark){.s{fill:${d.sea}}.l{fill:${d.land}}.c,.b{stroke:${d.boundary}}` +
    `.t{fill:${d.text};stroke:${d.halo}}.a{fill:${d.area}}.d{fill:${d.dot};stroke:${d.halo}}}`
  );
}

/** The names of the areas drawn, by Natural Earth id; "275:0" is the larger part of a feature, "275:1" the next. */
export type AreaNames = Readonly<Record<string, string>>;

type Countries = GeometryCollection<{ name: string }>;
let topology: Topology<{ countries: Countries }> | undefined;

function world(): Topology<{ countries: Countries }> {
  if (!topology) {
    const require = createRequire(import.meta.url);
    topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-10m.json'), 'utf8'));
  }
  return topology as Topology<{ countries: Countries }>;
}

/** The Palestinian territories as Natural Earth draws them (id 275). */
const FOCUS_ID = '275';
/** The features a locator map of the region may show. */
const REGION_IDS = new Set(['376', '275', '818', '400', '422', '760']);

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}
const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const r1 = (n: number) => Math.round(n * 10) / 10;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** A text's width, estimated: the SVG is an image, so there is no font to measure at build time. */
const textWidth = (s: string, size: number) => s.length * size * 0.56;

/** Drops points closer than `min` units to the last one kept: 1:10m detail is far finer than a locator map needs. */
function thin(min: number) {
  return (out: GeoStream): GeoStream => {
    let last: [number, number] | undefined;
    let pending: [number, number] | undefined;
    return {
      point(x, y) {
        if (last && Math.hypot(x - last[0], y - last[1]) < min) {
          pending = [x, y];
          return;
        }
        out.point(x, y);
        last = [x, y];
        pending = undefined;
      },
      lineStart() {
        last = undefined;
        pending = undefined;
        out.lineStart();
      },
      lineEnd() {
        if (pending) out.point(pending[0], pending[1]);
        out.lineEnd();
      },
      polygonStart: () => out.polygonStart(),
      polygonEnd: () => out.polygonEnd(),
      sphere: () => out.sphere?.(),
    };
  };
}

export interface RenderedMap {
  svg: string;
  width: number;
  height: number;
  /** Each place's dot, in SVG units, in the order of the data. */
  dots: Array<{ name: string; x: number; y: number }>;
}

/** The parts of a feature, largest first, as polygons. */
function parts(f: Feature<Polygon | MultiPolygon>): Array<Feature<Polygon>> {
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  return polys
    .map((coordinates) => ({ type: 'Feature' as const, properties: {}, geometry: { type: 'Polygon' as const, coordinates } }))
    .sort((a, b) => polygonSpan(b) - polygonSpan(a));
}
function polygonSpan(f: Feature<Polygon>): number {
  const [[x0, y0], [x1, y1]] = geoBounds(f);
  return (x1 - x0) * (y1 - y0);
}

/** What a map's frame holds whatever its language: the projection, the drawn land and lines, and what lies under the grid. */
interface Frame {
  projection: GeoProjection;
  path: ReturnType<typeof geoPath>;
  width: number;
  height: number;
  land: string;
  lines: string;
  coast: string;
  partsOf: Array<{ key: string; poly: Feature<Polygon>; bounds: ReturnType<typeof geoBounds> }>;
  /** What lies under each point of a MASK_STEP grid, row by row: a region's part ("376:0"), or "" for the sea. */
  mask: string[];
  cols: number;
}

/** The grid of the mask, in SVG units. */
const MASK_STEP = 4;

/**
 * Frames by their places' positions: the same map in each edition has the same frame, drawn once
 * (the mask's point-in-polygon tests over Natural Earth's 1:10m shapes are most of a map's time).
 */
const frames = new Map<string, Frame>();

function frameOf(places: ReadonlyArray<{ lon: number; lat: number }>): Frame {
  const key = JSON.stringify(places.map((p) => [p.lon, p.lat]));
  let frame = frames.get(key);
  if (!frame) {
    frame = drawFrame(places);
    frames.set(key, frame);
  }
  return frame;
}

function drawFrame(places: ReadonlyArray<{ lon: number; lat: number }>): Frame {
  const topo = world();
  const countries = feature(topo, topo.objects.countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  const region = countries.features.filter((f) => REGION_IDS.has(String(f.id)));
  const focus = region.find((f) => String(f.id) === FOCUS_ID);
  if (!focus) throw new Error('maps: Natural Earth data has no feature 275 (the Palestinian territories)');

  // Fit the territories and every place, then size the height to the frame.
  // Some of the neighbours around them, so that a label of Jordan or Egypt has room.
  const [[fx0, fy0], [fx1, fy1]] = geoBounds(focus);
  const lons = [fx0, fx1, ...places.map((p) => p.lon)];
  const lats = [fy0, fy1, ...places.map((p) => p.lat)];
  const fitted: GeoPermissibleObjects = {
    type: 'MultiPoint',
    coordinates: [
      [Math.min(...lons) - MARGIN_LON, Math.min(...lats) - MARGIN_LAT],
      [Math.max(...lons) + MARGIN_LON, Math.max(...lats) + MARGIN_LAT],
    ],
  };
  const projection: GeoProjection = geoMercator().fitWidth(MAP_WIDTH - 2 * PAD, fitted);
  const [[bx0, by0], [bx1, by1]] = geoPath(projection).bounds(fitted);
  const width = MAP_WIDTH;
  const height = Math.round(by1 - by0 + 2 * PAD);
  const [tx, ty] = projection.translate();
  projection.translate([tx - bx0 + PAD + (width - 2 * PAD - (bx1 - bx0)) / 2, ty - by0 + PAD]);
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  const thinned = { stream: (s: GeoStream) => projection.stream(thin(0.8)(s)) };
  const path = geoPath(thinned).digits(1);

  const land = region.map((f) => path(f) ?? '').join('');
  const lines = path(mesh(topo, topo.objects.countries, (a, b) => a !== b)) ?? '';
  const coast = path(mesh(topo, topo.objects.countries, (a, b) => a === b)) ?? '';

  const cols = Math.floor(width / MASK_STEP) + 1;
  const rows = Math.floor(height / MASK_STEP) + 1;
  const partsOf = region.flatMap((f) => parts(f).map((poly, i) => ({ key: `${f.id}:${i}`, poly, bounds: geoBounds(poly) })));
  const mask: string[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const ll = projection.invert?.([c * MASK_STEP, r * MASK_STEP]);
      const hit = ll
        ? partsOf.find(
            ({ poly, bounds: [[x0, y0], [x1, y1]] }) => ll[0] >= x0 && ll[0] <= x1 && ll[1] >= y0 && ll[1] <= y1 && geoContains(poly, ll),
          )
        : undefined;
      mask.push(hit?.key ?? '');
    }
  }
  return { projection, path, width, height, land, lines, coast, partsOf, mask, cols };
}

/** The SVG of a locator map, in one palette. `areas` names the areas to label (see AreaNames). */
export function renderMap(
  map: InLang<MapData>,
  areas: AreaNames,
  title: string,
  palette = PALETTES.light,
  dark = PALETTES.dark,
): RenderedMap {
  const { projection, path, width, height, land, lines, coast, partsOf, mask, cols } = frameOf(map.places);

  // Places: a dot and a label on the chosen side.
  const taken: Box[] = [];
  const dots: RenderedMap['dots'] = [];
  const placeSvg = map.places.map((p) => {
    const [x, y] = projection([p.lon, p.lat]) ?? [0, 0];
    dots.push({ name: p.name, x: r1(x), y: r1(y) });
    const w = textWidth(p.name, PLACE_FONT);
    const gap = DOT + 4;
    const at = {
      right: { x: x + gap, y: y + PLACE_FONT * 0.35, anchor: 'start', box: { x: x + gap, y: y - PLACE_FONT / 2, w, h: PLACE_FONT } },
      left: { x: x - gap, y: y + PLACE_FONT * 0.35, anchor: 'end', box: { x: x - gap - w, y: y - PLACE_FONT / 2, w, h: PLACE_FONT } },
      above: { x, y: y - gap, anchor: 'middle', box: { x: x - w / 2, y: y - gap - PLACE_FONT, w, h: PLACE_FONT } },
      below: { x, y: y + gap + PLACE_FONT * 0.8, anchor: 'middle', box: { x: x - w / 2, y: y + gap, w, h: PLACE_FONT } },
    };
    // The preferred side, or else the first side where the label stays in the frame and clear of
    // the labels and dots already placed; a label above or below slides along to stay in the frame.
    const slide = (o: (typeof at)['above']) => {
      const shift = Math.max(0, 2 - o.box.x) - Math.max(0, o.box.x + o.box.w - (width - 2));
      return { ...o, x: o.x + shift, box: { ...o.box, x: o.box.x + shift } };
    };
    const options = [p.label, ...labelSides.filter((s) => s !== p.label)].map((s) =>
      s === 'above' || s === 'below' ? slide(at[s]) : at[s],
    );
    const fits = (o: (typeof options)[number]) =>
      o.box.x >= 2 &&
      o.box.y >= 2 &&
      o.box.x + o.box.w <= width - 2 &&
      o.box.y + o.box.h <= height - 2 &&
      !taken.some((t) => overlaps(t, o.box));
    const side = options.find(fits) ?? (options[0] as (typeof options)[number]);
    const chosen = side;
    taken.push(chosen.box, { x: x - DOT, y: y - DOT, w: 2 * DOT, h: 2 * DOT });
    return (
      `<circle class="d" cx="${r1(x)}" cy="${r1(y)}" r="${DOT}" fill="${palette.dot}" stroke="${palette.halo}" stroke-width="1.5"/>` +
      `<text x="${r1(chosen.x)}" y="${r1(chosen.y)}" text-anchor="${chosen.anchor}" font-size="${PLACE_FONT}" font-weight="600">${esc(p.name)}</text>`
    );
  });

  /** True when every grid point under the box is `key`; the box must lie in the frame. */
  const covers = (b: Box, key: string) => {
    if (b.x < 2 || b.y < 2 || b.x + b.w > width - 2 || b.y + b.h > height - 2) return false;
    for (let r = Math.floor(b.y / MASK_STEP); r <= Math.ceil((b.y + b.h) / MASK_STEP); r++)
      for (let c = Math.floor(b.x / MASK_STEP); c <= Math.ceil((b.x + b.w) / MASK_STEP); c++) if (mask[r * cols + c] !== key) return false;
    return true;
  };
  const free = (b: Box) => !taken.some((t) => overlaps(t, { x: b.x - 3, y: b.y - 3, w: b.w + 6, h: b.h + 6 }));
  /** The free spot for a label of `w` × `h` where `fits`, nearest to (tx, ty) and within `reach` of it. */
  const spot = (w: number, h: number, tx: number, ty: number, reach: number, fits: (b: Box) => boolean) => {
    let best: Box | undefined;
    let bestD = reach;
    for (let y = 2; y + h <= height - 2; y += MASK_STEP / 2) {
      for (let x = 2; x + w <= width - 2; x += MASK_STEP / 2) {
        const d = Math.hypot(x + w / 2 - tx, y + h / 2 - ty);
        if (d >= bestD) continue;
        const b = { x, y, w, h };
        if (free(b) && fits(b)) {
          bestD = d;
          best = b;
        }
      }
    }
    return best;
  };

  // Areas: each label inside its area, clear of the places; an area too narrow for its name (the
  // Gaza Strip) has it beside it, in the sea; one with no room for it (a sliver at the frame's edge) has none.
  const areaSvg: string[] = [];
  const label = (b: Box, name: string, size: number, fill: string) => {
    taken.push(b);
    areaSvg.push(
      `<text x="${r1(b.x)}" y="${r1(b.y + size * 0.8)}" font-size="${size}" font-style="italic" fill="${fill}">${esc(name)}</text>`,
    );
  };
  for (const [key, name] of Object.entries(areas)) {
    if (key === 'sea') continue;
    const [id, part = '0'] = key.split(':');
    const target = `${id}:${part}`;
    const entry = partsOf.find((p) => p.key === target);
    if (!entry) continue;
    const [[cx0, cy0], [cx1, cy1]] = path.bounds(entry.poly);
    if (!Number.isFinite(cx0) || cx1 - cx0 < 1) continue;
    const [mx = 0, my = 0] = path.centroid(entry.poly);
    const w = textWidth(name, AREA_FONT);
    const b =
      spot(w, AREA_FONT, mx, my, Number.POSITIVE_INFINITY, (box) => covers(box, target)) ??
      spot(w, AREA_FONT, (cx0 + cx1) / 2, (cy0 + cy1) / 2, Math.max(cx1 - cx0, cy1 - cy0) / 2 + w, (box) => covers(box, ''));
    if (b) label(b, name, AREA_FONT, palette.area);
  }
  const sea = areas['sea'];
  if (sea) {
    const w = textWidth(sea, AREA_FONT);
    const b = spot(w, AREA_FONT, width * 0.2, height * 0.3, Number.POSITIVE_INFINITY, (box) => covers(box, ''));
    if (b) label(b, sea, AREA_FONT, palette.area);
  }

  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${esc(title)}">` +
    `<style>${darkRule(dark)}</style>` +
    `<rect class="s" width="${width}" height="${height}" fill="${palette.sea}"/>` +
    `<path class="l" d="${land}" fill="${palette.land}"/>` +
    `<path class="c" d="${coast}" fill="none" stroke="${palette.boundary}" stroke-width="0.6" stroke-opacity="0.6"/>` +
    `<path class="b" d="${lines}" fill="none" stroke="${palette.boundary}" stroke-width="1.2" stroke-dasharray="4 2" stroke-linejoin="round"/>` +
    `<g class="t" font-family="system-ui,-apple-system,'Segoe UI',Roboto,sans-serif" paint-order="stroke" stroke="${palette.halo}" stroke-width="3" stroke-linejoin="round" fill="${palette.text}">` +
    areaSvg.join('') +
    placeSvg.join('') +
    '</g></svg>\n';
  return { svg, width, height, dots };
}
