/** Types of og-png.mjs (plain JavaScript, which the social images' drawing thread loads as it is). */
export type Rgb = readonly [number, number, number];
/** Deflate's level for the pixels. */
export declare const LEVEL: number;
/** The index in `palette` of each pixel of `pixels` (`channels` bytes each), the nearest colour. */
export declare function indexPixels(pixels: Uint8Array, channels: number, palette: readonly Rgb[]): Uint8Array;
/** The PNG (palette, four bits a pixel) of a `width` × `height` image in `palette`'s colours (at most 16). */
export declare function pngOfPixels(pixels: Uint8Array, width: number, height: number, channels: number, palette: readonly Rgb[]): Buffer;
