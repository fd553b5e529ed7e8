import { z } from 'astro/zod';
import { type KnownIds, lang, sourceRefs, text, themeRef } from './common';

/** Where a profile stands in the story: the who's who groups people and organisations by it. */
export const profileGroups = ['russia', 'palestinian', 'israeli', 'international'] as const;
export type ProfileGroup = (typeof profileGroups)[number];

/** A person or organisation in the who's who. content/profiles/<id>.yaml */
export function profileSchema(known: KnownIds) {
  return z
    .object({
      name: text().describe('The name as the English-language press writes it.'),
      kind: z.enum(['person', 'organisation']).describe('"person" or "organisation" (states count as organisations).'),
      role: text().describe('Who they are, as of May 2021, in one line.'),
      group: z
        .enum(profileGroups)
        .describe(
          'Where they stand in the story, the who\'s who\'s grouping: "russia", "palestinian", "israeli", or "international" (other states and international bodies).',
        ),
      otherNames: z
        .array(text())
        .default([])
        .describe('Other names they are really known by, shown on their page as "Also known as": "Abu Mazen", "PLO". Not misspellings.'),
      searchAliases: z
        .array(text())
        .default([])
        .describe(
          'More spellings and short forms search should find them by, misspellings included ("Mahmoud Abas", "Abbas"); never shown.',
        ),
      themes: z.array(themeRef(known)).default([]).describe('The themes they figure in.'),
      profile: z
        .array(z.object({ text: text(), cite: sourceRefs(known) }).strict())
        .min(1, 'write at least one cited profile item')
        .describe('The profile: a list of items, each a `text` sentence or two and the `cite` ids that support it.'),
      lang: lang.default('en').describe('The language it is written in; "en" if left out.'),
    })
    .strict();
}

export type Profile = z.infer<ReturnType<typeof profileSchema>>;
