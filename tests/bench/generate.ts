/**
 * Content for the scale runs: a copy of content/ plus generated explainers,
 * recombined from the real ones in content/explainers/en/.
 *
 * Generated explainer k (0-based) is built on real explainer B = real[k % 4]:
 *  - its file and slug are `gen-<k+1, 4 digits>-<B>` (the mark of a generated
 *    explainer), its title is B's plus a made-up token word, e.g.
 *    "The Middle East Quartet and its mediation (Bavokix edition)", its order
 *    is 100 + k, so the real explainers keep their places;
 *  - the summary starts with the token; the key points are B's, rotated, 3 to 6;
 *  - the body is B's introduction and every section of B (so each of B's
 *    heading anchors exists, with the same slug), the non-shared sections in
 *    rotated order, plus one or two sections borrowed from another real
 *    explainer whose headings and figures B does not have; the paragraphs
 *    of each run are rotated; every section gets a sentence with the token
 *    and a made-up word of its own (about 15 new words per explainer), so the
 *    index grows as with new writing, not only new pages;
 *  - links to a real explainer go to the generated explainer built on it in
 *    the same group of four (k = 4g..4g+3), as the real four link to each
 *    other; past the last full group they stay on the real one.
 * Nothing else changes: sources, profiles, themes, events (whose `section`
 * refs keep pointing at headings that exist), glossary and figures are copied.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { headingSlugs } from '../../src/content-check/mdx';
import { ROOT } from '../helpers/site';

interface KeyPoint {
  text: string;
  cite: string[];
}

interface Frontmatter {
  title: string;
  lang: string;
  theme: string;
  order: number;
  summary: string;
  summaryCite: string[];
  keyPoints: KeyPoint[];
  published: string;
  reviewed: string;
}

interface Section {
  /** The "## " heading line and everything up to the next one. */
  text: string;
  slugs: string[];
  figures: string[];
  hasLater: boolean;
}

interface RealExplainer {
  slug: string;
  fm: Frontmatter;
  intro: string;
  sections: Section[];
}

const SOURCE = join(ROOT, 'content');

function readReal(): RealExplainer[] {
  const dir = join(SOURCE, 'explainers/en');
  return readdirSync(dir)
    .filter((n) => n.endsWith('.mdx') && !n.startsWith('_'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
      if (!m) throw new Error(`${name}: no frontmatter`);
      const fm = parseYaml(m[1] ?? '') as Frontmatter;
      const body = text.slice(m[0].length);
      const parts = body.split(/^(?=## )/m);
      const intro = parts[0]?.startsWith('## ') ? '' : (parts.shift() ?? '');
      const sections = parts.map((s) => ({
        text: s.trimEnd(),
        slugs: headingSlugs(s),
        figures: [...s.matchAll(/<Figure\s+id="([^"]+)"/g)].map((x) => x[1] ?? ''),
        hasLater: s.includes('<Later>'),
      }));
      return { slug: name.replace(/\.mdx$/, ''), fm, intro: intro.trim(), sections };
    });
}

const CONSONANTS = 'bdfgklmnprstvz';
const VOWELS = 'aeiou';

/** A made-up word for `n`: `syllables` consonant-vowel pairs, distinct for every n below 70^syllables. */
function madeUpWord(n: number, syllables: number): string {
  let out = '';
  let x = n;
  for (let i = 0; i < syllables; i++) {
    const s = x % 70;
    x = Math.floor(x / 70);
    out += `${CONSONANTS[s % 14]}${VOWELS[Math.floor(s / 14)]}`;
  }
  return out;
}

const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
/** The token of explainer k: three syllables and an x ("Bavokix"), so it is no English word. */
const token = (k: number) => capital(`${madeUpWord(k, 3)}x`);
/** A made-up word of its own for section s of explainer k (four syllables, never a token). */
const sectionWord = (k: number, s: number) => capital(madeUpWord(k * 64 + s + 7, 4));

export const generatedSlug = (k: number, base: string) => `gen-${String(k + 1).padStart(4, '0')}-${base}`;

function rotate<T>(list: readonly T[], by: number): T[] {
  if (list.length === 0) return [];
  const n = ((by % list.length) + list.length) % list.length;
  return [...list.slice(n), ...list.slice(0, n)];
}

/** Rotates each run of plain paragraphs (between headings, figures and <Later> blocks) by `by`. */
function shuffleParagraphs(text: string, by: number): string {
  const blocks = text.split(/\n{2,}/);
  const out: string[] = [];
  let run: string[] = [];
  let inLater = false;
  const flush = () => {
    out.push(...rotate(run, by));
    run = [];
  };
  for (const block of blocks) {
    const plain = !inLater && !/^(#|<Figure|<Later|<\/Later)/.test(block.trim());
    if (block.includes('<Later>')) inLater = true;
    if (block.includes('</Later>')) inLater = false;
    if (plain) run.push(block);
    else {
      flush();
      out.push(block);
    }
  }
  flush();
  return out.join('\n\n');
}

/** Adds `sentence` to the end of the first plain paragraph of a section. */
function addSentence(text: string, sentence: string): string {
  const blocks = text.split(/\n{2,}/);
  const i = blocks.findIndex((b) => !/^(#|<|\*\*)/.test(b.trim()));
  if (i >= 0) blocks[i] = `${blocks[i]?.trimEnd()} ${sentence}`;
  return blocks.join('\n\n');
}

const quote = (s: string) => JSON.stringify(s);
const ids = (xs: readonly string[]) => `[${xs.join(', ')}]`;

function frontmatter(fm: Frontmatter): string {
  return [
    '---',
    `title: ${quote(fm.title)}`,
    `lang: ${fm.lang}`,
    `theme: ${fm.theme}`,
    `order: ${fm.order}`,
    `summary: ${quote(fm.summary)}`,
    `summaryCite: ${ids(fm.summaryCite)}`,
    'keyPoints:',
    ...fm.keyPoints.flatMap((p) => [`  - text: ${quote(p.text)}`, `    cite: ${ids(p.cite)}`]),
    `published: ${quote(fm.published)}`,
    `reviewed: ${quote(fm.reviewed)}`,
    '---',
    '',
  ].join('\n');
}

function generate(k: number, count: number, real: readonly RealExplainer[], common: ReadonlySet<string>): { slug: string; text: string } {
  const n = real.length;
  const base = real[k % n] as RealExplainer;
  const group = Math.floor(k / n);
  const slug = generatedSlug(k, base.slug);
  const word = token(k);

  // Links to a real explainer: to the one built on it in this group of four, if it exists.
  const relink = (text: string) =>
    text.replace(/\]\(\/explainers\/([a-z0-9-]+)\//g, (all, target: string) => {
      const i = real.findIndex((r) => r.slug === target);
      const j = group * n + i;
      return i >= 0 && j < count ? `](/explainers/${generatedSlug(j, target)}/` : all;
    });

  const own = base.sections.filter((s) => !common.has(s.slugs[0] ?? ''));
  const tail = base.sections.filter((s) => common.has(s.slugs[0] ?? ''));
  const baseSlugs = new Set(base.sections.flatMap((s) => s.slugs));
  const baseFigures = new Set(base.sections.flatMap((s) => s.figures));
  const donor = real[(k + 1 + (group % (n - 1))) % n] as RealExplainer;
  const borrowable = donor.sections.filter(
    (s) =>
      !common.has(s.slugs[0] ?? '') &&
      !s.hasLater &&
      s.slugs.every((x) => !baseSlugs.has(x)) &&
      s.figures.every((f) => !baseFigures.has(f)),
  );
  const borrowed =
    borrowable.length === 0
      ? []
      : [...new Set([group % borrowable.length, (group + 1 + (k % 2)) % borrowable.length])].map((i) => borrowable[i] as Section);

  const sections = [...rotate(own, k), ...borrowed, ...tail].map((s, i) =>
    shuffleParagraphs(addSentence(s.text, `In the ${word} notes, this part is filed under ${sectionWord(k, i)}.`), k + i),
  );
  const keyCount = Math.min(6, base.fm.keyPoints.length, 3 + (k % Math.max(1, base.fm.keyPoints.length - 2)));
  const fm: Frontmatter = {
    ...base.fm,
    title: `${base.fm.title} (${word} edition)`,
    order: 100 + k,
    summary: `${word} edition, generated for the benchmark. ${base.fm.summary}`,
    keyPoints: rotate(base.fm.keyPoints, k).slice(0, keyCount),
  };
  const intro = `${base.intro}\n\nThis is the ${word} edition of the explainer, generated for the benchmark from the site's own texts.`;
  return { slug, text: `${frontmatter(fm)}\n${relink([intro, ...sections].join('\n\n'))}\n` };
}

/**
 * Writes `dir` (removed first): a copy of content/ with `total` explainers in
 * all, the real ones and `total - real` generated ones. Returns how many were generated.
 */
export function writeScaleContent(dir: string, total: number): number {
  const real = readReal();
  // Sections every real explainer has ("Why it mattered", FAQ, "What happened next") stay at the end.
  const slugSets = real.map((r) => new Set(r.sections.map((s) => s.slugs[0] ?? '')));
  const common = new Set([...(slugSets[0] ?? [])].filter((s) => slugSets.every((set) => set.has(s))));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(SOURCE, dir, { recursive: true });
  const count = Math.max(0, total - real.length);
  for (let k = 0; k < count; k++) {
    const { slug, text } = generate(k, count, real, common);
    writeFileSync(join(dir, 'explainers/en', `${slug}.mdx`), text);
  }
  return count;
}
