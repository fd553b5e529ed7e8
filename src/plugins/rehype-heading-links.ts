/**
 * Rehype plugin for explainers: a "#" link after every H2 and H3, to copy or share the
 * section's address. Astro's heading ids are set first (rehypeHeadingIds, which Astro runs
 * again later and which keeps ids already set). The link holds no text (CSS draws the "#"),
 * so the headings' text, in the contents and the search index, stays as written; its
 * accessible name is "Link to section: <heading>".
 */
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { t } from '../i18n';
import { langOf } from '../i18n/languages';

interface VFileLike {
  path?: string;
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

function textOf(node: ElementContent | Element): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map((c) => textOf(c as ElementContent)).join('') : '';
}

export default function rehypeHeadingLinks() {
  // Astro's own transformer, called directly: it sets the ids (and the headings list) in place.
  const ids = rehypeHeadingIds() as unknown as (tree: Root, file: unknown) => void;
  return (tree: Root, fileArg: unknown) => {
    const file = fileArg as VFileLike;
    if (!/[/\\]explainers[/\\]/.test(file.path ?? '')) return;
    ids(tree, fileArg);
    const lang = langOf(file.data.astro?.frontmatter?.['lang']);
    visit(tree, 'element', (node: Element) => {
      // Most of an explainer is paragraphs, and no heading is inside one.
      if (node.tagName === 'p') return 'skip';
      if (node.tagName !== 'h2' && node.tagName !== 'h3') return;
      const id = node.properties?.['id'];
      if (typeof id !== 'string' || id === '') return;
      const label = `${t(lang, 'explainer.sectionLink')}: ${textOf(node).trim()}`;
      node.children.push({
        type: 'element',
        tagName: 'a',
        properties: { className: ['hl'], href: `#${id}`, ariaLabel: label },
        children: [],
      });
      return 'skip';
    });
  };
}
