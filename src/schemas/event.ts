import { z } from 'astro/zod';
import { ID_PATTERN, type KnownIds, lang, partialDate, sourceRefs, text, themeRef } from './common';

/** A dated event on the timeline. content/events/<id>.yaml */
export function eventSchema(known: KnownIds) {
  return z
    .object({
      date: partialDate,
      title: text(),
      text: text(),
      theme: themeRef(known),
      cite: sourceRefs(known),
      section: z.string().regex(ID_PATTERN, 'must be a heading slug such as "the-2006-election"').optional(),
      lang: lang.default('en'),
    })
    .strict();
}

export type TimelineEvent = z.infer<ReturnType<typeof eventSchema>>;
