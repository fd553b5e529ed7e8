import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes, truncate } from '../../src/lib/text';

describe('countWords', () => {
  it('counts words with apostrophes, hyphens and numbers as one', () => {
    expect(countWords("al-Maliki's visit on 5 May 2021 — Russia’s proposal")).toBe(8);
  });
  it('counts nothing in punctuation', () => {
    expect(countWords(' — … ')).toBe(0);
  });
});

describe('readingMinutes', () => {
  it('rounds and never says zero', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(2300)).toBe(10);
  });
});

describe('truncate', () => {
  it('keeps short text', () => {
    expect(truncate('Short text.', 160)).toBe('Short text.');
  });
  it('cuts at a word boundary and adds an ellipsis', () => {
    expect(truncate('The Quartet was formed in Madrid in April 2002, during the second intifada.', 40)).toBe(
      'The Quartet was formed in Madrid in…',
    );
  });
});
