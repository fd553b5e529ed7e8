/**
 * The Pagefind index of a built site. Only elements marked
 * `data-pagefind-body` are indexed, so chrome and the 404 page are not.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { SearchRecord } from '../lib/search-records';

/** The records the site writes for events and glossary terms (src/pages/search-records.json.ts). */
export const RECORDS_FILE = 'search-records.json';
/** Where the records index is written, inside the Pagefind bundle. */
export const RECORDS_DIR = 'records';

function check(step: string, errors: string[]) {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n  ${errors.join('\n  ')}`);
}

/** Indexes the HTML in `dir` and writes the bundle to `dir/pagefind`. Returns the page count. */
export async function buildSearchIndex(dir: string): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex();
    check('createIndex', errors);
    if (!index) throw new Error('Pagefind createIndex returned no index');
    const added = await index.addDirectory({ path: dir });
    check('addDirectory', added.errors);
    if (added.page_count === 0) throw new Error(`Pagefind found no pages with data-pagefind-body in ${dir}`);
    const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
    check('writeFiles', written.errors);
    return added.page_count + (await buildRecordsIndex(dir));
  } finally {
    await pagefind.close();
  }
}

/**
 * Events and glossary terms go into an index of their own (pagefind/records/),
 * which the search merges with a lower weight: a short event that names
 * Lavrov should not outrank the page about Lavrov.
 */
async function buildRecordsIndex(dir: string): Promise<number> {
  const recordsFile = join(dir, RECORDS_FILE);
  if (!existsSync(recordsFile)) return 0;
  const records = JSON.parse(readFileSync(recordsFile, 'utf8')) as SearchRecord[];
  rmSync(recordsFile);
  if (records.length === 0) return 0;
  const { index, errors } = await pagefind.createIndex();
  check('createIndex (records)', errors);
  if (!index) throw new Error('Pagefind createIndex returned no index');
  for (const record of records) check(`addCustomRecord ${record.url}`, (await index.addCustomRecord(record)).errors);
  check('writeFiles (records)', (await index.writeFiles({ outputPath: join(dir, 'pagefind', RECORDS_DIR) })).errors);
  return records.length;
}
