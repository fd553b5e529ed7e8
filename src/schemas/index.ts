/** The schema of each collection: the one definition of every content field. */
import type { KnownIds } from './common';
import { correctionSchema } from './correction';
import { eventSchema } from './event';
import { figureSchema } from './figure';
import { glossarySchema } from './glossary';
import { mapSchema } from './map';
import { profileSchema } from './profile';
import { sourceSchema } from './source';
import { themeSchema } from './theme';

export * from './common';
export { type Correction, correctionSchema } from './correction';
export { eventSchema, type TimelineEvent } from './event';
export { type Explainer, explainerSchema } from './explainer';
export { type FigureData, figureSchema } from './figure';
export { type GlossaryTerm, glossarySchema } from './glossary';
export { labelSides, type MapData, type MapPlace, mapSchema } from './map';
export { pageSchema, type SitePage } from './page';
export { type Profile, profileSchema } from './profile';
export { type Source, sourceSchema } from './source';
export { type Theme, themeSchema } from './theme';

/** The schema of each data collection (content/<collection>/*.yaml), in the order they are checked. */
export function dataSchemas(known: KnownIds) {
  return {
    themes: themeSchema,
    sources: sourceSchema,
    profiles: profileSchema(known),
    events: eventSchema(known),
    glossary: glossarySchema(known),
    figures: figureSchema(known),
    maps: mapSchema(known),
    corrections: correctionSchema(known),
  };
}
