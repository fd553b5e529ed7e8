/**
 * The Content-Security-Policy of the built site: nothing from other origins,
 * no inline code but the few inline scripts and styles the site ships, each
 * allowed by its hash. Pagefind needs 'wasm-unsafe-eval' (its WebAssembly)
 * and a worker from the same origin.
 */
import { createHash } from 'node:crypto';
import { type DefaultTreeAdapterMap, parse } from 'parse5';

export function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

export interface InlineBlock {
  kind: 'script' | 'style';
  text: string;
}

/** Script types a browser does not run: data blocks such as JSON-LD. */
const DATA_SCRIPT = /^application\/(ld\+)?json$/i;

/**
 * The inline code of an HTML page, found by an HTML parser (so text inside an attribute,
 * a comment or a title is never taken for code): every <script> without src that the
 * browser would run, and every <style>.
 */
export function inlineBlocks(html: string): InlineBlock[] {
  const blocks: InlineBlock[] = [];
  const visit = (node: DefaultTreeAdapterMap['parentNode'] | DefaultTreeAdapterMap['childNode']) => {
    if ('tagName' in node && (node.tagName === 'script' || node.tagName === 'style')) {
      const attrs = new Map(node.attrs.map((a) => [a.name, a.value]));
      const type = attrs.get('type') ?? '';
      if (node.tagName === 'style' || (!attrs.has('src') && !DATA_SCRIPT.test(type))) {
        const content = node.tagName === 'script' ? node.childNodes : node.childNodes;
        const text = content.map((c) => ('value' in c && c.nodeName === '#text' ? c.value : '')).join('');
        blocks.push({ kind: node.tagName, text });
      }
    }
    if (node.nodeName === 'template' && 'content' in node) visit(node.content);
    if ('childNodes' in node) for (const child of node.childNodes) visit(child);
  };
  visit(parse(html));
  return blocks;
}

export interface Policy {
  scripts: readonly string[];
  styles: readonly string[];
}

/** The policy as a header value; `meta` leaves out what a <meta> cannot carry. */
export function csp({ scripts, styles }: Policy, meta = false): string {
  const uniq = (xs: readonly string[]) => [...new Set(xs)].sort();
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${uniq(scripts).join(' ')}`.trim(),
    `style-src 'self' ${uniq(styles).join(' ')}`.trim(),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(meta ? [] : ["frame-ancestors 'none'"]),
  ];
  return directives.join('; ');
}
