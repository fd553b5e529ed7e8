/**
 * Performance at scale (issue 17), on the built site: the pages that list explainers stay within
 * byte budgets of their own however many explainers there are, the feeds carry the newest
 * FEED_ITEMS items, and the social images are the same bytes with and without a warm cache.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { listingWeights } from '../../src/integrations/budget';
import { letterOf } from '../../src/lib/a-z';
import { AZ_PAGE_ITEMS, FEED_ITEMS, HOME_LATEST, LISTING_BUDGETS } from '../../src/lib/budget';
import { page } from '../helpers/dist';
import { buildSite, TMP } from '../helpers/site';

const dist = inject('siteDir');

describe('pages that list explainers stay bounded', () => {
  it('home, every A–Z page and both feeds are within their own byte budgets (raw bytes)', () => {
    const weights = listingWeights(dist);
    const files = weights.map((w) => w.file);
    expect(files).toEqual(expect.arrayContaining(['index.html', 'a-z/index.html', 'a-z/t/index.html', 'feed.xml', 'feed.json']));
    expect(weights.filter((w) => w.bytes > w.budget).map((w) => `${w.file}: ${w.bytes} of ${w.budget} B`)).toEqual([]);
    expect(LISTING_BUDGETS['a-z/*']).toBe(128 * 1024);
  });

  it('the home page has one card per theme (its lead explainer) and at most HOME_LATEST others', () => {
    const { $ } = page(dist, 'index.html');
    const themes = readdirSync('content/themes').filter((f) => f.endsWith('.yaml')).length;
    expect($('#story').length + $('section[aria-labelledby="themes"] li[data-theme]').length).toBe(themes);
    expect($('section[aria-labelledby="latest"] li').length).toBeLessThanOrEqual(HOME_LATEST);
  });

  it('the A–Z index lists the letters; each letter page holds its entries, at most AZ_PAGE_ITEMS, all filed under it', () => {
    const index = page(dist, 'a-z/index.html');
    const letters = index
      .$('main nav a')
      .map((_, a) => index.$(a).attr('href'))
      .get();
    expect(letters).toContain('/a-z/t/');
    let total = 0;
    for (const href of letters) {
      const p = page(dist, `${href.slice(1)}index.html`);
      const letter = p.$('main section h2').text();
      const labels = p
        .$('main section li > a')
        .map((_, a) => p.$(a).text())
        .get();
      expect(labels.length, href).toBeGreaterThan(0);
      expect(labels.length, href).toBeLessThanOrEqual(AZ_PAGE_ITEMS);
      for (const label of labels) expect(letterOf(label), `${href} ${label}`).toBe(letter);
      total += labels.length;
    }
    expect(total).toBeGreaterThan(100);
  });

  it(`the feeds carry the same newest items, at most ${FEED_ITEMS}`, () => {
    const json = JSON.parse(readFileSync(join(dist, 'feed.json'), 'utf8')) as { items: Array<{ date_published: string }> };
    const xml = readFileSync(join(dist, 'feed.xml'), 'utf8');
    expect(json.items.length).toBeGreaterThan(0);
    expect(json.items.length).toBeLessThanOrEqual(FEED_ITEMS);
    expect(xml.match(/<item>/g)?.length).toBe(json.items.length);
    const dates = json.items.map((i) => i.date_published);
    expect(dates).toEqual([...dates].sort().reverse());
  });
});

describe('social images', () => {
  it("are the same bytes drawn afresh (cache off) as from the build's cache", { timeout: 300_000 }, () => {
    const fresh = join(TMP, 'site-og-fresh');
    const r = buildSite({ outDir: fresh, env: { CONTEXT_DESK_OG_CACHE: 'off' } });
    expect(r.code, r.output).toBe(0);
    expect(r.output).toContain('social images: all drawn (cache off)');
    // The cached build: every image in it is a file of the cache.
    const cacheDir = join('node_modules/.astro/og');
    const cached = new Set(readdirSync(cacheDir).map((f) => readFileSync(join(cacheDir, f)).toString('base64')));
    const images = readdirSync(join(dist, 'og')).filter((f) => f.endsWith('.png'));
    expect(images.length).toBeGreaterThanOrEqual(5);
    for (const f of images) {
      const built = readFileSync(join(dist, 'og', f));
      expect(cached.has(built.toString('base64')), f).toBe(true);
      expect(readFileSync(join(fresh, 'og', f)).equals(built), f).toBe(true);
    }
  });
});
