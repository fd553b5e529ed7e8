/**
 * The Pagefind index of a built site. Only elements marked
 * `data-pagefind-body` are indexed, so chrome and the 404 page are not.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { recordHtml } from '../lib/record-html';
import type { SearchRecord } from '../lib/search-records';

/** The records the site writes for events and glossary terms (src/pages/search-records.json.ts). */
export const RECORDS_FILE = 'search-records.json';

function check(step: string, errors: string[]) {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n  ${errors.join('\n  ')}`);
}

/** Indexes the HTML in `dir` and the records, and writes the bundle to `dir/pagefind`. Returns the count of both. */
export async function buildSearchIndex(dir: string): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex();
    check('createIndex', errors);
    if (!index) throw new Error('Pagefind createIndex returned no index');
    const added = await index.addDirectory({ path: dir });
    check('addDirectory', added.errors);
    if (added.page_count === 0) throw new Error(`Pagefind found no pages with data-pagefind-body in ${dir}`);
    const records = await addRecords(index, dir);
    const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
    check('writeFiles', written.errors);
    return added.page_count + records;
  } finally {
    await pagefind.close();
  }
}

/** Adds the event and glossary-term records (see src/lib/record-html.ts) to `index`. */
async function addRecords(index: pagefind.PagefindIndex, dir: string): Promise<number> {
  const recordsFile = join(dir, RECORDS_FILE);
  if (!existsSync(recordsFile)) return 0;
  const records = JSON.parse(readFileSync(recordsFile, 'utf8')) as SearchRecord[];
  rmSync(recordsFile);
  for (const record of records) check(`addHTMLFile ${record.url}`, (await index.addHTMLFile({ url: record.url, content: recordHtml(record) })).errors);
  return records.length;
}
