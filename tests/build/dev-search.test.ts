/** `npm run dev` serves the search index of the last build, and says what to do when there is none. */
import { dev } from 'astro';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROOT } from '../helpers/site';

let server: Awaited<ReturnType<typeof dev>>;
beforeAll(async () => {
  server = await dev({ root: ROOT, outDir: inject('siteDir'), logLevel: 'error', server: { host: '127.0.0.1', port: 4392 } });
});
afterAll(async () => {
  await server?.stop();
});

describe('search in the dev server', () => {
  it('serves the Pagefind bundle of the last build, and the vocabulary', async () => {
    const js = await fetch('http://127.0.0.1:4392/pagefind/pagefind.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript');
    const entry = await fetch('http://127.0.0.1:4392/pagefind/pagefind-entry.json');
    expect(((await entry.json()) as { version: string }).version).toMatch(/^1\./);
    expect((await fetch('http://127.0.0.1:4392/search-vocabulary.json')).status).toBe(200);
  });
  it('explains a missing file instead of failing silently', async () => {
    const missing = await fetch('http://127.0.0.1:4392/pagefind/nothing-here.js');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('run `npm run build` once');
  });
});
