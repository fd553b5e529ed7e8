/** Byte sizes of a built page's first visit, as a compressing host would send them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import * as cheerio from 'cheerio';

/** Brotli at quality 11, what static hosts (Netlify, Cloudflare) serve for text. */
export function brotliSize(body: Buffer | string): number {
  return brotliCompressSync(typeof body === 'string' ? Buffer.from(body) : body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

export interface FirstVisit {
  html: number;
  css: number;
  total: number;
  stylesheets: string[];
}

/**
 * The HTML of `file` (relative to dist) plus every stylesheet it links, brotli-compressed.
 * `base` is the site's base path, stripped from stylesheet URLs to find them in dist.
 */
export function firstVisitBytes(dist: string, file: string, base = '/'): FirstVisit {
  const html = readFileSync(join(dist, file));
  const $ = cheerio.load(html.toString('utf8'));
  const stylesheets = $('link[rel="stylesheet"]')
    .map((_, el) => $(el).attr('href') ?? '')
    .get();
  const css = stylesheets.reduce((sum, href) => sum + brotliSize(readFileSync(join(dist, href.slice(base.length)))), 0);
  const htmlBytes = brotliSize(html);
  return { html: htmlBytes, css, total: htmlBytes + css, stylesheets };
}
