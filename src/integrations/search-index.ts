/**
 * The Pagefind index of a built site: the pages (only elements marked
 * `data-pagefind-body`, so chrome and the 404 page are not indexed) and the
 * event and glossary records (src/lib/search-records.ts), handed over in memory.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { contentIndex } from '../content-check';
import { publishedLangs } from '../i18n';
import { recordHtml } from '../lib/record-html';
import { type SearchRecord, searchRecords } from '../lib/search-records';
import type { Gates } from './gates';

/** Files Pagefind writes that the site never loads: its ready-made interfaces, and the worker. */
const UNUSED = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-worker.js',
];

function check(step: string, errors: string[]) {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n  ${errors.join('\n  ')}`);
}

/** Indexes the HTML in `dir` and `records`, and writes the bundle to `dir/pagefind`. Returns how many documents it indexed. */
export async function buildSearchIndex(dir: string, records: readonly SearchRecord[]): Promise<number> {
  try {
    // Citation marks are left out of the index (and so of excerpts) by their class, not by an attribute on each of them.
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['sup.cite'] });
    check('createIndex', errors);
    if (!index) throw new Error('Pagefind createIndex returned no index');
    const added = await index.addDirectory({ path: dir });
    check('addDirectory', added.errors);
    if (added.page_count === 0) throw new Error(`Pagefind found no pages with data-pagefind-body in ${dir}`);
    for (const record of records)
      check(`addHTMLFile ${record.url}`, (await index.addHTMLFile({ url: record.url, content: recordHtml(record) })).errors);
    const out = join(dir, 'pagefind');
    const written = await index.writeFiles({ outputPath: out });
    check('writeFiles', written.errors);
    // The site has its own search interface (src/scripts/search/) and runs Pagefind on the main thread.
    for (const unused of UNUSED) await rm(join(out, unused), { force: true });
    return added.page_count + records.length;
  } finally {
    await pagefind.close();
  }
}

/**
 * Starts Pagefind on the staged build and goes on: it indexes while the security policy is applied
 * (its <meta> lies outside what Pagefind reads, and each page is replaced whole: security-policy.ts) and
 * the budget is measured; the publish step waits for it in `gates`, and a failure stops the build there.
 */
export function searchIndex(gates: Gates): AstroIntegration {
  return {
    name: 'context-desk:search-index',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const index = contentIndex();
        const records = publishedLangs.flatMap((lang) => searchRecords(index, lang));
        gates.add(
          buildSearchIndex(fileURLToPath(dir), records).then((count) => logger.info(`indexed ${count} pages and records for search`)),
        );
      },
    },
  };
}
