/**
 * Opens the search dialog from the header: Ctrl/Cmd+K, "/", typing in or
 * submitting the header search box. The dialog's code is fetched on first
 * need; hovering or focusing the search box fetches it ahead of time.
 */
interface SearchApi {
  open(config: { bundle: string; base: string }, labels: { title: string; close: string; page: string }, query?: string, from?: HTMLElement | null): Promise<void>;
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

export function startSearchOpener(doc: Document = document): void {
  const form = doc.querySelector<HTMLFormElement>('form[data-search-dialog]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  if (!form || !input) return;
  const data = form.dataset;
  const config = { bundle: data['bundle'] ?? '/pagefind/', base: data['base'] ?? '/' };
  const labels = { title: data['title'] ?? 'Search', close: data['close'] ?? 'Close', page: data['page'] ?? 'Search page' };
  let api: Promise<SearchApi> | undefined;
  const load = () => {
    api ??= new Promise<SearchApi>((resolve, reject) => {
      const s = doc.createElement('script');
      s.src = data['dialog'] ?? '';
      s.onload = () => {
        const found = (window as unknown as { contextDeskSearch?: SearchApi }).contextDeskSearch;
        if (found) resolve(found);
        else reject(new Error('search dialog did not load'));
      };
      s.onerror = () => reject(new Error('search dialog did not load'));
      doc.head.append(s);
    });
    return api;
  };
  const preload = () => {
    void load().catch(() => undefined);
    for (const href of [`${config.bundle}pagefind-ui.css`]) {
      if (!doc.querySelector(`link[href="${href}"]`)) {
        const l = doc.createElement('link');
        l.rel = 'preload';
        l.as = 'style';
        l.href = href;
        doc.head.append(l);
      }
    }
  };
  const open = (query: string, from: HTMLElement | null) => {
    load()
      .then((s) => s.open(config, labels, query, from))
      // Without the dialog, fall back to the search page.
      .catch(() => {
        location.href = `${config.base}search/${query ? `?q=${encodeURIComponent(query)}` : ''}`;
      });
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
  doc.addEventListener('keydown', (event) => {
    const k = event.key.toLowerCase();
    if ((k === 'k' && (event.metaKey || event.ctrlKey)) || (event.key === '/' && !isTyping(event.target) && !event.metaKey && !event.ctrlKey)) {
      event.preventDefault();
      open('', doc.activeElement as HTMLElement | null);
    }
  });
}
