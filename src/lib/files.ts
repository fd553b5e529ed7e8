/** The one directory walker: every file below a folder, sorted, as absolute paths. */
import { type Dirent, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Files below `dir` (recursively) whose name passes `accept`, sorted by path; none when `dir` does not exist. */
export function walkFiles(dir: string, accept: (name: string, path: string) => boolean = () => true): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walkFiles(path, accept));
    else if (entry.isFile() && accept(entry.name, path)) out.push(path);
  }
  return out.sort();
}
