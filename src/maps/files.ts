/** A locator map's files and size, shared by the SVG endpoint and the component that shows it. */
import { type Lang, t } from '../i18n';
import type { InLang } from '../i18n/languages';
import type { MapData } from '../schemas';
import { type AreaNames, type RenderedMap, renderMap } from './draw';

/** The areas a map labels, by Natural Earth id (see src/maps/draw.ts), in the edition's language. */
export function mapAreaNames(lang: Lang): AreaNames {
  return {
    '275:0': t(lang, 'map.area.westBank'),
    '275:1': t(lang, 'map.area.gaza'),
    '376': t(lang, 'map.area.israel'),
    '400': t(lang, 'map.area.jordan'),
    '818': t(lang, 'map.area.egypt'),
    sea: t(lang, 'map.sea'),
  };
}

const cache = new Map<string, RenderedMap>();

/** The map, drawn once per build. */
export function mapSvg(data: InLang<MapData>, areas: AreaNames): RenderedMap {
  const key = JSON.stringify([data, areas]);
  let out = cache.get(key);
  if (!out) {
    out = renderMap(data, areas, data.title);
    cache.set(key, out);
  }
  return out;
}

/** The map's size in SVG units, for the image's width and height. */
export function mapSize(data: InLang<MapData>, lang: Lang): { width: number; height: number } {
  const { width, height } = mapSvg(data, mapAreaNames(lang));
  return { width, height };
}
