/**
 * One parse per MDX file and build: the trees the content check keeps are the trees Astro's MDX
 * compiler would parse (the same text, with the frontmatter blanked as Astro blanks it, and the same
 * parser), so the compile can take them instead (src/plugins/remark-parsed-once.ts). And the site's
 * typographic step gives exactly the text of Astro's default one (src/plugins/remark-typography.ts).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, contentDir } from '../../src/content-check';
import { keepParsedTrees, parseExplainer, takeParsedTree, useParsedAhead } from '../../src/content-check/mdx';
import { parseAhead } from '../../src/content-check/parse-ahead';
import { walkFiles } from '../../src/lib/files';
import remarkTypography from '../../src/plugins/remark-typography';
import { ROOT, TMP } from '../helpers/site';

const mdxFiles = [...walkFiles(join(contentDir(), 'explainers')), ...walkFiles(join(contentDir(), 'pages'))].filter((f) =>
  f.endsWith('.mdx'),
);

describe('each MDX file parsed once per build', { timeout: 60_000 }, () => {
  afterAll(() => keepParsedTrees(false));

  it('keeps, for every explainer and page, the tree the MDX compiler parses from the text Astro gives it', () => {
    keepParsedTrees(true);
    expect(checkContent(contentDir(), ROOT).problems).toEqual([]);
    // The compiler's parser as @astrojs/mdx configures it: MDX, with GitHub Flavored Markdown among the remark plugins.
    const compiler = createProcessor({ format: 'mdx', remarkPlugins: [remarkGfm] });
    expect(mdxFiles.length).toBeGreaterThan(12);
    for (const file of mdxFiles) {
      const doc = parseFrontmatter(readFileSync(file, 'utf8'), { frontmatter: 'empty-with-spaces' }).content;
      const kept = takeParsedTree(file, doc);
      expect(kept, file).toBeDefined();
      expect(kept, file).toEqual(compiler.parse(doc));
      // Handed out once.
      expect(takeParsedTree(file, doc)).toBeUndefined();
    }
  });

  it('parses on threads, while the check runs, the same trees, which the check then uses and keeps', () => {
    const ahead = parseAhead(mdxFiles, 0);
    keepParsedTrees(true);
    expect(useParsedAhead(ahead, () => checkContent(contentDir(), ROOT)).problems).toEqual([]);
    const compiler = createProcessor({ format: 'mdx', remarkPlugins: [remarkGfm] });
    for (const file of mdxFiles) {
      const doc = parseFrontmatter(readFileSync(file, 'utf8'), { frontmatter: 'empty-with-spaces' }).content;
      const kept = takeParsedTree(file, doc);
      // Parsed ahead from the text Astro compiles, and the tree the compiler would parse from it.
      expect(ahead.get(file)?.doc).toBe(doc);
      expect(kept, file).toEqual(compiler.parse(doc));
    }
  });

  it('leaves a file it cannot parse to the check, which reports where the error is', () => {
    const dir = join(TMP, 'parse-ahead');
    mkdirSync(dir, { recursive: true });
    const good = join(dir, 'good.mdx');
    const bad = join(dir, 'bad.mdx');
    writeFileSync(good, '---\ntitle: A\n---\n\nA paragraph.\n');
    writeFileSync(bad, '---\ntitle: B\n---\n\nA <Cite id="x">mark that is never closed.\n');
    const ahead = parseAhead([good, bad], 0);
    expect(ahead.get(bad)).toBeUndefined();
    expect(ahead.get(good)?.doc).toBe(`   \n        \n   \n\nA paragraph.\n`);
    const problem = useParsedAhead(ahead, () => parseExplainer('bad.mdx', readFileSync(bad, 'utf8'), bad));
    expect(problem).toMatchObject({ file: 'bad.mdx', at: { line: 5 } });
    expect((problem as { message: string }).message).toMatch(/^MDX syntax error/);
  });

  it('hands out no tree for a text other than the one parsed, nor outside a build', () => {
    const file = mdxFiles[0] as string;
    const doc = parseFrontmatter(readFileSync(file, 'utf8'), { frontmatter: 'empty-with-spaces' }).content;
    keepParsedTrees(true);
    checkContent(contentDir(), ROOT);
    expect(takeParsedTree(file, `${doc}\nA paragraph added since.\n`)).toBeUndefined();
    keepParsedTrees(false);
    checkContent(contentDir(), ROOT);
    expect(takeParsedTree(file, doc)).toBeUndefined();
  });
});

describe('typographic punctuation', { timeout: 60_000 }, () => {
  const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
  const astros = unified().use(remarkSmartypants);
  const ours = unified().use(remarkTypography);
  const both = (doc: string) => {
    const a = parser.parse(doc);
    const b = structuredClone(a);
    astros.runSync(a);
    ours.runSync(b);
    return { astros: a, ours: b };
  };

  it('gives the text of Astro’s default step for every explainer and page', () => {
    for (const file of mdxFiles) {
      const { astros: a, ours: b } = both(parseFrontmatter(readFileSync(file, 'utf8'), { frontmatter: 'empty-with-spaces' }).content);
      expect(b, file).toEqual(a);
    }
  });

  it.each([
    [`"Quoted" and 'single' -- a dash... . . . spaced, \`\`backticks'' the '80s, "'nested' quotes"`],
    [`He said, "'Quoted' words in a larger quote." A [“linked” "link"](/x/) and *"emphasis"*.`],
    [`# "A heading" -- with a dash\n\n| "a" | 'b' |\n|---|---|\n| c -- d | e... |\n\nText \`code "kept"\` then "q".`],
    [`<Cite id="x">"cited"</Cite> 'n' <Who id="y">Lavrov's</Who> -- — ... .. .... and "an <Term id="z">open</Term> quote`],
    ['No quote, no dash, nothing to change.'],
    // Quotes at the ends of blocks, where the quote pass cuts the text.
    [`# The "Roadmap"\n\nin 2003 'it' began "\n\n"Yes," she said '\n\n- "a\n- b"\n\n> 'quoted' block"`],
    [`A "quote that <Cite id="x">runs</Cite>\ninto the next line" and Mr. "Smith." "Next" sentence.`],
    // Blocks whose only quotes are apostrophes inside words, which skip the word-by-word reading, and near misses.
    [`Russia's view, O'Brien's, the 1990's, al-Ma'an's *Israel*'s [Gaza](/g/)'s \`code\`'s a'b'c.`],
    [`д'Артаньян, l'Autorité and Ma'ān\n\n- Abbas's\n- it's\n\n# Who's who`],
    [`the students' union, rock 'n' roll, 'tis, Abbas' words, 80'000 and 'Russia's' view`],
    [`"Russia's" view; it's 'fine' and it'`],
  ])('gives the text of Astro’s default step for %j', (doc) => {
    const { astros: a, ours: b } = both(doc);
    expect(b).toEqual(a);
  });

  it('changes what SmartyPants changes', () => {
    const { ours } = both(`"Quoted" -- and... 'single'`);
    expect(JSON.stringify(ours)).toContain('“Quoted” — and… ‘single’');
  });
});
