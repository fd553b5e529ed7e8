/** Structured data (JSON-LD) for search engines and link previews. */

export interface ArticleInput {
  url: string;
  headline: string;
  description: string;
  image: string;
  datePublished: string;
  dateModified: string;
  lang: string;
  publisher: string;
  publisherUrl: string;
  section: string;
}

export function articleLd(a: ArticleInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: a.headline,
    description: a.description,
    image: [a.image],
    datePublished: a.datePublished,
    dateModified: a.dateModified,
    inLanguage: a.lang,
    articleSection: a.section,
    mainEntityOfPage: { '@type': 'WebPage', '@id': a.url },
    url: a.url,
    author: { '@type': 'Organization', name: a.publisher, url: a.publisherUrl },
    publisher: { '@type': 'Organization', name: a.publisher, url: a.publisherUrl },
  };
}

export function breadcrumbLd(items: ReadonlyArray<{ name: string; url: string }>): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, name: item.name, item: item.url })),
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so no text can close the element. */
export function ldJson(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
