/**
 * The content check's MDX parse, spread over worker threads while the check runs (a build with many
 * files). Parsing is most of the check's time (21 of 28 s at 1,000 explainers, in a profile) and the check
 * runs before anything else; the threads parse the files side by side, in the order the check reads
 * them, and send each tree back serialised, which the check reads back in a tenth of the time
 * (src/content-check/mdx.ts, `useParsedAhead`) and keeps for the compile as it is. The check runs
 * meanwhile: it reads the data, then takes each file's tree as it comes, waiting only for one not
 * parsed yet (a blocking receive: the check stays synchronous). The threads use the check's own
 * parser (PARSER_MODULES). A file a thread could not parse is parsed again by the check, which
 * reports the error where it is; if the threads fail or stall, the check parses the rest itself.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { mdxDocument, PARSER_MODULES, type ParsedAhead } from './mdx';

/** Below this many files, starting the threads costs more than they save. */
export const PARSE_AHEAD_MIN_FILES = 100;
/** Threads: one per core, at most this many (each holds its own copy of the parser). */
const MAX_THREADS = 4;
/** With no tree from any thread for this long, the check stops waiting and parses the rest itself. */
const STALL_MS = 60_000;

/**
 * A parsing thread: the trees of its files, in order, each posted on its port; after each, it adds
 * one to the shared count the check waits on, and when it is done it marks its own slot.
 */
const PARSE_WORKER = `
const { workerData } = require('node:worker_threads');
const { serialize } = require('node:v8');
const { port, jobs, slot } = workerData;
const state = new Int32Array(workerData.state);
const posted = () => { Atomics.add(state, 0, 1); Atomics.notify(state, 0); };
(async () => {
  const { unified } = await import(workerData.unified);
  let parser = unified();
  for (const url of workerData.plugins) parser = parser.use((await import(url)).default);
  for (const { path, doc } of jobs) {
    let tree;
    try {
      tree = serialize(parser.runSync(parser.parse(doc)));
    } catch {}
    port.postMessage({ path, tree });
    posted();
  }
})().catch(() => {}).finally(() => {
  Atomics.store(state, 1 + slot, 1);
  posted();
  port.close();
});
`;

const requireHere = createRequire(import.meta.url);
const moduleUrl = (name: string) => pathToFileURL(requireHere.resolve(name)).href;

/**
 * Starts parsing `paths` (MDX files) on worker threads and returns at once; `get(path)` waits for
 * that file's tree. Nothing is parsed ahead for fewer than `minFiles` files, or when the threads
 * cannot start: `get` then answers undefined and the check parses the file itself.
 */
export function parseAhead(paths: readonly string[], minFiles = PARSE_AHEAD_MIN_FILES): ParsedAhead {
  const results = new Map<string, { doc: string; tree: Buffer }>();
  if (paths.length < minFiles) return results;
  let unified: string;
  let plugins: string[];
  try {
    unified = moduleUrl(PARSER_MODULES.unified);
    plugins = PARSER_MODULES.plugins.map(moduleUrl);
  } catch {
    return results;
  }
  const docs = new Map<string, string>();
  for (const path of paths) {
    const document = mdxDocument(readFileSync(path, 'utf8'));
    if (document) docs.set(path, document.body);
  }
  const jobs = [...docs].map(([path, doc]) => ({ path, doc }));
  const threads = Math.max(1, Math.min(availableParallelism(), MAX_THREADS));
  // [0]: trees posted by all threads (the check waits on it); [1 + t]: 1 once thread t is done.
  const state = new Int32Array(new SharedArrayBuffer(4 * (1 + threads)));
  const ports: MessagePort[] = [];
  const pending = new Set(docs.keys());
  for (let t = 0; t < threads; t++) {
    const { port1, port2 } = new MessageChannel();
    try {
      new Worker(PARSE_WORKER, {
        eval: true,
        workerData: { unified, plugins, jobs: jobs.filter((_, i) => i % threads === t), port: port2, slot: t, state: state.buffer },
        transferList: [port2],
      });
    } catch {
      Atomics.store(state, 1 + t, 1);
      continue;
    }
    ports.push(port1);
  }
  const receive = () => {
    for (const port of ports) {
      for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
        const { path, tree } = m.message as { path: string; tree?: Uint8Array };
        pending.delete(path);
        const doc = docs.get(path);
        if (tree && doc !== undefined) results.set(path, { doc, tree: Buffer.from(tree.buffer, tree.byteOffset, tree.byteLength) });
      }
    }
  };
  const allDone = () => state.subarray(1).every((done) => done === 1);
  return {
    get(path) {
      while (pending.has(path)) {
        const seen = Atomics.load(state, 0);
        receive();
        if (!pending.has(path)) break;
        if (allDone()) {
          receive();
          pending.clear(); // the threads have ended: what they did not send, the check parses
          break;
        }
        if (Atomics.wait(state, 0, seen, STALL_MS) === 'timed-out') pending.clear();
      }
      return results.get(path);
    },
  };
}
