import { z } from 'astro/zod';
import { isoDate, type KnownIds, sourceRefs, text } from './common';

/** A correction: what a page said that was wrong, and what it says now. content/corrections/<id>.yaml */
export function correctionSchema(known: KnownIds) {
  return z
    .object({
      date: isoDate.describe('The day the page was corrected, "YYYY-MM-DD".'),
      page: z
        .string()
        .regex(/^\/[a-z0-9/#-]*$/, 'must be a site path such as "/explainers/quartet/" or "/who/tony-blair/"')
        .describe('The site path of the corrected page: "/explainers/quartet/", "/who/<id>/", "/timeline/".'),
      wrong: text().describe('What the page said, briefly: the error, in plain words.'),
      now: text().describe('What the page says now.'),
      cite: sourceRefs(known).describe('The sources that show the correction: a list of source ids.'),
    })
    .strict();
}

export type Correction = z.infer<ReturnType<typeof correctionSchema>>;
