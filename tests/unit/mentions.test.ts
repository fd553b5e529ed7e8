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
});
