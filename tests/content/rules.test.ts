/**
 * The content check's rules, each on the valid fixture with one change: positions,
 * heading anchors as Astro makes them, what an explainer may contain, links, images,
 * and the lead explainer of a theme. In-process: no build.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, contentIndex, formatProblems, leadExplainer } from '../../src/content-check';
import { headingSlugs } from '../../src/content-check/mdx';
import { edit, prepare } from '../helpers/fixtures';
import { ROOT } from '../helpers/site';

const EXAMPLE = 'explainers/en/example.mdx';

/** Every warning the check reports for the valid fixture after `change`, one line each, paths relative to the fixture. */
function warningsAfter(name: string, change: (dir: string) => void): string[] {
  const { contentDir } = prepare(`rules-${name}`, change);
  const { problems, warnings } = checkContent(contentDir, ROOT);
  expect(formatProblems(problems)).toBe('');
  const report = formatProblems(warnings);
  return report ? report.replaceAll(`tests/.tmp/fixtures/rules-${name}/`, '').split('\n') : [];
}

/** Every problem the check finds in the valid fixture after `change`, one line each, paths relative to the fixture. */
function problemsAfter(name: string, change: (dir: string) => void): string[] {
  const { contentDir } = prepare(`rules-${name}`, change);
  const report = formatProblems(checkContent(contentDir, ROOT).problems);
  return report ? report.replaceAll(`tests/.tmp/fixtures/rules-${name}/`, '').split('\n') : [];
}

const body = (dir: string, from: string | RegExp, to: string) => edit(dir, EXAMPLE, from, to);

describe('the real content and the valid fixture', () => {
  it('have no problems', () => {
    expect(formatProblems(checkContent(join(ROOT, 'content'), ROOT).problems)).toBe('');
    expect(problemsAfter('valid', () => {})).toEqual([]);
  });
});

describe('positions', () => {
  it('points at the entry that is wrong, not the first key of its name (keyPoints.2.cite.0)', () => {
    const problems = problemsAfter('third-cite', (dir) =>
      body(
        dir,
        '  - text: "The third key point."\n    cite: [example-source]',
        '  - text: "The third key point."\n    cite: [example-source, nyt-2021]',
      ),
    );
    expect(problems).toEqual([
      'content/explainers/en/example.mdx:15:28: keyPoints.2.cite.1: unknown source id "nyt-2021": add content/sources/<id>.yaml or fix the id',
    ]);
    const line = readFileSync(join(ROOT, 'tests/.tmp/fixtures/rules-third-cite/content', EXAMPLE), 'utf8').split('\n')[14];
    expect(line?.slice(27)).toMatch(/^nyt-2021/);
  });

  it('points at an unknown field in a nested list, and at a JSON syntax error', () => {
    expect(
      problemsAfter('nested-field', (dir) =>
        body(dir, '  - text: "The second key point."\n', '  - text: "The second key point."\n    note: "x"\n'),
      ),
    ).toEqual([
      'content/explainers/en/example.mdx:13:5: keyPoints.1.note: unknown field: check the spelling (CONTRIBUTING.md lists every field)',
    ]);
    const json = problemsAfter('json-comma', (dir) => {
      writeFileSync(join(dir, 'sources/extra.json'), '{\n  "title": "x",\n}\n');
    });
    expect(json).toHaveLength(1);
    expect(json[0]).toMatch(/^content\/sources\/extra\.json:3:1: JSON syntax error: /);
  });

  it('reads a file that starts with a byte-order mark', () => {
    expect(problemsAfter('bom', (dir) => writeFileSync(join(dir, EXAMPLE), `\uFEFF${readFileSync(join(dir, EXAMPLE), 'utf8')}`))).toEqual(
      [],
    );
  });
});

describe('heading anchors, as Astro makes them', () => {
  it('slugs the text a reader sees: a link in a heading contributes its words, not its URL', () => {
    expect(headingSlugs('## The [Roadmap](/explainers/quartet/) of 2003')).toEqual(['the-roadmap-of-2003']);
  });
  it('ignores a citation at the end of a heading, and numbers repeated headings as Astro does', () => {
    expect(headingSlugs('### 2005: Abbas succeeds Arafat <Cite id="x" />\n\n## Notes\n\n## Notes')).toEqual([
      '2005-abbas-succeeds-arafat',
      'notes',
      'notes-1',
    ]);
  });
  it('accepts a link to such a heading, and refuses one to a heading that does not exist', () => {
    const heading = (dir: string) =>
      body(dir, '## Second section', '## The [Roadmap](/explainers/example/) of 2003 <Cite id="second-source" />');
    expect(
      problemsAfter('link-in-heading', (dir) => {
        heading(dir);
        body(dir, '(/explainers/example/#second-section)', '(/explainers/example/#the-roadmap-of-2003)');
      }),
    ).toEqual([]);
    expect(
      problemsAfter('old-slug', (dir) => {
        heading(dir);
        body(dir, '(/explainers/example/#second-section)', '(/explainers/example/#the-roadmapexplainersexample-of-2003)');
      }),
    ).toEqual([
      'content/explainers/en/example.mdx:24:5: link to /explainers/example/#the-roadmapexplainersexample-of-2003: /explainers/example/ has no section "#the-roadmapexplainersexample-of-2003"',
    ]);
  });
});

describe('what an explainer may contain', () => {
  // [case, text in the fixture, what replaces it, the one problem expected (its start)]
  const cases: Array<[string, string, string, string]> = [
    [
      'an import',
      '## First section',
      "import { readFileSync } from 'node:fs'\n\n## First section",
      ':20:1: import and export are not allowed in an explainer',
    ],
    [
      'an expression',
      '## Second section',
      '## Second section\n\n{JSON.stringify(process.env)}',
      ':30:1: {…} expressions are not allowed in an explainer',
    ],
    [
      'JSX inside an expression',
      '## Second section',
      '## Second section\n\n{<script>alert(1)</script>}',
      ':30:1: {…} expressions are not allowed in an explainer',
    ],
    [
      'an expression as an attribute',
      '<Figure id="example-bars" />',
      '<Figure id={"example-bars"} />',
      ':26:1: <Figure>: write the id as text in quotes',
    ],
    ['raw HTML', '## Second section', '## Second section\n\n<script>alert(1)</script>', ':30:1: unknown component <script>'],
    ['an H1', '## Second section', '# Second section', ':28:1: an explainer has no H1'],
    [
      'an empty <Who>',
      '<Who id="example-person">Example Person</Who>',
      '<Who id="example-person" />',
      ':22:1: <Who> wraps the words it marks',
    ],
    [
      'a javascript: link',
      '(/explainers/example/#second-section)',
      '(javascript:alert(1))',
      ':24:5: link to javascript:alert(1): use a full https:// address',
    ],
    [
      'a javascript: link by reference',
      '## What happened next',
      '[x]: javascript:alert(1)\n\n## What happened next',
      ':32:1: link to javascript:alert(1): use a full https:// address',
    ],
    [
      'a reference-style image',
      '## Second section',
      '## Second section\n\n![A picture][pic]\n\n[pic]: /favicon.svg',
      ':30:1: write images inline',
    ],
    [
      'a relative link',
      '(/explainers/example/#second-section)',
      '(explainers/example/)',
      ':24:5: link to explainers/example/: use a full https:// address',
    ],
    [
      'a remote image',
      '## Second section',
      '## Second section\n\n![A remote picture](https://example.org/x.png)',
      ':30:1: image https://example.org/x.png: images must be files of the site',
    ],
    [
      'a missing image',
      '## Second section',
      '## Second section\n\n![A missing picture](/no-such-image.png)',
      ':30:1: image /no-such-image.png: there is no such file in public/.',
    ],
  ];
  it.each(cases)('refuses %s, at its line and column', (name, from, to, expected) => {
    const problems = problemsAfter(name.replace(/\W+/g, '-'), (dir) => body(dir, from, to));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^content/explainers/en/example\\.mdx${expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });
  it('accepts a link to a heading that ends with a citation: its anchor is the heading without it, as Astro makes it', () => {
    expect(
      problemsAfter('cite-in-heading', (dir) => {
        body(dir, '## Second section', '### 2005: Abbas succeeds Arafat <Cite id="example-source" />');
        body(dir, '(/explainers/example/#second-section)', '(/explainers/example/#2005-abbas-succeeds-arafat)');
      }),
    ).toEqual([]);
  });
  it('allows an MDX comment, and links and images of files the site has', () => {
    expect(
      problemsAfter('comment', (dir) =>
        body(
          dir,
          '## Second section',
          '## Second section\n\n{/* a note to editors */}\n\n![The site icon](/favicon.svg) [The feed](/feed.xml)',
        ),
      ),
    ).toEqual([]);
  });
});

describe('a theme with two explainers', () => {
  it("checks an event's section against the theme's lead explainer (lowest order), the one the timeline links to", () => {
    const second = (dir: string) => {
      edit(dir, 'events/2021-05-05-example.yaml', 'theme: quartet\n', 'theme: quartet\nsection: second-section\n');
      // Another explainer of the theme: first by file name, later in order, and without that section.
      const text = readFileSync(join(dir, EXAMPLE), 'utf8')
        .replace('order: 1', 'order: 5')
        .replace('## Second section', '## Another section');
      writeFileSync(
        join(dir, 'explainers/en/aaa-second.mdx'),
        text.replace('(/explainers/example/#second-section)', '(/explainers/example/)'),
      );
    };
    expect(problemsAfter('second-explainer', second)).toEqual([]);
    const { contentDir } = prepare('second-explainer-index', second);
    expect(leadExplainer(contentIndex(contentDir), 'quartet')?.slug).toBe('example');
    expect(
      problemsAfter('second-explainer-first', (dir) => {
        second(dir);
        edit(dir, 'explainers/en/aaa-second.mdx', 'order: 5', 'order: 0');
      }),
    ).toEqual([
      'content/events/2021-05-05-example.yaml:11:10: section: content/explainers/en/aaa-second.mdx has no heading with the slug "second-section"',
    ]);
  });
});

describe("the site's own pages", () => {
  it('are Markdown only: a component, which the page could not render, is refused at its line', () => {
    expect(
      problemsAfter('page-component', (dir) =>
        edit(dir, 'pages/en/about.mdx', '## Corrections', '## Corrections\n\n<Who id="example-person">Example Person</Who>'),
      ),
    ).toEqual(["content/pages/en/about.mdx:13:1: <Who>: the site's own pages are Markdown only."]);
  });
});

describe('glossary terms in the text', () => {
  const unmark = (dir: string) => body(dir, 'used an <Term id="example-term">example term</Term>.', 'used an example term.');

  it('warns, without refusing the content, about a first mention that is not marked', () => {
    expect(warningsAfter('term-unmarked', unmark)).toEqual([
      'content/explainers/en/example.mdx:22:55: "example term" is the first mention of the glossary term "Example term" and is not marked: wrap it, <Term id="example-term">example term</Term>',
    ]);
    expect(warningsAfter('term-marked', () => {})).toEqual([]);
  });

  it('finds a term by an alias, whatever its case, spacing and hyphens, but an abbreviation only in capitals', () => {
    const warnings = warningsAfter('term-alias', (dir) => {
      unmark(dir);
      edit(
        dir,
        'glossary/example-term.yaml',
        'themes: [quartet]',
        'aliases:\n  en: ["Sample-word", "EXT"]\n  ar: []\n  ru: []\nthemes: [quartet]',
      );
      body(dir, 'A sentence about the Quartet.', 'A sentence about the Quartet, its sample word and the next text.');
    });
    expect(warnings).toEqual([
      'content/explainers/en/example.mdx:22:55: "example term" is the first mention of the glossary term "Example term" and is not marked: wrap it, <Term id="example-term">example term</Term>',
    ]);
    const alias = warningsAfter('term-alias-only', (dir) => {
      body(dir, 'used an <Term id="example-term">example term</Term>.', 'used an instance.');
      edit(
        dir,
        'glossary/example-term.yaml',
        'themes: [quartet]',
        'aliases:\n  en: ["Sample-word", "EXT"]\n  ar: []\n  ru: []\nthemes: [quartet]',
      );
      body(dir, 'A sentence about the Quartet.', 'A sentence about the next text, the ext, and then a sample word.');
    });
    expect(alias).toEqual([
      'content/explainers/en/example.mdx:30:53: "sample word" is the first mention of the glossary term "Example term" and is not marked: wrap it, <Term id="example-term">sample word</Term>',
    ]);
  });

  it('counts neither headings nor links nor other components as mentions', () => {
    expect(
      warningsAfter('term-heading', (dir) => {
        body(dir, 'used an <Term id="example-term">example term</Term>.', 'used <Who id="example-person">an example term</Who>.');
        body(dir, '## Second section', '### About an example term\n\nA sentence.\n\n## Second section');
      }),
    ).toEqual([]);
  });
});
