import { z } from 'astro/zod';
import { hexColour, localized, text } from './common';

/** A theme groups explainers, events and terms, and gives them a colour. content/themes/<id>.yaml */
export const themeSchema = z
  .object({
    order: z.number().int().min(0).describe('Position in the navigation and on the home page, 0 first.'),
    role: z.enum(['theme', 'story']).describe('"story" for the news story itself (one theme has it), "theme" for a background theme.'),
    label: localized(text()).describe('Short name per language, for the navigation, filters and labels: `en: "The Quartet"`.'),
    title: localized(text()).describe('Full name per language: `en: "The Middle East Quartet\'s mediation"`.'),
    summary: localized(text(40)).describe('One or two sentences per language, shown on the home page.'),
    accent: z
      .object({
        light: hexColour.describe('The accent on the light background, as #rrggbb (at least 4.5:1 contrast with it).'),
        dark: hexColour.describe('The accent on the dark background, as #rrggbb (at least 4.5:1 contrast with it).'),
      })
      .strict()
      .describe('The theme\'s colour in the light and the dark theme: `{ light: "#1e5ea8", dark: "#82b0f0" }`.'),
  })
  .strict();

export type Theme = z.infer<typeof themeSchema>;
