import { z } from 'astro/zod';
import { defaultLang, langCodes } from '../i18n/languages';
import { type KnownIds, localized, localizedList, ref, sourceRefs, text, themeRef } from './common';

/** Where a profile stands in the story: the who's who groups people and organisations by it. */
export const profileGroups = ['russia', 'palestinian', 'israeli', 'international'] as const;
export type ProfileGroup = (typeof profileGroups)[number];

/** A person or organisation in the who's who. content/profiles/<id>.yaml */
export function profileSchema(known: KnownIds) {
  return z
    .object({
      name: localized(text()).describe(
        'The name per language, in the form that language\'s own press and officials use (the Russian foreign ministry\'s for Russian, the Palestinian and Arab press\'s for Arabic): `en: "Riyad al-Maliki"`, `ru: "Рияд аль-Малики"`, `ar: "رياض المالكي"`.',
      ),
      nameSources: z
        .object(
          Object.fromEntries(
            langCodes
              .filter((code) => code !== defaultLang)
              .map((code) => [
                code,
                z
                  .array(ref(known.sources, 'source', 'add content/sources/<id>.yaml or fix the id'))
                  .min(1)
                  .optional(),
              ]),
          ),
        )
        .strict()
        .optional()
        .describe(
          "Per language but English (the `name`'s own), the sources whose spelling of the name that edition follows: `ru: [tass-…]`.",
        ),
      kind: z.enum(['person', 'organisation']).describe('"person" or "organisation" (states count as organisations).'),
      role: localized(text()).describe('Who they are, as of May 2021, in one line, per language.'),
      group: z
        .enum(profileGroups)
        .describe(
          'Where they stand in the story, the who\'s who\'s grouping: "russia", "palestinian", "israeli", or "international" (other states and international bodies).',
        ),
      otherNames: localizedList(text()).describe(
        'Per language, other names they are really known by, shown on their page as "Also known as": "Abu Mazen", "PLO". Not misspellings.',
      ),
      searchAliases: localizedList(text()).describe(
        'Per language, more spellings and short forms search should find them by, misspellings included ("Mahmoud Abas", "Abbas"); never shown.',
      ),
      themes: z.array(themeRef(known)).default([]).describe('The themes they figure in.'),
      profile: z
        .array(z.object({ text: localized(text()), cite: sourceRefs(known) }).strict())
        .min(1, 'write at least one cited profile item')
        .describe('The profile: a list of items, each a `text` of a sentence or two per language and the `cite` ids that support it.'),
    })
    .strict();
}

export type Profile = z.infer<ReturnType<typeof profileSchema>>;
