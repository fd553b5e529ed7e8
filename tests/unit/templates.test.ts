import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { type KINDS, render, slugify, targetPath } from '../../src/cli/templates';
import { eventSchema, explainerSchema, glossarySchema, type KnownIds, profileSchema, sourceSchema } from '../../src/schemas';

const known: KnownIds = {
  themes: new Set(['quartet']),
  sources: new Set(['un-2003']),
  profiles: new Set(),
  events: new Set(),
  glossary: new Set(),
  figures: new Set(),
  maps: new Set(),
};
const input = { title: 'Tor Wennesland', today: '2026-11-28', theme: 'quartet', source: 'un-2003' };

describe('slugify', () => {
  it.each([
    ["The Quartet's 2016 report", 'the-quartets-2016-report'],
    ['Riyad al-Maliki', 'riyad-al-maliki'],
    ['  Sputnik V — deliveries  ', 'sputnik-v-deliveries'],
    ['Café Übersee', 'cafe-ubersee'],
  ])('%s → %s', (title, slug) => expect(slugify(title)).toBe(slug));
});

describe('templates', () => {
  it('put explainers in their language folder and data entries in draft files', () => {
    expect(targetPath('explainer', 'x')).toBe('explainers/en/x.mdx');
    expect(targetPath('person', 'x')).toBe('profiles/_x.yaml');
    expect(targetPath('organisation', 'x')).toBe('profiles/_x.yaml');
    expect(targetPath('event', 'x')).toBe('events/_x.yaml');
    expect(targetPath('term', 'x')).toBe('glossary/_x.yaml');
    expect(targetPath('source', 'x')).toBe('sources/_x.yaml');
  });

  it('write data entries that pass their schemas', () => {
    const schemas = {
      person: profileSchema(known),
      organisation: profileSchema(known),
      event: eventSchema(known),
      term: glossarySchema(known),
      source: sourceSchema,
    };
    for (const [kind, schema] of Object.entries(schemas)) {
      const result = schema.safeParse(parseYaml(render(kind as (typeof KINDS)[number], input)));
      expect(result.success ? [] : result.error.issues, kind).toEqual([]);
    }
  });

  it('writes a draft explainer whose frontmatter passes and which has every required section', () => {
    const text = render('explainer', { ...input, title: 'The Quartet in 2016' });
    const fm = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
    const data = explainerSchema(known).parse(parseYaml(fm));
    expect(data.draft).toBe(true);
    expect(data.title).toBe('The Quartet in 2016');
    for (const h of ['## Why it mattered in May 2021', '## Frequently asked questions', '## What happened next', '<Later>'])
      expect(text).toContain(h);
    expect(text.match(/^### .+\?$/gm)?.length).toBeGreaterThanOrEqual(4);
  });
});
