/**
 * Each MDX file is parsed once per build. The content check has parsed every explainer and page
 * before the build starts (src/content-check/mdx.ts, with the same parser and extensions as Astro's
 * MDX compiler: Markdown, MDX, GitHub's tables and autolinks) and kept the trees; the compile takes
 * a file's tree from there when the text it is about to parse is exactly the text the check parsed,
 * and parses it itself otherwise (another file, a file changed since, the dev server). At 1,000
 * explainers the second parse cost about 20 s of the build's main thread.
 */
import type { Processor } from 'unified';
import { takeParsedTree } from '../content-check/mdx';

/** A syntax tree, as unified's parsers return it. */
type Tree = ReturnType<NonNullable<Processor['parser']>>;

export default function remarkParsedOnce(this: Processor) {
  const parse = this.parser;
  if (!parse) return;
  this.parser = (doc, file) => (file.path ? (takeParsedTree(file.path, doc) as Tree | undefined) : undefined) ?? parse(doc, file);
}
