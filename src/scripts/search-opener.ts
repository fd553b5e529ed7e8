/**
 * The search dialog: opened from the header with Ctrl/Cmd+K, "/", or by
 * typing in or submitting the header search box. The dialog opens at once
 * with a plain input, so no keystroke is lost; Pagefind's UI, fetched on
 * first need (or on hovering or focusing the search box), then takes over
 * with whatever was typed.
 */
import { script, stylesheet } from './load';

interface SearchConfig {
  bundle: string;
  base: string;
}
interface SearchApi {
  mount(element: HTMLElement, config: SearchConfig): Promise<unknown>;
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

function focusable(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])')].filter(
    (el) => !el.hasAttribute('disabled') && el.getClientRects().length > 0,
  );
}

export function startSearchOpener(doc: Document = document): void {
  const form = doc.querySelector<HTMLFormElement>('form[data-search-dialog]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  if (!form || !input) return;
  const data = form.dataset;
  const config: SearchConfig = { bundle: data['bundle'] ?? '/pagefind/', base: data['base'] ?? '/' };
  let api: Promise<SearchApi> | undefined;
  let dialog: HTMLDialogElement | undefined;
  let mounted: Promise<void> | undefined;
  let opener: HTMLElement | null = null;

  const load = () => {
    api ??= script(data['dialog'] ?? '', doc).then(() => {
      const found = (window as unknown as { contextDeskSearch?: SearchApi }).contextDeskSearch;
      if (!found) throw new Error('search did not load');
      return found;
    });
    return api;
  };
  // The dialog's and Pagefind's colours: fetched with the search code, not with the page.
  const styles = () => {
    if (data['css']) void stylesheet(data['css'], doc);
  };
  const preload = () => {
    styles();
    void load().catch(() => undefined);
  };

  const build = (): HTMLDialogElement => {
    const d = doc.createElement('dialog');
    d.className = 'search-dialog';
    d.setAttribute('aria-label', data['title'] ?? 'Search');
    const bar = doc.createElement('div');
    bar.className = 'search-dialog-bar';
    const page = doc.createElement('a');
    page.href = `${config.base}search/`;
    page.textContent = data['page'] ?? 'Search page';
    // Keep the query when moving to the full search page.
    page.addEventListener('click', () => {
      const q = d.querySelector<HTMLInputElement>('input')?.value ?? '';
      if (q) page.href = `${config.base}search/?q=${encodeURIComponent(q)}`;
    });
    const close = doc.createElement('button');
    close.type = 'button';
    close.textContent = data['close'] ?? 'Close';
    close.addEventListener('click', () => d.close());
    bar.append(page, close);
    const body = doc.createElement('div');
    body.className = 'search-dialog-body';
    d.append(bar, body);
    // A focus trap: Tab and Shift+Tab cycle inside the dialog.
    d.addEventListener('keydown', (event) => {
      if (event.key !== 'Tab') return;
      const items = focusable(d);
      const first = items[0];
      const last = items[items.length - 1];
      if (!first || !last) return;
      if (event.shiftKey && doc.activeElement === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && doc.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
    });
    d.addEventListener('click', (event) => {
      if (event.target === d) d.close();
    });
    d.addEventListener('close', () => {
      doc.documentElement.classList.remove('search-open');
      opener?.focus();
    });
    doc.body.append(d);
    return d;
  };

  const open = (query: string, from: HTMLElement | null) => {
    opener = from;
    styles();
    dialog ??= build();
    const d = dialog;
    if (!d.open) d.showModal();
    doc.documentElement.classList.add('search-open');
    const body = d.querySelector<HTMLElement>('.search-dialog-body');
    if (!body) return;
    if (!mounted) {
      // Catch typing at once, until Pagefind's UI is ready.
      const pending = doc.createElement('input');
      pending.type = 'search';
      pending.className = 'search-pending';
      pending.setAttribute('aria-label', data['title'] ?? 'Search');
      pending.value = query;
      body.replaceChildren(pending);
      pending.focus();
      mounted = load()
        .then((s) => s.mount(body, config))
        .then(() => {
          // No input event can arrive between the mount and this line.
          hand(d, pending.value);
        })
        .catch(() => {
          location.href = `${config.base}search/${pending.value ? `?q=${encodeURIComponent(pending.value)}` : ''}`;
        });
    } else {
      void mounted.then(() => hand(d, query));
    }
  };

  /** Puts the query into Pagefind's input as if typed, and focuses it. */
  const hand = (d: HTMLDialogElement, query: string) => {
    const box = d.querySelector<HTMLInputElement>('.pagefind-ui__search-input');
    if (!box) return;
    if (query) {
      box.value = query;
      box.dispatchEvent(new Event('input', { bubbles: true }));
    }
    box.focus();
  };

  input.addEventListener('pointerenter', preload, { once: true });
  input.addEventListener('focus', preload, { once: true });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    open(input.value, input);
  });
  input.addEventListener('input', () => {
    const q = input.value;
    input.value = '';
    open(q, input);
  });
  // A shortcut pressed, or a query typed, before this module arrived (see HeadScript.astro).
  const w = window as unknown as { cdSearch?: number; cdReady?: number };
  w.cdReady = 1;
  if (w.cdSearch) {
    w.cdSearch = 0;
    open('', null);
  } else if (doc.activeElement === input && input.value) {
    const q = input.value;
    input.value = '';
    open(q, input);
  }
  doc.addEventListener('keydown', (event) => {
    const k = event.key.toLowerCase();
    if (
      (k === 'k' && (event.metaKey || event.ctrlKey)) ||
      (event.key === '/' && !isTyping(event.target) && !event.metaKey && !event.ctrlKey)
    ) {
      event.preventDefault();
      open('', doc.activeElement instanceof HTMLElement && doc.activeElement !== doc.body ? doc.activeElement : null);
    }
  });
}
