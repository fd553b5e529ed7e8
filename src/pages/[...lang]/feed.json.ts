/** JSON Feed 1.1 of the explainers and their updates. */

import type { APIContext } from 'astro';
import { editionPaths, type Lang, localePath, t } from '../../i18n';
import { explainerPath, imagePath, siteFeed } from '../../lib/entries';
import { absoluteUrl } from '../../lib/url';

export const getStaticPaths = editionPaths;

export async function GET(context: APIContext) {
  const { lang } = context.props as { lang: Lang };
  const { explainers, items } = await siteFeed(lang, t(lang, 'feed.updated'), t(lang, 'feed.correction'));
  const images = new Map(explainers.map((e) => [explainerPath(e), imagePath(e)]));
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: t(lang, 'feed.title'),
    home_page_url: absoluteUrl(localePath(lang, '/'), context.site),
    feed_url: absoluteUrl(localePath(lang, '/feed.json'), context.site),
    description: t(lang, 'site.description'),
    language: lang,
    items: items.map((item) => ({
      id: absoluteUrl(item.id, context.site),
      url: absoluteUrl(item.path, context.site),
      title: item.title,
      summary: item.summary,
      content_text: item.summary,
      date_published: `${item.date}T00:00:00Z`,
      ...(item.kind === 'updated' ? { date_modified: `${item.date}T00:00:00Z` } : {}),
      image: absoluteUrl(images.get(item.path) ?? localePath(lang, '/og/site.png'), context.site),
    })),
  };
  return new Response(JSON.stringify(feed, null, 2), { headers: { 'Content-Type': 'application/feed+json' } });
}
