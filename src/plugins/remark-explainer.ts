/**
 * Remark plugin for explainers. The content check (src/content-check) has
 * already refused anything but Markdown and the site's components, and every
 * unknown id; at compile time this plugin
 *  - numbers citations (summary, key points, body, figure and map sources, in
 *    reading order) and hands the numbering to the page through the frontmatter;
 *  - puts the base path and the edition's language prefix in front of site links,
 *    and tells the components the explainer's language.
 */

import { editionHref, loadContent, mapCites } from '../content-check';
import { langOf } from '../i18n/languages';
import { numberCitations } from '../lib/citations';
import { joinBase } from '../lib/paths';
import { type JsxNode, jsxAttr } from './mdx-jsx';

type Node = JsxNode;
interface VFileLike {
  path?: string;
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

function setAttr(node: Node, name: string, value: string) {
  node.attributes = (node.attributes ?? []).filter((x) => x.name !== name);
  node.attributes.push({ type: 'mdxJsxAttribute', name, value });
}

function walk(node: Node, visit: (n: Node) => void) {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

const ids = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

export interface Options {
  base: string;
}

export default function remarkExplainer({ base }: Options) {
  return (treeArg: unknown, fileArg: unknown) => {
    const tree = treeArg as Node;
    const file = fileArg as VFileLike;
    const { index } = loadContent();
    const path = file.path ?? '';
    const explainer = path.startsWith(`${index.dir}/explainers/`);
    if (!explainer && !path.startsWith(`${index.dir}/pages/`)) return;
    file.data.astro ??= {};
    const fm = file.data.astro.frontmatter ?? {};
    const lang = langOf(fm['lang']);
    walk(tree, (node) => {
      if (node.type === 'link' && typeof node.url === 'string' && /^\/(?!\/)/.test(node.url))
        node.url = joinBase(base, editionHref(index.explainers, lang, node.url));
    });
    // The site's own pages (about) are Markdown only: no citations to number.
    if (!explainer) return;

    // Summary and key points come first, as the page prints them.
    const sequence = [...ids(fm['summaryCite'])];
    for (const p of Array.isArray(fm['keyPoints']) ? fm['keyPoints'] : []) sequence.push(...ids((p as { cite?: unknown })?.cite));
    const citeNodes: Array<{ node: Node; at: number }> = [];
    const figureNodes: Array<{ node: Node; from: number; count: number }> = [];
    let terms = 0;

    walk(tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      // Components speak the explainer's language (their strings, their links).
      if (node.name !== 'Cite') setAttr(node, 'lang', lang);
      const id = jsxAttr(node, 'id') ?? '';
      if (node.name === 'Cite') {
        citeNodes.push({ node, at: sequence.length });
        sequence.push(id);
      } else if (node.name === 'Figure' || node.name === 'Map') {
        // A figure's and a map's sources are numbered where they stand, in the order they print them.
        const map = node.name === 'Map' ? index.maps.get(id)?.data : undefined;
        const cites = node.name === 'Map' ? (map ? mapCites(map) : []) : (index.figures.get(id)?.data.cite ?? []);
        figureNodes.push({ node, from: sequence.length, count: cites.length });
        sequence.push(...cites);
      } else if (node.name === 'Term') {
        // Each use of a term gets its own tooltip id.
        setAttr(node, 'k', String(++terms));
      }
    });

    const numbering = numberCitations(sequence);
    for (const { node, at } of citeNodes) {
      const mark = numbering.marks[at];
      if (!mark) continue;
      setAttr(node, 'n', String(mark.n));
      setAttr(node, 'k', String(mark.k));
    }
    for (const { node, from, count } of figureNodes) {
      const marks = numbering.marks.slice(from, from + count);
      setAttr(node, 'marks', marks.map((m) => `${m.n}:${m.k}`).join(' '));
    }
    fm['citeOrder'] = numbering.order;
    fm['citeCounts'] = numbering.counts;
    file.data.astro.frontmatter = fm;
  };
}
