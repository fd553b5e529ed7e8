import { describe, expect, it } from 'vitest';
import { joinBase, normaliseBase } from '../../src/lib/paths';

describe('normaliseBase', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['context-desk', '/context-desk/'],
    ['/context-desk', '/context-desk/'],
    ['/a/b/', '/a/b/'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseBase(input)).toBe(expected);
  });
});

describe('joinBase', () => {
  it('adds the base and a trailing slash to pages', () => {
    expect(joinBase('/', '/timeline')).toBe('/timeline/');
    expect(joinBase('/context-desk/', '/explainers/quartet/')).toBe('/context-desk/explainers/quartet/');
    expect(joinBase('/context-desk', '/')).toBe('/context-desk/');
  });
  it('keeps files without a trailing slash', () => {
    expect(joinBase('/context-desk/', '/pagefind/pagefind.js')).toBe('/context-desk/pagefind/pagefind.js');
    expect(joinBase('/', '/favicon.svg')).toBe('/favicon.svg');
  });
  it('keeps queries and fragments after the slash', () => {
    expect(joinBase('/x/', '/explainers/elections#the-2006-election')).toBe('/x/explainers/elections/#the-2006-election');
    expect(joinBase('/', '/search?q=quartet')).toBe('/search/?q=quartet');
  });
  it('leaves in-page fragments alone', () => {
    expect(joinBase('/x/', '#notes')).toBe('#notes');
  });
  it('refuses absolute URLs', () => {
    expect(() => joinBase('/', 'https://example.org/')).toThrow(
      'url(): expected a site path starting with "/", got an absolute URL "https://example.org/"',
    );
  });
});
