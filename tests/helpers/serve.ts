/** Serves a built site with `astro preview` (Astro's static server), under its base path. */
import { preview } from 'astro';
import { ROOT } from './site';

export interface Served {
  url: string;
  close(): Promise<void>;
}

export async function serveSite(outDir: string, basePath: string, port: number): Promise<Served> {
  const server = await preview({
    root: ROOT,
    outDir,
    base: basePath,
    logLevel: 'error',
    server: { host: '127.0.0.1', port },
  });
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  return { url: `http://127.0.0.1:${server.port}${base}`, close: () => server.stop() };
}
