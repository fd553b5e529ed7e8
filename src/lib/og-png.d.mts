/** Types of og-png.mjs (plain JavaScript, which the social images' drawing thread loads as it is). */
export type Rgb = readonly [number, number, number];
/** Deflate's level for the pixels. */
export declare const LEVEL: number;
/** The PNG (palette, four bits a pixel) of a `width` × `height` image in `palette`'s colours (at most 16), each pixel the nearest. */
export declare function pngOfPixels(pixels: Uint8Array, width: number, height: number, channels: number, palette: readonly Rgb[]): Buffer;
