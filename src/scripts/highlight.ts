import { stylesheet } from './load';

/** Marks the searched terms on a page opened from a search result (?highlight=). */
export function startHighlight(doc: Document = document): void {
  if (!new URL(doc.location.href).searchParams.has('highlight')) return;
  const form = doc.querySelector<HTMLFormElement>('form[data-search-dialog]');
  const bundle = form?.dataset['bundle'] ?? '/pagefind/';
  const css = form?.dataset['css'];
  if (css) void stylesheet(css, doc);
  import(/* @vite-ignore */ `${bundle}pagefind-highlight.js`)
    .then((mod: { default: new (options: Record<string, unknown>) => unknown }) => {
      new mod.default({ highlightParam: 'highlight', addStyles: false });
    })
    .catch(() => undefined);
}
