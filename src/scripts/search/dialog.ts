/**
 * The heavy part of the search dialog (the search interface and Pagefind), fetched only when
 * search is about to be used. The dialog itself belongs to the page's enhancements
 * (search-opener.ts); this registers `window.contextDeskSearch` to fill it.
 */
import { loadHelp, loadPagefind } from './pagefind';
import { type SearchOptions, startSearch } from './ui';

(window as unknown as { contextDeskSearch: unknown }).contextDeskSearch = {
  start: startSearch,
  /** Starts fetching Pagefind and the edition's search help, before the first keystroke. */
  warm(options: SearchOptions) {
    void loadPagefind(options.bundle, options.base).catch(() => undefined);
    void loadHelp(options.help).catch(() => undefined);
  },
};
