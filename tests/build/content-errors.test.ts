/** Bad content fails the build with a message naming the file and what is wrong. */
import { describe, expect, it } from 'vitest';
import { buildChanged, edit } from '../helpers/fixtures';

describe('content errors', () => {
  it('the valid fixture builds', () => {
    const r = buildChanged('valid', () => {});
    expect(r.output).not.toMatch(/error/i);
    expect(r.code).toBe(0);
  });

  it('a citation of an unknown source id fails with the file, line and id', () => {
    const r = buildChanged('unknown-cite', (dir) => edit(dir, 'explainers/en/example.mdx', '<Cite id="second-source" />\n\n<Figure', '<Cite id="no-such-source" />\n\n<Figure'));
    expect(r.code).not.toBe(0);
    expect(r.output).toContain(
      'explainers/en/example.mdx:24:63: <Cite id="no-such-source">: unknown source id "no-such-source". Add content/sources/no-such-source.yaml or fix the id.',
    );
  });
});
