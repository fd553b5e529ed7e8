import { describe, expect, it } from 'vitest';
import { barOrder, niceScale, spanDomain, tickValues, yearFraction, yearTicks } from '../../src/lib/charts';

describe('niceScale', () => {
  it.each([
    [74, { max: 80, step: 20 }],
    [132, { max: 150, step: 50 }],
    [20000, { max: 20000, step: 5000 }],
    [0, { max: 1, step: 1 }],
  ])('%d', (max, expected) => expect(niceScale(max)).toEqual(expected));
});

describe('tickValues', () => {
  it('lists ticks from 0 to max', () => {
    expect(tickValues(80, 20)).toEqual([0, 20, 40, 60, 80]);
  });
});

describe('yearFraction', () => {
  it('places months and days within the year', () => {
    expect(yearFraction('2007')).toBe(2007);
    expect(yearFraction('2007', true)).toBe(2008);
    expect(yearFraction('2007-07')).toBeCloseTo(2007.5);
    expect(yearFraction('2007-12', true)).toBeCloseTo(2008);
    expect(yearFraction('2021-01-01')).toBe(2021);
  });
});

describe('spanDomain and yearTicks', () => {
  it('covers every span in whole years, open spans running to the as-of date', () => {
    expect(
      spanDomain(
        [
          { label: 'a', start: '2005-04', end: '2006-04' },
          { label: 'b', start: '2007-06' },
        ],
        '2015-05',
      ),
    ).toEqual({ from: 2005, to: 2016 });
  });
  it('keeps at most eight year labels', () => {
    expect(yearTicks(2002, 2022)).toEqual([2005, 2010, 2015, 2020]);
    expect(yearTicks(2005, 2009)).toEqual([2005, 2006, 2007, 2008, 2009]);
  });
});

describe('barOrder', () => {
  const rows = [
    { label: 'a', value: 2 },
    { label: 'b', value: 4 },
    { label: 'c', value: 2 },
    { label: 'd', value: 74 },
  ];
  it('sorts bars largest first, ties in their given order', () => {
    expect(barOrder(rows).map((r) => r.label)).toEqual(['d', 'b', 'a', 'c']);
  });
  it('keeps the given order when it carries meaning', () => {
    expect(barOrder(rows, true).map((r) => r.label)).toEqual(['a', 'b', 'c', 'd']);
  });
});
