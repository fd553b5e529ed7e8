/**
 * npm run docs: rewrites CONTRIBUTING.md's field tables from the schemas' descriptions
 * (src/content-check/docs.ts). tests/unit/docs.test.ts fails when they are out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { withFieldTables } from '../content-check/docs';

const file = 'CONTRIBUTING.md';
const before = readFileSync(file, 'utf8');
const after = withFieldTables(before);
if (after === before) process.stdout.write(`${file}: the field tables are up to date\n`);
else {
  writeFileSync(file, after);
  process.stdout.write(`${file}: field tables rewritten from src/schemas\n`);
}
