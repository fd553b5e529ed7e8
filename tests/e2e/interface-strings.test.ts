/**
 * Every interface string comes from the strings of its language (src/i18n/<lang>.ts).
 * The site is built with the test-only pseudo-language (CONTEXT_DESK_PSEUDO=1), in
 * which every string is marked ⟦like this⟧; then every text a reader sees or hears
 * outside the article's own text must be marked, or come from the content, or be a
 * date, a number or punctuation.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { contentIndex } from '../../src/content-check';
import { languages, localeOf, publishedLangs } from '../../src/i18n';
import { htmlPages, type Page } from '../helpers/dist';
import { buildSite, ROOT, TMP } from '../helpers/site';

const outDir = join(TMP, 'pseudo');

/** Every string value in the content: titles, names, labels, summaries, key points, headings… */
function contentStrings(): string[] {
  const index = contentIndex(join(ROOT, 'content'));
  const out = new Set<string>();
  const collect = (value: unknown): void => {
    if (typeof value === 'string') out.add(value.replace(/\s+/g, ' ').trim());
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  for (const collection of [
    index.themes,
    index.sources,
    index.profiles,
    index.events,
    index.glossary,
    index.figures,
    index.maps,
    index.corrections,
  ]) {
    for (const entry of collection.values()) collect(entry.data);
  }
  for (const e of index.explainers) {
    collect(e.data);
    for (const h of e.headings) out.add(h.text.trim());
  }
  // The site's own pages (about): their frontmatter is content too.
  for (const p of index.pages) {
    const fm = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(ROOT, p.file), 'utf8'))?.[1] ?? '';
    collect(parseYaml(fm));
    for (const h of p.headings) out.add(h.text.trim());
  }
  // The editions' own names (the language switcher) are the registry's, not interface strings.
  for (const lang of publishedLangs) out.add(languages[lang].name);
  return [...out].filter((x) => x.length > 1).sort((a, b) => b.length - a.length);
}

/** Each edition's month names, as its dates print them (in a date, and on their own: Russian declines them). */
const MONTHS = [
  ...new Set(
    publishedLangs.flatMap((lang) =>
      Array.from({ length: 12 }, (_, m) => {
        const date = new Date(Date.UTC(2021, m, 5));
        const inDate = new Intl.DateTimeFormat(localeOf(lang), { day: 'numeric', month: 'long', timeZone: 'UTC' }).formatToParts(date);
        const alone = new Intl.DateTimeFormat(localeOf(lang), { month: 'long', timeZone: 'UTC' }).format(date);
        return [inDate.find((p) => p.type === 'month')?.value ?? '', alone];
      }).flat(),
    ),
  ),
]
  .filter(Boolean)
  .join('|');
const DATE = new RegExp(`(?<![\\p{L}])(?:\\d{1,2} )?(?:${MONTHS})(?: \\d{4})?(?: г\\.)?(?![\\p{L}])`, 'gu');

/** `text` with every whole-word occurrence of `piece` replaced by a line break. */
function cut(text: string, piece: string): string {
  let out = text;
  let at = out.indexOf(piece);
  while (at !== -1) {
    const before = out[at - 1] ?? ' ';
    const after = out[at + piece.length] ?? ' ';
    if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) at = out.indexOf(piece, at + 1);
    else {
      out = `${out.slice(0, at)}\n${out.slice(at + piece.length)}`;
      at = out.indexOf(piece, at + 1);
    }
  }
  return out;
}

/**
 * What is left of `text` once marked strings, content, dates, numbers and punctuation are taken
 * out: interface text that bypassed the strings. `content` is sorted longest first.
 */
function unmarked(text: string, content: readonly string[], corpus: string): string[] {
  let rest = text.replace(/\s+/g, ' ').replace(/⟦[^⟧]*⟧/g, '\n');
  // A description cut short ("…"): its last part is the start of a content text.
  if (rest.endsWith('…')) {
    const cutShort = rest.slice(0, -1);
    // Cut within a text's first words: the last sentence's start is the start of a content text.
    const tail = cutShort.slice(Math.max(cutShort.lastIndexOf('. '), cutShort.lastIndexOf(': ')) + 2);
    if (tail.length >= 3 && content.some((piece) => piece.length > tail.length && piece.startsWith(tail))) {
      rest = cutShort.slice(0, cutShort.length - tail.length);
    }
    for (const piece of content) {
      const at = cutShort.indexOf(piece.slice(0, 24));
      if (piece.length > 24 && at !== -1 && piece.startsWith(cutShort.slice(at))) {
        rest = cutShort.slice(0, at);
        break;
      }
    }
  }
  for (const piece of content) if (rest.includes(piece)) rest = cut(rest, piece);
  return rest
    .replace(DATE, '\n')
    .split('\n')
    .map((f) => f.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((f) => {
      // Letters left: a word, not a back-link letter or an A–Z heading.
      if (f.replace(/[^\p{L}]/gu, '').length <= 1) return false;
      // A longer piece of content run together with another.
      return !(f.split(' ').length >= 3 && corpus.includes(f));
    });
}

const TEXT_ATTRIBUTES = ['aria-label', 'placeholder', 'title', 'alt', 'data-title', 'data-close', 'data-page'];

function findUnmarked(p: Page, content: readonly string[], corpus: string): string[] {
  const found: string[] = [];
  // Latin runs isolated in Arabic text (<bdi>) are part of the text around them: read it whole.
  const $ = cheerio.load(p.$.html().replace(/<\/?bdi>/g, ''));
  const report = (where: string, text: string) => {
    for (const f of unmarked(text, content, corpus)) found.push(`${p.file} ${where}: "${f}"`);
  };
  const body = $('body').clone();
  // The article's own text (but not what the components add to it: figures, the "later" label),
  // and what is not text: scripts, styles, structured data, back-link letters.
  body.find('.prose').each((_, el) => {
    const kept = $(el).find('figure, .later-label').clone();
    $(el).empty().append(kept);
  });
  body.find('script, style, .note-back').remove();
  body.find('noscript').each((_, el) => {
    report('noscript', cheerio.load($(el).text()).text());
  });
  body.find('noscript').remove();
  body.find('*').each((_, el) => {
    for (const attr of TEXT_ATTRIBUTES) {
      const v = $(el).attr(attr);
      if (v) report(`[${attr}]`, v);
    }
  });
  for (const node of body.find('*').contents().toArray()) if (node.type === 'text') report('text', $(node).text());
  report('<title>', $('head > title').text());
  for (const sel of [
    'meta[name="description"]',
    'meta[property="og:title"]',
    'meta[property="og:description"]',
    'meta[property="og:site_name"]',
  ]) {
    report(sel, $(sel).attr('content') ?? '');
  }
  return found;
}

beforeAll(() => {
  rmSync(outDir, { recursive: true, force: true });
  const build = buildSite({ outDir, env: { CONTEXT_DESK_PSEUDO: '1' } });
  if (build.code !== 0) throw new Error(build.output);
}, 180_000);

describe('interface strings', () => {
  it('are all marked in the pseudo-language build: none bypasses the strings', () => {
    const content = contentStrings();
    const corpus = content.join('\n');
    const pages = htmlPages(outDir);
    expect(pages.length).toBeGreaterThan(40);
    const found = pages.flatMap((p) => findUnmarked(p, content, corpus));
    expect(found).toEqual([]);
  });

  it('the check finds an unmarked string (it is not vacuous)', () => {
    const content = contentStrings();
    const p = {
      file: 'x.html',
      html: '',
      $: cheerio.load('<body><nav aria-label="Footer"><a>⟦Home⟧</a> <a>Sources</a></nav><p>The Quartet · 5 May 2021</p></body>'),
    };
    expect(findUnmarked(p, content, content.join('\n'))).toEqual(['x.html [aria-label]: "Footer"', 'x.html text: "Sources"']);
  });
});
