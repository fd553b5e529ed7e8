import { describe, expect, it } from 'vitest';
import { dirOf, formatDate, isLang, t, ui } from '../../src/lib/i18n';

describe('i18n', () => {
  it('has every UI string in every language', () => {
    const keys = Object.keys(ui.en).sort();
    for (const dict of Object.values(ui)) expect(Object.keys(dict).sort()).toEqual(keys);
  });
  it('looks up strings and directions', () => {
    expect(t('en', 'site.name')).toBe('Context Desk');
    expect(dirOf('en')).toBe('ltr');
    expect(isLang('en')).toBe(true);
    expect(isLang('xx')).toBe(false);
  });
  it('formats full and partial dates in UTC', () => {
    expect(formatDate('2021-05-05')).toBe('5 May 2021');
    expect(formatDate('2021-04')).toBe('April 2021');
    expect(formatDate('2002')).toBe('2002');
  });
});
