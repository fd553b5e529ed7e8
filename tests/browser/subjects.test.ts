/** Searching each page's main subject finds that page first. */
import { describe, expect, inject, it } from 'vitest';
import { useChrome } from '../helpers/browser';
import { searchIn } from '../helpers/pagefind';

const siteUrl = inject('siteUrl');
const chrome = useChrome();

const subjects: Array<[string, string]> = [
  ['Middle East Quartet', '/explainers/quartet/'],
  ['Palestinian elections', '/explainers/elections/'],
  ['Sputnik V', '/explainers/sputnik-v/'],
  ['Moscow talks', '/explainers/moscow-talks/'],
  ['Sergey Lavrov', '/who/sergey-lavrov/'],
  ['Riyad al-Maliki', '/who/riyad-al-maliki/'],
  ['Maria Zakharova', '/who/maria-zakharova/'],
  ['Gabi Ashkenazi', '/who/gabi-ashkenazi/'],
  ['Central Elections Commission', '/who/central-elections-commission/'],
  ['Russian Direct Investment Fund', '/who/rdif/'],
];

describe('search by subject', () => {
  it('ranks each page first for its own subject', async () => {
    const page = await chrome().newPage();
    await page.goto(siteUrl);
    const hits = await searchIn(
      page,
      new URL('pagefind/', siteUrl).pathname,
      subjects.map(([q]) => q),
      1,
    );
    const firsts = subjects.map(([q], i) => `${q} → ${hits[i]?.[0]?.url ?? 'nothing'}`);
    expect(firsts).toEqual(subjects.map(([q, url]) => `${q} → ${url}`));
    await page.close();
  });
});
