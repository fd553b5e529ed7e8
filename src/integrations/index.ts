/**
 * The build pipeline around Astro, in the order the steps run:
 *  1. content-check: before anything is built, check all content and stop with every problem (in a build, the
 *     MDX parsed on threads while it checks, and the trees kept for the compile: src/plugins/remark-parsed-once.ts);
 *  2. themes: the themes' colours as a stylesheet;
 *     og-cache: where the social images are cached across builds;
 *     memory: full collections when the heap has doubled, to bound the build's peak memory;
 *  3. dev-search: `astro dev` serves the last build's search index;
 *     dev-files: `astro dev` answers the generated files (social images, maps) at their address;
 *     scripts: the scripts bundled on their own (enhancements, search dialog) are minified;
 *  4. not-found: each edition's page for an unknown address moved to <prefix>/404.html, and Netlify's _redirects;
 *  5. search-index: Pagefind over the pages and the event and glossary records, started here and running
 *     beside the next two steps (gates.ts);
 *     security-policy: only the site's own inline code, allowed by hash, in dist/_headers and a <meta>
 *     (its failure, too, waits in gates.ts for Pagefind to finish, so that no staging folder is left);
 *     budget: each explainer's first-visit weight, as published (with the policy's <meta>), reported; over
 *     the budget, the build stops; compressed on libuv's threads while Pagefind indexes (gates.ts);
 *  6. staging: the build went to a staging folder, and replaces the output only now, once the index is
 *     written and the budget has passed;
 *  7. build-log: seconds and memory at the start, once the pages are generated, and after the steps above.
 */
import type { AstroIntegration } from 'astro';
import { budgetReport } from './budget';
import { buildLog } from './build-log';
import { contentCheck } from './content-check';
import { devFiles } from './dev-files';
import { devSearch } from './dev-search';
import { publishGates } from './gates';
import { memoryBound } from './memory';
import { editionNotFound } from './not-found';
import { ogCache } from './og-cache';
import { minifiedScripts } from './scripts';
import { searchIndex } from './search-index';
import { securityPolicy } from './security-policy';
import { stagedPublish } from './staging';
import { themeStyles } from './themes';

export function contextDesk(): AstroIntegration[] {
  const gates = publishGates();
  return [
    contentCheck(),
    themeStyles(),
    ogCache(),
    memoryBound(),
    devSearch(),
    devFiles(),
    minifiedScripts(),
    editionNotFound(),
    searchIndex(gates),
    securityPolicy(gates),
    budgetReport(gates),
    stagedPublish(gates),
    buildLog(),
  ];
}
