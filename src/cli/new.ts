/**
 * npm run new -- <kind> "Title" [--theme id] [--source id] [--date YYYY-MM-DD] [--url URL] [--publisher NAME]
 * Writes a new content file from a template, and never overwrites one.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { contentDir, dataFiles } from '../content-check/files';
import { KINDS, type Kind, render, slugify, targetPath } from './templates';

function fail(message: string): never {
  process.stderr.write(`npm run new: ${message}\n`);
  process.exit(1);
}

export function parseArgs(argv: readonly string[]): { kind: Kind; title: string; options: Record<string, string> } {
  const [kind, title, ...rest] = argv;
  const usage = `usage: npm run new -- <${KINDS.join('|')}> "Title" [--theme id] [--source id] [--date YYYY-MM-DD] [--url URL] [--publisher NAME]`;
  if (!kind || !(KINDS as readonly string[]).includes(kind)) fail(`unknown kind "${kind ?? ''}"\n${usage}`);
  if (!title?.trim()) fail(`give a title in quotes\n${usage}`);
  const options: Record<string, string> = {};
  for (let i = 0; i < rest.length; i += 2) {
    const key = rest[i]?.replace(/^--/, '');
    const value = rest[i + 1];
    if (!key || value === undefined || !rest[i]?.startsWith('--')) fail(`options come in pairs such as --theme elections\n${usage}`);
    options[key] = value;
  }
  return { kind: kind as Kind, title: title.trim(), options };
}

function main() {
  const { kind, title, options } = parseArgs(process.argv.slice(2));
  const dir = contentDir();
  const themes = dataFiles('themes', dir).map(([id]) => id);
  const sources = dataFiles('sources', dir).map(([id]) => id);
  const theme = options['theme'] ?? themes[0];
  if (!theme || !themes.includes(theme)) fail(`unknown theme "${theme ?? ''}": use --theme with one of ${themes.join(', ')}`);
  const source = options['source'] ?? sources[0] ?? '';
  if (kind !== 'source' && !sources.includes(source))
    fail(`unknown source "${source}": add one first with npm run new -- source "Title", or pass --source <id>`);
  const slug = slugify(title);
  if (!slug) fail(`"${title}" gives an empty file name; use letters or digits in the title`);
  const path = join(dir, targetPath(kind, slug));
  const published = path.replace(/\/_([^/]+)$/, '/$1');
  for (const p of [path, published])
    if (existsSync(p)) fail(`${relative(process.cwd(), p)} already exists; choose another title (nothing was written)`);
  mkdirSync(dirname(path), { recursive: true });
  const today = new Date().toISOString().slice(0, 10);
  writeFileSync(path, render(kind, { title, today, theme, source, ...options }), { flag: 'wx' });
  const rel = relative(process.cwd(), path);
  process.stdout.write(
    kind === 'explainer'
      ? `wrote ${rel}\nIt is a draft: preview it with npm run dev, and delete the "draft: true" line to publish it.\n`
      : `wrote ${rel}\nIt is a draft: rename it to ${relative(process.cwd(), published)} to publish it.\n`,
  );
}

// Run only as a command, not when a test imports parseArgs.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
