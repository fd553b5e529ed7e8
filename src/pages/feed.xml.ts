/** RSS 2.0 feed of the explainers and their updates. */

import { getCollection } from 'astro:content';
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { defaultLang, localePath, t } from '../i18n';
import { explainerPath, getExplainers } from '../lib/entries';
import { correctionItems, feedItems, newestFirst } from '../lib/feeds';
import { absoluteUrl } from '../lib/url';

export async function GET(context: APIContext) {
  const lang = defaultLang;
  const explainers = await getExplainers(lang);
  const titles = new Map(explainers.map((e) => [explainerPath(e), e.data.title]));
  const items = newestFirst([
    ...feedItems(explainers, explainerPath, t(lang, 'feed.updated')),
    // The feeds follow the explainers: their corrections are updates (all corrections are on /corrections/).
    ...correctionItems(
      (await getCollection('corrections')).filter((c) => titles.has(c.data.page.split('#')[0] ?? '')),
      (path) => titles.get(path),
      t(lang, 'feed.correction'),
    ),
  ]);
  return rss({
    title: t(lang, 'feed.title'),
    description: t(lang, 'site.description'),
    site: absoluteUrl(localePath(lang, '/'), context.site),
    items: items.map((item) => ({
      title: item.title,
      link: absoluteUrl(item.path, context.site),
      pubDate: new Date(`${item.date}T00:00:00Z`),
      description: item.summary,
      customData: `<guid isPermaLink="false">${absoluteUrl(item.id, context.site)}</guid>`,
    })),
    customData: `<language>${lang}</language>`,
    trailingSlash: true,
  });
}
