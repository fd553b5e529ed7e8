/**
 * Pagefind's Default UI, set up for this site: themed by CSS, sub-results,
 * highlighting on the target page, tuned ranking, spelling correction, and
 * arrow keys that move through the results.
 */
import { showLabel } from '../../lib/record-html';
import { correctQuery } from '../../lib/spell';
import { script, stylesheet } from '../load';

export interface SearchConfig {
  /** URL of the Pagefind bundle, ending in "/" (it includes the base path). */
  bundle: string;
  /** The site's base path, ending in "/". */
  base: string;
}

interface PagefindUI {
  triggerSearch(term: string): void;
  triggerFilters(filters: Record<string, string[]>): void;
  destroy(): void;
}
type PagefindUIConstructor = new (options: Record<string, unknown>) => PagefindUI;

/**
 * Ranking, tuned with the quality suite in tests/browser/search-quality.test.ts:
 * a match in a page's title counts most, then headings (Pagefind weights
 * h1–h6 itself); long pages are not penalised much, since explainers are long
 * on purpose; repeated terms saturate quickly so a page that merely mentions a
 * name many times does not beat the page about it.
 */
export const RANKING = {
  metaWeights: { title: 8, summary: 2 },
  pageLength: 0.25,
  termFrequency: 1.0,
  termSaturation: 1.2,
  termSimilarity: 2.0,
};

let vocabulary: Promise<string[]> | undefined;
function loadVocabulary(base: string): Promise<string[]> {
  vocabulary ??= fetch(`${base}search-vocabulary.json`)
    .then((r) => (r.ok ? (r.json() as Promise<string[]>) : []))
    .catch(() => []);
  return vocabulary;
}

/** Moves focus through the input and result links with the arrow keys. */
export function arrowNavigation(root: HTMLElement): void {
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const input = root.querySelector<HTMLInputElement>('input[type="text"], input[type="search"]');
    const links = [...root.querySelectorAll<HTMLAnchorElement>('.pagefind-ui__result-link')];
    const stops: HTMLElement[] = input ? [input, ...links] : links;
    const at = stops.indexOf(document.activeElement as HTMLElement);
    if (at === -1 || stops.length < 2) return;
    const next = event.key === 'ArrowDown' ? Math.min(at + 1, stops.length - 1) : Math.max(at - 1, 0);
    event.preventDefault();
    stops[next]?.focus();
    stops[next]?.scrollIntoView({ block: 'nearest' });
  });
}

export async function mountSearch(element: HTMLElement, config: SearchConfig): Promise<PagefindUI> {
  const [vocab] = await Promise.all([
    loadVocabulary(config.base),
    stylesheet(`${config.bundle}pagefind-ui.css`),
    script(`${config.bundle}pagefind-ui.js`),
  ]);
  const Constructor = (window as unknown as { PagefindUI?: PagefindUIConstructor }).PagefindUI;
  if (!Constructor) throw new Error('Pagefind UI did not load');
  element.replaceChildren();
  const ui = new Constructor({
    element,
    bundlePath: config.bundle,
    baseUrl: config.base,
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    excerptLength: 22,
    pageSize: 8,
    debounceTimeoutMs: 120,
    highlightParam: 'highlight',
    ranking: RANKING,
    // Events and glossary terms show their label as the title (src/lib/record-html.ts).
    processResult: showLabel,
    processTerm: (term: string) => correctQuery(term, vocab),
    autofocus: true,
  });
  arrowNavigation(element);
  return ui;
}
