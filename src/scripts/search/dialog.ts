/**
 * The search dialog, a separate script fetched only when search is about to
 * be used. It registers `window.contextDeskSearch.open()`.
 */
import { type SearchConfig, mountSearch } from './mount';

interface Labels {
  title: string;
  close: string;
  page: string;
}

let dialog: HTMLDialogElement | undefined;
let opener: HTMLElement | null = null;
let ui: Awaited<ReturnType<typeof mountSearch>> | undefined;

function focusable(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])')].filter(
    (el) => !el.hasAttribute('disabled') && el.getClientRects().length > 0,
  );
}

function build(config: SearchConfig, labels: Labels): HTMLDialogElement {
  const d = document.createElement('dialog');
  d.className = 'search-dialog';
  d.setAttribute('aria-label', labels.title);
  const bar = document.createElement('div');
  bar.className = 'search-dialog-bar';
  const page = document.createElement('a');
  page.href = `${config.base}search/`;
  page.textContent = labels.page;
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = labels.close;
  close.addEventListener('click', () => d.close());
  bar.append(page, close);
  const body = document.createElement('div');
  body.className = 'search-dialog-body';
  d.append(bar, body);
  // Keep the query when moving to the full search page.
  page.addEventListener('click', () => {
    const q = d.querySelector<HTMLInputElement>('.pagefind-ui__search-input')?.value ?? '';
    if (q) page.href = `${config.base}search/?q=${encodeURIComponent(q)}`;
  });
  // A focus trap: Tab and Shift+Tab cycle inside the dialog.
  d.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab') return;
    const items = focusable(d);
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  });
  // Clicking the backdrop closes.
  d.addEventListener('click', (event) => {
    if (event.target === d) d.close();
  });
  d.addEventListener('close', () => {
    document.documentElement.classList.remove('search-open');
    opener?.focus();
  });
  document.body.append(d);
  return d;
}

async function open(config: SearchConfig, labels: Labels, query = '', from: HTMLElement | null = null): Promise<void> {
  opener = from ?? (document.activeElement as HTMLElement | null);
  dialog ??= build(config, labels);
  if (!dialog.open) dialog.showModal();
  document.documentElement.classList.add('search-open');
  const body = dialog.querySelector<HTMLElement>('.search-dialog-body');
  if (!body) return;
  ui ??= await mountSearch(body, config);
  const input = dialog.querySelector<HTMLInputElement>('.pagefind-ui__search-input');
  if (input && query) {
    // As if typed, so the query gets the same processing (spelling help).
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
  input?.focus();
}

(window as unknown as { contextDeskSearch: { open: typeof open } }).contextDeskSearch = { open };
