/** The site built under BASE_PATH=/context-desk/ (GitHub Pages): every URL carries the base path, and the byte budget holds there too. */
import { describe, expect, inject, it } from 'vitest';
import { explainerWeights } from '../../src/integrations/budget';
import { overBudget } from '../../src/lib/budget';
import { htmlPages } from '../helpers/dist';

const sub = inject('subDir');

describe('under BASE_PATH=/context-desk/', () => {
  it('every internal link, asset and canonical URL carries the base path', () => {
    for (const { file, $ } of htmlPages(sub)) {
      $('a[href^="/"], link[href^="/"], script[src^="/"], img[src^="/"], form[action^="/"]').each((_, el) => {
        const ref = $(el).attr('href') ?? $(el).attr('src') ?? $(el).attr('action') ?? '';
        expect(ref.startsWith('/context-desk/'), `${file}: ${ref}`).toBe(true);
      });
      expect($('link[rel="canonical"]').attr('href') ?? '', file).toMatch(/^https:\/\/context-desk\.example\/context-desk\//);
      $('[data-bundle], [data-base], [data-dialog]').each((_, el) => {
        for (const attr of ['data-bundle', 'data-base', 'data-dialog']) {
          const v = $(el).attr(attr);
          if (v !== undefined) expect(v.startsWith('/context-desk/'), `${file} ${attr}=${v}`).toBe(true);
        }
      });
    }
  });

  it('every explainer: first round trip (HTML to the summary + CSS) ≤ 14 KiB and first visit (HTML + CSS) ≤ 16.5 KiB, brotli', async () => {
    const weights = await explainerWeights(sub, '/context-desk/');
    expect(weights.length).toBeGreaterThanOrEqual(4);
    const over = weights
      .filter((w) => overBudget(w).length > 0)
      .map((w) => `${w.page}: ${overBudget(w).join('; ')} (first round trip ${w.roundTrip} B, first visit ${w.total} B)`);
    expect(over).toEqual([]);
    for (const w of weights) expect(w.css, w.page).toBeGreaterThan(1000);
  });
});
