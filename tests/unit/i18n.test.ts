import { describe, expect, it } from 'vitest';
import { dirOf, formatDate, formatNumber, langCodes, localePath, missingStrings, pseudo, t, ui } from '../../src/i18n';
import { en } from '../../src/i18n/en';

describe('interface strings', () => {
  it('every language has every string of the default one, none empty', () => {
    for (const code of langCodes) expect(missingStrings(ui[code]), code).toEqual([]);
  });
  it('finds a missing or empty string in an edition', () => {
    const { 'nav.home': _home, ...rest } = en;
    expect(missingStrings({ ...rest, 'nav.timeline': ' ' })).toEqual(['nav.home', 'nav.timeline']);
  });
  it('the test-only pseudo-language marks every string', () => {
    const marked = pseudo(en);
    expect(Object.keys(marked)).toEqual(Object.keys(en));
    for (const v of Object.values(marked)) expect(v).toMatch(/^⟦[\s\S]+⟧$/);
  });
  it('looks up strings and directions', () => {
    expect(t('en', 'site.name')).toBe('Context Desk');
    expect(dirOf('en')).toBe('ltr');
  });
});

describe('edition paths', () => {
  it('the default edition has no prefix', () => {
    expect(localePath('en', '/timeline/')).toBe('/timeline/');
    expect(() => localePath('en', 'timeline/')).toThrow(/starting with "\/"/);
  });
});

describe('formatting', () => {
  it('formats full and partial dates in UTC', () => {
    expect(formatDate('2021-05-05')).toBe('5 May 2021');
    expect(formatDate('2021-04')).toBe('April 2021');
    expect(formatDate('2002')).toBe('2002');
  });
  it('groups thousands', () => {
    expect(formatNumber(20000)).toBe('20,000');
  });
});
