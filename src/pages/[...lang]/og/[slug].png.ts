/** A social preview image per explainer, and one for the rest of the site (og/site.png), in the theme's colour. */

import { getEntry } from 'astro:content';
import type { APIRoute, GetStaticPaths } from 'astro';
import { editionParam, type Lang, publishedLangs } from '../../../i18n';
import { type ExplainerEntry, getExplainers, slugOf } from '../../../lib/entries';
import { ogCacheDir, ogPng } from '../../../lib/og-image';
import { ogInput } from '../../../lib/og-pages';

/** Each edition's images live under its prefix: /og/quartet.png, /ar/og/quartet.png. */
export const getStaticPaths = (async () => {
  const perLang = await Promise.all(
    publishedLangs.map(async (lang) => {
      const prefix = editionParam(lang);
      return [
        { params: { lang: prefix, slug: 'site' }, props: { lang, entry: undefined } },
        ...(await getExplainers(lang)).map((entry) => ({ params: { lang: prefix, slug: slugOf(entry) }, props: { lang, entry } })),
      ];
    }),
  );
  return perLang.flat();
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ lang: Lang; entry: ExplainerEntry | undefined }> = async ({ props }) => {
  const { lang, entry } = props;
  const explainer = entry && { title: entry.data.title, theme: await getEntry('themes', entry.data.theme) };
  const png = await ogPng(ogInput(lang, explainer), ogCacheDir());
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
