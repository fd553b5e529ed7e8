/** `npm run dev` serves the search index of the last build, and says what to do when there is none. */
import { dev } from 'astro';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '../helpers/ports';
import { ROOT } from '../helpers/site';

let server: Awaited<ReturnType<typeof dev>>;
let origin = '';
beforeAll(async () => {
  server = await dev({ root: ROOT, outDir: inject('siteDir'), logLevel: 'error', server: { host: '127.0.0.1', port: await freePort() } });
  // The port the server really took (Astro moves on if the one asked for was taken meanwhile).
  origin = `http://127.0.0.1:${server.address.port}`;
});
afterAll(async () => {
  await server?.stop();
});

describe('search in the dev server', () => {
  it('serves the Pagefind bundle of the last build, and the vocabulary', async () => {
    const js = await fetch(`${origin}/pagefind/pagefind.js`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript');
    const entry = await fetch(`${origin}/pagefind/pagefind-entry.json`);
    expect(((await entry.json()) as { version: string }).version).toMatch(/^1\./);
    expect((await fetch(`${origin}/search-words.json`)).status).toBe(200);
  });
  it('answers the generated files at their own address: social images and maps', async () => {
    for (const path of ['/og/site.png', '/og/quartet.png', '/maps/sputnik-v.svg']) {
      const r = await fetch(`${origin}${path}`);
      expect(r.status, path).toBe(200);
      expect(r.headers.get('content-type'), path).toMatch(/^image\/(png|svg\+xml)/);
    }
  });
  it('explains a missing file instead of failing silently', async () => {
    const missing = await fetch(`${origin}/pagefind/nothing-here.js`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('run `npm run build` once');
  });
});
