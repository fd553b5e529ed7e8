import { describe, expect, it } from 'vitest';
import { mentionIndex, mentions } from '../../src/lib/mentions';

const lavrov = { id: 'sergey-lavrov', name: 'Sergey Lavrov', aliases: ['Lavrov'] };
const un = { id: 'united-nations', name: 'United Nations', aliases: ['UN'] };

describe('mentions', () => {
  it('finds a <Who> link', () => {
    expect(mentions('met <Who id="sergey-lavrov">the minister</Who>', lavrov)).toBe(true);
  });
  it('finds a name or alias as a whole word', () => {
    expect(mentions('Lavrov said', lavrov)).toBe(true);
    expect(mentions('Lavrovian', lavrov)).toBe(false);
  });
  it('ignores aliases shorter than four letters, which match too much', () => {
    expect(mentions('the UN said', un)).toBe(false);
    expect(mentions('the United Nations said', un)).toBe(true);
  });
  it('indexes pages per profile', () => {
    const pages = [
      { path: '/a/', title: 'A', text: 'Lavrov' },
      { path: '/b/', title: 'B', text: 'nothing' },
    ];
    expect(
      mentionIndex([lavrov, un], pages)
        .get('sergey-lavrov')
        ?.map((p) => p.path),
    ).toEqual(['/a/']);
    expect(mentionIndex([lavrov, un], pages).get('united-nations')).toEqual([]);
  });

  it('finds names with punctuation, in other scripts, and after marks, as the whole-word pattern over the whole text does', () => {
    const maliki = { id: 'riyad-al-maliki', name: 'Riyad al-Maliki', aliases: ['(PLO) envoy', 'محمود عباس', 'Мальки'] };
    // The rule as stated, run over the whole text: the reference for the one-reading index.
    const naive = (text: string) =>
      text.includes(`<Who id="${maliki.id}"`) ||
      [maliki.name, ...maliki.aliases].some((n) =>
        new RegExp(`(?<![\\p{L}\\p{N}])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(text),
      );
    const pieces = [
      'Riyad',
      ' al-Maliki',
      'x',
      ' ',
      '-',
      "'s",
      '(PLO)',
      ' envoy',
      'محمود',
      ' عباس',
      '\u0650',
      'Мальки',
      'й',
      '2',
      '<Who id="riyad-al-maliki">',
    ];
    let seed = 11;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const texts = Array.from({ length: 3000 }, () => Array.from({ length: 1 + rand(6) }, () => pieces[rand(pieces.length)]).join(''));
    const index = mentionIndex(
      [maliki],
      texts.map((text, i) => ({ path: `/${i}/`, title: '', text })),
    ).get(maliki.id);
    expect(index?.map((p) => p.text)).toEqual(texts.filter(naive));
    expect(index?.length).toBeGreaterThan(300);
    expect(texts.filter(naive).length).toBeLessThan(texts.length - 300);
  });
});
