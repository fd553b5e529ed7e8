import { z } from 'astro/zod';
import { type KnownIds, lang, sourceRefs, text, themeRef } from './common';

/** A glossary term. content/glossary/<id>.yaml */
export function glossarySchema(known: KnownIds) {
  return z
    .object({
      term: text(),
      aliases: z.array(text()).default([]),
      definition: text(20),
      themes: z.array(themeRef(known)).default([]),
      cite: sourceRefs(known),
      lang: lang.default('en'),
    })
    .strict();
}

export type GlossaryTerm = z.infer<ReturnType<typeof glossarySchema>>;
