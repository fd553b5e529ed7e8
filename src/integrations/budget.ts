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
import { formatWeight, overBudget, type Weight } from '../lib/budget';

/** Brotli at quality 11, what static hosts (Netlify, Cloudflare) serve for text. */
export function brotliSize(body: Buffer | string): number {
  return brotliCompressSync(typeof body === 'string' ? Buffer.from(body) : body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
    .length;
}

/** The end of the summary in an explainer's HTML: what the first screen needs ends there. */
export function summaryEnd(html: string): number {
  const start = html.indexOf('class="summary"');
  const end = start === -1 ? -1 : html.indexOf('</p>', start);
  return end === -1 ? html.length : end + '</p>'.length;
}

/** The weights of `page` (a folder path such as "explainers/quartet/") in a built site at `dir` with base path `base`. */
export function firstVisit(dir: string, page: string, base: string, cssSize = (file: string) => brotliSize(readFileSync(file))): Weight {
  const html = readFileSync(join(dir, page, 'index.html'), 'utf8');
  const sheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1] ?? '');
  const css = sheets.reduce((sum, href) => sum + cssSize(join(dir, href.slice(base.length))), 0);
  const whole = brotliSize(html);
  const head = brotliSize(html.slice(0, summaryEnd(html)));
  return { page, html: whole, head, css, total: whole + css, roundTrip: head + css };
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
  // A stylesheet is shared by every explainer: compressed once.
  const sizes = new Map<string, number>();
  const cssSize = (file: string) => {
    if (!sizes.has(file)) sizes.set(file, brotliSize(readFileSync(file)));
    return sizes.get(file) as number;
  };
  return slugs.map((slug) => firstVisit(dir, `explainers/${slug}/`, base, cssSize));
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
      `${lines.length} explainer${lines.length === 1 ? ' is' : 's are'} over the byte budget; nothing is published. ` +
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
          if (overBudget(w).length === 0) logger.info(formatWeight(w));
          else over.push(`${files.get(w.page) ?? w.page}: ${formatWeight(w)}`);
        }
        if (over.length === 0) return;
        if (process.env['CONTEXT_DESK_BUDGET'] === 'report') for (const line of over) logger.warn(line);
        else throw new OverBudget(over);
      },
    },
  };
}
