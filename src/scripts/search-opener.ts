/**
 * The search dialog: opened from the header with Ctrl/Cmd+K, "/", or by typing in or
 * submitting the header search box. It opens at once with its own input, so no keystroke is
 * lost; keys typed before this module arrived were kept by the head script (window.cdKeys)
 * and are put into the input first. The search interface (search/ui.ts), fetched on intent
 * (hovering or focusing the search box, or the shortcut), then works on that same input.
 */
import { script, stylesheet } from './load';
import type { SearchOptions, SearchView } from './search/ui';

interface SearchApi {
  start(root: HTMLElement, input: HTMLInputElement, options: SearchOptions): SearchView;
  warm(options: SearchOptions): void;
}

interface Early {
  /** A shortcut was pressed before this module ran. */
  cdSearch?: number;
  /** Keys typed after it, in order: characters, "Backspace" and "Enter". */
  cdKeys?: string[];
  cdReady?: number;
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
  const options: SearchOptions = {
    bundle: data['bundle'] ?? '/pagefind/',
    base: data['base'] ?? '/',
    help: data['help'] ?? '/search-help.json',
    page: form.action,
    mode: 'dialog',
  };
  let api: Promise<SearchApi> | undefined;
  let dialog: HTMLDialogElement | undefined;
  let box: HTMLInputElement | undefined;
  let view: SearchView | undefined;
  let opener: HTMLElement | null = null;
  /** Enter was pressed before the search interface arrived: it opens the top result when it does. */
  let enterPending = false;

  const load = () => {
    api ??= script(data['dialog'] ?? '', doc).then(() => {
      const found = (window as unknown as { contextDeskSearch?: SearchApi }).contextDeskSearch;
      if (!found) throw new Error('search did not load');
      found.warm(options);
      return found;
    });
    return api;
  };
  // The dialog's colours: fetched with the search code, not with the page.
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
    const field = doc.createElement('input');
    field.type = 'search';
    field.className = 'search-dialog-input';
    field.autocomplete = 'off';
    field.spellcheck = false;
    field.setAttribute('aria-label', data['label'] ?? 'Search');
    field.placeholder = data['placeholder'] ?? '';
    field.addEventListener('keydown', (event) => {
      // Escape closes the dialog at once (a search box would first clear itself).
      if (event.key === 'Escape') {
        event.preventDefault();
        d.close();
      }
      if (event.key === 'Enter' && !view) {
        event.preventDefault();
        enterPending = true;
      }
    });
    const close = doc.createElement('button');
    close.type = 'button';
    close.className = 'search-dialog-close';
    close.textContent = data['close'] ?? 'Close';
    close.addEventListener('click', () => d.close());
    bar.append(field, close);
    const body = doc.createElement('div');
    body.className = 'search-dialog-body';
    body.id = 'search-dialog-results';
    const foot = doc.createElement('p');
    foot.className = 'search-dialog-foot';
    const page = doc.createElement('a');
    page.href = options.page;
    page.textContent = data['pageLabel'] ?? 'Search page';
    // Keep the query when moving to the full search page.
    page.addEventListener('click', () => {
      if (field.value) page.href = `${options.page}?q=${encodeURIComponent(field.value)}`;
    });
    foot.append(page);
    d.append(bar, body, foot);
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
      if (opener) opener.focus();
      else if (d.contains(doc.activeElement)) (doc.activeElement as HTMLElement).blur();
    });
    doc.body.append(d);
    box = field;
    return d;
  };

  /** Opens the dialog with `typed` added to what its box holds (keys pressed before it existed). */
  const open = (typed: string, from: HTMLElement | null, replace = false) => {
    opener = from;
    styles();
    dialog ??= build();
    const d = dialog;
    const field = box as HTMLInputElement;
    if (!d.open) d.showModal();
    doc.documentElement.classList.add('search-open');
    if (replace) field.value = typed;
    else if (typed) field.value += typed;
    field.focus();
    if (view) {
      if (typed || replace) view.set(field.value);
      return;
    }
    load()
      .then((s) => {
        const body = d.querySelector<HTMLElement>('.search-dialog-body');
        if (body && !view) {
          view = s.start(body, field, options);
          if (enterPending) view.openTop();
        }
      })
      .catch(() => {
        location.href = `${options.page}${field.value ? `?q=${encodeURIComponent(field.value)}` : ''}`;
      });
  };

  input.addEventListener('pointerenter', preload, { once: true });
  input.addEventListener('focus', preload, { once: true });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const q = input.value;
    input.value = '';
    open(q, input, true);
  });
  input.addEventListener('input', () => {
    const q = input.value;
    input.value = '';
    open(q, input, true);
  });
  // A shortcut pressed, or a query typed, before this module arrived (see HeadScript.astro).
  const w = window as unknown as Early;
  w.cdReady = 1;
  if (w.cdSearch) {
    w.cdSearch = 0;
    let typed = '';
    for (const k of w.cdKeys ?? []) {
      if (k === 'Enter') enterPending = true;
      else typed = k === 'Backspace' ? typed.slice(0, -1) : typed + k;
    }
    w.cdKeys = [];
    open(typed, null);
  } else if (doc.activeElement === input && input.value) {
    const q = input.value;
    input.value = '';
    open(q, input, true);
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
