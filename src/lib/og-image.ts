/** Social preview images (1200×630), drawn as SVG at build time and turned into PNG by sharp. */
import sharp from 'sharp';
import { escapeHtml } from './text';

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

export function ogPng(input: OgInput): Promise<Buffer> {
  return sharp(Buffer.from(ogSvg(input)))
    .png({ compressionLevel: 9, palette: true })
    .toBuffer();
}
