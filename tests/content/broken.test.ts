/**
 * Bad content is refused with a message naming the file, the line and column, the field
 * and a fix. Each case in tests/fixtures/broken/<case>/ lays files over the valid fixture
 * (and may remove some, remove.txt); expected.txt holds every problem the content check
 * reports, exactly, as it reads for content in the project's content/ folder. The check
 * runs in-process, so each case takes milliseconds; tests/e2e/publish.test.ts builds one
 * of them to show that `npm run build` stops on it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblems } from '../../src/content-check';
import { applyCase, BROKEN, prepare } from '../helpers/fixtures';
import { ROOT } from '../helpers/site';

const cases = readdirSync(BROKEN).sort();

describe('broken content', () => {
  it('has at least 45 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(45);
  });

  it.each(cases)('%s is refused with its exact error', (name) => {
    const expected = readFileSync(join(BROKEN, name, 'expected.txt'), 'utf8').trim();
    const { contentDir } = prepare(`broken-${name}`, applyCase(name));
    const report = formatProblems(checkContent(contentDir, ROOT).problems);
    // Paths in messages are relative to the project; drop the fixture's own folder.
    expect(report.replaceAll(`tests/.tmp/fixtures/broken-${name}/`, '')).toBe(expected);
  });
});
