/**
 * Social preview images (1200×630), drawn as SVG at build time and turned into PNG by sharp.
 * Each PNG is cached on disk under a hash of everything that decides its bytes (ogCacheKey),
 * so that a build redraws only the images whose page, theme or drawing code changed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { escapeHtml } from './text';

// libvips' operation cache keeps results no other image reuses (every image differs): about 60 MB per 200 images.
sharp.cache(false);

/** Breaks text into lines of at most `width` characters, at spaces; at most `max` lines, the last one shortened with "…". */
export function wrap(text: string, width: number, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && `${line} ${word}`.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  kept[max - 1] = `${(kept[max - 1] ?? '').replace(/[\s,;:.–—-]+$/, '')}…`;
  return kept;
}

/**
 * Characters the image's fonts (DejaVu) cannot draw, which would show as empty boxes: the emoji
 * and pictographs of planes beyond the first (with flags and skin-tone modifiers), and the joiners,
 * variation selectors, keycaps and tags that build emoji. Symbols such as © or ☀ are drawn.
 */
const UNDRAWABLE = /[\u{1F000}-\u{1FAFF}]|\u200D|[\uFE00-\uFE0F]|\u20E3|[\u{E0020}-\u{E007F}]/gu;

/** `text` without characters the image cannot draw, spaces tidied. */
export function drawable(text: string): string {
  return text.replace(UNDRAWABLE, '').replace(/\s+/g, ' ').trim();
}

export interface OgInput {
  site: string;
  kicker: string;
  title: string;
  subtitle: string;
  accent: string;
}

export function ogSvg(input: OgInput): string {
  const [site, kicker, title, subtitle] = [input.site, input.kicker, input.title, input.subtitle].map(drawable) as [
    string,
    string,
    string,
    string,
  ];
  const accent = input.accent;
  const titleLines = wrap(title, 26, 3);
  const subLines = wrap(subtitle, 60, 2);
  const titleY = 250;
  const tspans = (lines: string[], x: number, y: number, step: number) =>
    lines.map((l, i) => `<tspan x="${x}" y="${y + i * step}">${escapeHtml(l)}</tspan>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
<rect width="1200" height="630" fill="#fcfbf8"/>
<rect x="0" y="0" width="24" height="630" fill="${accent}"/>
<text font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-size="30" font-weight="700" fill="#1c1b19" x="90" y="110">${escapeHtml(site)}</text>
<text font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-size="26" letter-spacing="3" fill="#54524c" x="90" y="165">${escapeHtml(kicker.toUpperCase())}</text>
<text font-family="DejaVu Serif, Liberation Serif, Georgia, serif" font-size="64" font-weight="700" fill="#1c1b19">${tspans(titleLines, 90, titleY, 78)}</text>
<text font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-size="28" fill="#54524c">${tspans(subLines, 90, titleY + titleLines.length * 78 + 40, 40)}</text>
</svg>`;
}

/**
 * The PNG settings, chosen by measurement on the four explainers' images (closing report of
 * issue 17): a 16-colour palette without dithering, quantised at low effort, deflate level 6,
 * is 16 KiB in about 40 ms of CPU. The previous 256-colour palette at level 9 was 24 KiB in
 * about 115 ms; sharp's defaults (true colour, level 6) 55 KiB in about 13 ms.
 */
export const PNG_OPTIONS = { compressionLevel: 6, palette: true, colours: 16, effort: 2, dither: 0 } as const satisfies sharp.PngOptions;

/**
 * Bump when the drawing changes in a way the SVG text does not show (none today: the SVG holds
 * the text, colours, fonts and layout, and the key holds the PNG settings and sharp's versions).
 */
export const OG_VERSION = 1;

/** The cache key of an image: a hash of its SVG (text, colours, fonts, layout), the PNG settings, sharp's and libvips' versions and OG_VERSION. */
export function ogCacheKey(input: OgInput, options: sharp.PngOptions = PNG_OPTIONS, versions: object = sharp.versions): string {
  return createHash('sha256')
    .update(JSON.stringify({ svg: ogSvg(input), options, versions, version: OG_VERSION }))
    .digest('hex')
    .slice(0, 32);
}

/** Draws the image: the same input gives the same bytes. */
export function drawOgPng(input: OgInput): Promise<Buffer> {
  return sharp(Buffer.from(ogSvg(input)))
    .png(PNG_OPTIONS)
    .toBuffer();
}

/**
 * The image for `input`, from the cache folder `cacheDir` when it holds it, else drawn and
 * stored there (written to a temporary name and renamed, so that builds running side by side
 * never read half a file). Without `cacheDir`, always drawn.
 */
export async function ogPng(input: OgInput, cacheDir?: string): Promise<Buffer> {
  if (!cacheDir) return drawOgPng(input);
  const file = join(cacheDir, `${ogCacheKey(input)}.png`);
  try {
    return readFileSync(file);
  } catch {
    /* not cached yet */
  }
  const png = await drawOgPng(input);
  mkdirSync(cacheDir, { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, png);
  renameSync(tmp, file);
  return png;
}

/**
 * Where the build keeps the images: inside Astro's cache folder (set by src/integrations/og-cache.ts),
 * so it is kept across builds, never deployed, and cleared with Astro's cache. The environment
 * variable CONTEXT_DESK_OG_CACHE overrides it: another folder, or "off" to draw every image.
 * The integration's choice is kept in a process-wide slot, not the environment, so that it never
 * passes to another build started from this process (the bench serves a site, then builds others).
 */
export const OG_CACHE_ENV = 'CONTEXT_DESK_OG_CACHE';
const SLOT = Symbol.for('context-desk:og-cache-dir');

export function setOgCacheDir(dir: string): void {
  (globalThis as Record<symbol, unknown>)[SLOT] = dir;
}

/** The cache folder, or undefined when images are always drawn. */
export function ogCacheDir(): string | undefined {
  const env = process.env[OG_CACHE_ENV];
  if (env === 'off') return undefined;
  if (env) return env;
  const dir = (globalThis as Record<symbol, unknown>)[SLOT];
  return typeof dir === 'string' ? dir : undefined;
}
