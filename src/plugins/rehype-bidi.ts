/**
 * Rehype plugin for the explainers of right-to-left editions: each run of Latin script in the
 * text is wrapped in <bdi> (src/lib/bidi.ts), so that it does not pull the punctuation around it
 * into left-to-right order. Code, and text already isolated, are left alone.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { dirOf, langOf } from '../i18n/languages';
import { latinRuns } from '../lib/bidi';

interface VFileLike {
  path?: string;
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

const SKIP = new Set(['bdi', 'code', 'pre', 'script', 'style']);

type Parent = { children: ElementContent[] | Root['children'] };

function isolate(parent: Parent): void {
  const next: ElementContent[] = [];
  for (const child of parent.children as ElementContent[]) {
    if (child.type === 'text') {
      for (const seg of latinRuns((child as Text).value)) {
        next.push(
          seg.isolate
            ? ({ type: 'element', tagName: 'bdi', properties: {}, children: [{ type: 'text', value: seg.text }] } as Element)
            : ({ type: 'text', value: seg.text } as Text),
        );
      }
      continue;
    }
    if ('children' in child && !(child.type === 'element' && SKIP.has(child.tagName))) isolate(child as Parent);
    next.push(child);
  }
  parent.children = next;
}

export default function rehypeBidi() {
  return (tree: Root, fileArg: unknown) => {
    const file = fileArg as VFileLike;
    if (!/[/\\](explainers|pages)[/\\]/.test(file.path ?? '')) return;
    if (dirOf(langOf(file.data.astro?.frontmatter?.['lang'])) !== 'rtl') return;
    isolate(tree as unknown as Parent);
  };
}
