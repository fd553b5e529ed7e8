/**
 * The weight of each explainer's first visit, reported after every build so authors see it
 * while they write: the HTML and the stylesheets it links, brotli-compressed as static hosts
 * send them. The budget (14 KiB, the first round trip) is enforced by the test suite.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import type { Weight } from '../lib/budget';


const brotli = (body: Buffer) => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** First-visit weights of the explainers in a built site at `dir`, whose base path is `base`. */
export function explainerWeights(dir: string, base: string): Weight[] {
  const root = join(dir, 'explainers');
  let slugs: string[] = [];
  try {
    slugs = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  } catch {
    return [];
  }
  return slugs.map((slug) => {
    const html = readFileSync(join(root, slug, 'index.html'));
    const sheets = [...html.toString('utf8').matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1] ?? '');
    const css = sheets.reduce((sum, href) => sum + brotli(readFileSync(join(dir, href.slice(base.length)))), 0);
    const h = brotli(html);
    return { page: `explainers/${slug}/`, html: h, css, total: h + css };
  });
}
