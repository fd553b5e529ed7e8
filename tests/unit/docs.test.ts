/** CONTRIBUTING.md documents every content field as the schemas define it. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOCUMENTED, fields, fieldTable, withFieldTables } from '../../src/content-check/docs';

const guide = readFileSync('CONTRIBUTING.md', 'utf8');

describe("CONTRIBUTING.md's field tables", () => {
  it('has one for every collection', () => {
    for (const collection of Object.keys(DOCUMENTED)) expect(guide, collection).toContain(`<!-- fields:${collection} -->`);
  });
  it('are the ones the schemas give (run `npm run docs` after changing a schema)', () => {
    expect(withFieldTables(guide)).toBe(guide);
  });
  it('list every field of a schema, required or not, with its description', () => {
    expect(fields('sources').map((f) => `${f.name}${f.required ? '' : '?'}`)).toEqual([
      'title',
      'publisher',
      'url',
      'published?',
      'accessed',
      'kind',
      'lang?',
    ]);
    expect(fieldTable('themes')).toContain('| `accent` | yes |');
  });
});
