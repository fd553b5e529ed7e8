/**
 * Each locator map as two SVG files, written at build time: /maps/<id>.svg in the light
 * colours and /maps/<id>-dark.svg in the dark. The page shows the one of its theme as an
 * image (src/components/LocatorMap.astro), so a map costs the explainer's HTML only its
 * text: its description, its caption and its list of places.
 */
import { getCollection } from 'astro:content';
import type { APIRoute, GetStaticPaths } from 'astro';
import { type Lang, langCodes, languages } from '../../../i18n';
import { mapAreaNames, mapSvg } from '../../../lib/map-files';
import { PALETTES } from '../../../lib/maps';
import type { MapData } from '../../../schemas';

export const getStaticPaths = (async () => {
  const maps = await getCollection('maps');
  return langCodes.flatMap((lang) => {
    const prefix = languages[lang].prefix || undefined;
    return maps.flatMap((m) =>
      (['light', 'dark'] as const).map((theme) => ({
        params: { lang: prefix, file: theme === 'light' ? m.id : `${m.id}-dark` },
        props: { lang, data: m.data, theme },
      })),
    );
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ lang: Lang; data: MapData; theme: 'light' | 'dark' }> = ({ props }) => {
  const { lang, data, theme } = props;
  return new Response(mapSvg(data, PALETTES[theme], mapAreaNames(lang)).svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
