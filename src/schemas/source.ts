import { z } from 'astro/zod';
import { isoDate, text } from './common';

export const sourceKinds = ['news', 'agency', 'official', 'encyclopedia', 'analysis', 'report', 'document'] as const;

/** A public page a citation points to. One file per source: content/sources/<id>.yaml */
export const sourceSchema = z
  .object({
    title: text().describe("The page's title as it shows it, or a description in [square brackets] when it shows none."),
    publisher: text().describe('Who published the page: "BBC News", "United Nations"; a syndicated copy names both.'),
    url: z
      .string({ required_error: 'every source needs the URL of the page that was read' })
      .refine((u) => URL.canParse(u) && /^https?:\/\/[^/]/.test(u), 'must be a full URL starting with https://')
      .describe('The exact address of the page that was read.'),
    published: isoDate.optional().describe('The page\'s publication date, "YYYY-MM-DD", when it shows one.'),
    accessed: isoDate.describe('The day the page was read and checked, "YYYY-MM-DD".'),
    kind: z.enum(sourceKinds).describe(`What kind of source it is: ${sourceKinds.join(', ')}.`),
    lang: z
      .string()
      .regex(/^[a-z]{2,3}$/, 'must be a language code such as "en" or "ru"')
      .default('en')
      .describe('The page\'s language code; "en" if left out.'),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (typeof s.published === 'string' && typeof s.accessed === 'string' && s.published > s.accessed) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['published'],
        message: `is after the day the page was read (accessed: ${s.accessed}): check both dates`,
      });
    }
  });

export type Source = z.infer<typeof sourceSchema>;
