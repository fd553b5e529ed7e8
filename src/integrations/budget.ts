/**
 * The weight of a page's first visit: its HTML and the stylesheets it links,
 * brotli-compressed as static hosts send them. Every build reports it for each
 * explainer so authors see it while they write; the test suite enforces the
 * budget (src/lib/budget.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { FIRST_VISIT_BUDGET, formatWeight, type Weight } from '../lib/budget';

/** Brotli at quality 11, what static hosts (Netlify, Cloudflare) serve for text. */
export function brotliSize(body: Buffer | string): number {
  return brotliCompressSync(typeof body === 'string' ? Buffer.from(body) : body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
    .length;
}

/** The first-visit weight of `page` (a folder path such as "explainers/quartet/") in a built site at `dir` with base path `base`. */
export function firstVisit(dir: string, page: string, base: string): Weight {
  const html = readFileSync(join(dir, page, 'index.html'));
  const sheets = [...html.toString('utf8').matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1] ?? '');
  const css = sheets.reduce((sum, href) => sum + brotliSize(readFileSync(join(dir, href.slice(base.length)))), 0);
  const h = brotliSize(html);
  return { page, html: h, css, total: h + css };
}

/** First-visit weights of every explainer in a built site at `dir`, whose base path is `base`. */
export function explainerWeights(dir: string, base: string): Weight[] {
  let slugs: string[] = [];
  try {
    slugs = readdirSync(join(dir, 'explainers'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
  } catch {
    return [];
  }
  return slugs.map((slug) => firstVisit(dir, `explainers/${slug}/`, base));
}

export function budgetReport(): AstroIntegration {
  let base = '/';
  return {
    name: 'context-desk:budget-report',
    hooks: {
      'astro:config:setup': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        for (const w of explainerWeights(fileURLToPath(dir), base))
          (w.total > FIRST_VISIT_BUDGET ? logger.warn : logger.info).call(logger, formatWeight(w));
      },
    },
  };
}
