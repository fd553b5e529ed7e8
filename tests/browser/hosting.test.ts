/**
 * The deployed site: built with BASE_PATH=/context-desk/, served by nginx
 * applying _headers, and crawled page by page in Chromium.
 */
import type { Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { useChrome } from '../helpers/browser';
import { type Served, serveWithNginx } from '../helpers/nginx';
import { freePort } from '../helpers/ports';
import { DIALOG_INPUT, firstResult, resultsLoaded, waitForQuery } from '../helpers/search-ui';

const BASE = '/context-desk/';
const chrome = useChrome();
let server: Served;
beforeAll(async () => {
  server = await serveWithNginx(inject('subDir'), BASE, await freePort());
});
afterAll(async () => {
  await server?.close();
});

describe('the site under a sub-path, behind nginx with its _headers', () => {
  it('answers every page, link and asset with 200, with no console error, CSP violation or third-party request', {
    timeout: 240_000,
  }, async () => {
    const origin = new URL(server.url).origin;
    const context = await chrome().newContext();
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    const queue = [server.url];
    const seen = new Set(queue);
    const problems: string[] = [];
    const assets = new Set<string>();
    let pages = 0;
    const visit = async (url: string) => {
      const page = await context.newPage();
      page.on('console', (m) => m.type() === 'error' && problems.push(`${url}: console: ${m.text()}`));
      page.on('pageerror', (e) => problems.push(`${url}: ${e.message}`));
      page.on('request', (r: Request) => {
        if (new URL(r.url()).origin !== origin && !r.url().startsWith('data:'))
          problems.push(`${url}: request leaves the origin: ${r.url()}`);
      });
      page.on('response', (r) => {
        assets.add(r.url());
        if (r.status() >= 400) problems.push(`${url}: ${r.status()} ${r.url()}`);
      });
      const response = await page.goto(url, { waitUntil: 'load' });
      if (response?.status() !== 200) problems.push(`${url}: ${response?.status()}`);
      pages += 1;
      const links = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('a[href], link[href], script[src], img[src]')].map(
          (el) => (el as HTMLAnchorElement).href || (el as HTMLScriptElement).src,
        ),
      );
      for (const link of links) {
        const u = new URL(link);
        if (u.origin !== origin) continue;
        if (u.hash && u.pathname === new URL(url).pathname) {
          const id = decodeURIComponent(u.hash.slice(1));
          if (id && !(await page.evaluate((x) => !!document.getElementById(x), id))) problems.push(`${url}: no #${id}`);
          continue;
        }
        u.hash = '';
        const key = u.href;
        if (seen.has(key)) continue;
        seen.add(key);
        if (u.pathname.endsWith('/')) queue.push(key);
        else {
          const r = await fetch(key);
          if (r.status !== 200) problems.push(`${url}: ${r.status} ${key}`);
        }
      }
      await page.close();
    };
    // Three pages at a time (three editions' worth of pages): a worker waits while others may still add to the queue.
    let active = 0;
    const worker = async () => {
      for (;;) {
        const url = queue.shift();
        if (url === undefined) {
          if (active === 0) return;
          await new Promise((r) => setTimeout(r, 20));
          continue;
        }
        active += 1;
        try {
          await visit(url);
        } finally {
          active -= 1;
        }
      }
    };
    await Promise.all([worker(), worker(), worker()]);
    await context.close();
    expect(problems).toEqual([]);
    expect(pages).toBeGreaterThan(200);
  });

  it('sends the security headers, immutable caching for hashed files and short caching for the rest', async () => {
    const page = await fetch(`${server.url}explainers/quartet/`);
    const h = page.headers;
    expect(h.get('content-security-policy')).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    expect(h.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(h.get('content-security-policy')).not.toContain('unsafe-inline');
    expect(h.get('x-content-type-options')).toBe('nosniff');
    expect(h.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(h.get('permissions-policy')).toContain('camera=()');
    expect(h.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(h.get('cache-control')).toBeNull();
    const html = await page.text();
    const css = /href="([^"]+\.css)"/.exec(html)?.[1] ?? '';
    expect((await fetch(new URL(css, server.url))).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${server.url}pagefind/pagefind.js`)).headers.get('cache-control')).toBeNull();
    expect((await fetch(`${server.url}pagefind/pagefind-entry.json`)).headers.get('cache-control')).toBeNull();
  });

  it('serves the 404 page for unknown paths at any depth, styled and linked under the base', async () => {
    const p = await chrome().newPage();
    for (const path of ['nope/', 'explainers/nope/deeper/']) {
      const response = await p.goto(`${server.url}${path}`);
      expect(response?.status()).toBe(404);
      expect(await p.locator('h1').textContent()).toBe('Page not found');
      expect(await p.evaluate(() => getComputedStyle(document.body).fontFamily)).not.toBe('');
      expect(await p.locator('header a').first().getAttribute('href')).toBe(BASE);
      expect(await p.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0);
    }
    // Under an edition's prefix, that edition's page, in its language (nginx: one error_page per edition).
    for (const [path, lang] of [
      ['ar/nope/', 'ar'],
      ['ru/explainers/nope/', 'ru'],
    ] as const) {
      const response = await p.goto(`${server.url}${path}`);
      expect(response?.status()).toBe(404);
      expect(await p.locator('html').getAttribute('lang')).toBe(lang);
      expect(await p.locator('header a').first().getAttribute('href')).toBe(`${BASE}${lang}/`);
    }
    await p.close();
  });

  it('searches under the strict CSP', async () => {
    const context = await chrome().newContext();
    const p = await context.newPage();
    const violations: string[] = [];
    p.on('console', (m) => m.type() === 'error' && violations.push(m.text()));
    await p.goto(`${server.url}search/?q=Sputnik`);
    await resultsLoaded(p, 1);
    await p.goto(`${server.url}explainers/elections/`);
    await p.mouse.move(5, 5);
    await p.keyboard.press('Control+k');
    await p.locator(DIALOG_INPUT).waitFor();
    await p.keyboard.type('Ashkenazi');
    await waitForQuery(p, 'Ashkenazi', 'dialog[open]');
    expect(await (await firstResult(p, 'dialog[open]')).getAttribute('href')).toContain(`${BASE}who/gabi-ashkenazi/`);
    expect(violations).toEqual([]);
    await context.close();
  });
});
