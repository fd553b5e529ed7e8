/**
 * Social preview images (1200×630), drawn as SVG at build time and turned into PNG by sharp.
 * Each PNG is cached on disk under a hash of everything that decides its bytes (ogCacheKey),
 * so that a build redraws only the images whose page, theme or drawing code changed.
 *
 * The text is drawn with fonts from npm packages (OG_FONTS), never the machine's: sharp's librsvg
 * finds fonts through fontconfig, which is pointed at a configuration listing only those files
 * (useOwnFonts), so every machine draws the same Latin, Cyrillic and Arabic.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import sharp from 'sharp';
import { LEVEL, pngOfPixels, type Rgb } from './og-png.mjs';
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
 * How many characters of a script fill the width of as many Latin ones, in the images' fonts:
 * Cyrillic letters are wider than Latin (Noto Serif Bold: 37 px against 32.5 px a character
 * at 64 px), joined Arabic letters narrower (Noto Naskh Arabic Bold: 26 px).
 */
const SCRIPT_WIDTH: readonly (readonly [RegExp, number])[] = [
  [/\p{Script=Cyrillic}/gu, 0.9],
  [/\p{Script=Arabic}/gu, 1.25],
];

/**
 * The line width of `wrap()` for `text`: `width` (counted in Latin characters) scaled for the
 * script most of its letters are in; Latin text keeps `width`.
 */
export function lineWidth(text: string, width: number): number {
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  let best = latin;
  let factor = 1;
  for (const [script, f] of SCRIPT_WIDTH) {
    const n = text.match(script)?.length ?? 0;
    if (n > best) [best, factor] = [n, f];
  }
  return Math.round(width * factor);
}

/**
 * Characters the image's fonts (OG_FONTS) cannot draw, which would show as empty boxes: the emoji
 * and pictographs of planes beyond the first (with flags and skin-tone modifiers), the emoji and
 * pictographs of the first plane (Miscellaneous Symbols, Dingbats, Miscellaneous Symbols and
 * Arrows: ☀ ✈ ❤ ⭐), and the joiners, variation selectors, keycaps and tags that build emoji.
 * Symbols such as © or ™ are drawn. Any other character a title has and the fonts lack fails
 * the unit test that checks every title against the fonts (tests/unit/og-image.test.ts).
 */
const UNDRAWABLE = /[\u{1F000}-\u{1FAFF}]|[\u2600-\u27BF]|[\u2B00-\u2BFF]|\u200D|[\uFE00-\uFE0F]|\u20E3|[\u{E0020}-\u{E007F}]/gu;

/** `text` without characters the image cannot draw, spaces tidied. */
export function drawable(text: string): string {
  return text.replace(UNDRAWABLE, '').replace(/\s+/g, ' ').trim();
}

/**
 * The images' fonts, from npm packages (SIL Open Font License 1.1): Noto Sans and Noto Serif
 * for Latin and Cyrillic, Noto Sans Arabic and Noto Naskh Arabic for Arabic, each regular and
 * bold. Only these are drawn with (useOwnFonts), on every machine.
 */
const FONT_FILES = {
  'Noto Sans': ['@expo-google-fonts/noto-sans', { 400: '400Regular/NotoSans_400Regular.ttf', 700: '700Bold/NotoSans_700Bold.ttf' }],
  'Noto Serif': ['@expo-google-fonts/noto-serif', { 400: '400Regular/NotoSerif_400Regular.ttf', 700: '700Bold/NotoSerif_700Bold.ttf' }],
  'Noto Sans Arabic': [
    '@expo-google-fonts/noto-sans-arabic',
    { 400: '400Regular/NotoSansArabic_400Regular.ttf', 700: '700Bold/NotoSansArabic_700Bold.ttf' },
  ],
  'Noto Naskh Arabic': [
    '@expo-google-fonts/noto-naskh-arabic',
    { 400: '400Regular/NotoNaskhArabic_400Regular.ttf', 700: '700Bold/NotoNaskhArabic_700Bold.ttf' },
  ],
} as const;

export type OgFontFamily = keyof typeof FONT_FILES;
export type OgFontWeight = 400 | 700;

export interface OgFont {
  family: OgFontFamily;
  weight: OgFontWeight;
  /** The font file's absolute path. */
  file: string;
  /** Package, version and file name ("@expo-google-fonts/noto-sans@0.4.2/NotoSans_700Bold.ttf"): part of the cache key. */
  id: string;
}

const requireHere = createRequire(import.meta.url);

/** Every font file the images may use. */
export const OG_FONTS: readonly OgFont[] = Object.entries(FONT_FILES).flatMap(([family, [pkg, files]]) => {
  const manifest = requireHere.resolve(`${pkg}/package.json`);
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  return ([400, 700] as const).map((weight) => ({
    family: family as OgFontFamily,
    weight,
    file: join(dirname(manifest), files[weight]),
    id: `${pkg}@${version}/${files[weight].split('/').pop()}`,
  }));
});

/** The font file of `family` at `weight`. */
export function ogFont(family: OgFontFamily, weight: OgFontWeight): OgFont {
  const font = OG_FONTS.find((f) => f.family === family && f.weight === weight);
  if (!font) throw new Error(`og-image: no font file for ${family} ${weight}`);
  return font;
}

/**
 * The font-family lists the SVG names, by kind and direction: the edition's script first, the
 * other script's face after it, for the odd word in the other script (fontconfig takes each
 * character from the first listed font that has it).
 */
const FAMILIES = {
  ltr: { sans: ['Noto Sans', 'Noto Sans Arabic'], serif: ['Noto Serif', 'Noto Naskh Arabic'] },
  rtl: { sans: ['Noto Sans Arabic', 'Noto Sans'], serif: ['Noto Naskh Arabic', 'Noto Serif'] },
} as const satisfies Record<'ltr' | 'rtl', Record<'sans' | 'serif', readonly OgFontFamily[]>>;

/**
 * A fontconfig configuration that knows only OG_FONTS' folders, with its own cache folder, written
 * once into the system's temporary folder (under a hash of its text, so that builds of other
 * checkouts or font versions never share one; written to a temporary name and renamed, so that
 * builds running side by side never read half a file). Returns its path.
 */
export function writeFontconfig(): string {
  const missing = OG_FONTS.filter((f) => !existsSync(f.file));
  if (missing.length) throw new Error(`og-image: font files missing (reinstall the packages): ${missing.map((f) => f.file).join(', ')}`);
  const dirs = [...new Set(OG_FONTS.map((f) => dirname(f.file)))];
  const body = dirs.map((d) => `  <dir>${escapeHtml(d)}</dir>\n`).join('');
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 16);
  const root = join(tmpdir(), `context-desk-fonts-${hash}`);
  const file = join(root, 'fonts.conf');
  const xml = `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<!-- The fonts of Context Desk's social images (src/lib/og-image.ts), and no others. -->
<fontconfig>
${body}  <cachedir>${escapeHtml(join(root, 'cache'))}</cachedir>
  <config><rescan><int>0</int></rescan></config>
</fontconfig>
`;
  try {
    if (readFileSync(file, 'utf8') === xml) return file;
  } catch {
    /* not written yet */
  }
  mkdirSync(join(root, 'cache'), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, xml);
  renameSync(tmp, file);
  return file;
}

/** Text in every family and weight, drawn once so that fontconfig loads its configuration. */
const PROBE_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20">${OG_FONTS.map(
  (f) => `<text font-family="${f.family}" font-weight="${f.weight}" font-size="10" y="10">Aя ب</text>`,
).join('')}</svg>`;

let ownFonts: Promise<void> | undefined;

/**
 * Makes sharp draw text with OG_FONTS only. Fontconfig (inside sharp's libvips) reads the file
 * FONTCONFIG_FILE names once per process, when text is first drawn: this sets the variable to
 * writeFontconfig()'s file, draws a little text, and puts the variable back as it was, so that
 * programs this process starts later (a browser in the tests) still see the machine's fonts.
 * Were text drawn with sharp in this process before (nothing in the site does), fontconfig would
 * already have read the machine's configuration, and the images would use the machine's fonts.
 */
export function useOwnFonts(): Promise<void> {
  ownFonts ??= (async () => {
    const before = process.env.FONTCONFIG_FILE;
    process.env.FONTCONFIG_FILE = writeFontconfig();
    try {
      await sharp(Buffer.from(PROBE_SVG)).png().toBuffer();
    } finally {
      if (before === undefined) delete process.env.FONTCONFIG_FILE;
      else process.env.FONTCONFIG_FILE = before;
    }
  })();
  return ownFonts;
}

export interface OgInput {
  site: string;
  kicker: string;
  title: string;
  subtitle: string;
  accent: string;
  /** The edition's writing direction ("rtl": Arabic): text set from the right edge, the accent bar on the right. Default "ltr". */
  dir?: 'ltr' | 'rtl';
}

export function ogSvg(input: OgInput): string {
  const [site, kicker, title, subtitle] = [input.site, input.kicker, input.title, input.subtitle].map(drawable) as [
    string,
    string,
    string,
    string,
  ];
  const accent = input.accent;
  const rtl = input.dir === 'rtl';
  const families = FAMILIES[rtl ? 'rtl' : 'ltr'];
  const sans = families.sans.join(', ');
  const serif = families.serif.join(', ');
  const titleLines = wrap(title, lineWidth(title, 26), 3);
  const subLines = wrap(subtitle, lineWidth(subtitle, 60), 2);
  const titleY = 250;
  // Right to left, text starts at the right margin: with direction="rtl", the default
  // text-anchor "start" is the text's right end (SVG 1.1 §10.9.1, as librsvg draws it).
  const x = rtl ? 1110 : 90;
  const dir = rtl ? ' direction="rtl"' : '';
  // Arabic has no capitals, and takes no tracking: its letters join.
  const kickerText = rtl ? kicker : kicker.toUpperCase();
  const tracking = rtl ? '' : ' letter-spacing="3"';
  // One line: a kicker longer than the line (a Russian tagline in capitals) is set smaller, down
  // to 20 px, and shortened with "…" only if it is still too long.
  const kickerWidth = lineWidth(kicker, 54);
  const kickerSize = kickerText.length > kickerWidth ? Math.max(20, Math.floor((26 * kickerWidth) / kickerText.length)) : 26;
  const kickerLine = wrap(kickerText, Math.floor((kickerWidth * 26) / kickerSize), 1)[0] ?? '';
  const tspans = (lines: string[], y: number, step: number) =>
    lines.map((l, i) => `<tspan x="${x}" y="${y + i * step}">${escapeHtml(l)}</tspan>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
<rect width="1200" height="630" fill="${OG_COLOURS.background}"/>
<rect x="${rtl ? 1176 : 0}" y="0" width="24" height="630" fill="${accent}"/>
<text font-family="${sans}" font-size="30" font-weight="700" fill="${OG_COLOURS.text}" x="${x}" y="110"${dir}>${escapeHtml(site)}</text>
<text font-family="${sans}" font-size="${kickerSize}"${tracking} fill="${OG_COLOURS.muted}" x="${x}" y="165"${dir}>${escapeHtml(kickerLine)}</text>
<text font-family="${serif}" font-size="64" font-weight="700" fill="${OG_COLOURS.text}"${dir}>${tspans(titleLines, titleY, 78)}</text>
<text font-family="${sans}" font-size="28" fill="${OG_COLOURS.muted}"${dir}>${tspans(subLines, titleY + titleLines.length * 78 + 40, 40)}</text>
</svg>`;
}

/** The image's own colours (the page's light theme); the theme's accent is the input's. */
export const OG_COLOURS = { background: '#fcfbf8', text: '#1c1b19', muted: '#54524c' } as const;

/**
 * The PNG settings, chosen by measurement (issue 17). The image holds only its four colours and the
 * anti-aliased edges of its text, so its palette is known before it is drawn (ogPalette): the
 * background, the accent, and steps from the background to each text colour. Each pixel takes the
 * nearest (src/lib/og-png.mjs), in four bits, deflated at level LEVEL: 21 KiB in about 17 ms of CPU.
 * Before, libimagequant found a 16-colour palette in each image: the same size in about 35 ms; at
 * 256 colours and level 9, 24 KiB in about 115 ms; sharp's defaults (true colour) 55 KiB in about 13 ms.
 */
export const PNG_SETTINGS = { encoder: 'og-png', bits: 4, level: LEVEL, steps: { text: 9, muted: 5 } } as const;

const rgb = (hex: string): Rgb => {
  if (!/^#[0-9a-f]{6}$/i.test(hex)) throw new Error(`og-image: a colour as #rrggbb, not ${JSON.stringify(hex)}`);
  return [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as unknown as Rgb;
};

/** The image's palette for a theme's accent: background, accent, then each text colour's steps from the background. */
export function ogPalette(accent: string): Rgb[] {
  const background = rgb(OG_COLOURS.background);
  const towards = (hex: string, steps: number) => {
    const to = rgb(hex);
    return Array.from(
      { length: steps },
      (_, k) => background.map((v, i) => Math.round(v + ((to[i] as number) - v) * ((k + 1) / steps))) as unknown as Rgb,
    );
  };
  return [
    background,
    rgb(accent),
    ...towards(OG_COLOURS.text, PNG_SETTINGS.steps.text),
    ...towards(OG_COLOURS.muted, PNG_SETTINGS.steps.muted),
  ];
}

/**
 * Bump when the drawing changes in a way the SVG text does not show (2: fonts from npm packages
 * only, through a fontconfig file of their own; 3: the palette known in advance, og-png.mjs). The SVG
 * holds the text, colours, font names and layout, and the key holds the font files, the PNG settings
 * and sharp's versions.
 */
export const OG_VERSION = 3;

/** The font files' ids (package, version, file name): a font update redraws every image. */
export const OG_FONT_IDS: readonly string[] = OG_FONTS.map((f) => f.id);

/**
 * The cache key of an image: a hash of its SVG (text, colours, font names, layout, direction),
 * the PNG settings, sharp's and libvips' versions, the font files and OG_VERSION.
 */
export function ogCacheKey(
  input: OgInput,
  settings: object = PNG_SETTINGS,
  versions: object = sharp.versions,
  fonts: readonly string[] = OG_FONT_IDS,
): string {
  return createHash('sha256')
    .update(JSON.stringify({ svg: ogSvg(input), settings, versions, fonts, version: OG_VERSION }))
    .digest('hex')
    .slice(0, 32);
}

/** Draws the image with OG_FONTS: the same input gives the same bytes. */
export async function drawOgPng(input: OgInput): Promise<Buffer> {
  await useOwnFonts();
  const { data, info } = await sharp(Buffer.from(ogSvg(input)))
    .raw()
    .toBuffer({ resolveWithObject: true });
  return pngOfPixels(data, info.width, info.height, info.channels, ogPalette(input.accent));
}

/**
 * Images being drawn, by cache file, shared by every copy of this module in the process: the
 * build's integration (drawAhead) and the image endpoint bundled into the pages are two copies.
 * A drawing resolves with the image, or with undefined when it failed (the page then draws it).
 */
const DRAWING = Symbol.for('context-desk:og-drawing');
function drawing(): Map<string, Promise<Buffer | undefined>> {
  const slot = globalThis as Record<symbol, Map<string, Promise<Buffer | undefined>> | undefined>;
  slot[DRAWING] ??= new Map();
  return slot[DRAWING];
}

/** Writes `png` to `file` under a temporary name first, so that builds running side by side never read half a file. */
function store(file: string, png: Buffer): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, png);
  renameSync(tmp, file);
}

/**
 * The image for `input`, from the cache folder `cacheDir` when it holds it, else drawn and
 * stored there; an image already being drawn (by drawAhead) is waited for, not drawn twice.
 * Without `cacheDir`, always drawn.
 */
export async function ogPng(input: OgInput, cacheDir?: string): Promise<Buffer> {
  if (!cacheDir) return drawOgPng(input);
  const file = join(cacheDir, `${ogCacheKey(input)}.png`);
  const ahead = await drawing().get(file);
  if (ahead) return ahead;
  try {
    return readFileSync(file);
  } catch {
    /* not cached yet */
  }
  const png = await drawOgPng(input);
  store(file, png);
  return png;
}

/**
 * The drawing thread of drawAhead: it takes the SVGs of the images, draws each as drawOgPng does
 * (sharp draws the SVG's pixels, og-png.mjs makes the PNG in the palette) and sends it back; the main thread stores it. It runs on an event
 * loop of its own: on the main thread, whose loop Vite's compilation keeps busy for long stretches,
 * each next image waited for the main thread (about 200 of 1,000 drawn in a 95 s compile).
 */
const AHEAD_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const sharp = require(workerData.sharp);
sharp.cache(false);
parentPort.once('message', async ({ jobs }) => {
  const { pngOfPixels } = await import(workerData.png);
  for (const { svg, palette, file } of jobs) {
    try {
      const { data, info } = await sharp(Buffer.from(svg)).raw().toBuffer({ resolveWithObject: true });
      parentPort.postMessage({ file, png: pngOfPixels(data, info.width, info.height, info.channels, palette) });
    } catch (error) {
      parentPort.postMessage({ file, error: String(error) });
    }
  }
  parentPort.close();
});
`;

/**
 * Draws into `cacheDir`, on a thread of its own, the images of `inputs` it does not hold yet. The
 * build starts this while Vite compiles the pages: on a second core the images are ready, or under
 * way, when their pages are written; a page whose image is still to come waits for it.
 * Resolves with how many it drew; never rejects (an image that fails is drawn again, and its
 * error reported, by its page).
 */
export async function drawAhead(inputs: readonly OgInput[], cacheDir: string): Promise<number> {
  const jobs = new Map<string, { svg: string; palette: Rgb[] }>();
  for (const input of inputs) {
    const file = join(cacheDir, `${ogCacheKey(input)}.png`);
    if (!drawing().has(file) && !existsSync(file)) jobs.set(file, { svg: ogSvg(input), palette: ogPalette(input.accent) });
  }
  if (jobs.size === 0) return 0;
  // Each image is under way from now: a page asking for it waits for this drawing.
  const settle = new Map<string, (png: Buffer | undefined) => void>();
  for (const file of jobs.keys()) drawing().set(file, new Promise((done) => settle.set(file, done)));
  // Fontconfig is read once per process, by whichever thread draws text first: ours first.
  await useOwnFonts();
  const finish = (file: string, png: Buffer | undefined) => {
    settle.get(file)?.(png);
    settle.delete(file);
    drawing().delete(file);
  };
  let drawn = 0;
  await new Promise<void>((done) => {
    // og-png.mjs beside this file (a path put together, so that Vite does not take it for an asset of the pages).
    const png = pathToFileURL(join(dirname(fileURLToPath(import.meta.url)), 'og-png.mjs')).href;
    const worker = new Worker(AHEAD_WORKER, { eval: true, workerData: { sharp: requireHere.resolve('sharp'), png } });
    worker.on('message', (m: { file: string; png?: Uint8Array; error?: string }) => {
      let png = m.png && Buffer.from(m.png.buffer, m.png.byteOffset, m.png.byteLength);
      try {
        if (png) store(m.file, png);
      } catch {
        png = undefined; // not stored: its page draws it again and reports the error
      }
      if (png) drawn++;
      finish(m.file, png);
    });
    const end = () => {
      for (const file of [...settle.keys()]) finish(file, undefined);
      done();
    };
    worker.on('error', end);
    worker.on('exit', end);
    worker.postMessage({ jobs: [...jobs].map(([file, job]) => ({ file, ...job })) });
  });
  return drawn;
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
