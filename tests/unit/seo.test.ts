import { describe, expect, it } from 'vitest';
import { articleLd, breadcrumbLd, ldJson } from '../../src/lib/seo';

describe('JSON-LD', () => {
  it('describes an article with dates and publisher', () => {
    const ld = articleLd({
      url: 'https://x.example/explainers/quartet/',
      headline: 'The Quartet',
      description: 'About the Quartet.',
      image: 'https://x.example/og/quartet.png',
      datePublished: '2026-11-28',
      dateModified: '2026-11-29',
      lang: 'en',
      publisher: 'Context Desk',
      publisherUrl: 'https://x.example/',
      section: 'The Quartet',
    });
    expect(ld).toMatchObject({
      '@type': 'Article',
      datePublished: '2026-11-28',
      dateModified: '2026-11-29',
      publisher: { name: 'Context Desk' },
    });
  });
  it('numbers breadcrumb positions from 1', () => {
    expect(
      breadcrumbLd([
        { name: 'Home', url: 'a' },
        { name: 'X', url: 'b' },
      ]),
    ).toMatchObject({
      itemListElement: [
        { position: 1, name: 'Home' },
        { position: 2, name: 'X' },
      ],
    });
  });
  it('cannot close its script element', () => {
    expect(ldJson({ a: '</script><b>' })).toBe('{"a":"\\u003c/script>\\u003cb>"}');
  });
});
