import { z } from 'astro/zod';
import { type KnownIds, lang, sourceRefs, text, themeRef } from './common';

/** A glossary term. content/glossary/<id>.yaml */
export function glossarySchema(known: KnownIds) {
  return z
    .object({
      term: text().describe('The term as readers meet it.'),
      aliases: z
        .array(text())
        .default([])
        .describe(
          'Other names and spellings: search finds the term by them, and the check looks for its first mention in an explainer by them.',
        ),
      definition: text(20).describe('A plain definition in one or two sentences.'),
      themes: z.array(themeRef(known)).default([]).describe('The themes it belongs to.'),
      cite: sourceRefs(known).describe('The sources of the definition: a list of source ids.'),
      lang: lang.default('en').describe('The language it is written in; "en" if left out.'),
    })
    .strict();
}

export type GlossaryTerm = z.infer<ReturnType<typeof glossarySchema>>;
