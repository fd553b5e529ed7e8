import { z } from 'astro/zod';
import { type KnownIds, lang, sourceRefs, text, themeRef } from './common';

/** A person or organisation in the who's who. content/profiles/<id>.yaml */
export function profileSchema(known: KnownIds) {
  return z
    .object({
      name: text(),
      kind: z.enum(['person', 'organisation']),
      role: text(),
      aliases: z.array(text()).default([]),
      themes: z.array(themeRef(known)).default([]),
      profile: z
        .array(z.object({ text: text(), cite: sourceRefs(known) }).strict())
        .min(1, 'write at least one cited profile item'),
      lang: lang.default('en'),
    })
    .strict();
}

export type Profile = z.infer<ReturnType<typeof profileSchema>>;
