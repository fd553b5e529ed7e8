/**
 * A social image's PNG from its drawn pixels, in a palette known in advance (src/lib/og-image.ts,
 * ogPalette): the image has only the page's background, its theme's accent and two text colours,
 * with their anti-aliased edges, so each pixel takes the nearest palette colour, and no quantiser
 * has to find the colours first. It is plain JavaScript so that the drawing thread (og-image.ts,
 * drawAhead), which Node runs as it is, and the pages' code use the same file: the same pixels give
 * the same bytes.
 *
 * Measured on 40 images (issue 17): sharp drawing and libimagequant's 16-colour palette, 34–36 ms
 * of CPU each for 21.3 KiB; sharp drawing and this, about 18 ms for about the same size.
 */
import { crc32, deflateSync } from 'node:zlib';

/** Deflate's level for the pixels: past 6 the images shrink by under 1% for more time. */
export const LEVEL = 6;

/**
 * The index in `palette` ([[r, g, b], …], at most 16) of each pixel of `pixels` (`channels` bytes
 * each, red, green and blue first), the nearest by squared distance; the first on a tie.
 */
function indexPixels(pixels, channels, palette) {
  const count = pixels.length / channels;
  const out = new Uint8Array(count);
  const known = new Map();
  let lastKey = -1;
  let lastIndex = 0;
  for (let p = 0, i = 0; i < count; p += channels, i++) {
    const r = pixels[p];
    const g = pixels[p + 1];
    const b = pixels[p + 2];
    const key = (r << 16) | (g << 8) | b;
    if (key !== lastKey) {
      let index = known.get(key);
      if (index === undefined) {
        let best = Number.POSITIVE_INFINITY;
        index = 0;
        for (let c = 0; c < palette.length; c++) {
          const [pr, pg, pb] = palette[c];
          const d = (r - pr) ** 2 + (g - pg) ** 2 + (b - pb) ** 2;
          if (d < best) {
            best = d;
            index = c;
          }
        }
        known.set(key, index);
      }
      lastKey = key;
      lastIndex = index;
    }
    out[i] = lastIndex;
  }
  return out;
}

/** A PNG chunk: length, type, data and the CRC of type and data. */
function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const tail = Buffer.alloc(4);
  tail.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, tail]);
}

/**
 * The PNG (colour type 3, four bits a pixel, no filter) of a `width` × `height` image whose pixels
 * are `channels` bytes each, in `palette`'s colours.
 */
export function pngOfPixels(pixels, width, height, channels, palette) {
  if (palette.length < 1 || palette.length > 16) throw new Error(`og-png: a palette of 1 to 16 colours, not ${palette.length}`);
  if (pixels.length !== width * height * channels) throw new Error('og-png: the pixels do not fill the image');
  const indices = indexPixels(pixels, channels, palette);
  const rowBytes = Math.ceil(width / 2);
  const rows = Buffer.alloc((rowBytes + 1) * height);
  for (let y = 0; y < height; y++) {
    const at = y * (rowBytes + 1) + 1;
    for (let x = 0; x < width; x += 2) {
      const high = indices[y * width + x];
      const low = x + 1 < width ? indices[y * width + x + 1] : 0;
      rows[at + (x >> 1)] = (high << 4) | low;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 4; // bits a pixel
  header[9] = 3; // colour type: palette
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', Buffer.from(palette.flat())),
    chunk('IDAT', deflateSync(rows, { level: LEVEL })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
