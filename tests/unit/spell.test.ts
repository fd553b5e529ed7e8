import { describe, expect, it } from 'vitest';
import { correctQuery, correctWord, editDistance, vocabulary, words } from '../../src/lib/spell';

const vocab = vocabulary([
  'The Middle East Quartet and its mediation',
  'Riyad al-Maliki',
  'Gabi Ashkenazi',
  'Sputnik V in Palestine',
  'East Jerusalem',
  'Palestinian elections',
  'Sergey Lavrov',
]);

describe('editDistance', () => {
  it.each([
    ['quartet', 'quartet', 0],
    ['quartett', 'quartet', 1],
    ['sputnick', 'sputnik', 1],
    ['jerusalam', 'jerusalem', 1],
    ['ashkenazy', 'ashkenazi', 1],
    ['lavorv', 'lavrov', 1],
    ['kitten', 'sitting', 3],
  ])('%s ~ %s = %i', (a, b, d) => expect(editDistance(a, b)).toBe(d));
  it('stops early past a maximum', () => {
    expect(editDistance('abcdefgh', 'zzzzzzzz', 2)).toBe(3);
  });
});

describe('words and vocabulary', () => {
  it('splits, lowercases and drops accents', () => {
    expect(words('Riyad al-Mālikī, 2021')).toEqual(['riyad', 'al', 'maliki', '2021']);
  });
  it('keeps unique words of four letters or more', () => {
    expect(vocab).toContain('quartet');
    expect(vocab).not.toContain('the');
  });
});

describe('correctWord', () => {
  it.each([
    ['Quartett', 'quartet'],
    ['Sputnick', 'sputnik'],
    ['Malki', 'maliki'],
    ['Ashkenazy', 'ashkenazi'],
    ['Jerusalam', 'jerusalem'],
    ['elecions', 'elections'],
  ])('%s → %s', (w, c) => expect(correctWord(w, vocab)).toBe(c));
  it('keeps known words, prefixes of known words, short words and numbers', () => {
    for (const w of ['Quartet', 'quart', 'jeru', 'V', '2006', 'vaccine']) expect(correctWord(w, vocab)).toBe(w);
  });
});

describe('correctQuery', () => {
  it('corrects each word and keeps the rest as typed', () => {
    expect(correctQuery('al-Malki in Moscow', vocab)).toBe('al-Maliki in Moscow');
    expect(correctQuery('Sputnick deliveries', vocab)).toBe('Sputnik deliveries');
    expect(correctQuery('sputnick', vocab)).toBe('sputnik');
  });
});
