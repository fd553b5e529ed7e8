import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { type Font, openSync } from 'fontkit';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type Lang, langCodes, languages, t } from '../../src/i18n';
import {
  drawAhead,
  drawable,
  drawOgPng,
  lineWidth,
  OG_FONT_IDS,
  OG_FONTS,
  OG_VERSION,
  type OgFont,
  type OgFontFamily,
  type OgInput,
  ogCacheKey,
  ogFont,
  ogPalette,
  ogPng,
  ogSvg,
  PNG_SETTINGS,
  useOwnFonts,
  wrap,
  writeFontconfig,
} from '../../src/lib/og-image';

describe('wrap', () => {
  it('breaks at spaces within the width', () => {
    expect(wrap('The Middle East Quartet and its mediation', 26, 3)).toEqual(['The Middle East Quartet', 'and its mediation']);
  });
  it('shortens the last allowed line', () => {
    expect(wrap('one two three four five six', 9, 2)).toEqual(['one two', 'three…']);
  });
  it("scales the line width for the script most of the text's letters are in", () => {
    expect(lineWidth('The Middle East Quartet', 26)).toBe(26);
    expect(lineWidth('«Спутник V» в Палестине', 26)).toBe(23);
    expect(lineWidth('سبوتنيك V في فلسطين', 26)).toBe(33);
    expect(lineWidth('2021 · 5', 60)).toBe(60);
  });
});

describe('og image', () => {
  const input = {
    site: 'Context Desk',
    kicker: 'Explainer · Elections',
    title: 'Palestinian elections & <the> split',
    subtitle: 'Cited background',
    accent: '#963d14',
  };
  it('escapes text into the SVG', () => {
    const svg = ogSvg(input);
    expect(svg).toContain('&amp;');
    expect(svg).toContain('&lt;the&gt;');
    expect(svg).not.toContain('<the>');
  });
  it('renders a 1200×630 PNG, the same bytes every time', async () => {
    const a = await ogPng(input);
    const b = await ogPng(input);
    expect(a.subarray(1, 4).toString()).toBe('PNG');
    expect(a.readUInt32BE(16)).toBe(1200);
    expect(a.readUInt32BE(20)).toBe(630);
    expect(a.equals(b)).toBe(true);
  });
  it("is in its palette, and looks as sharp draws the SVG: every pixel's colour within a step of its edge", async () => {
    const png = await ogPng(input);
    const meta = await sharp(png).metadata();
    expect(meta).toMatchObject({ format: 'png', paletteBitDepth: 4, width: 1200, height: 630 });
    const drawn = await sharp(Buffer.from(ogSvg(input)))
      .removeAlpha()
      .raw()
      .toBuffer();
    const decoded = await sharp(png).removeAlpha().raw().toBuffer();
    const palette = ogPalette(input.accent);
    const inPalette = new Set(palette.map((c) => c.join()));
    let worst = 0;
    let outside = 0;
    for (let i = 0; i < drawn.length; i += 3) {
      const px = [decoded[i], decoded[i + 1], decoded[i + 2]];
      if (!inPalette.has(px.join())) outside++;
      worst = Math.max(worst, ...px.map((v, k) => Math.abs((v as number) - (drawn[i + k] as number))));
    }
    expect(outside).toBe(0);
    // The largest step is the background to the text colour in 9 steps, (252 − 28) / 9 ≈ 25: a pixel is about half
    // a step from the nearest at most (a little more in one channel, the nearest being over all three).
    expect(worst).toBeLessThanOrEqual(16);
    // The accent bar and the text are there: the accent, and the darkest text colour.
    const counts = new Map<string, number>();
    for (let i = 0; i < decoded.length; i += 3) {
      const k = [decoded[i], decoded[i + 1], decoded[i + 2]].join();
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    expect(counts.get(palette[1]?.join() ?? '')).toBe(24 * 630);
    expect(counts.get(palette[10]?.join() ?? '') ?? 0).toBeGreaterThan(10_000);
  });
});

describe('characters the image cannot draw', () => {
  it('are left out instead of showing as empty boxes: emoji, flags, joiners and variation selectors', () => {
    expect(drawable('Vaccines 💉 arrive 🇵🇸 in Gaza 👍🏽 1️⃣ ©')).toBe('Vaccines arrive in Gaza 1 ©');
    expect(drawable('Лавров и аль-Малки: «переговоры» — 5 May')).toBe('Лавров и аль-Малки: «переговоры» — 5 May');
    expect(ogSvg({ site: 'S', kicker: 'K', title: 'Sputnik V 💉 in Gaza', subtitle: 'x', accent: '#000000' })).not.toContain('💉');
  });
  it("leave out the first plane's pictographs too (☀ ✈ ⭐), which the Noto fonts lack; keep Arabic as it is", () => {
    expect(drawable('Sunny ☀️ skies ✈ ⭐ over Gaza')).toBe('Sunny skies over Gaza');
    expect(drawable('سبوتنيك V في فلسطين')).toBe('سبوتنيك V في فلسطين');
  });
});

describe("the social images' cache key", () => {
  const input = {
    site: 'Context Desk',
    kicker: 'Explainer · Elections',
    title: 'Palestinian elections',
    subtitle: 'Background',
    accent: '#963d14',
  };
  const key = ogCacheKey(input);
  it('is the same for the same input', () => {
    expect(ogCacheKey({ ...input })).toBe(key);
    expect(key).toMatch(/^[0-9a-f]{32}$/);
  });
  it.each([
    ['title', { title: 'Palestinian elections, postponed' }],
    ['theme (kicker)', { kicker: 'Explainer · The Quartet' }],
    ['colour', { accent: '#963d15' }],
    ['site name', { site: 'Context Desk (staging)' }],
    ['subtitle', { subtitle: 'Background, cited' }],
  ])('changes with the %s', (_, change) => {
    expect(ogCacheKey({ ...input, ...change })).not.toBe(key);
  });
  it("changes with the PNG settings, and with sharp's or libvips' version", () => {
    expect(ogCacheKey(input, { ...PNG_SETTINGS, level: 9 })).not.toBe(key);
    expect(ogCacheKey(input, PNG_SETTINGS, { vips: '0.0.0' })).not.toBe(key);
  });
  it('changes with the direction', () => {
    expect(ogCacheKey({ ...input, dir: 'rtl' })).not.toBe(key);
    expect(ogCacheKey({ ...input, dir: 'ltr' })).toBe(key);
  });
  it("changes with the font files (a package's version or a file's name)", () => {
    expect(OG_FONT_IDS).toHaveLength(OG_FONTS.length);
    for (const id of OG_FONT_IDS) expect(id).toMatch(/^@expo-google-fonts\/noto-[a-z-]+@\d+\.\d+\.\d+\/Noto\w+_\d00\w+\.ttf$/);
    const bumped = OG_FONT_IDS.map((id) => id.replace(/@(\d+\.\d+\.\d+)\//, '@9.9.9/'));
    expect(ogCacheKey(input, PNG_SETTINGS, undefined, bumped)).not.toBe(key);
    expect(ogCacheKey(input, PNG_SETTINGS, undefined, OG_FONT_IDS.slice(1))).not.toBe(key);
  });
  it('holds the code version and the fonts (the SVG names them)', () => {
    expect(OG_VERSION).toBeGreaterThan(0);
    expect(ogSvg(input)).toContain('font-family="Noto Serif');
  });
  it('serves the same bytes from the cache as a fresh drawing, and draws only once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'og-cache-'));
    try {
      const fresh = await drawOgPng(input);
      const first = await ogPng(input, dir);
      expect(readdirSync(dir)).toEqual([`${key}.png`]);
      const second = await ogPng(input, dir);
      expect(first.equals(fresh)).toBe(true);
      expect(second.equals(fresh)).toBe(true);
      expect(readFileSync(join(dir, `${key}.png`)).equals(fresh)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('draws ahead only what the cache lacks, and a page asking meanwhile waits for the same drawing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'og-ahead-'));
    try {
      const other = { ...input, title: 'Another title' };
      const ahead = drawAhead([input, other, input], dir);
      // Asked while it is being drawn ahead: the same bytes, and still one file per image.
      const asked = await ogPng(input, dir);
      expect(await ahead).toBe(2);
      expect(readdirSync(dir).sort()).toEqual([`${key}.png`, `${ogCacheKey(other)}.png`].sort());
      expect(asked.equals(await drawOgPng(input))).toBe(true);
      expect(readFileSync(join(dir, `${ogCacheKey(other)}.png`)).equals(await drawOgPng(other))).toBe(true);
      expect(await drawAhead([input, other], dir)).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** The project's content folder: every edition's explainers and the themes. */
const CONTENT = resolve(import.meta.dirname, '../../content');

const fonts = new Map<string, Font>();
function openFont(font: OgFont): Font {
  let f = fonts.get(font.file);
  if (!f) {
    const opened = openSync(font.file);
    if (!('hasGlyphForCodePoint' in opened)) throw new Error(`${font.file} is a font collection`);
    f = opened;
    fonts.set(font.file, f);
  }
  return f;
}

const fontName = (font: OgFont) => `${font.family} ${font.weight === 700 ? 'Bold' : 'Regular'} (${basename(font.file)})`;

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

interface SvgText {
  fonts: OgFont[];
  size: number;
  spacing: number;
  lines: string[];
}

/** The text elements of an image's SVG: the fonts each names (family list and weight), its size and its lines. */
function svgTexts(svg: string): SvgText[] {
  return [...svg.matchAll(/<text ([^>]*)>(.*?)<\/text>/g)].map(([, attrs = '', body = '']) => {
    const attr = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(attrs)?.[1];
    const weight = Number(attr('font-weight') ?? 400) as 400 | 700;
    const families = (attr('font-family') ?? '').split(',').map((f) => f.trim()) as OgFontFamily[];
    const lines = body.includes('<tspan') ? [...body.matchAll(/<tspan [^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1] ?? '') : [body];
    return {
      fonts: families.map((f) => ogFont(f, weight)),
      size: Number(attr('font-size')),
      spacing: Number(attr('letter-spacing') ?? 0),
      lines: lines.map(unescapeXml),
    };
  });
}

/**
 * Every character of the image's text that none of the fonts its SVG names for that text has a
 * glyph for (fontconfig takes a character from the first listed font that has it, and there are no
 * others): one message each, naming the character, the text, the image and the fonts.
 */
function missingGlyphs(input: OgInput, image: string): string[] {
  const out: string[] = [];
  for (const text of svgTexts(ogSvg(input))) {
    for (const line of text.lines) {
      for (const ch of line) {
        const cp = ch.codePointAt(0) ?? 0;
        if (text.fonts.some((f) => openFont(f).hasGlyphForCodePoint(cp))) continue;
        const code = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
        out.push(`${code} "${ch}" of "${line}" in ${image} (title "${input.title}"): no glyph in ${text.fonts.map(fontName).join(', ')}`);
      }
    }
  }
  return out;
}

/** The frontmatter of a content file. */
function frontmatter(file: string): Record<string, unknown> {
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'));
  return (m?.[1] ? parse(m[1]) : {}) as Record<string, unknown>;
}

/** The images of every edition, as src/pages/[...lang]/og/[slug].png.ts draws them: one per explainer, and the site's. */
function editionImages(): { image: string; input: OgInput }[] {
  const images: { image: string; input: OgInput }[] = [];
  for (const lang of langCodes as readonly Lang[]) {
    const dir = languages[lang].dir;
    const folder = join(CONTENT, 'explainers', lang);
    let files: string[] = [];
    try {
      files = readdirSync(folder).filter((f) => f.endsWith('.mdx'));
    } catch {
      /* no explainer in this edition yet */
    }
    for (const file of files) {
      const data = frontmatter(join(folder, file));
      const theme = parse(readFileSync(join(CONTENT, 'themes', `${String(data['theme'])}.yaml`), 'utf8')) as {
        label: Record<string, string>;
        accent: { light: string };
      };
      images.push({
        image: `${lang}/${file}`,
        input: {
          site: t(lang, 'site.name'),
          kicker: `${t(lang, 'explainer.label')} · ${theme.label[lang] ?? theme.label['en']}`,
          title: String(data['title']),
          subtitle: t(lang, 'og.subtitle'),
          accent: theme.accent.light,
          dir,
        },
      });
    }
    images.push({
      image: `${lang}/site`,
      input: {
        site: t(lang, 'site.name'),
        kicker: t(lang, 'site.tagline'),
        title: t(lang, 'home.title'),
        subtitle: t(lang, 'site.description'),
        accent: '#1c54a0',
        dir,
      },
    });
  }
  return images;
}

describe("the images' fonts", () => {
  it('are files from the npm packages, each the family and weight it is listed as', () => {
    expect(new Set(OG_FONTS.map((f) => f.family))).toEqual(new Set(['Noto Sans', 'Noto Serif', 'Noto Sans Arabic', 'Noto Naskh Arabic']));
    for (const font of OG_FONTS) {
      expect(font.file).toMatch(/node_modules\/@expo-google-fonts\/noto-[a-z-]+\/\d00\w+\/Noto\w+\.ttf$/);
      const f = openFont(font);
      expect(f.familyName).toBe(font.family);
      expect(f.subfamilyName).toBe(font.weight === 700 ? 'Bold' : 'Regular');
    }
  });

  it('are the only fonts fontconfig is given: their folders, a cache of its own, nothing of the system', () => {
    const file = writeFontconfig();
    const xml = readFileSync(file, 'utf8');
    const dirs = [...xml.matchAll(/<dir>([^<]*)<\/dir>/g)].map((m) => m[1]);
    expect(new Set(dirs)).toEqual(new Set(OG_FONTS.map((f) => dirname(f.file))));
    expect(xml).toMatch(/<cachedir>[^<]+<\/cachedir>/);
    expect(xml).not.toMatch(/<include|\/usr\/share\/fonts|<dir prefix/);
    expect(writeFontconfig()).toBe(file);
  });

  it("leave the environment as it was once fontconfig has read its file (a browser started later sees the machine's fonts)", async () => {
    const before = process.env.FONTCONFIG_FILE;
    await useOwnFonts();
    await drawOgPng({ site: 'S', kicker: 'K', title: 'Палестина فلسطين', subtitle: 'x', accent: '#000000', dir: 'rtl' });
    expect(process.env.FONTCONFIG_FILE).toBe(before);
  });

  const images = editionImages();

  it('cover every edition: English, Arabic and Russian', () => {
    expect(new Set(images.map((i) => i.image.split('/')[0]))).toEqual(new Set(['en', 'ar', 'ru']));
    expect(images.filter((i) => i.image.endsWith('.mdx')).length).toBeGreaterThanOrEqual(12);
  });

  it.each(images)('have a glyph for every character of the image $image (title, site name, kicker, subtitle)', ({ image, input }) => {
    expect(missingGlyphs(input, image)).toEqual([]);
  });

  it('the check fails on a character no font has, naming it, the title and the fonts', () => {
    const input: OgInput = { site: 'Context Desk', kicker: 'Explainer', title: 'The 龘 dragon', subtitle: 'x', accent: '#000000' };
    const missing = missingGlyphs(input, 'test');
    expect(missing).toHaveLength(1);
    expect(missing[0]).toContain('U+9F98');
    expect(missing[0]).toContain('title "The 龘 dragon"');
    expect(missing[0]).toContain('Noto Serif Bold (NotoSerif_700Bold.ttf), Noto Naskh Arabic Bold (NotoNaskhArabic_700Bold.ttf)');
    // An Arabic image's title lists the Arabic face first.
    expect(missingGlyphs({ ...input, title: 'التنين 龘', dir: 'rtl' }, 'test')[0]).toContain('no glyph in Noto Naskh Arabic Bold');
  });

  it.each(images)('keep every line of the image $image within the margins (90 px to 1110 px)', ({ input }) => {
    for (const text of svgTexts(ogSvg(input))) {
      const font = openFont(text.fonts[0] as OgFont);
      for (const line of text.lines) {
        const width = (font.layout(line).advanceWidth / font.unitsPerEm) * text.size + [...line].length * text.spacing;
        expect(width, `"${line}"`).toBeLessThanOrEqual(1020);
      }
    }
  });
});

describe('an Arabic (right-to-left) image', () => {
  const input: OgInput = {
    site: 'Context Desk',
    kicker: 'تقرير توضيحي · الرباعية',
    title: 'اللجنة الرباعية الدولية للشرق الأوسط ووساطتها',
    subtitle: 'خلفيات محادثات لافروف والمالكي في موسكو، 5 أيار 2021',
    accent: '#1e5ea8',
    dir: 'rtl',
  };

  it('sets its text right to left from the right margin, with the Arabic faces first and the accent bar on the right', () => {
    const svg = ogSvg(input);
    expect(svg).toContain('<rect x="1176" y="0" width="24" height="630" fill="#1e5ea8"/>');
    const texts = [...svg.matchAll(/<text [^>]*>/g)].map((m) => m[0]);
    expect(texts).toHaveLength(4);
    for (const text of texts) {
      expect(text).toContain('direction="rtl"');
      expect(text).toMatch(/font-family="Noto (Sans|Naskh) Arabic, Noto (Sans|Serif)"/);
      expect(text).not.toContain('letter-spacing');
    }
    expect(svg).not.toContain('x="90"');
    expect(svg).toContain('<tspan x="1110" y="250">');
    expect(svg).toContain(`>${input.kicker}</text>`);
  });

  it('leaves the English image as it was but for the font names', () => {
    const svg = ogSvg({ ...input, kicker: 'Explainer · The Quartet', title: 'The Middle East Quartet and its mediation', dir: 'ltr' });
    expect(svg).toContain('<rect x="0" y="0" width="24" height="630" fill="#1e5ea8"/>');
    expect(svg).not.toContain('direction=');
    expect(svg).toContain(
      'font-family="Noto Sans, Noto Sans Arabic" font-size="26" letter-spacing="3" fill="#54524c" x="90" y="165">EXPLAINER · THE QUARTET</text>',
    );
    expect(svg).toContain('<tspan x="90" y="250">The Middle East Quartet</tspan><tspan x="90" y="328">and its mediation</tspan>');
  });

  /** The leftmost and rightmost columns with ink (darker than the background) between rows `top` and `bottom`. */
  async function inkSpan(png: Buffer, top: number, bottom: number): Promise<[number, number]> {
    const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    let [left, right] = [info.width, -1];
    for (let y = top; y < bottom; y++) {
      for (let x = 30; x < info.width - 30; x++) {
        const i = (y * info.width + x) * info.channels;
        if ((data[i] ?? 255) < 128) [left, right] = [Math.min(left, x), Math.max(right, x)];
      }
    }
    return [left, right];
  }

  it('draws the title from the right margin, and an English one from the left', async () => {
    const [left, right] = await inkSpan(await drawOgPng(input), 190, 350);
    expect(right).toBeGreaterThan(1095);
    expect(right).toBeLessThanOrEqual(1112);
    expect(left).toBeGreaterThan(150);
    const [enLeft, enRight] = await inkSpan(await drawOgPng({ ...input, title: 'The Middle East Quartet', dir: 'ltr' }), 190, 350);
    expect(enLeft).toBeGreaterThanOrEqual(88);
    expect(enLeft).toBeLessThan(105);
    expect(enRight).toBeLessThan(1000);
  });
});
