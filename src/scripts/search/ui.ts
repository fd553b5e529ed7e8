/**
 * The search interface, one for the dialog and the search page: an input the page already
 * has (so nothing typed is lost while this loads), a polite status line, typed results in an
 * ordered list, suggestions and keyboard hints for an empty box, and, on the page, filters by
 * type and theme. Styled by src/styles/search.css with the site's colour tokens.
 */
import { type Counts, type Filters, type Outcome, type PagefindData, SearchEngine, type SearchHelp } from './engine';
import { loadEditionPagefind, loadHelp, loadPagefind } from './pagefind';

/** Results whose data is fetched and shown at a time: what fits on a laptop's screen in the dialog, a page's worth on the search page. */
export const BATCH = { dialog: 4, page: 6 } as const;
/** Sub-results (sections) shown under a result. */
const SECTIONS = 3;
/** ms after the last keystroke before searching. */
const DEBOUNCE = 50;
/** The facets readers filter by, in order. */
export const FACETS = ['type', 'theme'] as const;

export interface SearchOptions {
  /** The Pagefind bundle's URL, ending in "/". */
  bundle: string;
  /** The site's base path, ending in "/". */
  base: string;
  /** The edition's search-help.json. */
  help: string;
  /** The edition's search page (for suggestions' links and "search instead" on other editions). */
  page: string;
  mode: 'dialog' | 'page';
  filters?: Filters;
  /** Called after each search with the query and filters shown (the page keeps them in the address). */
  onState?(query: string, filters: Filters): void;
}

export interface SearchView {
  /** Runs a query (and filters) as if typed. */
  set(query: string, filters?: Filters): void;
  /** Opens the top result of what is typed, now or as soon as it is shown (Enter). */
  openTop(): void;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** Fills `{name}` slots of a string. */
function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}

/** An excerpt from Pagefind, as text with only its <mark>s kept: nothing else of it becomes markup. */
export function excerptNodes(html: string): Node[] {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const out: Node[] = [];
  for (const node of doc.body.childNodes) {
    const text = (node.textContent ?? '').replace(/\s*\[\d+\]/g, '');
    if (!text) continue;
    if (node.nodeName === 'MARK') out.push(el('mark', undefined, text));
    else out.push(document.createTextNode(text));
  }
  return out;
}

export function startSearch(root: HTMLElement, input: HTMLInputElement, options: SearchOptions): SearchView {
  const filters: Filters = { ...(options.filters ?? {}) };
  const batchSize = BATCH[options.mode];
  let help: SearchHelp | undefined;
  let engine: SearchEngine | undefined;
  let shown = 0;
  let outcome: Outcome | undefined;
  let exact = false;
  let openTop = false;
  /** The scheduled search, until it starts. */
  let timer: number | undefined;
  /** A search is running (between its start and its rendering). */
  let running = false;

  root.classList.add('sr');
  const status = el('p', 'sr-status');
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  const notes = el('div', 'sr-notes');
  const filterBox = el('div', 'sr-filters');
  const empty = el('div', 'sr-empty');
  const list = el('ol', 'sr-results');
  const more = el('button', 'sr-more');
  more.type = 'button';
  more.hidden = true;
  root.append(...(options.mode === 'page' ? [filterBox] : []), status, notes, empty, list, more);

  const s = (key: string, values: Record<string, string | number> = {}) => fill(help?.strings[key] ?? '', values);
  const plural = (key: string, n: number, values: Record<string, string | number>) => {
    const rule = new Intl.PluralRules(help?.locale).select(n);
    return s(help?.strings[`${key}.${rule}`] ? `${key}.${rule}` : `${key}.other`, {
      n: new Intl.NumberFormat(help?.locale).format(n),
      ...values,
    });
  };
  const typeKey = (value: string | undefined) => Object.entries(help?.types ?? {}).find(([, v]) => v === value)?.[0] ?? 'page';
  const searchHref = (q: string, page = options.page) => `${page}?q=${encodeURIComponent(q)}`;

  const ready: Promise<SearchEngine> = Promise.all([loadHelp<SearchHelp>(options.help), loadPagefind(options.bundle, options.base)]).then(
    async ([h, pf]) => {
      // The page's filters: Pagefind's filter data loaded before the first search, which would
      // otherwise count against a half-loaded filter index (every count 0) when the two overlap.
      if (options.mode === 'page') await pf.filters();
      help = h;
      engine = new SearchEngine(
        pf,
        h,
        () => loadHelp<string[]>(h.words),
        undefined,
        (lang) => loadEditionPagefind(options.bundle, options.base, lang),
      );
      more.textContent = s('search.more');
      list.setAttribute('aria-label', s('search.resultsLabel'));
      return engine;
    },
  );
  ready.catch(() => {
    status.textContent = help?.strings['search.error'] ?? 'Search could not load.';
  });

  // ---- rendering ----
  const renderEmpty = () => {
    empty.replaceChildren();
    if (!help || input.value.trim() || Object.values(filters).some((v) => v.length > 0)) return;
    const title = el('p', 'sr-empty-title', s('search.suggestions'));
    const ul = el('ul', 'sr-suggestions');
    for (const q of help.suggestions) {
      const a = el('a', undefined, q);
      a.href = searchHref(q);
      a.addEventListener('click', (event) => {
        event.preventDefault();
        input.value = q;
        input.focus();
        schedule(0);
      });
      const li = el('li');
      li.append(a);
      ul.append(li);
    }
    const hints = el('p', 'sr-hints');
    const hint = (keys: string[], label: string) => {
      const span = el('span');
      for (const k of keys) span.append(el('kbd', undefined, k));
      span.append(` ${label}`);
      hints.append(span);
    };
    hint(['↑', '↓'], s('search.hint.move'));
    hint(['Enter'], s('search.hint.open'));
    if (options.mode === 'dialog') hint(['Esc'], s('search.hint.close'));
    empty.append(title, ul, hints);
  };

  const renderNotes = (o: Outcome) => {
    notes.replaceChildren();
    if (o.script && help) {
      const own = help.editions.find((e) => e.lang === help?.lang);
      const code: Record<string, string> = { Latin: 'Latn', Arabic: 'Arab', Cyrillic: 'Cyrl', Hebrew: 'Hebr', Greek: 'Grek', Han: 'Hani' };
      let name = o.script.name;
      try {
        name = new Intl.DisplayNames(help.locale, { type: 'script' }).of(code[name] ?? name) ?? name;
      } catch {
        /* an unknown script code: its English name is shown */
      }
      const edition = o.script.edition;
      const text = !edition
        ? s('search.script', { script: name, language: own?.name ?? '' })
        : s(o.script.shown ? 'search.fromEdition' : 'search.scriptEdition', { script: name, language: edition.name });
      const p = el('p', 'sr-note', text);
      if (o.script.edition) {
        const a = el('a', undefined, s('search.otherEdition', { language: o.script.edition.name }));
        a.href = searchHref(o.query, o.script.edition.search);
        p.append(' ', a);
      }
      notes.append(p);
    }
    if (o.corrected) {
      const p = el('p', 'sr-note');
      p.append(`${s('search.corrected')} `, el('strong', undefined, o.corrected), ' · ');
      const instead = el('button', 'sr-link', `${s('search.instead')} ${o.query}`);
      instead.type = 'button';
      instead.addEventListener('click', () => {
        exact = true;
        schedule(0);
        input.focus();
      });
      p.append(instead);
      notes.append(p);
    }
    if (o.dropped.length > 0) {
      const p = el('p', 'sr-note', `${s('search.dropped')} `);
      o.dropped.forEach((w, i) => {
        if (i > 0) p.append(', ');
        p.append(el('del', undefined, w));
      });
      notes.append(p);
    }
  };

  const renderFilters = (counts: Counts, all: Counts) => {
    if (options.mode !== 'page' || !help) return;
    filterBox.replaceChildren();
    const heading = el('p', 'sr-filters-title', s('search.filters'));
    filterBox.append(heading);
    for (const facet of FACETS) {
      const values = Object.keys(all[facet] ?? {}).sort((a, b) => a.localeCompare(b, help?.locale));
      if (values.length === 0) continue;
      const set = el('fieldset', 'sr-facet');
      set.append(el('legend', undefined, s(`search.filter.${facet}`)));
      for (const value of values) {
        const label = el('label');
        const box = el('input');
        box.type = 'checkbox';
        box.name = facet;
        box.value = value;
        box.checked = (filters[facet] ?? []).includes(value);
        const n = counts[facet]?.[value] ?? 0;
        label.classList.toggle('sr-none', n === 0 && !box.checked);
        box.addEventListener('change', () => {
          const now = new Set(filters[facet] ?? []);
          if (box.checked) now.add(value);
          else now.delete(value);
          filters[facet] = [...now];
          schedule(0);
        });
        label.append(box, ` ${value} `, el('span', 'sr-count', `(${new Intl.NumberFormat(help?.locale).format(n)})`));
        set.append(label);
      }
      filterBox.append(set);
    }
    if (Object.values(filters).some((v) => v.length > 0)) {
      const clear = el('button', 'sr-link', s('search.clear'));
      clear.type = 'button';
      clear.addEventListener('click', () => {
        for (const k of Object.keys(filters)) delete filters[k];
        schedule(0);
      });
      filterBox.append(clear);
    }
  };

  const resultItem = (d: PagefindData, index: number, matched: boolean): HTMLLIElement => {
    const li = el('li', 'sr-item');
    const type = d.filters['type']?.[0];
    const meta = el('p', 'sr-meta');
    const badge = el('span', `sr-badge sr-badge-${typeKey(type)}`, type ?? '');
    meta.append(badge);
    const themes = d.filters['theme'] ?? [];
    if (themes.length > 0) meta.append(el('span', 'sr-theme', themes.join(', ')));
    if (d.meta['when']) meta.append(el('span', 'sr-when', d.meta['when']));
    const a = el('a', 'sr-title');
    a.href = d.url;
    a.id = `${root.id || 'sr'}-result-${index}`;
    a.textContent = d.meta['title'] ?? d.meta['label'] ?? d.url;
    const excerpt = el('p', 'sr-excerpt');
    // Without words to match, a result is described by its summary.
    excerpt.append(...excerptNodes((matched && d.excerpt) || d.meta['summary'] || d.meta['about'] || ''));
    li.append(a, meta, excerpt);
    const sections = (d.sub_results ?? []).filter((x) => x.url !== d.url && x.url.includes('#')).slice(0, SECTIONS);
    if (sections.length > 0) {
      const ul = el('ul', 'sr-sections');
      ul.setAttribute('aria-label', `${s('search.sections')}: ${a.textContent}`);
      for (const sub of sections) {
        const item = el('li');
        const link = el('a', undefined, sub.title);
        link.href = sub.url;
        item.append(link);
        ul.append(item);
      }
      li.append(ul);
    }
    return li;
  };

  /** Fetches and shows the next batch of results, unless a newer search has started. */
  const showMore = async (o: Outcome, gen: number) => {
    const batch = o.results.slice(shown, shown + batchSize);
    const data = await Promise.all(batch.map((r) => r.data()));
    if (!engine?.isLatest(gen)) return;
    const start = shown;
    list.append(...data.map((d, i) => resultItem(d, start + i, o.query !== '')));
    shown += data.length;
    more.hidden = shown >= o.results.length;
  };

  const run = async () => {
    const e = await ready;
    const q = input.value;
    const active = Object.fromEntries(Object.entries(filters).filter(([, v]) => v.length > 0));
    const searching = e.run(q, active, exact);
    const gen = e.current;
    if (q.trim() || Object.keys(active).length > 0) {
      if (!outcome) status.textContent = s('search.searching');
    }
    const o = await searching;
    // A keystroke since this search began replaces it: its results are never fetched or shown.
    if (!o || !e.isLatest(gen) || input.value !== q) return;
    // Every value of every facet, for the page's filters; fetched before anything is shown, so
    // that the status, the results and the counts change together.
    const all = options.mode === 'page' ? await e.allCounts() : undefined;
    if (!e.isLatest(gen)) return;
    outcome = o;
    shown = 0;
    const results = o.results;
    // Fetch the first batch before replacing what is shown, so the list never flashes empty.
    const batch = await Promise.all(results.slice(0, batchSize).map((r) => r.data()));
    if (!e.isLatest(gen)) return;
    list.replaceChildren(...batch.map((d, i) => resultItem(d, i, o.query !== '')));
    shown = batch.length;
    more.hidden = shown >= results.length;
    more.onclick = () => {
      const first = shown;
      void showMore(o, gen).then(() => list.querySelectorAll<HTMLElement>('.sr-title')[first]?.focus());
    };
    renderNotes(o);
    renderEmpty();
    if (!o.query && Object.keys(active).length === 0) status.textContent = '';
    else if (results.length === 0)
      status.textContent = o.query ? `${s('search.none', { q: o.query })} ${s('search.noneHelp')}` : s('search.listed.other', { n: 0 });
    else if (o.query) status.textContent = plural('search.results', results.length, { q: o.corrected ?? o.query });
    else status.textContent = plural('search.listed', results.length, {});
    // With neither words nor filters, each value's count is all it has.
    if (all) renderFilters(o.query || Object.keys(active).length > 0 ? o.counts : all, all);
    options.onState?.(input.value.trim(), { ...active });
    if (openTop) {
      openTop = false;
      const top = list.querySelector<HTMLAnchorElement>('.sr-title');
      if (top) location.href = top.href;
    }
  };

  function schedule(delay = DEBOUNCE) {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      timer = undefined;
      running = true;
      void run().finally(() => {
        running = false;
      });
    }, delay);
  }

  // ---- input and keyboard ----
  let lastKey = -Infinity;
  input.addEventListener('input', () => {
    lastKey = performance.now();
    exact = false;
    openTop = false;
    engine?.preload(input.value);
    schedule();
  });
  const titles = () => [...list.querySelectorAll<HTMLAnchorElement>('.sr-title')];
  /** Enter: the top result of what is typed, now if shown, else when its search lands. */
  const enter = () => {
    const top = titles()[0];
    if (top && outcome?.query === input.value.trim() && timer === undefined && !running) location.href = top.href;
    else {
      openTop = true;
      if (timer === undefined && !running) schedule(0);
    }
  };
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      const first = titles()[0];
      if (first) {
        event.preventDefault();
        first.focus();
      }
    } else if (event.key === 'Enter') {
      event.preventDefault();
      enter();
    }
  });
  list.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const all = titles();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    const inside = (document.activeElement as HTMLElement | null)?.closest('.sr-item');
    const from = at !== -1 ? at : all.findIndex((a) => a.closest('.sr-item') === inside);
    if (from === -1) return;
    event.preventDefault();
    if (event.key === 'ArrowUp' && from === 0) return input.focus();
    const next = all[Math.min(Math.max(from + (event.key === 'ArrowDown' ? 1 : -1), 0), all.length - 1)];
    next?.focus();
    next?.scrollIntoView({ block: 'nearest' });
  });

  void ready.then(() => {
    // The page's first search draws its filters and suggestions together (the suggestions drawn
    // first were pushed down by the filters: a layout shift); the dialog has no filters.
    if (options.mode === 'dialog') renderEmpty();
    // What was typed while search loaded: searched once the typing has paused, like any keystroke.
    schedule(Math.max(0, DEBOUNCE - (performance.now() - lastKey)));
  });

  return {
    set(query, next) {
      input.value = query;
      if (next) {
        for (const k of Object.keys(filters)) delete filters[k];
        Object.assign(filters, next);
      }
      exact = false;
      schedule(0);
    },
    openTop: enter,
  };
}
