/**
 * Search quality: what a reader types, and the page that must come first or
 * in the top three. Runs through the real search page in Chromium, at the
 * domain root and under a sub-path. Includes partial words and misspellings.
 */
import { describe, expect, inject, it } from 'vitest';
import { useChrome } from '../helpers/browser';
import { topResults } from '../helpers/search-ui';

type Case = [query: string, expected: string, within: 1 | 3];
const QUERIES: Case[] = [
  ['Quartet', '/explainers/quartet/', 1],
  ['Middle East Quartet mediation', '/explainers/quartet/', 1],
  ['Quart', '/explainers/quartet/', 3],
  ['Quartett', '/explainers/quartet/', 3],
  ['Roadmap 2003', '/explainers/quartet/', 3],
  ['Tony Blair', '/who/tony-blair/', 1],
  ['Quartet principles', '/glossary/#quartet-principles', 3],
  ['Palestinian elections', '/explainers/elections/', 1],
  ['elections postponed', '/explainers/elections/', 3],
  ['elec', '/explainers/elections/', 3],
  ['Legislative Council 2006 results', '/explainers/elections/', 3],
  ['Central Elections Commission', '/who/central-elections-commission/', 1],
  ['East Jerusalem voting', '/explainers/elections/', 3],
  ['Jerusalam elections', '/explainers/elections/', 3],
  ['Sputnik V', '/explainers/sputnik-v/', 1],
  ['Sputnick', '/explainers/sputnik-v/', 3],
  ['Sput', '/explainers/sputnik-v/', 3],
  ['vaccine doses Gaza', '/explainers/sputnik-v/', 3],
  ['Gamaleya', '/who/gamaleya-centre/', 3],
  ['Russian Direct Investment Fund', '/who/rdif/', 1],
  ['Lavrov', '/who/sergey-lavrov/', 3],
  ['al-Maliki', '/who/riyad-al-maliki/', 3],
  ['al-Malki', '/who/riyad-al-maliki/', 3],
  ['Ashkenazi', '/who/gabi-ashkenazi/', 1],
  ['Ashkenazy', '/who/gabi-ashkenazi/', 3],
  ['Zakharova', '/who/maria-zakharova/', 1],
  ['Moscow talks', '/explainers/moscow-talks/', 1],
  ['joint press conference Moscow', '/explainers/moscow-talks/', 3],
  ['two-state solution', '/glossary/#two-state-solution', 3],
  ['emergency use authorization', '/glossary/#emergency-use-authorization', 3],
];

const chrome = useChrome();

describe.each([
  ['at the root', inject('siteUrl')],
  ['under BASE_PATH', inject('subUrl')],
])('search quality %s', (_, siteUrl) => {
  it(`ranks the right page first or in the top three for ${QUERIES.length} reader queries`, { timeout: 240_000 }, async () => {
    const base = new URL(siteUrl).pathname;
    const page = await chrome().newPage();
    await page.goto(new URL('search/', siteUrl).href);
    const input = page.locator('.pagefind-ui__search-input');
    await input.waitFor();
    const misses: string[] = [];
    for (const [query, expected, within] of QUERIES) {
      // Clear, wait for the results to go, then type the query as a reader would.
      await input.fill('');
      await page.locator('.pagefind-ui__result').first().waitFor({ state: 'detached' });
      await input.fill(query);
      const top = await topResults(page, base, within);
      if (!top.includes(expected)) misses.push(`"${query}": wanted ${expected} in the top ${within}, got ${top.join(', ')}`);
    }
    await page.close();
    expect(misses).toEqual([]);
  });
});
