/**
 * Enhancements, loaded by the inline head script on the first interaction.
 * The page works without any of them.
 */
import { startCitePreviews } from './cite-preview';
import { startHighlight } from './highlight';
import { startSearchOpener } from './search-opener';
import { startTermPopovers } from './term-popover';
import { startThemeControl } from './theme-control';
import { startTocHighlight } from './toc-highlight';

startThemeControl();
startTocHighlight();
startCitePreviews();
startTermPopovers();
startSearchOpener();
startHighlight();
