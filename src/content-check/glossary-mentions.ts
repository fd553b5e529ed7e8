/**
 * Glossary terms in an explainer's text: the first mention of each term (by its name or an
 * alias) should be marked with <Term>, so that readers can look it up where they first meet it.
 * An unmarked first mention is a warning, not an error: the words may mean something else there.
 */
import { at, type MdNode, walk } from './mdx';
import type { Problem } from './problems';

export interface GlossaryNames {
  id: string;
  term: string;
  aliases: readonly string[];
}

/** Text in these is not a mention to mark: headings, links, code, and the other components' words. */
const SKIP = new Set(['heading', 'link', 'linkReference', 'inlineCode', 'code']);

/**
 * A name as found in running text: whole words, any run of spaces or hyphens between its words;
 * case-sensitive when it is written with capitals in a row (COVAX, PLC, WHO approval), so that an
 * abbreviation does not match an ordinary word.
 */
export function namePattern(name: string): RegExp {
  const words = name
    .trim()
    .split(/[\s\u00a0-]+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]"));
  const flags = /\p{Lu}{2}/u.test(name) ? 'u' : 'iu';
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[\\s\\u00a0-]+')}(?![\\p{L}\\p{N}])`, flags);
}

/** Each list of terms' patterns, made once: the check passes one list per edition for all its explainers. */
const patternsOf = new WeakMap<readonly GlossaryNames[], Array<GlossaryNames & { res: RegExp[] }>>();

/** The first unmarked mention of each glossary term in an explainer's body, as warnings. */
export function unmarkedMentions(file: string, tree: MdNode, terms: readonly GlossaryNames[]): Problem[] {
  let patterns = patternsOf.get(terms);
  if (!patterns) {
    patterns = terms.map((t) => ({ ...t, res: [t.term, ...t.aliases].map(namePattern) }));
    patternsOf.set(terms, patterns);
  }
  const seen = new Set<string>();
  const warnings: Problem[] = [];
  walk(tree, (node, ancestors) => {
    if (node.type === 'mdxJsxTextElement' && node.name === 'Term') {
      const id = node.attributes?.find((a) => a.name === 'id')?.value;
      if (typeof id === 'string') seen.add(id);
      return;
    }
    if (node.type !== 'text' || typeof node.value !== 'string') return;
    if (ancestors.some((a) => SKIP.has(a.type) || (a.type === 'mdxJsxTextElement' && a.name !== null))) return;
    const text = node.value;
    for (const t of patterns) {
      if (seen.has(t.id)) continue;
      const found = t.res.map((re) => re.exec(text)).filter((m): m is RegExpExecArray => m !== null);
      if (found.length === 0) continue;
      // The earliest, and of names found at one place the longest (the alias "Office of the Quartet Representative").
      const first = found.reduce((a, b) => (b.index < a.index || (b.index === a.index && b[0].length > a[0].length) ? b : a));
      seen.add(t.id);
      const where = at(node);
      const before = text.slice(0, first.index);
      const lines = before.split('\n');
      const position = where && {
        line: where.line + lines.length - 1,
        col: lines.length > 1 ? (lines.at(-1)?.length ?? 0) + 1 : where.col + before.length,
      };
      warnings.push({
        file,
        ...(position ? { at: position } : {}),
        message: `"${first[0]}" is the first mention of the glossary term "${t.term}" and is not marked: wrap it, <Term id="${t.id}">${first[0]}</Term>`,
      });
    }
  });
  return warnings;
}
