import { describe, expect, it } from 'vitest';
import { RELATED_FALLBACK, related } from '../../src/lib/related';

interface E {
  slug: string;
  theme: string;
  body: string;
}
const keys = { slug: (e: E) => e.slug, theme: (e: E) => e.theme, body: (e: E) => e.body };
const make = (slug: string, theme: string, body = ''): E => ({ slug, theme, body });

describe('related explainers', () => {
  it('names those it links to and those that link to it, in list order', () => {
    const a = make('a', 't', 'See [b](/explainers/b/#x).');
    const b = make('b', 't');
    const c = make('c', 'u', 'As [a](/explainers/a/) says.');
    const d = make('d', 't');
    expect(related(a, [a, b, c, d], keys).map((e) => e.slug)).toEqual(['b', 'c']);
    expect(related(b, [a, b, c, d], keys).map((e) => e.slug)).toEqual(['a']);
  });

  it('without links, names a few of its theme, however many explainers there are', () => {
    const all = Array.from({ length: 1000 }, (_, i) => make(`e${i}`, i % 2 === 0 ? 'even' : 'odd'));
    const out = related(all[10] as E, all, keys);
    expect(out).toHaveLength(RELATED_FALLBACK);
    expect(out.every((e) => e.theme === 'even' && e.slug !== 'e10')).toBe(true);
  });

  it('falls back to the whole list when its theme has no other', () => {
    const lone = make('lone', 'solo');
    const all = [lone, make('x', 't'), make('y', 'u')];
    expect(related(lone, all, keys).map((e) => e.slug)).toEqual(['x', 'y']);
  });

  it('answers as a walk over the whole list would, for every entry of a list with links, self-links and shared slugs', () => {
    // The reference: the rule as the doc comment states it, over the whole list each time.
    const naive = (entry: E, all: readonly E[]) => {
      const others = all.filter((e) => e !== entry && e.slug !== entry.slug);
      const links = (e: E) => new Set([...e.body.matchAll(/\/explainers\/([a-z0-9-]+)\//g)].map((m) => m[1]));
      const linked = others.filter((e) => links(entry).has(e.slug) || links(e).has(entry.slug));
      if (linked.length > 0) return linked;
      const same = others.filter((e) => e.theme === entry.theme);
      return (same.length > 0 ? same : others).slice(0, RELATED_FALLBACK);
    };
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const all = Array.from({ length: 60 }, (_, i) => {
      const body = Array.from({ length: rand(3) }, () => `[x](/explainers/s${rand(50)}/)`).join(' ');
      return make(`s${i % 50}`, ['t', 'u', 'v', `lone${i}`][rand(4)] as string, body);
    });
    for (const entry of all) expect(related(entry, all, keys), entry.slug).toEqual(naive(entry, all));
  });
});
