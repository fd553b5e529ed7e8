/**
 * Typographic punctuation in explainers and pages: straight quotes become curly ones, "--" a dash,
 * "..." an ellipsis. It replaces Astro's default SmartyPants step (remark-smartypants, turned off in
 * astro.config.mjs) with the same rules (retext-smartypants) in the same two passes, and so the same
 * text:
 *  1. quotes, over the text of the file joined up, so that a quote pairs across a link or an
 *     emphasis; a block (paragraph, heading, table cell) starts with a space, so that a quote at its
 *     start opens; inline code counts as letters and keeps its quotes;
 *  2. dashes, ellipses and backticks, over each text on its own (they change its length).
 * What differs is what is read. The first pass reads block by block, and only blocks with a
 * straight quote other than an apostrophe inside a word (OTHER_QUOTE): whether a quote opens or
 * closes depends on the words, spaces and marks next to it, within its sentence, and a space counts
 * as nothing there does (retext-smartypants' rules), so cutting the text at the space that starts a
 * block changes no quote. The second pass
 * skips a text with nothing it could change. At 1,000 explainers Astro's step spent 24 s of the
 * build (every text read again word by word, about 170 per explainer, where nothing changed; the
 * whole text read at once); tests/content/parsed-once.test.ts compares the two on every explainer.
 * The content check makes heading ids with this same step (src/content-check/mdx.ts).
 */
import { retext } from 'retext';
import retextSmartypants from 'retext-smartypants';
import { visit } from 'unist-util-visit';

interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  children?: Node[];
}
type Literal = Node & { value: string };

const quotes = retext().use(retextSmartypants, { ellipses: false, dashes: false, backticks: false });
const marks = retext().use(retextSmartypants, { quotes: false });

/** What the first pass can change: a straight quote. */
const QUOTE = /["']/;
/**
 * A quote other than an apostrophe inside a word ("Russia's", "Ma'an"). Under retext-smartypants'
 * rules such an apostrophe closes: with a letter or digit before it and a letter after it, it is
 * neither an opening quote nor one of the special cases, which look at a quote's own neighbours. So a
 * block whose only quotes are such apostrophes (about 40 of the 73 English blocks with a quote) is
 * not read word by word: each becomes what the rules make of one.
 */
const OTHER_QUOTE = /"|(?<![\p{L}\p{N}])'|'(?!\p{L})/u;
const INNER_APOSTROPHE = /(?<=[\p{L}\p{N}])'(?=\p{L})/gu;
/** What the rules make of an apostrophe inside a word, asked of them once. */
const APOSTROPHE = String(quotes.processSync("a'b")).slice(1, -1);

/** The first pass over one block's text. */
function educateQuotes(piece: string): string {
  if (!QUOTE.test(piece)) return piece;
  if (!OTHER_QUOTE.test(piece)) return piece.replace(INNER_APOSTROPHE, APOSTROPHE);
  return String(quotes.processSync(piece));
}
/** What the second can: "--", three dots (or dots with spaces between), "``" and "''". */
const MARK = /--|\.\.|\.\s+\.|``|''/;

/** Where a text starts afresh. Inline parents (emphasis, links, components) do not: a quote pairs across them. */
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
/** Elements whose text is code, not prose. */
const CODE_ELEMENTS = new Set(['style', 'script']);

export default function remarkTypography() {
  return (tree: unknown) => {
    const texts: Array<{ node: Literal; start: number }> = [];
    /** Where each block's space is in `all`. */
    const blocks: number[] = [];
    let all = '';
    visit(tree as Node, (node: Node, _index, parent: Node | undefined) => {
      if (!parent) return;
      if (parent.type === 'mdxJsxTextElement' && (typeof parent.name !== 'string' || CODE_ELEMENTS.has(parent.name))) return;
      if ((node.type === 'text' || node.type === 'inlineCode') && typeof node.value === 'string') {
        texts.push({ node: node as Literal, start: all.length });
        all += node.type === 'text' ? node.value : 'A'.repeat(node.value.length);
      } else if (BLOCKS.has(node.type)) {
        blocks.push(all.length);
        all += ' ';
      }
    });
    let quoted = '';
    const cuts = [0, ...blocks.filter((b) => b > 0), all.length];
    for (let i = 0; i + 1 < cuts.length; i++) {
      const piece = all.slice(cuts[i], cuts[i + 1]);
      quoted += educateQuotes(piece);
    }
    for (const { node, start } of texts) {
      if (node.type !== 'text') continue;
      const text = quoted.slice(start, start + node.value.length);
      node.value = MARK.test(text) ? String(marks.processSync(text)) : text;
    }
  };
}
