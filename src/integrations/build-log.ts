/**
 * Where a build spends time and memory: at the start of the build, once the pages are compiled, once every page is generated,
 * and when the steps after it (social images' report, security policy, search index, budget)
 * are done, the seconds since the process started, the resident memory now and its peak so far.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';

const mib = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MiB`;

function report(logger: AstroIntegrationLogger, step: string): void {
  const { rss, heapUsed, heapTotal, external } = process.memoryUsage();
  logger.info(
    `${step}: ${process.uptime().toFixed(1)} s since start; memory ${mib(rss)} resident (JS heap ${mib(heapUsed)} used of ${mib(heapTotal)}, outside it ${mib(external)}), peak so far ${mib(process.resourceUsage().maxRSS * 1024)}`,
  );
}

export function buildLog(): AstroIntegration {
  return {
    name: 'context-desk:build-log',
    hooks: {
      'astro:build:start': ({ logger }) => report(logger, 'build started (content synced)'),
      'astro:build:ssr': ({ logger }) => report(logger, 'pages compiled (Vite)'),
      'astro:build:generated': ({ logger }) => report(logger, 'pages generated'),
      'astro:build:done': ({ logger }) => report(logger, 'steps after the pages done'),
    },
  };
}
