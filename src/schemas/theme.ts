import { z } from 'astro/zod';
import { text } from './common';

/** A theme groups explainers, events and terms. content/themes/<id>.yaml */
export const themeSchema = z
  .object({
    title: text(),
    short: text(),
    role: z.enum(['theme', 'story']),
    order: z.number().int().min(0),
    summary: text(40),
  })
  .strict();

export type Theme = z.infer<typeof themeSchema>;
