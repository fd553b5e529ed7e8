import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { PUBLISHED, contentDir, readKnownIds } from './lib/content-files';
import {
  eventSchema,
  explainerSchema,
  figureSchema,
  glossarySchema,
  profileSchema,
  sourceSchema,
  themeSchema,
} from './schemas';

const base = contentDir();
const known = readKnownIds(base);
const data = (folder: string) => glob({ pattern: PUBLISHED('{yaml,yml,json}'), base: `${base}/${folder}` });

export const collections = {
  explainers: defineCollection({
    loader: glob({ pattern: PUBLISHED('mdx'), base: `${base}/explainers` }),
    schema: explainerSchema(known),
  }),
  themes: defineCollection({ loader: data('themes'), schema: themeSchema }),
  sources: defineCollection({ loader: data('sources'), schema: sourceSchema }),
  profiles: defineCollection({ loader: data('profiles'), schema: profileSchema(known) }),
  events: defineCollection({ loader: data('events'), schema: eventSchema(known) }),
  glossary: defineCollection({ loader: data('glossary'), schema: glossarySchema(known) }),
  figures: defineCollection({ loader: data('figures'), schema: figureSchema(known) }),
};
