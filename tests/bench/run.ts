/**
 * npm run bench: prints figures, asserts nothing.
 *  - build time of `npm run build` (Astro + Pagefind), median of 3 clean runs;
 *  - first-visit bytes per page type by kind (HTML, CSS, JS, fonts, images): raw, gzip, brotli, requests;
 *  - search: bytes and ms from the last keystroke to the first result, cold and warm, for 5 queries.
 * Not yet: the 100/1,000-explainer scale runs and Lighthouse (see issue 7).
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { launchChrome } from '../helpers/browser';
import { serveSite } from '../helpers/serve';
import { ROOT, TMP, cleanEnv } from '../helpers/site';

const outDir = join(TMP, 'bench');
const kib = (n: number) => (n / 1024).toFixed(1);
const brotli = (b: Buffer) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

function buildOnce(): number {
  rmSync(outDir, { recursive: true, force: true });
  const start = process.hrtime.bigint();
  execFileSync(process.execPath, [join(ROOT, 'node_modules/astro/astro.js'), 'build'], { cwd: ROOT, env: { ...cleanEnv(), OUT_DIR: outDir }, stdio: 'ignore' });
  return Number(process.hrtime.bigint() - start) / 1e9;
}

function kindOf(url: string, type: string): string {
  if (/\.css(\?|$)/.test(url) || type.includes('css')) return 'CSS';
  if (/\.m?js(\?|$)/.test(url) || type.includes('javascript')) return 'JS';
  if (/\.(woff2?|ttf|otf)(\?|$)/.test(url)) return 'fonts';
  if (/\.(png|jpe?g|svg|webp|avif|gif|ico)(\?|$)/.test(url) || type.startsWith('image/')) return 'images';
  if (type.includes('html')) return 'HTML';
  return 'other';
}

async function main() {
  const times = [buildOnce(), buildOnce(), buildOnce()].sort((a, b) => a - b);
  console.log(`\nBuild (npm run build: Astro + Pagefind), 3 clean runs: ${times.map((t) => `${t.toFixed(1)} s`).join(', ')}; median ${times[1]?.toFixed(1)} s\n`);

  const served = await serveSite(outDir, '/', 4395);
  const browser = await launchChrome();
  try {
    console.log('First visit, by page type (bytes: raw / gzip / brotli; requests)');
    console.log('page        | kind   |     raw |    gzip |  brotli | requests');
    for (const [name, path] of [['home', ''], ['explainer', 'explainers/quartet/'], ['person', 'who/sergey-lavrov/'], ['timeline', 'timeline/'], ['search', 'search/']] as const) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const got: Array<{ kind: string; body: Buffer }> = [];
      page.on('response', async (r) => {
        try {
          got.push({ kind: kindOf(r.url(), r.headers()['content-type'] ?? ''), body: await r.body() });
        } catch {
          // redirects have no body
        }
      });
      await page.goto(served.url + path, { waitUntil: 'networkidle' });
      await context.close();
      for (const kind of ['HTML', 'CSS', 'JS', 'fonts', 'images', 'other']) {
        const list = got.filter((g) => g.kind === kind);
        if (list.length === 0 && kind !== 'HTML' && kind !== 'CSS' && kind !== 'JS') continue;
        const raw = list.reduce((a, g) => a + g.body.length, 0);
        const gz = list.reduce((a, g) => a + gzipSync(g.body, { level: 9 }).length, 0);
        const br = list.reduce((a, g) => a + brotli(g.body), 0);
        console.log(`${name.padEnd(11)} | ${kind.padEnd(6)} | ${kib(raw).padStart(7)} | ${kib(gz).padStart(7)} | ${kib(br).padStart(7)} | ${list.length}`);
      }
    }

    console.log('\nSearch from an explainer (dialog), KiB brotli of everything fetched after opening, ms from last keystroke to first result');
    console.log('query            | cold KiB | cold ms | warm ms');
    for (const q of ['Sputnik', 'Quartet', 'Ashkenazi', 'elections', 'Resolution 1515']) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${served.url}explainers/quartet/`, { waitUntil: 'networkidle' });
      let bytes = 0;
      page.on('response', async (r) => {
        try {
          bytes += brotli(await r.body());
        } catch {
          // no body
        }
      });
      const time = async (query: string) => {
        await page.keyboard.press('Control+k');
        const input = page.locator('dialog[open] input').first();
        await input.waitFor();
        await input.fill('');
        await page.keyboard.type(query);
        const t0 = performance.now();
        await page.waitForFunction(
          (text) => !!document.querySelector('dialog[open] .pagefind-ui__result-link') && (document.querySelector('dialog[open] .pagefind-ui__message')?.textContent ?? '').toLowerCase().includes(text),
          query.toLowerCase().split(' ')[0] ?? '',
        );
        const ms = performance.now() - t0;
        await page.keyboard.press('Escape');
        return ms;
      };
      const cold = await time(q);
      const coldBytes = bytes;
      const warm = await time(q.split(' ')[0] ?? q);
      console.log(`${q.padEnd(16)} | ${kib(coldBytes).padStart(8)} | ${cold.toFixed(0).padStart(7)} | ${warm.toFixed(0).padStart(7)}`);
      await context.close();
    }
  } finally {
    await browser.close();
    await served.close();
  }
}

await main();
