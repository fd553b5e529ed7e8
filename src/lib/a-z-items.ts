/** Every page and section of the site as A–Z entries: read once per build, shared by the A–Z pages. */
import { render } from 'astro:content';
import { type Lang, localePath, t } from '../i18n';
import { type AzPage, azPages } from './a-z';
import { explainerPath, getExplainers, getLocalized } from './entries';

async function collect(lang: Lang): Promise<AzPage[]> {
  const items = [];
  for (const e of await getExplainers(lang)) {
    items.push({ label: e.data.title, href: explainerPath(e), context: t(lang, 'explainer.label') });
    const { headings } = await render(e);
    for (const h of headings) {
      if (h.depth === 2 || h.depth === 3) items.push({ label: h.text, href: `${explainerPath(e)}#${h.slug}`, context: e.data.title });
    }
  }
  for (const p of await getLocalized('profiles', lang))
    items.push({ label: p.data.name, href: localePath(lang, `/who/${p.id}/`), context: t(lang, 'nav.who') });
  for (const g of await getLocalized('glossary', lang))
    items.push({ label: g.data.term, href: localePath(lang, `/glossary/#${g.id}`), context: t(lang, 'nav.glossary') });
  for (const ev of await getLocalized('events', lang))
    items.push({
      label: ev.data.title,
      href: localePath(lang, `/timeline/#${ev.id}`),
      context: `${t(lang, 'nav.timeline')}, ${ev.data.date.slice(0, 4)}`,
    });
  for (const [label, href] of [
    [t(lang, 'nav.timeline'), '/timeline/'],
    [t(lang, 'nav.glossary'), '/glossary/'],
    [t(lang, 'nav.who'), '/who/'],
    [t(lang, 'search.title'), '/search/'],
  ] as const) {
    items.push({ label, href: localePath(lang, href), context: t(lang, 'az.page') });
  }
  return azPages(items, lang);
}

const cache = new Map<Lang, Promise<AzPage[]>>();

/** The A–Z pages of `lang`, computed once per build. */
export function azIndex(lang: Lang): Promise<AzPage[]> {
  let pages = cache.get(lang);
  if (!pages) {
    pages = collect(lang);
    cache.set(lang, pages);
  }
  return pages;
}
