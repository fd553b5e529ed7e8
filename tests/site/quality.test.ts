/**
 * Quality gates on every built page: valid HTML, internal links, assets and #fragments that
 * resolve, and the byte budget of an explainer's first visit.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { brotliSize, explainerWeights, fastBands, fastBrotliSize, summaryEnd } from '../../src/integrations/budget';
import { FIRST_ROUND_TRIP_BUDGET, FIRST_VISIT_BUDGET, overBudget } from '../../src/lib/budget';
import { htmlPages, type Page } from '../helpers/dist';
import { builtLinkProblem, distLookup } from '../helpers/links';

const dist = inject('siteDir');
let pages: Page[];
beforeAll(() => {
  pages = htmlPages(dist);
});

describe('valid HTML', () => {
  // HTML allows ids that start with a digit ("2006-hamas-wins-…" headings, dated events);
  // the relaxed form of valid-id checks the HTML rule rather than the CSS-selector one.
  const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'valid-id': ['error', { relaxed: true }] } });
  it('every page passes html-validate with 0 errors', async () => {
    const errors: string[] = [];
    for (const p of pages) {
      const report = await validator.validateString(p.html, p.file);
      for (const r of report.results) for (const m of r.messages) errors.push(`${p.file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(errors).toEqual([]);
  });
});

describe('internal links', () => {
  it('every internal href, src and #fragment resolves in dist/', () => {
    const lookup = distLookup(dist);
    const broken: string[] = [];
    for (const p of pages) {
      p.$('a[href], link[href], script[src], img[src], source[src], form[action]').each((_, el) => {
        const ref = p.$(el).attr('href') ?? p.$(el).attr('src') ?? p.$(el).attr('action') ?? '';
        const problem = builtLinkProblem(lookup, p.file, ref);
        if (problem) broken.push(`${p.file}: ${ref}: ${problem}`);
      });
    }
    expect(broken).toEqual([]);
  });
});

describe('byte budget', () => {
  // What the first screen needs (the HTML up to the end of the summary and the stylesheets the
  // page links, brotli) fits the first round trip, 14 KiB; the whole first visit, 16.5 KiB (20.6 KiB in Arabic and Russian; src/lib/budget.ts).
  // Scripts are budgeted in pages.test.ts (none before interaction).
  // The same check of the sub-path build is in tests/e2e/sub-path.test.ts.
  it('every explainer at the root: first round trip (HTML to the summary + CSS) ≤ 14 KiB and first visit (HTML + CSS) ≤ 16.5 KiB, brotli', async () => {
    const weights = await explainerWeights(dist, '/');
    expect(weights.length).toBeGreaterThanOrEqual(4);
    expect(FIRST_ROUND_TRIP_BUDGET).toBe(14 * 1024);
    expect(FIRST_VISIT_BUDGET).toBe(16.5 * 1024);
    const over = weights
      .filter((w) => overBudget(w).length > 0)
      .map((w) => `${w.page}: ${overBudget(w).join('; ')} (first round trip ${w.roundTrip} B, first visit ${w.total} B)`);
    expect(over).toEqual([]);
    // Each explainer's stylesheet is counted: the weights are more than the HTML alone.
    for (const w of weights) expect(w.css, w.page).toBeGreaterThan(1000);
  });

  it("the build's pre-filter agrees with the exact measure: screened weights within its band, the same verdict, exact near a budget", async () => {
    const exact = await explainerWeights(dist, '/');
    const screened = await explainerWeights(dist, '/', 'stop');
    expect(screened.map((w) => w.page)).toEqual(exact.map((w) => w.page));
    for (const [i, w] of exact.entries()) {
      const s = screened[i];
      expect(overBudget(s ?? w), w.page).toEqual(overBudget(w));
      if (!s?.estimated) expect(s).toEqual(w);
      const html = readFileSync(join(dist, w.page, 'index.html'), 'utf8');
      const bands = fastBands(w.page);
      for (const [part, band] of [
        [html, bands.whole],
        [html.slice(0, summaryEnd(html)), bands.head],
      ] as const) {
        const ratio = brotliSize(part) / fastBrotliSize(part);
        expect(ratio, w.page).toBeGreaterThanOrEqual(band.low);
        expect(ratio, w.page).toBeLessThanOrEqual(band.high);
      }
    }
  });

  it("an explainer links one stylesheet, and the other pages' and search styles are not in it", () => {
    const p = pages.find((x) => x.file === 'explainers/quartet/index.html');
    const sheets =
      p
        ?.$('link[rel="stylesheet"]')
        .map((_, el) => p.$(el).attr('href'))
        .get() ?? [];
    expect(sheets).toHaveLength(1);
    const css = readFileSync(join(dist, sheets[0] ?? ''), 'utf8');
    expect(css).toContain('.prose');
    expect(css).not.toContain('.filters');
    expect(css).not.toContain('.search-dialog');
    expect(css).not.toContain('pagefind');
  });
});
