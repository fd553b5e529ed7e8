/**
 * Each locator map as an SVG file written at build time, /maps/<id>.svg, in the light and the
 * dark theme's colours (src/maps/draw.ts). The page shows it as an image
 * (src/components/LocatorMap.astro), so a map costs the explainer's HTML only its text: its
 * description, whose lines are drawn, and its list of places.
 */
import { getCollection } from 'astro:content';
import type { APIRoute, GetStaticPaths } from 'astro';
import { editionParam, type InLang, type Lang, localize, publishedLangs } from '../../../i18n';
import { mapAreaNames, mapSvg } from '../../../maps/files';
import type { MapData } from '../../../schemas';

export const getStaticPaths = (async () => {
  const maps = await getCollection('maps');
  return publishedLangs.flatMap((lang) => {
    const prefix = editionParam(lang);
    return maps.map((m) => ({ params: { lang: prefix, id: m.id }, props: { lang, data: localize(m.data, lang) } }));
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ lang: Lang; data: InLang<MapData> }> = ({ props }) =>
  new Response(mapSvg(props.data, mapAreaNames(props.lang)).svg, { headers: { 'Content-Type': 'image/svg+xml' } });
