import { describe, expect, it } from 'vitest';
import { azPages, letterOf, letterSlug } from '../../src/lib/a-z';

describe('the A–Z index, split', () => {
  const item = (label: string) => ({ label, href: `/${label}/`, context: 'Page' });
  it('files entries by first letter or digit, accents and punctuation aside', () => {
    expect(letterOf('“Élection” day')).toBe('E');
    expect(letterOf('1967 borders')).toBe('0–9');
    expect(letterSlug('0–9')).toBe('0-9');
    expect(letterSlug('T')).toBe('t');
  });
  it('gives each letter a page, in parts of at most the page size, sorted', () => {
    const items = ['tea', 'Toast', 'the', 'apple', 'two', 'three', '2021'].map(item);
    const pages = azPages(items, 'en', 2);
    expect(pages.map((p) => [p.letter, p.path, p.part, p.parts, p.items.map((i) => i.label)])).toEqual([
      ['0–9', '0-9/', 1, 1, ['2021']],
      ['A', 'a/', 1, 1, ['apple']],
      ['T', 't/', 1, 3, ['tea', 'the']],
      ['T', 't/2/', 2, 3, ['three', 'Toast']],
      ['T', 't/3/', 3, 3, ['two']],
    ]);
  });
});
