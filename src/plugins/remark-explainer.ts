/**
 * Remark plugin for explainers. At compile time it
 *  - checks every component an author uses (<Cite>, <Who>, <Term>, <Figure>, <Later>)
 *    and every id they reference, failing with the file, line and a hint;
 *  - numbers citations (summary, key points, body and figure sources, in reading
 *    order) and hands the numbering to the page through the frontmatter;
 *  - puts the configured base path in front of site-absolute links.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import yaml from 'js-yaml';
import { numberCitations } from '../lib/citations';
import { contentDir, dataFiles, readKnownIds } from '../lib/content-files';
import { joinBase } from '../lib/paths';

interface Point {
  line: number;
  column: number;
}
interface Node {
  type: string;
  alt?: string | null;
  name?: string | null;
  url?: string;
  value?: unknown;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: Node[];
  position?: { start: Point };
}
interface VFileLike {
  path?: string;
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

export const COMPONENTS = ['Cite', 'Who', 'Term', 'Figure', 'Later'] as const;

export class ContentError extends Error {
  constructor(file: string, point: Point | undefined, message: string) {
    super(`${file}${point ? `:${point.line}:${point.column}` : ''}: ${message}`);
    this.name = 'ContentError';
  }
}

function attr(node: Node, name: string): string | undefined {
  const a = node.attributes?.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  return typeof a?.value === 'string' ? a.value : undefined;
}

function setAttr(node: Node, name: string, value: string) {
  node.attributes = (node.attributes ?? []).filter((x) => x.name !== name);
  node.attributes.push({ type: 'mdxJsxAttribute', name, value });
}

function walk(node: Node, visit: (n: Node) => void) {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

function figureCites(dir: string, id: string): string[] {
  const entry = dataFiles('figures', dir).find(([fid]) => fid === id);
  if (!entry) return [];
  const data = yaml.load(readFileSync(entry[1], 'utf8')) as { cite?: unknown } | null;
  return Array.isArray(data?.cite) ? data.cite.filter((x): x is string => typeof x === 'string') : [];
}

export interface Options {
  base: string;
}

export default function remarkExplainer({ base }: Options) {
  return (treeArg: unknown, fileArg: unknown) => {
    const tree = treeArg as Node;
    const file = fileArg as VFileLike;
    const dir = contentDir();
    const path = file.path ?? '';
    if (!path.startsWith(`${dir}/explainers/`)) return;
    const rel = relative(process.cwd(), path);
    const fm = (file.data.astro ??= {}).frontmatter ?? {};
    const known = readKnownIds(dir);

    const frontCites: string[] = [];
    const summaryCite = fm['summaryCite'];
    if (Array.isArray(summaryCite)) frontCites.push(...summaryCite.map(String));
    const keyPoints = fm['keyPoints'];
    if (Array.isArray(keyPoints)) {
      for (const p of keyPoints) {
        const cite = (p as { cite?: unknown })?.cite;
        if (Array.isArray(cite)) frontCites.push(...cite.map(String));
      }
    }

    const sequence = [...frontCites];
    const citeNodes: Array<{ node: Node; at: number }> = [];
    const figureNodes: Array<{ node: Node; from: number; cites: string[] }> = [];
    const links: string[] = [];
    let mention = 0;

    walk(tree, (node) => {
      if (node.type === 'image' && !node.alt?.trim()) {
        throw new ContentError(rel, node.position?.start, `image ${node.url ?? ''} has no alt text. Describe it: ![what the image shows](${node.url ?? 'file'}).`);
      }
      if (node.type === 'link' && typeof node.url === 'string' && /^\/(?!\/)/.test(node.url)) {
        links.push(node.url);
        node.url = joinBase(base, node.url);
        return;
      }
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const at = node.position?.start;
      const name = node.name ?? '';
      if (!(COMPONENTS as readonly string[]).includes(name)) {
        throw new ContentError(
          rel,
          at,
          `unknown component <${name || 'fragment'}>. Use one of ${COMPONENTS.map((c) => `<${c}>`).join(', ')}; write other content as Markdown.`,
        );
      }
      const need = (collection: keyof typeof known, hint: string) => {
        const id = attr(node, 'id');
        if (!id) throw new ContentError(rel, at, `<${name}> needs an id="..." attribute.`);
        if (!known[collection].has(id)) {
          throw new ContentError(rel, at, `<${name} id="${id}">: unknown ${hint} id "${id}". Add content/${collection}/${id}.yaml or fix the id.`);
        }
        return id;
      };
      if (name === 'Cite') {
        citeNodes.push({ node, at: sequence.length });
        sequence.push(need('sources', 'source'));
      } else if (name === 'Who') {
        need('profiles', 'profile');
        setAttr(node, 'k', String(++mention));
      } else if (name === 'Term') {
        need('glossary', 'glossary');
        setAttr(node, 'k', String(++mention));
      } else if (name === 'Figure') {
        const id = need('figures', 'figure');
        const cites = figureCites(dir, id);
        figureNodes.push({ node, from: sequence.length, cites });
        sequence.push(...cites);
      }
    });

    if (citeNodes.length === 0) {
      throw new ContentError(rel, undefined, 'the text cites no source. Back every factual sentence with <Cite id="source-id" />.');
    }
    const numbering = numberCitations(sequence);
    for (const { node, at } of citeNodes) {
      const mark = numbering.marks[at];
      if (!mark) continue;
      setAttr(node, 'n', String(mark.n));
      setAttr(node, 'k', String(mark.k));
    }
    for (const { node, from, cites } of figureNodes) {
      const marks = numbering.marks.slice(from, from + cites.length);
      setAttr(node, 'marks', marks.map((m) => `${m.n}:${m.k}`).join(' '));
    }

    fm['citeOrder'] = numbering.order;
    fm['citeCounts'] = numbering.counts;
    fm['internalLinks'] = links;
    file.data.astro.frontmatter = fm;
  };
}
