/**
 * The content check's MDX parse, spread over worker threads before a build's check runs. Parsing
 * is most of the check's time (about 15 of 20 s at 1,000 explainers) and the check runs before
 * anything else, on one core; the threads parse the files side by side and send each tree back
 * serialised, which the check reads back in a tenth of the time (src/content-check/mdx.ts,
 * `useParsedAhead`) and keeps for the compile as it is. The threads use the check's own parser
 * (PARSER_MODULES). A file a thread could not parse is parsed again by the check, which reports
 * the error where it is; if the threads cannot start, the check parses everything itself.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { mdxDocument, PARSER_MODULES, type ParsedAhead } from './mdx';

/** Below this many files, starting the threads costs more than they save. */
export const PARSE_AHEAD_MIN_FILES = 100;
/** Threads: one per core, at most this many (each holds its own copy of the parser). */
const MAX_THREADS = 4;

const PARSE_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { serialize } = require('node:v8');
(async () => {
  const { unified } = await import(workerData.unified);
  const plugins = await Promise.all(workerData.plugins.map(async (url) => (await import(url)).default));
  let parser = unified();
  for (const plugin of plugins) parser = parser.use(plugin);
  for (const { path, doc } of workerData.jobs) {
    try {
      parentPort.postMessage({ path, tree: serialize(parser.runSync(parser.parse(doc))) });
    } catch {
      parentPort.postMessage({ path });
    }
  }
})().catch(() => {}).finally(() => parentPort.close());
`;

const requireHere = createRequire(import.meta.url);
const moduleUrl = (name: string) => pathToFileURL(requireHere.resolve(name)).href;

/** The trees of `paths` (MDX files), parsed on worker threads; empty for fewer than `minFiles` files or when the threads fail. */
export async function parseAhead(paths: readonly string[], minFiles = PARSE_AHEAD_MIN_FILES): Promise<ParsedAhead> {
  const parsed = new Map<string, { doc: string; tree: Buffer }>();
  if (paths.length < minFiles) return parsed;
  const jobs: Array<{ path: string; doc: string }> = [];
  for (const path of paths) {
    const document = mdxDocument(readFileSync(path, 'utf8'));
    if (document) jobs.push({ path, doc: document.body });
  }
  const docs = new Map(jobs.map((j) => [j.path, j.doc]));
  const threads = Math.max(1, Math.min(availableParallelism(), MAX_THREADS));
  let unified: string;
  let plugins: string[];
  try {
    unified = moduleUrl(PARSER_MODULES.unified);
    plugins = PARSER_MODULES.plugins.map(moduleUrl);
  } catch {
    return parsed;
  }
  await Promise.all(
    Array.from(
      { length: threads },
      (_, t) =>
        new Promise<void>((done) => {
          const share = jobs.filter((_, i) => i % threads === t);
          const worker = new Worker(PARSE_WORKER, { eval: true, workerData: { unified, plugins, jobs: share } });
          worker.on('message', (m: { path: string; tree?: Uint8Array }) => {
            const doc = docs.get(m.path);
            if (m.tree && doc !== undefined)
              parsed.set(m.path, { doc, tree: Buffer.from(m.tree.buffer, m.tree.byteOffset, m.tree.byteLength) });
          });
          worker.on('error', () => done());
          worker.on('exit', () => done());
        }),
    ),
  );
  return parsed;
}
