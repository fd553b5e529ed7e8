/**
 * CONTRIBUTING.md's field tables, written from the schemas' own descriptions, so
 * that the guide and the checks cannot disagree. `npm run docs` rewrites the
 * tables between `<!-- fields:<collection> -->` and `<!-- /fields -->`; a test
 * fails when they are out of date.
 */
import { z } from 'astro/zod';
import { dataSchemas, explainerSchema, type KnownIds, pageSchema } from '../schemas';

const none: KnownIds = {
  themes: new Set(),
  sources: new Set(),
  profiles: new Set(),
  events: new Set(),
  glossary: new Set(),
  figures: new Set(),
  maps: new Set(),
};

/** Each documented collection and the file its entries live in. */
export const DOCUMENTED = {
  explainers: 'content/explainers/<lang>/<slug>.mdx (frontmatter)',
  sources: 'content/sources/<id>.yaml',
  profiles: 'content/profiles/<id>.yaml',
  events: 'content/events/<id>.yaml',
  glossary: 'content/glossary/<id>.yaml',
  figures: 'content/figures/<id>.yaml',
  maps: 'content/maps/<id>.yaml',
  themes: 'content/themes/<id>.yaml',
  corrections: 'content/corrections/<id>.yaml',
  pages: 'content/pages/<lang>/<slug>.mdx (frontmatter)',
} as const;
export type Documented = keyof typeof DOCUMENTED;

interface Field {
  name: string;
  required: boolean;
  description: string;
}

/** The object shapes of a schema, through refinements and discriminated unions. */
function shapes(schema: z.ZodTypeAny): Array<Record<string, z.ZodTypeAny>> {
  if (schema instanceof z.ZodEffects) return shapes(schema.innerType());
  if (schema instanceof z.ZodObject) return [schema.shape as Record<string, z.ZodTypeAny>];
  if (schema instanceof z.ZodDiscriminatedUnion) return (schema.options as z.ZodTypeAny[]).flatMap(shapes);
  throw new Error(`docs: cannot read the fields of a ${schema.constructor.name}`);
}

/** The fields of a collection's schema, in the order they are defined, with their descriptions. */
export function fields(collection: Documented): Field[] {
  const schema = collection === 'explainers' ? explainerSchema(none) : collection === 'pages' ? pageSchema : dataSchemas(none)[collection];
  const out = new Map<string, Field>();
  const all = shapes(schema);
  for (const shape of all) {
    for (const name of Object.keys(shape)) {
      if (out.has(name)) continue;
      // A field of a union is described once, in whichever variant; it is required if every variant requires it.
      const types = all.flatMap((s) => (s[name] ? [s[name]] : []));
      const description = types.find((t) => t.description)?.description;
      if (!description) throw new Error(`docs: ${collection}.${name} has no description: add .describe('…') to its schema`);
      out.set(name, { name, required: types.length === all.length && types.every((t) => !t.isOptional()), description });
    }
  }
  return [...out.values()];
}

/** The Markdown table of a collection's fields. */
export function fieldTable(collection: Documented): string {
  const rows = fields(collection).map((f) => `| \`${f.name}\` | ${f.required ? 'yes' : 'no'} | ${f.description.replace(/\|/g, '\\|')} |`);
  return ['| field | required | what it holds |', '| --- | --- | --- |', ...rows].join('\n');
}

const BLOCK = /(<!-- fields:([a-z]+) -->\n)(?:[\s\S]*?\n)??(<!-- \/fields -->)/g;

/** `markdown` with every field table rewritten from the schemas. */
export function withFieldTables(markdown: string): string {
  return markdown.replace(BLOCK, (_, open: string, collection: string, close: string) => {
    if (!Object.hasOwn(DOCUMENTED, collection))
      throw new Error(`docs: unknown collection "${collection}" in <!-- fields:${collection} -->`);
    return `${open}${fieldTable(collection as Documented)}\n${close}`;
  });
}
