import { describe, expect, it } from 'vitest';
import { backLabel, numberCitations, numberGroups } from '../../src/lib/citations';

describe('numberCitations', () => {
  it('numbers sources by first citation and counts every occurrence', () => {
    const r = numberCitations(['a', 'b', 'a', 'c', 'a', 'b']);
    expect(r.order).toEqual(['a', 'b', 'c']);
    expect(r.counts).toEqual([3, 2, 1]);
    expect(r.marks.map((m) => `${m.id}${m.n}.${m.k}`)).toEqual(['a1.1', 'b2.1', 'a1.2', 'c3.1', 'a1.3', 'b2.2']);
  });
  it('handles no citations', () => {
    expect(numberCitations([])).toEqual({ order: [], counts: [], marks: [] });
  });
});

describe('backLabel', () => {
  it.each([
    [1, 'a'],
    [2, 'b'],
    [26, 'z'],
    [27, 'aa'],
    [28, 'ab'],
  ])('%i → %s', (k, label) => expect(backLabel(k)).toBe(label));
});

describe('numberGroups', () => {
  it('numbers across groups and hands back each group its marks', () => {
    const r = numberGroups([['a', 'b'], [], ['a']]);
    expect(r.order).toEqual(['a', 'b']);
    expect(r.groups.map((g) => g.map((m) => `${m.n}.${m.k}`))).toEqual([['1.1', '2.1'], [], ['1.2']]);
  });
});
