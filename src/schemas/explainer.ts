import { z } from 'astro/zod';
import { type KnownIds, isoDate, lang, sourceRefs, text, themeRef } from './common';

/** An explainer's frontmatter. content/explainers/<lang>/<slug>.mdx */
export function explainerSchema(known: KnownIds) {
  return z
    .object({
      title: text(),
      lang,
      theme: themeRef(known),
      order: z.number().int().min(0),
      summary: text(120).refine((s) => !/[<>{}]/.test(s), 'the summary is plain text: no markup or components'),
      summaryCite: sourceRefs(known),
      keyPoints: z
        .array(z.object({ text: text(), cite: sourceRefs(known) }).strict())
        .min(3, 'give 3 to 6 key points')
        .max(6, 'give 3 to 6 key points'),
      published: isoDate,
      reviewed: isoDate,
      draft: z.boolean().default(false),
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
