/**
 * The search page: the query and filters live in the address (?q=, &theme=,
 * &type=), so a search can be shared and the back button returns to it.
 */
import { mountSearch } from './mount';

type Filters = Record<string, string[]>;
const FILTER_KEYS = ['theme', 'type'];

export function stateFromUrl(href: string): { q: string; filters: Filters } {
  const params = new URL(href).searchParams;
  const filters: Filters = {};
  for (const key of FILTER_KEYS) {
    const values = params.getAll(key).filter(Boolean);
    if (values.length > 0) filters[key] = values;
  }
  return { q: params.get('q') ?? '', filters };
}

export function urlFromState(href: string, q: string, filters: Filters): string {
  const next = new URL(href);
  next.search = '';
  if (q) next.searchParams.set('q', q);
  for (const key of FILTER_KEYS) for (const v of filters[key] ?? []) next.searchParams.append(key, v);
  return next.href;
}

function readFilters(root: HTMLElement): Filters {
  const filters: Filters = {};
  for (const box of root.querySelectorAll<HTMLInputElement>('input.pagefind-ui__filter-checkbox:checked')) {
    if (!box.name) continue;
    filters[box.name] = [...(filters[box.name] ?? []), box.value];
  }
  return filters;
}

/** Puts a query in the UI's box as if typed, so it goes through the same processing (spelling help). */
export function typeQuery(root: HTMLElement, q: string): void {
  const input = root.querySelector<HTMLInputElement>('.pagefind-ui__search-input');
  if (!input) return;
  input.value = q;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

async function start(): Promise<void> {
  const root = document.getElementById('search');
  if (!root) return;
  const bundle = root.dataset['bundle'] ?? '/pagefind/';
  const base = root.dataset['base'] ?? '/';
  const ui = await mountSearch(root, { bundle, base });
  const apply = () => {
    const { q, filters } = stateFromUrl(location.href);
    ui.triggerFilters(filters);
    typeQuery(root, q);
  };
  apply();
  let timer: number | undefined;
  const record = () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      const q = root.querySelector<HTMLInputElement>('.pagefind-ui__search-input')?.value.trim() ?? '';
      const next = urlFromState(location.href, q, readFilters(root));
      if (next === location.href) return;
      // A new query is a new history entry; refining the same one replaces it.
      const previous = stateFromUrl(location.href).q;
      if (previous && q && !q.startsWith(previous) && !previous.startsWith(q)) history.pushState(null, '', next);
      else history.replaceState(null, '', next);
    }, 250);
  };
  root.addEventListener('input', record);
  root.addEventListener('change', record);
  window.addEventListener('popstate', apply);
}

void start();
