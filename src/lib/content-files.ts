import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { KnownIds } from '../schemas/common';

/**
 * Where content lives. `CONTENT_DIR` overrides it (the fixture tests build
 * broken content from tests/fixtures); paths are relative to the project root.
 */
export function contentDir(): string {
  return resolve(process.env['CONTENT_DIR'] ?? 'content');
}

/** Files whose name starts with "_" are drafts: never published. */
export const PUBLISHED = (ext: string) => `**/[!_]*.${ext}`;

const DATA_EXT = /\.(ya?ml|json)$/;

/** Every published data file of `collection`, as [id, path] pairs. */
export function dataFiles(collection: string, dir = contentDir()): Array<[string, string]> {
  const root = join(dir, collection);
  const out: Array<[string, string]> = [];
  const walk = (folder: string) => {
    let names: string[];
    try {
      names = readdirSync(folder).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (DATA_EXT.test(name) && !name.startsWith('_')) {
        out.push([relative(root, path).replace(DATA_EXT, '').split(sep).join('/'), path]);
      }
    }
  };
  walk(root);
  return out;
}

/** The ids that exist in each referenced collection, read from disk. */
export function readKnownIds(dir = contentDir()): KnownIds {
  const ids = (c: string) => new Set(dataFiles(c, dir).map(([id]) => id));
  return {
    themes: ids('themes'),
    sources: ids('sources'),
    profiles: ids('profiles'),
    glossary: ids('glossary'),
    figures: ids('figures'),
  };
}
