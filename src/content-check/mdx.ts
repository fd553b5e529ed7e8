/**
 * An explainer file read as Astro reads it: YAML frontmatter, and an MDX body
 * parsed by the same remark plugins, with heading ids made by Astro's own
 * rehype plugin, so that the anchors checked here are the anchors published.
 */

import { deserialize, serialize } from 'node:v8';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import remarkTypography from '../plugins/remark-typography';
import { type ParsedData, parseData } from './data';
import type { Position, Problem } from './problems';

/** An mdast node, as much of it as the checks read. */
export interface MdNode {
  type: string;
  name?: string | null;
  url?: string;
  alt?: string | null;
  depth?: number;
  value?: unknown;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: MdNode[];
  position?: { start: { line: number; column: number } };
}

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface ParsedExplainer {
  frontmatter: ParsedData;
  /** The body's syntax tree; positions are those of the whole file. */
  tree: MdNode;
  headings: Heading[];
}

/** The node types MDX adds to Markdown; remark-rehype passes them through untouched. */
const MDX_NODES = ['mdxjsEsm', 'mdxFlowExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxTextExpression'];

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
/** The same parser's modules, by name, for the threads that parse ahead (src/content-check/parse-ahead.ts). */
export const PARSER_MODULES = { unified: 'unified', plugins: ['remark-parse', 'remark-mdx', 'remark-gfm'] } as const;
/**
 * The build turns straight quotes into typographic ones (src/plugins/remark-typography.ts) before it
 * makes heading ids, so the check does too; only the headings' text matters to the check, so only
 * they are run through it. Each heading starts fresh, as it does in the whole text: a quote at its
 * start opens.
 */
const smartQuotes = unified().use(remarkTypography);
// (The cast: remark-rehype's types know only CommonMark's node types, not MDX's.)
const toHast = unified()
  .use(remarkRehype, { passThrough: MDX_NODES } as Record<string, unknown>)
  .use(rehypeHeadingIds);

export function at(node: MdNode): Position | undefined {
  const start = node.position?.start;
  return start ? { line: start.line, col: start.column } : undefined;
}

const FRONTMATTER_MISSING = 'missing frontmatter: start the file with a line "---", the fields, and another "---" (see CONTRIBUTING.md)';

/**
 * An MDX file's frontmatter (the YAML between the "---" lines, and where it ends), and its body as
 * Astro's MDX compiler is given it: the frontmatter, from "---" to "---", becomes spaces, its lines
 * kept, so that every position in the tree is the same as in the file. A byte-order mark is
 * ignored; undefined when the file does not start with a frontmatter.
 */
export function mdxDocument(source: string): { yaml: string; body: string } | undefined {
  const text = source.replace(/^\uFEFF/, '');
  const m = FRONTMATTER.exec(text);
  if (!m) return undefined;
  const closing = m[0].lastIndexOf('---') + 3;
  return { yaml: m[1] ?? '', body: text.slice(0, closing).replace(/[^\r\n]/g, ' ') + text.slice(closing) };
}

/**
 * Reads an explainer's source; the frontmatter must come first. With `keepAs` (the file's absolute
 * path) and trees kept (`keepParsedTrees`), the syntax tree is kept for the compile; one parsed
 * ahead from the same text (`useParsedAhead`) is taken rather than parsed again.
 */
export function parseExplainer(file: string, source: string, keepAs?: string): ParsedExplainer | Problem {
  const document = mdxDocument(source);
  if (!document) return { file, at: { line: 1, col: 1 }, message: FRONTMATTER_MISSING };
  const frontmatter = parseData(file, document.yaml, { firstLine: 2 });
  if ('message' in frontmatter) return frontmatter;
  const { body } = document;
  let tree: MdNode;
  const early = keepAs ? parsedAhead?.get(keepAs) : undefined;
  if (keepAs && early?.doc === body) {
    tree = deserialize(early.tree) as MdNode;
    keep(keepAs, body, early.tree);
  } else {
    try {
      tree = parser.runSync(parser.parse(body)) as unknown as MdNode;
    } catch (e) {
      const err = e as { line?: number; column?: number; reason?: string; message: string };
      return {
        file,
        ...(err.line ? { at: { line: err.line, col: err.column ?? 1 } } : {}),
        message: `MDX syntax error: ${err.reason ?? err.message}. Write Markdown and the site's components only (see CONTRIBUTING.md).`,
      };
    }
    if (keepAs && keeping()) keep(keepAs, body, serialize(tree));
  }
  return { frontmatter, tree, headings: headingsOf(file, tree) };
}

/**
 * Headings with the ids Astro gives them (github-slugger over the heading's text, as rehype sees it).
 * The ids depend on the headings alone (their text, in order, for numbering repeats): they are made
 * from a copy of the headings, with their quotes made typographic as Astro makes them.
 */
function headingsOf(file: string, tree: MdNode): Heading[] {
  const headings: MdNode[] = [];
  walk(tree, (node) => {
    if (node.type === 'heading') headings.push(node);
  });
  const root = { type: 'root', children: structuredClone(headings) };
  smartQuotes.runSync(root as never);
  const vfile = new VFile({ path: file.endsWith('.mdx') ? file : `${file}.mdx` });
  toHast.runSync(root as never, vfile);
  const data = vfile.data as { astro?: { headings?: Heading[] } };
  return (data.astro?.headings ?? []).map(({ depth, slug, text }) => ({ depth, slug, text }));
}

/**
 * Calls `visit` for every node, depth first, with its ancestors (the root first). The ancestors are
 * one list the walk updates as it goes, not a new copy for every node: read it during the call, do
 * not keep it.
 */
export function walk(node: MdNode, visit: (node: MdNode, ancestors: readonly MdNode[]) => void): void {
  const ancestors: MdNode[] = [];
  const step = (n: MdNode) => {
    visit(n, ancestors);
    if (!n.children) return;
    ancestors.push(n);
    for (const child of n.children) step(child);
    ancestors.pop();
  };
  step(node);
}

/** The heading ids Astro gives the headings of an MDX text (a body, or part of one). */
export function headingSlugs(mdx: string): string[] {
  return headingsOf('text.mdx', parser.runSync(parser.parse(mdx)) as unknown as MdNode).map((h) => h.slug);
}

/**
 * The syntax trees the check parsed, kept for the build's MDX compile, which would parse the same
 * text again (src/plugins/remark-parsed-once.ts): by absolute path, with the exact text parsed, each
 * serialised (outside the JS heap until it is used; about 2 ms to read back against 20 ms to parse)
 * and handed out once. On globalThis: the check and the compile may run in two instances of this module.
 */
const KEPT = Symbol.for('context-desk:parsed-mdx');
interface Kept {
  trees: Map<string, { doc: string; tree: Buffer }>;
  /** How many trees were kept, and how many the compile took. */
  kept: number;
  taken: number;
}
const store = (): Kept | undefined => (globalThis as { [KEPT]?: Kept | undefined })[KEPT];

/** From now on (a build), the check keeps what it parses for the compile; `false` drops what it kept (the dev server, tests). */
export function keepParsedTrees(on: boolean): void {
  (globalThis as { [KEPT]?: Kept | undefined })[KEPT] = on ? { trees: new Map(), kept: 0, taken: 0 } : undefined;
}

/** Whether the check keeps what it parses (a build). */
const keeping = () => store() !== undefined;

function keep(path: string, doc: string, tree: Buffer): void {
  const s = store();
  if (!s) return;
  if (!s.trees.has(path)) s.kept++;
  s.trees.set(path, { doc, tree });
}

/** Trees parsed ahead, by absolute path, with the text each was parsed from (src/content-check/parse-ahead.ts); a Map of them will do. */
export interface ParsedAhead {
  get(path: string): { doc: string; tree: Buffer } | undefined;
}
let parsedAhead: ParsedAhead | undefined;

/** Runs `check` with the trees of `ahead` taken instead of parsing those files again. */
export function useParsedAhead<T>(ahead: ParsedAhead, check: () => T): T {
  parsedAhead = ahead;
  try {
    return check();
  } finally {
    parsedAhead = undefined;
  }
}

/** The tree the check parsed from exactly `doc` at `path`, once; undefined if it kept none (or the file changed since). */
export function takeParsedTree(path: string, doc: string): MdNode | undefined {
  const s = store();
  const entry = s?.trees.get(path);
  if (!s || !entry) return undefined;
  s.trees.delete(path);
  if (entry.doc !== doc) return undefined;
  s.taken++;
  return deserialize(entry.tree) as MdNode;
}

/** For the build log: how many parsed trees the check kept and how many the compile took. */
export function parsedTreesUsed(): { kept: number; taken: number } | undefined {
  const s = store();
  return s ? { kept: s.kept, taken: s.taken } : undefined;
}
