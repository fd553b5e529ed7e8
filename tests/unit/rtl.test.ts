/**
 * Right to left: the site's styles use logical sides only (start/end, inline/block), so that the
 * Arabic edition mirrors by `dir="rtl"` alone. Tailwind's physical utilities (pl-, mr-, left-,
 * border-l, rounded-r-, text-right…) and CSS's physical properties are refused in our styles and
 * in the class lists of our components and pages; and Latin words in Arabic text are isolated.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { latinRuns } from '../../src/lib/bidi';
import { walkFiles } from '../../src/lib/files';

/** A physical utility as a whole class name (with variants such as `lg:` or `-` for negative values). */
const UTILITY =
  /(?:^|[\s"'`:])-?(?:(?:m|p|scroll-m|scroll-p)[lr]-|(?:left|right)-|border-[lr](?:-|(?=[\s"'`;]))|rounded-(?:[lr]|[tb][lr])-|text-(?:left|right)(?=[\s"'`;])|float-(?:left|right)|clear-(?:left|right)|space-x-reverse)/;
/** A physical CSS property or value written directly. */
const PROPERTY =
  /(?:^|[\s;{])(?:(?:margin|padding|border|scroll-margin|scroll-padding)-(?:left|right)|left|right)\s*:|text-align:\s*(?:left|right)|float:\s*(?:left|right)/;

function physicalIn(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const [i, line] of text.split('\n').entries()) {
    // Comments describe, they do not style.
    const code = line.replace(/\/\*.*?\*\/|^\s*(?:\*|\/\/).*$/g, '');
    const classes = file.endsWith('.css')
      ? code.match(/@apply[^;]*/)?.[0]
      : (code.match(/class(?::list)?=\{?["'`[][^"'`\]]*/g) ?? []).join(' ');
    if (classes && UTILITY.test(classes)) found.push(`${file}:${i + 1}: ${line.trim()}`);
    if (file.endsWith('.css') && PROPERTY.test(code)) found.push(`${file}:${i + 1}: ${line.trim()}`);
  }
  return found;
}

describe('styles for right to left', () => {
  it('use logical sides only, in the stylesheets and in every class list', () => {
    const files = walkFiles('src', (name) => /\.(css|astro)$/.test(name)).map((f) => relative(process.cwd(), f));
    expect(files.length).toBeGreaterThan(20);
    expect(files.flatMap(physicalIn)).toEqual([]);
  });

  it('would catch a physical side (the check can fail)', () => {
    expect(UTILITY.test('class="mt-2 pl-4"')).toBe(true);
    expect(UTILITY.test('@apply lg:-ml-2 text-sm')).toBe(true);
    expect(UTILITY.test('@apply border-l-4 border-line')).toBe(true);
    expect(UTILITY.test('@apply text-right tabular-nums;')).toBe(true);
    expect(UTILITY.test('class="ps-4 ms-2 border-s-4 text-end start-0"')).toBe(false);
    expect(PROPERTY.test('  margin-left: 1rem;')).toBe(true);
    expect(PROPERTY.test('  margin-inline-start: 1rem;')).toBe(false);
  });
});

describe('Latin words in Arabic text', () => {
  it('are cut out as runs to isolate, with their inner spaces and hyphens, and nothing else', () => {
    expect(latinRuns('لقاح Sputnik V في فلسطين.')).toEqual([
      { text: 'لقاح ', isolate: false },
      { text: 'Sputnik V', isolate: true },
      { text: ' في فلسطين.', isolate: false },
    ]);
    expect(
      latinRuns('موقع Russia Business Today، ثم (Gam-COVID-Vac).')
        .filter((s) => s.isolate)
        .map((s) => s.text),
    ).toEqual(['Russia Business Today', 'Gam-COVID-Vac']);
    expect(latinRuns('في 5 أيار 2021').every((s) => !s.isolate)).toBe(true);
    // A text with no Arabic letter (a publisher's name) is isolated whole, brackets and all.
    expect(latinRuns('UKPOL (UK parliamentary written answer)')).toEqual([
      { text: 'UKPOL (UK parliamentary written answer)', isolate: true },
    ]);
  });
});
