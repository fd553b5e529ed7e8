import { describe, expect, it } from 'vitest';
import { summaryEnd } from '../../src/integrations/budget';
import { FIRST_ROUND_TRIP_BUDGET, FIRST_VISIT_BUDGET, formatWeight, overBudget } from '../../src/lib/budget';

const weight = (head: number, html: number, css: number) => ({
  page: 'explainers/x/',
  head,
  html,
  css,
  total: html + css,
  roundTrip: head + css,
});

describe('the byte budgets', () => {
  it('are 14 KiB for the first round trip and 16.5 KiB for the whole first visit', () => {
    expect(FIRST_ROUND_TRIP_BUDGET).toBe(14 * 1024);
    expect(FIRST_VISIT_BUDGET).toBe(16.5 * 1024);
  });
  it('report a page within both', () => {
    expect(formatWeight(weight(4096, 10240, 3584))).toBe(
      'explainers/x/: first round trip 7.5 of 14.0 KiB, first visit 13.5 of 16.5 KiB (HTML 10.0 + CSS 3.5), brotli',
    );
    expect(overBudget(weight(4096, 10240, 3584))).toEqual([]);
  });
  it('say which budget a page is over, and by how many bytes', () => {
    expect(overBudget(weight(4096, 14000, 3584))).toEqual([`first visit over 16.5 KiB by ${14000 + 3584 - FIRST_VISIT_BUDGET} B`]);
    expect(overBudget(weight(11000, 12000, 3584))).toEqual([
      `first round trip over 14.0 KiB by ${11000 + 3584 - FIRST_ROUND_TRIP_BUDGET} B`,
    ]);
    expect(formatWeight(weight(11000, 12000, 3584))).toContain(': OVER, first round trip over 14.0 KiB by');
  });
  it('count the first round trip up to the end of the summary', () => {
    const html =
      '<html><head></head><body><h1>T</h1><p class="summary">S<span class="marks"><sup>1</sup></span></p><main>long text</main></body></html>';
    expect(html.slice(0, summaryEnd(html))).toBe(
      '<html><head></head><body><h1>T</h1><p class="summary">S<span class="marks"><sup>1</sup></span></p>',
    );
    expect(summaryEnd('<p>no summary</p>')).toBe('<p>no summary</p>'.length);
  });
});
