import { z } from 'astro/zod';
import { ID_PATTERN, type KnownIds, localized, partialDate, sourceRefs, text, themeRef } from './common';

/** A dated event on the timeline. content/events/<id>.yaml */
export function eventSchema(known: KnownIds) {
  return z
    .object({
      date: partialDate.describe('When it happened: "YYYY-MM-DD", or "YYYY-MM" / "YYYY" when only that is known.'),
      title: localized(text()).describe('A short headline, in sentence case, per language: `en: "…"`, `ar: "…"`, `ru: "…"`.'),
      text: localized(text()).describe('One or two plain-text sentences on what happened, per language.'),
      theme: themeRef(known).describe('The theme it belongs to (a file in content/themes/).'),
      cite: sourceRefs(known).describe('The sources that report it: a list of source ids.'),
      section: z
        .string()
        .regex(ID_PATTERN, 'must be a heading slug such as "the-2006-election"')
        .optional()
        .describe(
          "The heading slug of the section of the theme's lead explainer (in English) that explains it; each edition links to its own heading at the same place.",
        ),
    })
    .strict();
}

export type TimelineEvent = z.infer<ReturnType<typeof eventSchema>>;
