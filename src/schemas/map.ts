import { z } from 'astro/zod';
import { type KnownIds, localized, sourceRefs, text } from './common';

/** Where a place's label goes, relative to its dot. */
export const labelSides = ['right', 'left', 'above', 'below'] as const;

/**
 * A locator map drawn at build time from Natural Earth's boundaries (world-atlas) with d3-geo:
 * the places a text talks about, each with its position and the source of that position.
 * content/maps/<id>.yaml
 */
export function mapSchema(known: KnownIds) {
  const place = z
    .object({
      name: localized(text()).describe('The place as the text names it, per language.'),
      lat: z
        .number({ invalid_type_error: 'write the latitude as a number of degrees, e.g. 31.9' })
        .min(-90, 'a latitude is between -90 and 90')
        .max(90, 'a latitude is between -90 and 90')
        .describe('Latitude in decimal degrees, north positive, as the cited source gives it.'),
      lon: z
        .number({ invalid_type_error: 'write the longitude as a number of degrees, e.g. 35.2' })
        .min(-180, 'a longitude is between -180 and 180')
        .max(180, 'a longitude is between -180 and 180')
        .describe('Longitude in decimal degrees, east positive, as the cited source gives it.'),
      label: z
        .enum(labelSides)
        .default('right')
        .describe(`Where the label goes beside the dot: ${labelSides.join(', ')}; "right" if left out.`),
      cite: sourceRefs(known).describe("The sources of the place's position: a list of source ids."),
    })
    .strict();
  return z
    .object({
      title: localized(text()).describe("The map's title, per language."),
      description: localized(text(20)).describe('What the map shows, in words: its text alternative, per language.'),
      boundaries: sourceRefs(known).describe(
        'The sources of the boundary lines and of what they are: Natural Earth, whose lines are drawn (a list of source ids).',
      ),
      places: z
        .array(place)
        .min(1, 'a map shows at least one place')
        .describe('The places shown as dots: `name`, `lat`, `lon`, `cite` and optional `label` (the side of its label).'),
    })
    .strict();
}

export type MapData = z.infer<ReturnType<typeof mapSchema>>;
export type MapPlace = MapData['places'][number];
