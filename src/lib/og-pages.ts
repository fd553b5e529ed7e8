/**
 * What each social image says: one per explainer, in its edition, and one per edition for the rest
 * of the site (og/site.png). The image endpoint (src/pages/[...lang]/og/[slug].png.ts) draws from
 * these, and the build starts drawing them early (src/integrations/og-cache.ts) from the content
 * check's index, so both must agree: they read the same fields through ogInput().
 */
import { type Lang, languages, publishedLangs, t } from '../i18n';
import { inLang } from '../i18n/languages';
import type { OgInput } from './og-image';
import { isShown } from './publishing';

/** The site's own accent (--accent in src/styles/global.css), for the image of pages outside any theme. */
export const SITE_ACCENT = '#1c54a0';

/** The parts of a theme an image shows: its label in the edition's language and its light accent. */
export interface OgTheme {
  id: string;
  data: { label: Partial<Record<Lang, string>>; accent: { light: string } };
}

/** The image of an explainer of `lang` titled `title` in `theme`, or, without them, the edition's site image. */
export function ogInput(lang: Lang, explainer?: { title: string; theme: OgTheme | undefined }): OgInput {
  const theme = explainer?.theme;
  return {
    site: t(lang, 'site.name'),
    kicker: theme ? `${t(lang, 'explainer.label')} · ${inLang(theme.data.label, lang) ?? theme.id}` : t(lang, 'site.tagline'),
    title: explainer?.title ?? t(lang, 'home.title'),
    subtitle: explainer ? t(lang, 'og.subtitle') : t(lang, 'site.description'),
    accent: theme?.data.accent.light ?? SITE_ACCENT,
    dir: languages[lang].dir,
  };
}

/** Every image a build publishes, from the content check's explainers and themes (drafts left out, as the pages leave them). */
export function ogInputs(
  explainers: ReadonlyArray<{ lang: Lang; draft: boolean; data?: { title: string; theme: string } | undefined }>,
  themes: ReadonlyMap<string, OgTheme>,
): OgInput[] {
  return publishedLangs.flatMap((lang) => [
    ogInput(lang),
    ...explainers
      .filter((e) => e.lang === lang && e.data && isShown(e))
      .map((e) => ogInput(lang, { title: e.data?.title ?? '', theme: themes.get(e.data?.theme ?? '') })),
  ]);
}
