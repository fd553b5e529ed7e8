/**
 * The search page: the query and filters live in the address (?q=, &theme=,
 * &type=), so a search can be shared and the back button returns to it.
 */
import type { Filters } from './engine';
import { FACETS, startSearch } from './ui';

export function stateFromUrl(href: string): { q: string; filters: Filters } {
  const params = new URL(href).searchParams;
  const filters: Filters = {};
  for (const key of FACETS) {
    const values = params.getAll(key).filter(Boolean);
    if (values.length > 0) filters[key] = values;
  }
  return { q: params.get('q') ?? '', filters };
}

export function urlFromState(href: string, q: string, filters: Filters): string {
  const next = new URL(href);
  next.search = '';
  if (q) next.searchParams.set('q', q);
  for (const key of FACETS) for (const v of filters[key] ?? []) next.searchParams.append(key, v);
  return next.href;
}

function start(): void {
  const root = document.getElementById('search');
  const input = root?.querySelector<HTMLInputElement>('input[name="q"]');
  const results = document.getElementById('search-results');
  if (!root || !input || !results) return;
  const initial = stateFromUrl(location.href);
  input.value = initial.q;
  let shown = initial.q;
  const view = startSearch(results, input, {
    bundle: root.dataset['bundle'] ?? '/pagefind/',
    base: root.dataset['base'] ?? '/',
    help: root.dataset['help'] ?? '/search-help.json',
    page: location.pathname,
    mode: 'page',
    filters: initial.filters,
    onState(q, filters) {
      const next = urlFromState(location.href, q, filters);
      if (next === location.href) return;
      // A new query is a new history entry; refining the same one replaces it.
      if (shown && q && !q.startsWith(shown) && !shown.startsWith(q)) history.pushState(null, '', next);
      else history.replaceState(null, '', next);
      shown = q;
    },
  });
  // The page is for searching: its box has focus unless the reader has moved on.
  if (document.activeElement === document.body || !document.activeElement) input.focus();
  window.addEventListener('popstate', () => {
    const { q, filters } = stateFromUrl(location.href);
    shown = q;
    view.set(q, filters as Filters);
  });
}

start();
