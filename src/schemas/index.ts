export * from './common';
export { explainerSchema } from './explainer';
export { eventSchema } from './event';
export { figureSchema } from './figure';
export { glossarySchema } from './glossary';
export { profileSchema } from './profile';
export { sourceSchema, sourceKinds } from './source';
export { themeSchema } from './theme';

import type { KnownIds } from './common';
import { eventSchema as event } from './event';
import { figureSchema as figure } from './figure';
import { glossarySchema as glossary } from './glossary';
import { profileSchema as profile } from './profile';
import { sourceSchema as source } from './source';
import { themeSchema as theme } from './theme';

/** The schema of each data collection (content/<collection>/*.yaml), in the order they are checked. */
export function dataSchemas(known: KnownIds) {
  return {
    themes: theme,
    sources: source,
    profiles: profile(known),
    events: event(known),
    glossary: glossary(known),
    figures: figure(known),
  };
}
