/**
 * The Pagefind index of a built site. Only elements marked
 * `data-pagefind-body` are indexed, so chrome and the 404 page are not.
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';

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
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
