/** RSS 2.0 feed of the explainers and their updates. */

import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { editionPaths, type Lang, localePath, t } from '../../i18n';
import { siteFeed } from '../../lib/entries';
import { absoluteUrl } from '../../lib/url';

export const getStaticPaths = editionPaths;

export async function GET(context: APIContext) {
  const { lang } = context.props as { lang: Lang };
  const { items } = await siteFeed(lang, t(lang, 'feed.updated'), t(lang, 'feed.correction'));
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
