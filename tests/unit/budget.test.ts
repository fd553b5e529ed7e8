import { describe, expect, it } from 'vitest';
import { FIRST_VISIT_BUDGET, formatWeight } from '../../src/lib/budget';

describe('formatWeight', () => {
  it('reports a page within the budget', () => {
    expect(formatWeight({ page: 'explainers/quartet/', html: 10240, css: 3584, total: 13824 })).toBe(
      'first visit explainers/quartet/: 13.5 KiB brotli (HTML 10.0 + CSS 3.5) of 14.0 KiB',
    );
  });
  it('says by how many bytes a page is over', () => {
    expect(formatWeight({ page: 'explainers/x/', html: 11000, css: 3500, total: 14500 })).toBe(
      `first visit explainers/x/: 14.2 KiB brotli (HTML 10.7 + CSS 3.4) OVER the 14.0 KiB budget by ${14500 - FIRST_VISIT_BUDGET} B`,
    );
  });
  it('takes another budget', () => {
    expect(formatWeight({ page: 'p/', html: 1024, css: 0, total: 1024 }, 512)).toContain('OVER the 0.5 KiB budget by 512 B');
  });
});
