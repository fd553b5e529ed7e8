/**
 * Astro's collections, wired to the schemas (src/schemas). Everything here was
 * already checked, with positions, by the content check (src/content-check)
 * before the build started; drafts ("_" files) are never loaded.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir, knownIds } from './content-check/files';
import { publishedGlob } from './lib/publishing';
import { dataSchemas, explainerSchema, pageSchema } from './schemas';

const base = contentDir();
const known = knownIds(base);
const schemas = dataSchemas(known);
const files = (folder: string) => glob({ pattern: publishedGlob('{yaml,yml,json}'), base: `${base}/${folder}` });

export const collections = {
  explainers: defineCollection({
    loader: glob({ pattern: publishedGlob('mdx'), base: `${base}/explainers` }),
    schema: explainerSchema(known),
  }),
  themes: defineCollection({ loader: files('themes'), schema: schemas.themes }),
  sources: defineCollection({ loader: files('sources'), schema: schemas.sources }),
  profiles: defineCollection({ loader: files('profiles'), schema: schemas.profiles }),
  events: defineCollection({ loader: files('events'), schema: schemas.events }),
  glossary: defineCollection({ loader: files('glossary'), schema: schemas.glossary }),
  figures: defineCollection({ loader: files('figures'), schema: schemas.figures }),
  maps: defineCollection({ loader: files('maps'), schema: schemas.maps }),
  corrections: defineCollection({ loader: files('corrections'), schema: schemas.corrections }),
  pages: defineCollection({ loader: glob({ pattern: publishedGlob('mdx'), base: `${base}/pages` }), schema: pageSchema }),
};
