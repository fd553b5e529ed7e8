import { z } from 'astro/zod';
import { lang, text } from './common';

/** A page of the site's own (about and method): content/pages/<lang>/<slug>.mdx */
export const pageSchema = z
  .object({
    title: text().describe('The page title.'),
    lang: lang.describe('The language it is written in.'),
    description: text(40).describe('One sentence for search engines and link previews, up to 160 characters.'),
  })
  .strict();

export type SitePage = z.infer<typeof pageSchema>;
