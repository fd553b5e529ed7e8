/**
 * Searching with Pagefind's JS API the way a reader means it:
 *  - stop words ("who is", "when did", "the") never block a match;
 *  - a misspelt query is corrected against the site's vocabulary, and says so;
 *  - when no page has every word, the pages with the most of them are shown, with the words left out;
 *  - filter counts follow the usual facet rule: a facet's counts are computed as if that facet were not applied;
 *  - a filter with no query lists everything it matches (events by date);
 *  - a query written in a script the edition does not use is recognised, so the interface can say so.
 * No DOM here: the interface (ui.ts) renders what `run` returns.
 */
import { correctQuery, words } from '../../lib/spell';

/** `text` with the edition's folded letters replaced (src/i18n/languages.ts, `fold`): "её" → "ее" in Russian. */
export function foldText(text: string, fold: Readonly<Record<string, string>> | undefined): string {
  let out = text;
  for (const [letter, write] of Object.entries(fold ?? {})) out = out.split(letter).join(write);
  return out;
}

export type Filters = Record<string, string[]>;
export type Counts = Record<string, Record<string, number>>;

export interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data(): Promise<PagefindData>;
}
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results?: { title: string; url: string; excerpt: string; anchor?: { id?: string } }[];
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Counts;
  totalFilters: Counts;
}
/** The part of pagefind.js this module uses. */
export interface Pagefind {
  search(term: string | null, options?: { filters?: unknown; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindSearch>;
  preload(term: string, options?: { filters?: unknown }): Promise<void>;
  filters(): Promise<Counts>;
}

export interface Edition {
  lang: string;
  name: string;
  script: string;
  search: string;
}

/** What search-help.json holds (src/pages/[...lang]/search-help.json.ts). */
export interface SearchHelp {
  lang: string;
  locale: string;
  strings: Record<string, string>;
  types: Record<string, string>;
  stopWords: string[];
  /** Letters the edition writes as another (ё as е): a query is folded the same way. */
  fold?: Record<string, string>;
  suggestions: string[];
  editions: Edition[];
  /** The edition's vocabulary for spelling help (search-words.json), fetched only when a query finds nothing. */
  words: string;
}

export interface Outcome {
  /** The query as typed, trimmed. */
  query: string;
  /** What was searched, when spelling help changed it. */
  corrected?: string;
  /** Words left out because no page has all of them. */
  dropped: string[];
  results: PagefindResult[];
  /** Counts per facet and value, each facet counted as if it were not applied. */
  counts: Counts;
  /**
   * The script of a query this edition is not written in ("Cyrillic"), and the edition written in
   * it, if any; `shown` when the results are that edition's (this one had none).
   */
  script?: { name: string; edition?: Edition; shown?: boolean };
}

/** Scripts search recognises in a query, as Unicode script names. */
const SCRIPTS = [
  'Latin',
  'Arabic',
  'Cyrillic',
  'Hebrew',
  'Greek',
  'Han',
  'Hiragana',
  'Katakana',
  'Hangul',
  'Devanagari',
  'Thai',
  'Armenian',
  'Georgian',
];

/** The script most of a text's letters are written in, or undefined for a text without letters. */
export function scriptOf(text: string): string | undefined {
  let best: string | undefined;
  let most = 0;
  for (const script of SCRIPTS) {
    const n = text.match(new RegExp(`\\p{Script=${script}}`, 'gu'))?.length ?? 0;
    if (n > most) {
      best = script;
      most = n;
    }
  }
  return best;
}

/** True when every word Pagefind marked in `result`'s excerpt is one or two letters long: a stub of a misspelt query word. */
async function onlyStubs(result: PagefindResult | undefined): Promise<boolean> {
  try {
    const excerpt = (await result?.data())?.excerpt ?? '';
    const marks = [...excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)].map((m) => (m[1] ?? '').replace(/[^\p{L}\p{N}]/gu, ''));
    return marks.length > 0 && marks.every((m) => m.length <= 2);
  } catch {
    return false;
  }
}

/** The words of a query that carry meaning: all but the stop words, unless nothing else is left. */
export function meaningful(query: string, stopWords: ReadonlySet<string>): string[] {
  const all = query.split(/\s+/).filter((w) => words(w).length > 0);
  const kept = all.filter((w) => !words(w).every((x) => stopWords.has(x)));
  return kept.length > 0 ? kept : all;
}

/** Pagefind's filter object for the reader's ticks: any ticked value of a facet, every facet. */
function pagefindFilters(filters: Filters): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const [facet, values] of Object.entries(filters)) if (values.length > 0) out[facet] = { any: values };
  return out;
}

const without = (filters: Filters, facet: string): Filters =>
  Object.fromEntries(Object.entries(filters).filter(([k, v]) => k !== facet && v.length > 0));

export class SearchEngine {
  readonly stopWords: ReadonlySet<string>;
  /** Raised for every run; a run that is no longer the latest stops and returns undefined. */
  private generation = 0;

  constructor(
    private readonly pagefind: Pagefind,
    readonly help: SearchHelp,
    /** The vocabulary spelling help corrects to, loaded on first need. */
    private readonly vocabulary: () => Promise<string[]>,
    /** The filter value events carry (their type), listed by date when no query is given. */
    private readonly eventType = help.types['event'] ?? 'Event',
    /** Pagefind over another edition's index (by language code), for a query written in that edition's script. */
    private readonly editionIndex?: (lang: string) => Promise<Pagefind>,
  ) {
    this.stopWords = new Set(help.stopWords);
  }

  /** Starts fetching the index chunks a query will need, while the reader is still typing. */
  preload(query: string): void {
    // Only words that will be searched: a stop word being typed ("who") would fetch a chunk for nothing.
    // and a word still being typed only from its fourth letter (a shorter prefix would fetch a chunk for many words).
    const all = query.split(/\s+/);
    const done = /\s$/.test(query);
    const term = all.filter((w, i) => w && !this.stopWords.has(w.toLowerCase()) && (done || i < all.length - 1 || w.length >= 4)).join(' ');
    if (term) void this.pagefind.preload(term).catch(() => undefined);
  }

  /** Everything Pagefind knows about the filters: every value of every facet, with its count. */
  allCounts(): Promise<Counts> {
    return this.pagefind.filters();
  }

  /**
   * Searches `query` with `filters`. `exact` turns spelling help off ("search instead for …").
   * Resolves to undefined when a later call has started meanwhile, so a superseded search
   * never renders and never fetches results' data.
   */
  async run(query: string, filters: Filters, exact = false): Promise<Outcome | undefined> {
    const generation = ++this.generation;
    const stale = () => generation !== this.generation;
    // The query as typed is what the reader is shown; its folded form is what is searched.
    const typed = query.trim();
    const q = foldText(typed, this.help.fold);
    const active = Object.fromEntries(Object.entries(filters).filter(([, v]) => v.length > 0));
    const outcome: Outcome = { query: typed, dropped: [], results: [], counts: {} };

    const script = q ? scriptOf(q) : undefined;
    const own = this.help.editions.find((e) => e.lang === this.help.lang)?.script;
    if (script && own && script !== own) {
      const edition = this.help.editions.find((e) => e.script === script);
      outcome.script = edition ? { name: script, edition } : { name: script };
    }

    if (!q && Object.keys(active).length === 0) return outcome;
    const search = async (term: string | null, f: Filters) => {
      const onlyEvents = !term && (f['type'] ?? []).length === 1 && f['type']?.[0] === this.eventType;
      return this.pagefind.search(term, { filters: pagefindFilters(f), ...(onlyEvents ? { sort: { date: 'asc' } } : {}) });
    };

    let terms = q ? meaningful(q, this.stopWords) : [];
    let found = await search(terms.length > 0 ? terms.join(' ') : null, active);
    if (stale()) return undefined;

    // Spelling help: when the words as typed find nothing, or only stubs of them. A misspelt
    // Russian or Arabic word can be stemmed to a letter or two ("квортет" → "к") that matches
    // many pages; the top result's marked words then are all that short.
    const stubs =
      found.results.length > 0 && terms.length > 0 && !exact && terms.some((w) => w.length >= 4) && (await onlyStubs(found.results[0]));
    if (stale()) return undefined;
    if ((found.results.length === 0 || stubs) && terms.length > 0 && !exact) {
      const vocabulary = await this.vocabulary().catch(() => [] as string[]);
      if (stale()) return undefined;
      const fixed = correctQuery(terms.join(' '), vocabulary);
      if (fixed.toLowerCase() !== terms.join(' ').toLowerCase()) {
        const again = await search(fixed, active);
        if (stale()) return undefined;
        if ((again.results.length > 0 || terms.length > 1) && !(stubs && again.results.length === 0)) {
          terms = fixed.split(' ');
          found = again;
          outcome.corrected = fixed;
        }
      }
    }

    // How many pages each word finds on its own (Pagefind passes over a word it has never seen).
    const hits = new Map<string, number>();
    const countHits = async () => {
      for (const w of terms) {
        if (hits.has(w)) continue;
        hits.set(w, (await search(w, active)).results.length);
        if (stale()) return false;
      }
      return true;
    };
    if (found.results.length > 0 && terms.length > 1) {
      if (!(await countHits())) return undefined;
      outcome.dropped = terms.filter((w) => hits.get(w) === 0);
      terms = terms.filter((w) => (hits.get(w) ?? 0) > 0);
    }
    // No page has every word: keep the words that find something, then drop the rarest until pages match.
    if (found.results.length === 0 && terms.length > 1) {
      if (!(await countHits())) return undefined;
      let kept = terms.filter((w) => (hits.get(w) ?? 0) > 0);
      while (kept.length > 0) {
        const attempt = await search(kept.join(' '), active);
        if (stale()) return undefined;
        if (attempt.results.length > 0) {
          found = attempt;
          break;
        }
        const rarest = [...kept].sort((a, b) => (hits.get(a) ?? 0) - (hits.get(b) ?? 0))[0];
        kept = kept.filter((w) => w !== rarest);
      }
      outcome.dropped = terms.filter((w) => !kept.includes(w));
      terms = kept;
      if (kept.length === 0) found = { results: [], filters: found.filters, totalFilters: found.totalFilters };
    }

    outcome.results = found.results;
    // A query in another edition's script that finds nothing here: that edition's results.
    if (found.results.length === 0 && outcome.script?.edition && this.editionIndex && q) {
      const other = await this.editionIndex(outcome.script.edition.lang).catch(() => undefined);
      if (stale()) return undefined;
      const there = other ? await other.search(meaningful(q, new Set()).join(' ')).catch(() => undefined) : undefined;
      if (stale()) return undefined;
      if (there && there.results.length > 0) {
        outcome.results = there.results;
        outcome.dropped = [];
        delete outcome.corrected;
        outcome.script.shown = true;
        return outcome;
      }
    }
    // Facet counts: each facet as if it were not applied.
    const term = terms.length > 0 ? terms.join(' ') : null;
    if (term === null) {
      // Pagefind counts only the filtered facets of a search without words: count each value here.
      const all = await this.pagefind.filters();
      for (const [facet, values] of Object.entries(all)) {
        outcome.counts[facet] = {};
        for (const value of Object.keys(values)) {
          const n = (await search(null, { ...without(active, facet), [facet]: [value] })).results.length;
          if (stale()) return undefined;
          outcome.counts[facet][value] = n;
        }
      }
      return outcome;
    }
    const facets = new Set([...Object.keys(found.filters ?? {}), ...Object.keys(active)]);
    for (const facet of facets) {
      if (!active[facet]) {
        outcome.counts[facet] = found.filters?.[facet] ?? {};
      } else if (Object.keys(active).length === 1) {
        outcome.counts[facet] = found.totalFilters?.[facet] ?? {};
      } else {
        const other = await search(term, without(active, facet));
        if (stale()) return undefined;
        outcome.counts[facet] = other.filters?.[facet] ?? {};
      }
    }
    return stale() ? undefined : outcome;
  }

  /** True while no later run has started since the one that produced `outcome`'s generation. */
  isLatest(generation: number): boolean {
    return generation === this.generation;
  }

  get current(): number {
    return this.generation;
  }
}
