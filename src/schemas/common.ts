import { z } from 'astro/zod';
import { defaultLang, type Lang, langCodes, languages, unfolded } from '../i18n/languages';

/** Ids of the entries each collection holds, used to check cross-references. */
export interface KnownIds {
  themes: ReadonlySet<string>;
  sources: ReadonlySet<string>;
  profiles: ReadonlySet<string>;
  events: ReadonlySet<string>;
  glossary: ReadonlySet<string>;
  figures: ReadonlySet<string>;
  maps: ReadonlySet<string>;
}

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True when y-m-d is a real calendar day. */
export function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const UNQUOTED_DATE =
  'write the date in quotes, e.g. "2021-05-05" (unquoted YAML dates are silently converted, and impossible ones shifted)';

function dateCheck(allowPartial: boolean) {
  const shape = allowPartial ? 'YYYY, YYYY-MM or YYYY-MM-DD' : 'YYYY-MM-DD';
  return z.unknown().superRefine((value, ctx) => {
    if (value instanceof Date) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: UNQUOTED_DATE });
      return;
    }
    if (typeof value !== 'string') {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: `expected a date string (${shape})` });
      return;
    }
    const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
    if (!m || (!allowPartial && m[3] === undefined)) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: `"${value}" is not a date in the form ${shape}` });
      return;
    }
    const y = Number(m[1]);
    const mo = m[2] === undefined ? 1 : Number(m[2]);
    const d = m[3] === undefined ? 1 : Number(m[3]);
    if (mo < 1 || mo > 12 || !isRealDate(y, mo, d)) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: `"${value}" is not a real calendar date` });
    }
  }) as unknown as z.ZodType<string, z.ZodTypeDef, unknown>;
}

/** A full date, "2021-05-05". */
export const isoDate = dateCheck(false);
/** A date that may be known only to the month or year: "2021", "2021-05", "2021-05-05". */
export const partialDate = dateCheck(true);

export const lang = z.enum(langCodes);

/**
 * A field written in each language of the site: `{ en: "…", ar: "…", ru: "…" }`. The default
 * language's is always required; a published edition's is required too (a missing one is reported
 * as "missing ar translation" at the field), an unpublished edition's is optional.
 */
export function localized<T extends z.ZodTypeAny>(value: T) {
  const shape: Record<string, z.ZodTypeAny> = {};
  for (const code of langCodes) shape[code] = code === defaultLang ? value : value.optional();
  return z
    .object(shape)
    .strict()
    .superRefine((texts, ctx) => {
      for (const code of langCodes) {
        if (code !== defaultLang && languages[code].published && texts[code] === undefined) {
          ctx.addIssue({ code: z.ZodIssueCode.custom, message: `missing ${code} translation` });
        }
        const found = unfolded(JSON.stringify(texts[code] ?? ''), code);
        if (found)
          ctx.addIssue({
            code: z.ZodIssueCode.custom,
            path: [code],
            message: `write ${found.write} for ${found.letter}: the edition writes it so, and search finds either`,
          });
      }
    }) as unknown as z.ZodObject<Record<Lang, T>, 'strict'>;
}

/** A list written in each language (`{ en: [], ar: [], ru: [] }`), empty in every language when left out. */
export function localizedList<T extends z.ZodTypeAny>(item: T) {
  const empty = Object.fromEntries(langCodes.map((code) => [code, []])) as unknown as Record<Lang, z.infer<T>[]>;
  return localized(z.array(item)).default(empty as never);
}

/** A colour written as #rrggbb. */
export const hexColour = z.string().regex(/^#[0-9a-f]{6}$/i, 'write the colour as #rrggbb, e.g. "#1e5ea8"');

/** Plain text: no markup, no leading/trailing space. */
/** Markup that a plain-text field would show literally: tags and components, {expressions}, Markdown emphasis, code and links. */
const MARKUP: ReadonlyArray<[RegExp, string]> = [
  [/<[a-z/!]/i, 'a tag or component'],
  [/[{}]/, 'a {…} expression'],
  [/\*\*|__/, 'Markdown emphasis'],
  [/`/, 'Markdown code'],
  [/\]\(/, 'a Markdown link'],
];

/** The markup in `s` that a plain-text field would show literally, or undefined. */
export function markupIn(s: string): string | undefined {
  return MARKUP.find(([re]) => re.test(s))?.[1];
}

/** Plain text: no markup, no leading or trailing space. Shown as written, so markup would show literally. */
export const text = (min = 1) =>
  z
    .string()
    .trim()
    .min(min, min === 1 ? 'must not be empty' : `must be at least ${min} characters`)
    .superRefine((s, ctx) => {
      const found = markupIn(s);
      if (found) ctx.addIssue({ code: z.ZodIssueCode.custom, message: `is plain text, shown as written: remove ${found}` });
    });

/** A reference to an entry of `collection`, checked against the ids that exist. */
export function ref(known: ReadonlySet<string>, collection: string, hint: string) {
  return z.string().superRefine((id, ctx) => {
    if (!known.has(id)) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        message: `unknown ${collection} id "${id}": ${hint}`,
      });
    }
  });
}

export function sourceRefs(known: KnownIds) {
  return z.array(ref(known.sources, 'source', 'add content/sources/<id>.yaml or fix the id')).min(1, 'cite at least one source');
}

export function themeRef(known: KnownIds) {
  return ref(known.themes, 'theme', `use one of: ${[...known.themes].sort().join(', ')}`);
}
