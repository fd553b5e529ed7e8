/** The interactive reading features in Chromium, with and without JavaScript. */
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useChrome } from '../helpers/browser';

const siteUrl = inject('siteUrl');
const at = (path: string) => new URL(path.replace(/^\//, ''), siteUrl).href;
const chrome = useChrome();

async function open(path: string, options: BrowserContextOptions = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chrome().newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  await page.goto(at(path));
  return { context, page };
}

/** The first interaction loads the enhancements; wait until they are running. */
async function enhance(page: Page) {
  await page.mouse.move(5, 5);
  await page.mouse.move(10, 10);
  await page.waitForSelector('#cite-preview', { state: 'attached' });
}

describe('contents', () => {
  it('marks the section being read while scrolling', async () => {
    const { context, page } = await open('/explainers/elections/');
    await enhance(page);
    const target = await page.locator('article .prose h2').nth(3).getAttribute('id');
    await page.locator(`[id="${target}"]`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.waitForFunction(
      (id) => document.querySelector('.toc-wide a[aria-current="location"]')?.getAttribute('href') === `#${id}`,
      target,
    );
    expect(await page.locator('.toc-wide a[aria-current]').count()).toBe(1);
    await context.close();
  });

  it('is collapsed on a phone and opens with the keyboard', async () => {
    const { context, page } = await open('/explainers/quartet/', { viewport: { width: 360, height: 800 } });
    const toc = page.locator('details.toc-narrow');
    expect(await toc.isVisible()).toBe(true);
    expect(await page.locator('nav.toc-wide').isVisible()).toBe(false);
    expect(await toc.getAttribute('open')).toBeNull();
    await toc.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await toc.getAttribute('open')).toBe('');
    expect(await toc.locator('a').first().isVisible()).toBe(true);
    await context.close();
  });
});

describe('citation previews', () => {
  it('show the source on hover and on keyboard focus, and hide on Escape', async () => {
    const { context, page } = await open('/explainers/sputnik-v/');
    await enhance(page);
    const cite = page.locator('article .prose sup.cite > a').first();
    const note = (await cite.getAttribute('href')) ?? '';
    const title = (await page.locator(`${note} .note-body > a`).textContent()) ?? '';
    await cite.hover();
    const tip = page.locator('#cite-preview');
    await tip.waitFor({ state: 'visible' });
    expect(await tip.textContent()).toContain(title);
    expect(await cite.getAttribute('aria-describedby')).toBe('cite-preview');
    await page.mouse.move(1200, 10);
    await tip.waitFor({ state: 'hidden' });
    await cite.focus();
    await tip.waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await tip.waitFor({ state: 'hidden' });
    await context.close();
  });

  it('glossary terms show their definition on focus', async () => {
    const { context, page } = await open('/explainers/quartet/');
    const term = page.locator('article .tip > a').first();
    const tip = page.locator(`#${await term.getAttribute('aria-describedby')}`);
    expect(await tip.isVisible()).toBe(false);
    await term.focus();
    await tip.waitFor({ state: 'visible' });
    expect(await tip.textContent()).toMatch(/\w{4,}/);
    await term.blur();
    await tip.waitFor({ state: 'hidden' });
    await context.close();
  });
});

describe('theme control', () => {
  it('follows the system, remembers a choice across pages without a flash, and returns to the system', async () => {
    const { context, page } = await open('/', { colorScheme: 'dark' });
    const bg = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(await bg()).toBe('rgb(20, 21, 24)');
    await page.click('[data-theme-set="light"]');
    expect(await bg()).toBe('rgb(252, 251, 248)');
    await page.waitForFunction(() => document.querySelector('[data-theme-set="light"]')?.getAttribute('aria-pressed') === 'true');
    // On the next page the class is set before anything is painted.
    await page.goto(at('/timeline/'), { waitUntil: 'commit' });
    await page.waitForSelector('body');
    expect(await page.evaluate(() => document.documentElement.className)).toContain('light');
    expect(await bg()).toBe('rgb(252, 251, 248)');
    await page.click('[data-theme-set="system"]');
    expect(await bg()).toBe('rgb(20, 21, 24)');
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull();
    await context.close();
  });
});

describe('timeline filter', () => {
  it('filters by theme and reverses the order', async () => {
    const { context, page } = await open('/timeline/');
    const all = await page.locator('.events > li').count();
    await page.click('label[for="f-elections"]');
    const visible = page.locator('.events > li:visible');
    const shown = await visible.count();
    expect(shown).toBeGreaterThan(3);
    expect(shown).toBeLessThan(all);
    for (const theme of await visible.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-theme')))) expect(theme).toBe('elections');
    await page.click('label[for="o-new"]');
    const dates = await page.locator('.events > li:visible time').evaluateAll((ts) =>
      ts
        .map((t) => ({ d: t.getAttribute('datetime') ?? '', y: t.getBoundingClientRect().top }))
        .sort((a, b) => a.y - b.y)
        .map((x) => x.d),
    );
    expect(dates).toEqual([...dates].sort().reverse());
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('keeps the content, contents, notes, timeline and glossary usable', async () => {
    const { context, page } = await open('/explainers/elections/', { javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
    // biome-ignore lint/performance/useDomNodeTextContent: a Playwright locator, whose innerText is the rendered text a reader sees
    expect((await page.locator('article .prose').innerText()).length).toBeGreaterThan(5000);
    expect(await page.locator('.theme-control').isVisible()).toBe(false);
    await page.click('details.toc-narrow > summary');
    const section = page.locator('details.toc-narrow a').nth(2);
    const hash = (await section.getAttribute('href')) ?? '';
    await section.click();
    expect(new URL(page.url()).hash).toBe(hash);
    const cite = page.locator('article .prose sup.cite > a').first();
    const note = (await cite.getAttribute('href')) ?? '';
    await cite.click();
    expect(new URL(page.url()).hash).toBe(note);
    expect(await page.locator(note).isVisible()).toBe(true);
    await page.locator(`${note} .note-back a`).first().click();
    expect(new URL(page.url()).hash).toMatch(/^#cite-/);

    await page.goto(at('/timeline/'));
    const all = await page.locator('.events > li:visible').count();
    expect(all).toBe(await page.locator('.events > li').count());
    await page.click('label[for="f-quartet"]');
    expect(await page.locator('.events > li:visible').count()).toBeLessThan(all);

    await page.goto(at('/glossary/'));
    expect(await page.locator('dl > div').count()).toBeGreaterThan(10);
    await context.close();
  });
});

describe('layout', () => {
  it.each(['/', '/explainers/quartet/', '/timeline/', '/who/sergey-lavrov/', '/glossary/', '/search/'])(
    '%s fits a 320 px screen',
    async (path) => {
      const { context, page } = await open(path, { viewport: { width: 320, height: 640 } });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(320);
      await context.close();
    },
  );
});
