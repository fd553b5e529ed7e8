/** A social preview image per explainer, and one for the rest of the site (og/site.png). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntry } from 'astro:content';
import { type ExplainerEntry, getExplainers, slugOf } from '../../lib/entries';
import { defaultLang, t } from '../../lib/i18n';
import { ogPng } from '../../lib/og-image';

const ACCENTS: Record<string, string> = { quartet: '#1e5ea8', elections: '#963d14', 'sputnik-v': '#167054', 'moscow-talks': '#6e3e96' };

export const getStaticPaths = (async () => {
  const explainers = await getExplainers();
  return [
    { params: { slug: 'site' }, props: { entry: undefined } },
    ...explainers.map((entry) => ({ params: { slug: slugOf(entry) }, props: { entry } })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: ExplainerEntry | undefined }> = async ({ props }) => {
  const lang = defaultLang;
  const { entry } = props;
  const theme = entry ? await getEntry('themes', entry.data.theme) : undefined;
  const png = await ogPng({
    site: t(lang, 'site.name'),
    kicker: theme ? `${t(lang, 'explainer.label')} · ${theme.data.short}` : t(lang, 'site.tagline'),
    title: entry?.data.title ?? t(lang, 'home.title'),
    subtitle: entry ? t(lang, 'og.subtitle') : t(lang, 'site.description'),
    accent: (entry && ACCENTS[entry.data.theme]) || '#1c54a0',
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
