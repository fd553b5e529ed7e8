/** A social preview image per explainer, and one for the rest of the site (og/site.png), in the theme's colour. */

import { getEntry } from 'astro:content';
import type { APIRoute, GetStaticPaths } from 'astro';
import { editionParam, type Lang, languages, publishedLangs, t } from '../../../i18n';
import { type ExplainerEntry, getExplainers, slugOf, themeText } from '../../../lib/entries';
import { ogCacheDir, ogPng } from '../../../lib/og-image';

/** The site's own accent (--accent in src/styles/global.css), for the image of pages outside any theme. */
const SITE_ACCENT = '#1c54a0';

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
  const theme = entry ? await getEntry('themes', entry.data.theme) : undefined;
  const png = await ogPng(
    {
      site: t(lang, 'site.name'),
      kicker: theme ? `${t(lang, 'explainer.label')} · ${themeText(theme, 'label', lang)}` : t(lang, 'site.tagline'),
      title: entry?.data.title ?? t(lang, 'home.title'),
      subtitle: entry ? t(lang, 'og.subtitle') : t(lang, 'site.description'),
      accent: theme?.data.accent.light ?? SITE_ACCENT,
      dir: languages[lang].dir,
    },
    ogCacheDir(),
  );
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
