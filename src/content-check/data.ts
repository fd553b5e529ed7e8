/**
 * Data files (YAML, or JSON) read with their source positions, so that every
 * problem, including a schema problem deep in a list, points at its own line.
 */
import type { ZodIssue, ZodTypeAny } from 'astro/zod';
import { type Document, isMap, isNode, isPair, isScalar, LineCounter, parseDocument } from 'yaml';
import type { Position, Problem } from './problems';

export interface ParsedData {
  data: unknown;
  /** Where the value at `path` starts (or, when `key` is set, where that key of the map at `path` is written). */
  locate(path: ReadonlyArray<string | number>, key?: string): Position | undefined;
}

/** Parses YAML (or, for `.json` files, strict JSON) keeping positions. `firstLine` is the line the text starts on in its file. */
export function parseData(file: string, text: string, options: { json?: boolean; firstLine?: number } = {}): ParsedData | Problem {
  const lines = (options.firstLine ?? 1) - 1;
  const lineCounter = new LineCounter();
  if (options.json) {
    try {
      JSON.parse(text);
    } catch (e) {
      const message = (e as Error).message;
      const offset = Number(/position (\d+)/.exec(message)?.[1] ?? Number.NaN);
      const at = Number.isNaN(offset) ? undefined : positionOf(text, offset);
      return { file, ...(at ? { at } : {}), message: `JSON syntax error: ${message.replace(/ in JSON at position \d+.*$/, '')}` };
    }
  }
  // Unquoted dates become Date objects, as in Astro's own loader, so the schemas can refuse them.
  const doc = parseDocument(text, { lineCounter, customTags: ['timestamp'], uniqueKeys: true, prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    const pos = lineCounter.linePos(error.pos[0]);
    return {
      file,
      at: { line: pos.line + lines, col: pos.col },
      message: `${options.json ? 'JSON' : 'YAML'} syntax error: ${firstLine(error.message).replace(/ at line \d+, column \d+:?$/, '')}`,
    };
  }
  const at = (offset: number): Position => {
    const p = lineCounter.linePos(offset);
    return { line: p.line + lines, col: p.col };
  };
  return {
    data: doc.toJS({ maxAliasCount: 50 }) ?? {},
    locate: (path, key) => locateIn(doc, path, key, at),
  };
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text;
}

function positionOf(text: string, offset: number): Position {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, col: (before.at(-1)?.length ?? 0) + 1 };
}

function locateIn(
  doc: Document,
  path: ReadonlyArray<string | number>,
  key: string | undefined,
  at: (offset: number) => Position,
): Position | undefined {
  // The deepest node that exists on the path: a missing field is reported where its parent is.
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    if (!isNode(node)) continue;
    if (n === path.length && key !== undefined && isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
      if (pair && isNode(pair.key) && pair.key.range) return at(pair.key.range[0]);
    }
    if (node.range) return at(node.range[0]);
  }
  return undefined;
}

/** A clearer wording of zod's generic messages, with a hint. */
function describe(issue: ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.received === 'undefined') {
    return issue.message === 'Required' ? 'is missing: add it (CONTRIBUTING.md lists every field)' : issue.message;
  }
  if (issue.code === 'invalid_type') return `expected ${issue.expected}, got ${issue.received}`;
  return issue.message;
}

/** Validates parsed data against `schema`: one problem per issue, each at the line of the field it is about. */
export function schemaProblems(file: string, parsed: ParsedData, schema: ZodTypeAny): { data?: unknown; problems: Problem[] } {
  const result = schema.safeParse(parsed.data);
  if (result.success) return { data: result.data, problems: [] };
  const problems = result.error.issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((k) => {
        const at = parsed.locate(issue.path, k);
        return {
          file,
          ...(at ? { at } : {}),
          field: [...issue.path, k].join('.'),
          message: 'unknown field: check the spelling (CONTRIBUTING.md lists every field)',
        };
      });
    }
    const at = parsed.locate(issue.path);
    return [{ file, ...(at ? { at } : {}), ...(issue.path.length > 0 ? { field: issue.path.join('.') } : {}), message: describe(issue) }];
  });
  return { problems };
}
