import { z } from 'astro/zod';
import { isoDate, text } from './common';

export const sourceKinds = ['news', 'agency', 'official', 'encyclopedia', 'analysis', 'report', 'document'] as const;

/** A public page a citation points to. One file per source: content/sources/<id>.yaml */
export const sourceSchema = z
  .object({
    title: text(),
    publisher: text(),
    url: z
      .string({ required_error: 'every source needs the URL of the page that was read' })
      .refine((u) => URL.canParse(u) && /^https?:\/\/[^/]/.test(u), 'must be a full URL starting with https://'),
    published: isoDate.optional(),
    accessed: isoDate,
    kind: z.enum(sourceKinds),
    lang: z.string().regex(/^[a-z]{2,3}$/, 'must be a language code such as "en" or "ru"').default('en'),
  })
  .strict();

export type Source = z.infer<typeof sourceSchema>;
