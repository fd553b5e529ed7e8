/**
 * Keeps the build's memory nearer what it really holds. V8 lets the heap grow to a few times the
 * live data between full collections, up to its limit (4,144 MiB on the 24 GB bench machine, and
 * a flag set at run time does not change it): at 1,000 explainers the build peaked at 4.1–4.3 GB
 * resident (issue 17). During the build this step checks the heap every 250 ms and runs a full
 * collection when it has grown to GROWTH times what the last one left (and past FLOOR), which
 * bounds the heap by about GROWTH times the live data, at the cost of more full collections.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { AstroIntegration } from 'astro';

const FLOOR = 1024 * 1024 * 1024;
const GROWTH = 1.5;

/** V8's full collection, made callable in this process (as --expose-gc would). */
function collector(): (() => void) | undefined {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as unknown;
  return typeof gc === 'function' ? (gc as () => void) : undefined;
}

export function memoryBound(): AstroIntegration {
  let timer: NodeJS.Timeout | undefined;
  let collections = 0;
  let most = 0;
  let spent = 0;
  let collect: (() => void) | undefined;
  return {
    name: 'context-desk:memory',
    hooks: {
      'astro:build:start': () => {
        const gc = collector();
        if (!gc) return;
        let live = 0;
        collect = () => {
          const t = performance.now();
          gc();
          spent += performance.now() - t;
          collections++;
          live = process.memoryUsage().heapUsed;
          most = Math.max(most, live);
        };
        timer = setInterval(() => {
          if (process.memoryUsage().heapUsed >= Math.max(FLOOR, live * GROWTH)) collect?.();
        }, 250);
        timer.unref();
      },
      // The compile is done and what Vite held for it is garbage: collected now, before the pages are
      // generated, its memory is reused for them rather than the heap growing past it.
      'astro:build:ssr': () => collect?.(),
      'astro:build:done': ({ logger }) => {
        if (timer) clearInterval(timer);
        const mib = (n: number) => `${Math.round(n / 1024 / 1024)} MiB`;
        logger.info(
          `${collections} full collections run to bound memory (${(spent / 1000).toFixed(1)} s; most live after one: ${mib(most)})`,
        );
      },
    },
  };
}
