/** JSON Feed 1.1 of the explainers and their updates. */
import type { APIContext } from 'astro';
import { explainerPath, getExplainers } from '../lib/entries';
import { feedItems } from '../lib/feeds';
import { defaultLang, t } from '../lib/i18n';
import { absoluteUrl } from '../lib/url';

export async function GET(context: APIContext) {
  const lang = defaultLang;
  const items = feedItems(await getExplainers(lang), explainerPath, t(lang, 'feed.updated'));
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: t(lang, 'feed.title'),
    home_page_url: absoluteUrl('/', context.site),
    feed_url: absoluteUrl('/feed.json', context.site),
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
      image: absoluteUrl(`/og/${item.path.split('/').filter(Boolean).pop() ?? 'site'}.png`, context.site),
    })),
  };
  return new Response(JSON.stringify(feed, null, 2), { headers: { 'Content-Type': 'application/feed+json' } });
}
