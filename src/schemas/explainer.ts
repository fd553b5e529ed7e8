import { z } from 'astro/zod';
import { countWords } from '../lib/text';
import { isoDate, type KnownIds, lang, sourceRefs, text, themeRef } from './common';

/** An explainer's frontmatter. content/explainers/<lang>/<slug>.mdx */
export function explainerSchema(known: KnownIds) {
  return z
    .object({
      title: text().describe('The headline.'),
      lang: lang.describe('The language it is written in; it sets `<html lang dir>` and the edition.'),
      theme: themeRef(known).describe('The theme it belongs to (a file in content/themes/).'),
      order: z.number().int().min(0).describe('Its position among the explainers: home page, navigation and previous/next.'),
      summary: text(120)
        .superRefine((s, ctx) => {
          const n = countWords(s);
          if (n < 60 || n > 110) ctx.addIssue({ code: z.ZodIssueCode.custom, message: `has ${n} words: write 60 to 110` });
        })
        .describe('One plain-text paragraph of 60 to 110 words: no markup, no citations.'),
      summaryCite: sourceRefs(known).describe('The sources of the summary: a list of source ids.'),
      keyPoints: z
        .array(z.object({ text: text(), cite: sourceRefs(known) }).strict())
        .min(3, 'give 3 to 6 key points')
        .max(6, 'give 3 to 6 key points')
        .describe('3 to 6 key points, each a `text` sentence and the `cite` ids that support it.'),
      published: isoDate.describe('The day it was first published, "YYYY-MM-DD".'),
      reviewed: isoDate.describe('The day its facts were last checked, "YYYY-MM-DD": shown as "Last reviewed".'),
      draft: z.boolean().default(false).describe('`true` while it is being written: shown by `npm run dev`, never published.'),
    })
    .strict()
    .superRefine((data, ctx) => {
      if (typeof data.reviewed === 'string' && typeof data.published === 'string' && data.reviewed < data.published) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['reviewed'],
          message: `the review date (${data.reviewed}) is before the publication date (${data.published})`,
        });
      }
    });
}

export type Explainer = z.infer<ReturnType<typeof explainerSchema>>;
