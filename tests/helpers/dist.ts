/** Reading a built site: its pages, parsed, and its Pagefind fragments. */
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import { walkFiles } from '../../src/lib/files';

export interface Page {
  /** Path relative to dist, with "/" separators: "explainers/quartet/index.html". */
  file: string;
  $: cheerio.CheerioAPI;
  html: string;
}

export function htmlPages(dist: string): Page[] {
  return walkFiles(dist, (n) => n.endsWith('.html'))
    .filter((p) => !relative(dist, p).startsWith(`pagefind${sep}`))
    .map((p) => {
      const html = readFileSync(p, 'utf8');
      return { file: relative(dist, p).split(sep).join('/'), html, $: cheerio.load(html) };
    });
}

export function page(dist: string, file: string): Page {
  const html = readFileSync(join(dist, file), 'utf8');
  return { file, html, $: cheerio.load(html) };
}

export interface Fragment {
  url: string;
  content: string;
  word_count: number;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Every record Pagefind indexed, decoded from its fragment files. */
export function pagefindFragments(dist: string): Fragment[] {
  return walkFiles(join(dist, 'pagefind', 'fragment')).map((file) => {
    const raw = gunzipSync(readFileSync(file)).toString('utf8');
    if (!raw.startsWith('pagefind_dcd')) throw new Error(`${file} is not a Pagefind fragment`);
    return JSON.parse(raw.slice('pagefind_dcd'.length)) as Fragment;
  });
}
