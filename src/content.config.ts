import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { PUBLISHED, contentDir, readKnownIds } from './lib/content-files';
import { dataSchemas, explainerSchema } from './schemas';

const base = contentDir();
const known = readKnownIds(base);
const schemas = dataSchemas(known);
const files = (folder: string) => glob({ pattern: PUBLISHED('{yaml,yml,json}'), base: `${base}/${folder}` });

export const collections = {
  explainers: defineCollection({
    loader: glob({ pattern: PUBLISHED('mdx'), base: `${base}/explainers` }),
    schema: explainerSchema(known),
  }),
  themes: defineCollection({ loader: files('themes'), schema: schemas.themes }),
  sources: defineCollection({ loader: files('sources'), schema: schemas.sources }),
  profiles: defineCollection({ loader: files('profiles'), schema: schemas.profiles }),
  events: defineCollection({ loader: files('events'), schema: schemas.events }),
  glossary: defineCollection({ loader: files('glossary'), schema: schemas.glossary }),
  figures: defineCollection({ loader: files('figures'), schema: schemas.figures }),
};
