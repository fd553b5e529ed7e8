/**
 * Locator maps as built: each <Map> of an explainer is a figure with an accessible image, its
 * description, a caption naming whose boundaries are drawn (with its source) and a plain list of
 * the places shown, each with the source of its position; the SVG file is drawn at build time
 * and carries no script; and a page with a map carries no more script than a page without.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { contentIndex } from '../../src/content-check';
import { localePath, localize } from '../../src/i18n';
import { AREA_FONT, PLACE_FONT } from '../../src/maps/draw';
import { page } from '../helpers/dist';

const dist = inject('siteDir');
const index = contentIndex();
/** Every map an explainer shows, in every edition, with the explainer's slug and language. */
const uses = index.explainers.flatMap((e) => {
  const source = readFileSync(e.file, 'utf8');
  return [...source.matchAll(/<Map id="([^"]+)" \/>/g)].map((m) => ({ slug: e.slug, id: m[1] ?? '', lang: e.lang }));
});

describe('locator maps', () => {
  it('are used where the geography matters: Sputnik V and elections', () => {
    expect([...new Set(uses.map((u) => u.slug))].sort()).toEqual(['elections', 'sputnik-v']);
  });

  it.each(uses)(
    '$id in $lang/$slug: an image with a name, its description, whose lines, and its places with sources',
    ({ slug, id, lang }) => {
      const data = index.maps.get(id)?.data;
      if (!data) throw new Error(`no map ${id}`);
      const map = localize(data, lang);
      const p = page(dist, `${localePath(lang, `/explainers/${slug}/`).slice(1)}index.html`);
      const fig = p.$(`figure#map-${id}`);
      expect(fig.length).toBe(1);
      // Title and description in the caption: the figure's accessible name and text alternative.
      const caption = fig.find('figcaption').text();
      expect(caption).toContain(map.title);
      expect(caption).toContain(map.description);
      // One image, with a name, a size and lazy loading, its file built.
      const img = fig.find('img');
      expect(img.length).toBe(1);
      expect(img.attr('alt')?.trim()).toBeTruthy();
      expect(Number(img.attr('width'))).toBeGreaterThan(0);
      expect(Number(img.attr('height'))).toBeGreaterThan(0);
      expect(img.attr('loading')).toBe('lazy');
      expect(img.attr('src')).toBe(localePath(lang, `/maps/${id}.svg`));
      expect(existsSync(join(dist, localePath(lang, `/maps/${id}.svg`)))).toBe(true);
      // Whose lines: the caption names Natural Earth and cites the boundary source.
      const lines = fig.find('p').filter((_, el) => p.$(el).text().includes('Natural Earth'));
      expect(lines.length).toBe(1);
      const noteUrl = (a: string) => p.$(`${a} .note-body > a`).attr('href');
      const boundaryNotes = lines
        .find('sup.cite > a')
        .map((_, a) => noteUrl(p.$(a).attr('href') ?? ''))
        .get();
      expect(boundaryNotes).toEqual(map.boundaries.map((s) => index.sources.get(s)?.data.url));
      expect(boundaryNotes.some((u) => u?.startsWith('https://www.naturalearthdata.com/'))).toBe(true);
      // A plain list of the places shown, each citing the source of its position.
      const items = fig.find('ul > li');
      expect(items.length).toBe(map.places.length);
      items.each((i, li) => {
        const place = map.places[i];
        expect(p.$(li).clone().find('sup').remove().end().text().trim()).toBe(place?.name);
        const urls = p
          .$(li)
          .find('sup.cite > a')
          .map((_, a) => noteUrl(p.$(a).attr('href') ?? ''))
          .get();
        expect(urls).toEqual(place?.cite.map((s) => index.sources.get(s)?.data.url));
      });
    },
  );

  it.each(uses)('$id in $lang: the SVG file is a static drawing, each place labelled, no text under the minimum size', ({ id, lang }) => {
    const data = index.maps.get(id)?.data;
    const map = data && localize(data, lang);
    {
      const svg = readFileSync(join(dist, localePath(lang, `/maps/${id}.svg`)), 'utf8');
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 \d+ \d+"/);
      expect(svg).not.toMatch(/<script|\son[a-z]+=|href=|<foreignObject|url\(/i);
      for (const place of map?.places ?? []) expect(svg).toContain(`>${place.name}</text>`);
      const sizes = [...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
      expect(sizes.length).toBeGreaterThan(0);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(Math.min(PLACE_FONT, AREA_FONT));
      // Every boundary in one style: one dashed path, whoever's line it is.
      expect(svg.match(/stroke-dasharray/g)?.length).toBe(1);
      // The dark theme's colours: one rule, no other style.
      expect(svg.match(/<style>@media \(prefers-color-scheme:dark\)\{[^<]*\}<\/style>/g)?.length).toBe(1);
    }
  });

  it('add no client script: a page with a map has the same scripts as one without', () => {
    const scripts = (slug: string) =>
      page(dist, `explainers/${slug}/index.html`)
        .$('script')
        .map((_, el) => `${el.attribs['src'] ?? ''}|${el.attribs['type'] ?? ''}`)
        .get();
    const without = scripts('quartet');
    for (const { slug } of uses) expect(scripts(slug)).toEqual(without);
    // …and the map's figure holds none.
    for (const { slug, id } of uses) expect(page(dist, `explainers/${slug}/index.html`).$(`#map-${id} script`).length).toBe(0);
  });
});
