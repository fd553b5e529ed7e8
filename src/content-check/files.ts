/** Where content lives, and which of its files are published. */
import { join, relative, resolve, sep } from 'node:path';
import { walkFiles } from '../lib/files';
import { isDraftFile } from '../lib/publishing';
import type { KnownIds } from '../schemas/common';

/**
 * The content folder: `CONTENT_DIR`, or ./content. The tests build other
 * folders (fixtures); paths are relative to the project root.
 */
export function contentDir(): string {
  return resolve(process.env['CONTENT_DIR'] ?? 'content');
}

const DATA_EXT = /\.(ya?ml|json)$/;

/** Every published data file of `collection`, as [id, path] pairs: the id is the path below the collection's folder, without extension. */
export function dataFiles(collection: string, dir = contentDir()): Array<[string, string]> {
  const root = join(dir, collection);
  return walkFiles(root, (name) => DATA_EXT.test(name) && !isDraftFile(name)).map((path) => [
    relative(root, path).replace(DATA_EXT, '').split(sep).join('/'),
    path,
  ]);
}

/** Every published explainer source (MDX) below the content folder. */
export function explainerFiles(dir = contentDir()): string[] {
  return walkFiles(join(dir, 'explainers'), (name) => name.endsWith('.mdx') && !isDraftFile(name));
}

/** Every published page of the site's own (about, method) below the content folder. */
export function pageFiles(dir = contentDir()): string[] {
  return walkFiles(join(dir, 'pages'), (name) => name.endsWith('.mdx') && !isDraftFile(name));
}

/** The ids each collection holds, from the file names alone (so a reference to an invalid entry is not reported as well). */
export function knownIds(dir = contentDir()): KnownIds {
  const ids = (c: string) => new Set(dataFiles(c, dir).map(([id]) => id));
  return {
    themes: ids('themes'),
    sources: ids('sources'),
    profiles: ids('profiles'),
    events: ids('events'),
    glossary: ids('glossary'),
    figures: ids('figures'),
    maps: ids('maps'),
  };
}
