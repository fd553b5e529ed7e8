/** A reader on the home page searches for a theme word and follows the first result. */
import { describe, expect, inject, it } from 'vitest';
import { useChrome } from '../helpers/browser';
import { firstResult, waitForQuery } from '../helpers/search-ui';

const siteUrl = inject('siteUrl');
const chrome = useChrome();

describe('search from the home page', () => {
  it('finds the Sputnik V explainer and opens it', async () => {
    const page = await chrome().newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(siteUrl);
    await expect(page.locator('h1').textContent()).resolves.toContain('in context');

    // Typing in the header's search box opens the search dialog with what was typed.
    await page.click('#header-search');
    await page.keyboard.type('Sputnik');
    // Results update as each letter arrives: wait for those of the whole word.
    await waitForQuery(page, 'Sputnik', 'dialog[open]');
    const first = await firstResult(page, 'dialog[open]');
    const href = await first.getAttribute('href');
    expect(href).toMatch(/\/explainers\/sputnik-v\//);
    await first.click();
    await page.waitForURL(/\/explainers\/sputnik-v\//);
    await expect(page.locator('h1').textContent()).resolves.toContain('Sputnik V');
    expect(errors).toEqual([]);
    await page.close();
  });
});
