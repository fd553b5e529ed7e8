import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { pngOfPixels, type Rgb } from '../../src/lib/og-png.mjs';

const palette: Rgb[] = [
  [252, 251, 248],
  [28, 84, 160],
  [28, 27, 25],
];

describe('a PNG in a palette known in advance', () => {
  it('decodes to the nearest palette colour of each pixel, an odd width too', async () => {
    // 3 × 2 pixels, RGBA: near the background, the accent exactly, near the text; then the reverse.
    const pixels = Uint8Array.from([
      ...[250, 250, 250, 255],
      ...[28, 84, 160, 255],
      ...[40, 40, 40, 255],
      ...[30, 30, 30, 255],
      ...[30, 80, 150, 255],
      ...[255, 255, 255, 255],
    ]);
    const png = pngOfPixels(pixels, 3, 2, 4, palette);
    const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    expect(info).toMatchObject({ width: 3, height: 2, channels: 3 });
    expect([...data]).toEqual([palette[0], palette[1], palette[2], palette[2], palette[1], palette[0]].flat());
    // IHDR: four bits a pixel, colour type 3 (a palette).
    expect([png[24], png[25]]).toEqual([4, 3]);
  });

  it('refuses a palette of more than 16 colours, and pixels that do not fill the image', () => {
    const many = Array.from({ length: 17 }, (_, i) => [i, i, i] as Rgb);
    expect(() => pngOfPixels(new Uint8Array(3), 1, 1, 3, many)).toThrow(/1 to 16 colours/);
    expect(() => pngOfPixels(new Uint8Array(5), 1, 2, 3, palette)).toThrow(/do not fill/);
  });
});
