/**
 * The weight of a page's first visit: its HTML and the stylesheets it links,
 * brotli-compressed as static hosts send them. Every build reports it for each
 * explainer, and stops when one is over the budget (src/lib/budget.ts); the test
 * suite checks the same budget, also under a sub-path.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { contentIndex } from '../content-check';
import { localePath } from '../i18n';
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

/**
 * The policy: a build stops when an explainer's first visit is over the budget, naming the
 * file, and publishes nothing; the tests check the same budget on the real content. The one
 * exception is synthetic content (the benchmark's generated explainers), whose builds set
 * CONTEXT_DESK_BUDGET=report to be told instead.
 */
export class OverBudget extends Error {
  constructor(lines: readonly string[]) {
    super(
      `${lines.length} explainer${lines.length === 1 ? ' is' : 's are'} over the first-visit budget; nothing is published. ` +
        `Shorten the page, or move material to another explainer (CONTRIBUTING.md, "Length and the byte budget"):\n${lines.join('\n')}`,
    );
    this.name = 'OverBudget';
  }
}

export function budgetReport(): AstroIntegration {
  let base = '/';
  return {
    name: 'context-desk:budget',
    hooks: {
      'astro:config:setup': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const over: string[] = [];
        const files = new Map(contentIndex().explainers.map((e) => [localePath(e.lang, `/explainers/${e.slug}/`).slice(1), e.file]));
        for (const w of explainerWeights(fileURLToPath(dir), base)) {
          if (w.total <= FIRST_VISIT_BUDGET) logger.info(formatWeight(w));
          else over.push(`${files.get(w.page) ?? w.page}: ${formatWeight(w)}`);
        }
        if (over.length === 0) return;
        if (process.env['CONTEXT_DESK_BUDGET'] === 'report') for (const line of over) logger.warn(line);
        else throw new OverBudget(over);
      },
    },
  };
}
