/**
 * Rehype plugin for explainers: the inline components <Cite>, <Who>, <Term> and <EventDate> become
 * plain HTML at compile time (src/lib/marks.ts), with the numbers the remark plugin gave the
 * citations and the dates from the events' data. What is left of an explainer is HTML, which MDX
 * compiles to strings (`optimize` in astro.config.mjs) instead of a call per element: a smaller
 * module for Vite and Rollup to hold, and less to render. <Figure>, <Map> and <Later> stay components.
 * The content check (src/content-check) has refused unknown ids and any other component.
 */
import type { ElementContent, Root } from 'hast';
import { loadContent } from '../content-check';
import { formatDate, localePath } from '../i18n';
import { langOf } from '../i18n/languages';
import { citeMark, eventTime, termLink, whoLink } from '../lib/marks';
import { joinBase } from '../lib/paths';
import { type JsxNode, jsxAttr } from './mdx-jsx';

const attr = (node: JsxNode, name: string) => jsxAttr(node, name) ?? '';

export interface Options {
  base: string;
}

export default function rehypeMarks({ base }: Options) {
  return (tree: Root, fileArg: unknown) => {
    const file = fileArg as { path?: string };
    const { index } = loadContent();
    if (!(file.path ?? '').startsWith(`${index.dir}/explainers/`)) return;
    const link = (lang: string, path: string) => joinBase(base, localePath(langOf(lang), path));
    const replace = (node: JsxNode): ElementContent | undefined => {
      if (node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') return undefined;
      const id = attr(node, 'id');
      const lang = attr(node, 'lang');
      const children = (node.children ?? []) as ElementContent[];
      switch (node.name) {
        case 'Cite': {
          const n = Number(attr(node, 'n'));
          const k = Number(attr(node, 'k'));
          if (!n || !k) throw new Error(`${file.path}: <Cite id="${id}"> was not numbered (the remark plugin numbers citations)`);
          return citeMark(n, k);
        }
        case 'Who':
          return whoLink(link(lang, `/who/${id}/`), children);
        case 'Term':
          return termLink(link(lang, `/glossary/#${id}`), children);
        case 'EventDate': {
          const event = index.events.get(id);
          if (!event) throw new Error(`${file.path}: <EventDate>: no event "${id}" (the content check should have refused it)`);
          return eventTime(event.data.date, formatDate(event.data.date, langOf(lang)));
        }
        default:
          return undefined;
      }
    };
    const visit = (parent: { children?: unknown[] }) => {
      if (!parent.children) return;
      parent.children = parent.children.map((child) => {
        const node = child as JsxNode;
        visit(node as { children?: unknown[] });
        return replace(node) ?? child;
      });
    };
    visit(tree as { children?: unknown[] });
  };
}
