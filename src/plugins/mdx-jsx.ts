/** The MDX JSX elements the plugins read (<Cite id="…" />, <Who id="…">…</Who>): as much of a node as they need. */
export interface JsxNode {
  type: string;
  name?: string | null;
  url?: string;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: JsxNode[];
}

/** An attribute written as text (id="…"), or undefined. */
export function jsxAttr(node: JsxNode, name: string): string | undefined {
  const a = node.attributes?.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  return typeof a?.value === 'string' ? a.value : undefined;
}
