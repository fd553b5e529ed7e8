/**
 * The heavy part of the search dialog (Pagefind's UI and our set-up of it),
 * fetched only when search is about to be used. The dialog itself belongs to
 * the page's enhancements (search-opener.ts); this registers
 * `window.contextDeskSearch.mount()` to fill it.
 */
import { mountSearch } from './mount';

(window as unknown as { contextDeskSearch: { mount: typeof mountSearch } }).contextDeskSearch = { mount: mountSearch };
