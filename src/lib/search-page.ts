/**
 * Client code of the search page: replaces the plain form with Pagefind's UI,
 * runs the query from `?q=` and keeps the address bar in step with the query.
 * Loaded only on the search page.
 */
interface PagefindUIInstance {
  triggerSearch(term: string): void;
}
type PagefindUIConstructor = new (options: Record<string, unknown>) => PagefindUIInstance;

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = () => resolve();
    s.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(s);
  });
}

function loadStyle(href: string) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  document.head.append(link);
}

export async function startSearchPage(): Promise<void> {
  const root = document.getElementById('search');
  if (!root) return;
  const bundle = root.dataset['bundle'] ?? '/pagefind/';
  const base = root.dataset['base'] ?? '/';
  loadStyle(`${bundle}pagefind-ui.css`);
  await loadScript(`${bundle}pagefind-ui.js`);
  const PagefindUI = (window as unknown as { PagefindUI?: PagefindUIConstructor }).PagefindUI;
  if (!PagefindUI) throw new Error('Pagefind UI did not load');
  root.replaceChildren();
  const ui = new PagefindUI({
    element: '#search',
    bundlePath: bundle,
    baseUrl: base,
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    autofocus: true,
  });
  const query = new URL(location.href).searchParams.get('q');
  if (query) ui.triggerSearch(query);
  root.addEventListener('input', (event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement)) return;
    const next = new URL(location.href);
    if (input.value) next.searchParams.set('q', input.value);
    else next.searchParams.delete('q');
    history.replaceState(null, '', next);
  });
}
