import { z } from 'astro/zod';
import { type KnownIds, localized, partialDate, sourceRefs, text } from './common';

/** The data of a chart rendered at build time as SVG plus a table. content/figures/<id>.yaml */
export function figureSchema(known: KnownIds) {
  const common = {
    title: localized(text()).describe("The figure's title, per language."),
    description: localized(text(20)).describe('What the chart shows, in words: its text alternative, per language.'),
    cite: sourceRefs(known).describe('The sources of the data: a list of source ids.'),
    note: localized(text()).optional().describe('A note under the chart, per language: where sources differ, what is left out.'),
  };
  const bar = z
    .object({
      ...common,
      kind: z
        .literal('bar')
        .describe('"bar": one bar per row, `label` and `value`; or "spans": periods, `label`, `start` and optional `end`.'),
      unit: localized(text()).describe('For bars: what the values count ("doses", "seats"), per language.'),
      keepOrder: z
        .boolean()
        .optional()
        .describe(
          'For bars: `true` when the order of the rows carries meaning (dates, steps) and is kept; otherwise the bars are sorted, largest first.',
        ),
      data: z
        .array(z.object({ label: localized(text()), value: z.number().nonnegative('values must be 0 or more') }).strict())
        .min(1, 'a chart needs at least one row of data')
        .describe('The rows: `label` and `value` for bars; `label`, `start` and optional `end` (dates) for spans.'),
    })
    .strict();
  const spans = z
    .object({
      ...common,
      kind: z.literal('spans'),
      /** The date the data was last checked; open-ended rows run to it. */
      asOf: partialDate.optional().describe('For spans: the date the data was last checked; rows without an end run to it.'),
      data: z
        .array(z.object({ label: localized(text()), start: partialDate, end: partialDate.optional() }).strict())
        .min(1, 'a chart needs at least one row of data')
        .superRefine((rows, ctx) => {
          rows.forEach((row, i) => {
            if (row.end !== undefined && row.end < row.start) {
              ctx.addIssue({
                code: z.ZodIssueCode.custom,
                path: [i, 'end'],
                message: `ends (${row.end}) before it starts (${row.start})`,
              });
            }
          });
        }),
    })
    .strict();
  return z
    .discriminatedUnion('kind', [bar, spans], {
      errorMap: (issue, ctx) =>
        issue.code === z.ZodIssueCode.invalid_union_discriminator
          ? { message: 'kind must be "bar" or "spans"' }
          : { message: ctx.defaultError },
    })
    .superRefine((fig, ctx) => {
      if (fig.kind === 'spans' && fig.asOf === undefined && fig.data.some((row) => row.end === undefined)) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['asOf'],
          message: 'a row without an end needs asOf: "YYYY-MM-DD" (the date the data was last checked)',
        });
      }
    });
}

export type FigureData = z.infer<ReturnType<typeof figureSchema>>;
