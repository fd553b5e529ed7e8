import { z } from 'astro/zod';
import { type KnownIds, localized, localizedList, sourceRefs, text, themeRef } from './common';

/** A glossary term. content/glossary/<id>.yaml */
export function glossarySchema(known: KnownIds) {
  return z
    .object({
      term: localized(text()).describe('The term as readers meet it, per language.'),
      aliases: localizedList(text()).describe(
        'Other names and spellings, per language: search finds the term by them, and the check looks for its first mention in an explainer by them.',
      ),
      definition: localized(text(20)).describe('A plain definition in one or two sentences, per language.'),
      themes: z.array(themeRef(known)).default([]).describe('The themes it belongs to.'),
      cite: sourceRefs(known).describe('The sources of the definition: a list of source ids.'),
    })
    .strict();
}

export type GlossaryTerm = z.infer<ReturnType<typeof glossarySchema>>;
