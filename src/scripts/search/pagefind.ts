/**
 * Loading Pagefind's JS API (pagefind.js from the site's own bundle) once, set up for this site.
 * On the main thread (`noWorker`): the index is small, and the worker would cost an 11 KB
 * download and a request before the first result.
 */
import { once } from '../load';
import type { Pagefind } from './engine';

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

/** Words of context around a match in an excerpt. */
export const EXCERPT_WORDS = 22;

interface PagefindModule extends Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
}

/** This site's options, for any copy of pagefind.js: results' URLs under `base`. */
function configure(pf: PagefindModule, base: string): Promise<void> {
  return pf.options({ baseUrl: base, ranking: RANKING, excerptLength: EXCERPT_WORDS, highlightParam: 'highlight', noWorker: true });
}

/** pagefind.js of the bundle at `bundle` (ending in "/"), with results' URLs under `base`. */
export function loadPagefind(bundle: string, base: string): Promise<Pagefind> {
  return once(`${bundle}pagefind.js`, async () => {
    const pf = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as PagefindModule;
    await configure(pf, base);
    await pf.init();
    return pf;
  });
}

/**
 * Pagefind over another edition's index, `lang`, from the same bundle: a second copy of pagefind.js
 * (its own module, by its address). Pagefind picks the index of the page's <html lang> when it
 * starts, and has no option for another, so the attribute says `lang` for the one synchronous
 * call that starts it and is put back at once, before anything can render.
 */
export function loadEditionPagefind(bundle: string, base: string, lang: string): Promise<Pagefind> {
  return once(`${bundle}pagefind.js#${lang}`, async () => {
    const pf = (await import(/* @vite-ignore */ `${bundle}pagefind.js?edition=${encodeURIComponent(lang)}`)) as PagefindModule;
    await configure(pf, base);
    const html = document.documentElement;
    const own = html.lang;
    html.lang = lang;
    const started = pf.init();
    html.lang = own;
    await started;
    return pf;
  });
}

/** A JSON file of the edition's search help (search-help.json, search-words.json), fetched once. */
export function loadHelp<T>(href: string): Promise<T> {
  return once(href, async () => {
    const r = await fetch(href);
    if (!r.ok) throw new Error(`${href}: ${r.status}`);
    return (await r.json()) as T;
  });
}
