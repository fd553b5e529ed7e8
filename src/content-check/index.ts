/**
 * The one content check. It reads every file under the content folder once,
 * checks it against its schema (src/schemas) and against the rest of the
 * content (ids, links, anchors, components), and returns every problem at
 * once as `file:line:col: field: message`. What it read is kept as the
 * content index, which the remark plugin and the search index use instead of
 * reading the files again.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ZodTypeAny } from 'astro/zod';
import { slug } from 'github-slugger';
import { defaultLang, inLang, type Lang, langOf, localePath, unfolded } from '../i18n/languages';
import { isFilePath, linkProblem, type PageAnchors, sameHeading } from '../lib/links';
import { byOrder } from '../lib/publishing';
import {
  type Correction,
  dataSchemas,
  type Explainer,
  explainerSchema,
  type FigureData,
  type GlossaryTerm,
  ID_PATTERN,
  type KnownIds,
  type MapData,
  type Profile,
  pageSchema,
  type Source,
  type Theme,
  type TimelineEvent,
} from '../schemas';
import { type ParsedData, parseData, schemaProblems } from './data';
import { editionProblems } from './editions';
import { contentDir, dataFiles, explainerFiles, knownIds, pageFiles } from './files';
import { type GlossaryNames, unmarkedMentions } from './glossary-mentions';
import { at, type Heading, type MdNode, parseExplainer, useParsedAhead, walk } from './mdx';
import { parseAhead } from './parse-ahead';
import { ContentCheckError, type Position, type Problem } from './problems';

export { contentDir, dataFiles, knownIds } from './files';
export { ContentCheckError, formatProblems, type Problem } from './problems';

/**
 * A site link (`/explainers/quartet/#russias-2021-proposal`, written as in English) as the edition of
 * `lang` has it: with its prefix, and a #fragment naming a heading of the English explainer turned
 * into the heading at the same place in that edition's explainer (the editions of an explainer have
 * the same headings in the same order; tests/content checks it).
 */
export function editionHref(explainers: readonly ExplainerInfo[], lang: Lang, href: string): string {
  const m = /^(\/explainers\/[^/#?]+\/)#(.+)$/.exec(href);
  if (lang === defaultLang || !m) return localePath(lang, href);
  const [, path = '', fragment = ''] = m;
  const english = explainers.find((e) => e.lang === defaultLang && e.path === path);
  const edition = explainers.find((e) => e.lang === lang && e.path === localePath(lang, path));
  const slugs = (e: ExplainerInfo | undefined) => e?.headings.map((h) => h.slug) ?? [];
  const heading = sameHeading(slugs(english), slugs(edition), fragment);
  return localePath(lang, heading ? `${path}#${heading}` : href);
}

/** A map's sources in the order its figure cites them: the boundaries', then each place's. */
export function mapCites(map: { boundaries: readonly string[]; places: ReadonlyArray<{ cite: readonly string[] }> }): string[] {
  return [...map.boundaries, ...map.places.flatMap((p) => p.cite)];
}

export interface DataEntry<T> {
  id: string;
  /** Path relative to the project root. */
  file: string;
  data: T;
}

export interface ExplainerInfo {
  /** "en/quartet": the path below content/explainers/, without extension. */
  id: string;
  file: string;
  /** The file name without extension: the URL's last segment. */
  slug: string;
  /** The page's site path, with its edition's prefix: "/explainers/quartet/". */
  path: string;
  lang: Lang;
  draft: boolean;
  headings: Heading[];
  /** Every #fragment the page will have. */
  anchors: ReadonlySet<string>;
  /** The frontmatter, when it passed its schema. */
  data?: Explainer;
}

/** What the content check read: each valid entry of each collection, and every explainer. */
export interface ContentIndex {
  dir: string;
  known: KnownIds;
  themes: ReadonlyMap<string, DataEntry<Theme>>;
  sources: ReadonlyMap<string, DataEntry<Source>>;
  profiles: ReadonlyMap<string, DataEntry<Profile>>;
  events: ReadonlyMap<string, DataEntry<TimelineEvent>>;
  glossary: ReadonlyMap<string, DataEntry<GlossaryTerm>>;
  figures: ReadonlyMap<string, DataEntry<FigureData>>;
  maps: ReadonlyMap<string, DataEntry<MapData>>;
  explainers: readonly ExplainerInfo[];
  /** The site's own pages (about and method), from content/pages/<lang>/<slug>.mdx. */
  pages: readonly ExplainerInfo[];
  corrections: ReadonlyMap<string, DataEntry<Correction>>;
}

export interface ContentCheck {
  problems: Problem[];
  /** What the build reports but publishes anyway: an unmarked first mention of a glossary term. */
  warnings: Problem[];
  index: ContentIndex;
}

/** The components an explainer may use, what each refers to, and whether it wraps text. */
export const COMPONENTS = {
  Cite: { refers: 'sources', children: false },
  Who: { refers: 'profiles', children: true },
  Term: { refers: 'glossary', children: true },
  Figure: { refers: 'figures', children: false },
  Map: { refers: 'maps', children: false },
  Later: { refers: undefined, children: true },
  EventDate: { refers: 'events', children: false },
} as const satisfies Record<string, { refers: keyof KnownIds | undefined; children: boolean }>;
type ComponentName = keyof typeof COMPONENTS;
const COMPONENT_LIST = Object.keys(COMPONENTS)
  .map((c) => `<${c}>`)
  .join(', ');

/** Anchors every page has (the layout's), and those every explainer adds. */
const PAGE_ANCHORS = ['top', 'main'];
const EXPLAINER_ANCHORS = [...PAGE_ANCHORS, 'key-points', 'key-dates', 'notes', 'corrections'];

/** Checks all content under `dir`. Paths in problems are relative to `root`. */
export function checkContent(dir = contentDir(), root = process.cwd()): ContentCheck {
  const rel = (p: string) => relative(root, p).split(sep).join('/');
  const known = knownIds(dir);
  const problems: Problem[] = [];
  /** Each data file as parsed, by path: to say where in it a cross-reference is wrong. */
  const parsedFiles = new Map<string, ParsedData>();

  const collections: Record<string, Map<string, DataEntry<unknown>>> = {};
  for (const [collection, schema] of Object.entries(dataSchemas(known)) as Array<[string, ZodTypeAny]>) {
    const entries = new Map<string, DataEntry<unknown>>();
    collections[collection] = entries;
    const seen = new Map<string, string>();
    for (const [id, path] of dataFiles(collection, dir)) {
      const file = rel(path);
      const other = seen.get(id);
      if (other) problems.push({ file, message: `duplicate id "${id}": ${other} has the same id; rename one of the files` });
      seen.set(id, file);
      if (!ID_PATTERN.test(id))
        problems.push({ file, message: `the file name "${id}" is not a valid id: use lowercase letters, digits and hyphens` });
      const parsed = parseData(file, readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), { json: path.endsWith('.json') });
      if ('message' in parsed) {
        problems.push(parsed);
        continue;
      }
      const result = schemaProblems(file, parsed, schema);
      problems.push(...result.problems);
      if (result.problems.length === 0) entries.set(id, { id, file, data: result.data });
      parsedFiles.set(file, parsed);
    }
  }

  const explainers: ExplainerInfo[] = [];
  const bodies = new Map<ExplainerInfo, { tree: MdNode; frontmatter: ParsedData }>();
  const schema = explainerSchema(known);
  for (const path of explainerFiles(dir)) {
    const read = readMdx(dir, 'explainers', path, rel, schema, problems);
    if (!read) continue;
    const { id, file, slug, lang, parsed, data } = read;
    const figures = new Set<string>();
    walk(parsed.tree, (n) => {
      if (n.type === 'mdxJsxFlowElement' && n.name === 'Figure') figures.add(`figure-${String(attribute(n, 'id') ?? '')}`);
      if (n.type === 'mdxJsxFlowElement' && n.name === 'Map') figures.add(`map-${String(attribute(n, 'id') ?? '')}`);
    });
    // An invalid explainer keeps its page and anchors known, so that links to it are not reported too.
    const info: ExplainerInfo = {
      id,
      file,
      slug,
      path: localePath(lang, `/explainers/${slug}/`),
      lang,
      draft: (parsed.frontmatter.data as { draft?: unknown } | undefined)?.draft === true,
      headings: parsed.headings,
      anchors: new Set([...EXPLAINER_ANCHORS, ...parsed.headings.map((h) => h.slug), ...figures]),
      ...(data ? { data: data as Explainer } : {}),
    };
    explainers.push(info);
    bodies.set(info, { tree: parsed.tree, frontmatter: parsed.frontmatter });
  }

  // An edition's explainer has the English one's facts, section by section (src/content-check/editions.ts).
  for (const e of explainers) {
    if (e.lang === defaultLang) continue;
    const english = explainers.find((o) => o.lang === defaultLang && o.slug === e.slug);
    if (!english) {
      problems.push({
        file: e.file,
        message: `no English explainer content/explainers/${defaultLang}/${e.slug}.mdx: an edition translates an English explainer of the same file name`,
      });
      continue;
    }
    const a = bodies.get(english);
    const b = bodies.get(e);
    if (a && b) problems.push(...editionProblems({ lang: english.lang, file: english.file, ...a }, { lang: e.lang, file: e.file, ...b }));
  }

  const bySlug = new Map<string, ExplainerInfo>();
  for (const e of explainers) {
    const key = `${e.lang}/${e.slug}`;
    const other = bySlug.get(key);
    if (other)
      problems.push({
        file: e.file,
        message: `duplicate slug "${e.slug}" in language "${e.lang}": ${other.file} has the same one; rename one of the files`,
      });
    bySlug.set(key, e);
  }

  const index: ContentIndex = {
    dir,
    known,
    themes: collections['themes'] as ContentIndex['themes'],
    sources: collections['sources'] as ContentIndex['sources'],
    profiles: collections['profiles'] as ContentIndex['profiles'],
    events: collections['events'] as ContentIndex['events'],
    glossary: collections['glossary'] as ContentIndex['glossary'],
    figures: collections['figures'] as ContentIndex['figures'],
    maps: collections['maps'] as ContentIndex['maps'],
    corrections: collections['corrections'] as ContentIndex['corrections'],
    pages: sitePageFiles(dir, rel, problems, bodies),
    explainers,
  };

  const pages = sitePages(index);
  const warnings: Problem[] = [];
  // One list per edition, so that its patterns are made once (src/content-check/glossary-mentions.ts).
  const names = new Map<Lang, GlossaryNames[]>();
  const glossaryNames = (lang: Lang) => {
    let list = names.get(lang);
    if (!list) {
      list = [...index.glossary.values()]
        .map((g) => ({ id: g.id, term: inLang(g.data.term, lang) ?? g.id, aliases: g.data.aliases[lang] ?? [] }))
        .filter((g) => !g.id.startsWith('_'));
      names.set(lang, list);
    }
    return list;
  };
  for (const e of explainers) {
    const { tree, frontmatter } = bodies.get(e) as { tree: MdNode; frontmatter: ParsedData };
    problems.push(...bodyProblems(e, tree, known, pages, join(root, 'public'), explainers));
    problems.push(...sourceDateProblems(e, tree, frontmatter, index));
    if (!e.draft) warnings.push(...unmarkedMentions(e.file, tree, glossaryNames(e.lang)));
  }
  for (const p of index.pages) {
    const { tree } = bodies.get(p) as { tree: MdNode; frontmatter: ParsedData };
    problems.push(...bodyProblems(p, tree, known, pages, join(root, 'public'), explainers, false));
  }

  // Every footer and every byline link to the about-and-method page.
  if (!index.pages.some((p) => p.path === localePath(defaultLang, '/about/'))) {
    problems.push({
      file: rel(join(dir, 'pages', defaultLang, 'about.mdx')),
      message: 'is missing: every page links to /about/ (who publishes the site and how it works); add it (see CONTRIBUTING.md)',
    });
  }

  // A correction names a page of the site, which shows it at its end.
  for (const c of index.corrections.values()) {
    const message = linkProblem(c.data.page, '/', (path) => pages.get(path));
    const where = parsedFiles.get(c.file)?.locate(['page']);
    if (message) problems.push({ file: c.file, ...(where ? { at: where } : {}), field: 'page', message: `${c.data.page}: ${message}` });
  }

  // An event's section is a heading of its theme's lead explainer: the one the timeline links to.
  // A heading that opens with a date must agree with the event's: one fact, one date.
  for (const ev of index.events.values()) {
    const section = ev.data.section;
    if (!section) continue;
    const lead = leadExplainer(index, ev.data.theme);
    if (!lead) continue;
    const where = parsedFiles.get(ev.file)?.locate(['section']);
    const heading = lead.headings.find((h) => h.slug === section);
    if (!heading) {
      problems.push({
        file: ev.file,
        ...(where ? { at: where } : {}),
        field: 'section',
        message: `${lead.file} has no heading with the slug "${section}"`,
      });
      continue;
    }
    const dates = datesIn(heading.text);
    if (dates.length > 0 && !dates.some((d) => d.startsWith(ev.data.date) || ev.data.date.startsWith(d))) {
      problems.push({
        file: ev.file,
        ...(where ? { at: where } : {}),
        field: 'date',
        message: `the heading "${heading.text}" in ${lead.file}, which this event links to, dates it ${dates.join(', ')}, but the event is dated ${ev.data.date}: correct one of them`,
      });
    }
  }
  return { problems, warnings, index };
}

function attribute(node: MdNode, name: string): unknown {
  return node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
}

/** The published explainers of a theme in `lang`, in reading order; the first is the theme's lead explainer. */
export function themeExplainers(index: ContentIndex, theme: string, lang: Lang = defaultLang): ExplainerInfo[] {
  return index.explainers
    .filter((e) => e.lang === lang && !e.draft && e.data?.theme === theme)
    .sort((a, b) => byOrder(a.data as Explainer, b.data as Explainer));
}

export function leadExplainer(index: ContentIndex, theme: string, lang: Lang = defaultLang): ExplainerInfo | undefined {
  return themeExplainers(index, theme, lang)[0];
}

/** Every page an internal link can lead to, by site path, with its anchors (or 'draft'). */
function sitePages(index: ContentIndex): Map<string, PageAnchors> {
  const pages = new Map<string, PageAnchors>();
  for (const e of index.explainers) pages.set(e.path, e.draft ? 'draft' : e.anchors);
  for (const p of index.pages) pages.set(p.path, p.anchors);
  const fixed = (extra: Iterable<string> = []) => new Set([...PAGE_ANCHORS, ...extra]);
  pages.set('/', fixed(['themes', 'story']));
  for (const p of ['/search/', '/who/', '/a-z/']) pages.set(p, fixed());
  pages.set('/corrections/', fixed(index.corrections.keys()));
  pages.set('/timeline/', fixed([...index.known.events, 'corrections']));
  pages.set('/glossary/', fixed(index.known.glossary));
  for (const id of index.known.profiles) pages.set(`/who/${id}/`, fixed(['mentioned', 'notes', 'corrections']));
  return pages;
}

/** The explainer's body: only Markdown and the site's components, every id known, every link resolving. */
function bodyProblems(
  e: ExplainerInfo,
  tree: MdNode,
  known: KnownIds,
  pages: Map<string, PageAnchors>,
  publicDir: string,
  explainers: readonly ExplainerInfo[],
  /** An explainer must cite and may use the site's components; the site's own pages are Markdown only. */
  explainer = true,
): Problem[] {
  const problems: Problem[] = [];
  const add = (node: MdNode, message: string) => problems.push(problemAt(e, node, message));
  let cites = 0;
  let heading = 0;
  const headingSlugs = new Map<string, string>();
  walk(tree, (node, ancestors) => {
    switch (node.type) {
      case 'mdxjsEsm':
        add(node, 'import and export are not allowed in an explainer: the components need no import; write everything else as Markdown.');
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        // Only comments, {/* … */}, are allowed: anything else would run at build time.
        if (
          String(node.value ?? '')
            .replace(/\/\*[\s\S]*?\*\//g, '')
            .trim() !== ''
        ) {
          add(node, '{…} expressions are not allowed in an explainer: write the text itself (a literal "{" can be escaped as "\\{").');
        }
        return;
      case 'heading': {
        if (node.depth === 1) add(node, 'an explainer has no H1 ("# …"): the layout prints the title; start sections at "## …".');
        // Astro numbers a repeated heading's anchor (#sources, #sources-1): links and the contents would be ambiguous.
        const h = e.headings[heading++];
        const base = h ? slug(h.text) : '';
        const first = headingSlugs.get(base);
        if (h && first !== undefined)
          add(node, `a second heading "${h.text}" (the first is #${first}): give each heading words of its own.`);
        else if (h) headingSlugs.set(base, h.slug);
        return;
      }
      case 'image':
        if (!node.alt?.trim())
          add(node, `image ${node.url ?? ''} has no alt text. Describe it: ![what the image shows](${node.url ?? 'file'}).`);
        else if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(node.url ?? ''))
          add(node, `image ${node.url}: images must be files of the site (in public/), not on another server.`);
        else if (!(node.url ?? '').startsWith('/')) add(node, `image ${node.url}: start the path with "/" (a file in public/).`);
        else if (!existsSync(join(publicDir, decodeURIComponent((node.url ?? '').split(/[?#]/)[0] ?? ''))))
          add(node, `image ${node.url}: there is no such file in public/.`);
        return;
      case 'link':
      case 'definition':
        // A reference-style link's target is its definition ("[x]: /path/"): checked the same way.
        problems.push(...linkProblems(e, node, pages, explainers));
        return;
      case 'imageReference':
        add(node, 'write images inline, as ![what the image shows](/file.png), so that the file can be checked.');
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        if (!explainer) add(node, `<${node.name || 'fragment'}>: the site's own pages are Markdown only.`);
        else problems.push(...componentProblems(e, node, known));
        if (node.name === 'Cite') {
          cites++;
          // A citation is a link to its note: inside a link's text it would be a link in a link.
          if (ancestors.some((a) => a.type === 'link'))
            add(node, "<Cite> inside a link's text: put the citation after the link, at the end of the sentence.");
        }
        return;
      default:
    }
  });
  if (explainer && cites === 0)
    problems.push({ file: e.file, message: 'the text cites no source. Back every factual sentence with <Cite id="source-id" />.' });
  return problems;
}

function linkProblems(e: ExplainerInfo, node: MdNode, pages: Map<string, PageAnchors>, explainers: readonly ExplainerInfo[]): Problem[] {
  const href = node.url ?? '';
  const where = at(node);
  const problem = (message: string): Problem[] => [
    { file: e.file, ...(where ? { at: where } : {}), message: `link to ${href}: ${message}` },
  ];
  if (/^(https?:\/\/[^/]|mailto:)/i.test(href)) return [];
  if (!href.startsWith('#') && (!href.startsWith('/') || href.startsWith('//'))) {
    return problem('use a full https:// address, mailto:, a site path starting with "/" or a #section of this page.');
  }
  // Links to files (the feeds, a PDF in public/) are not pages; drafts' links are checked once they are published.
  if (e.draft || isFilePath(href.split(/[?#]/)[0] ?? '')) return [];
  const from = e.path;
  const target = href.startsWith('#') ? href : editionHref(explainers, e.lang, href);
  const message = linkProblem(target, from, (path) => pages.get(path));
  return message ? problem(message) : [];
}

function problemAt(e: ExplainerInfo, node: MdNode, message: string): Problem {
  const where = at(node);
  return { file: e.file, ...(where ? { at: where } : {}), message };
}

function componentProblems(e: ExplainerInfo, node: MdNode, known: KnownIds): Problem[] {
  const name = node.name ?? '';
  const where = at(node);
  const problem = (message: string): Problem[] => [{ file: e.file, ...(where ? { at: where } : {}), message }];
  if (!Object.hasOwn(COMPONENTS, name)) {
    return problem(`unknown component <${name || 'fragment'}>. Use one of ${COMPONENT_LIST}; write other content as Markdown.`);
  }
  const spec = COMPONENTS[name as ComponentName];
  for (const a of node.attributes ?? []) {
    if (a.type !== 'mdxJsxAttribute' || a.name !== 'id' || !spec.refers) {
      return problem(`<${name}> takes ${spec.refers ? 'only an id="…" attribute' : 'no attributes'}.`);
    }
    if (typeof a.value !== 'string') return problem(`<${name}>: write the id as text in quotes, id="…".`);
  }
  if (spec.refers) {
    const id = attribute(node, 'id') as string | undefined;
    if (!id) return problem(`<${name}> needs an id="..." attribute.`);
    if (!known[spec.refers].has(id)) {
      const what = { sources: 'source', profiles: 'profile', glossary: 'glossary', figures: 'figure', maps: 'map', events: 'event' }[
        spec.refers
      ];
      return problem(`<${name} id="${id}">: unknown ${what} id "${id}". Add content/${spec.refers}/${id}.yaml or fix the id.`);
    }
  }
  const hasText = (node.children ?? []).length > 0;
  if (spec.children && !hasText) return problem(`<${name}> wraps the words it marks: <${name}${spec.refers ? ' id="…"' : ''}>…</${name}>.`);
  if (!spec.children && hasText) return problem(`<${name} … /> takes no content: close it with "/>".`);
  return [];
}

let cache: { dir: string; check: ContentCheck } | undefined;

/** The content check of `dir`, run once and kept until `refreshContent`. */
export function loadContent(dir = contentDir()): ContentCheck {
  if (cache?.dir !== dir) cache = { dir, check: checkContent(dir) };
  return cache.check;
}

/** Runs the check again (the dev server calls it when content changes). */
export function refreshContent(dir = contentDir()): ContentCheck {
  cache = undefined;
  return loadContent(dir);
}

/**
 * Runs the check again with its MDX parse spread over threads (a build; src/content-check/parse-ahead.ts):
 * the same result as refreshContent, sooner with many files.
 */
export function refreshContentAhead(dir = contentDir()): ContentCheck {
  const ahead = parseAhead([...explainerFiles(dir), ...pageFiles(dir)]);
  return useParsedAhead(ahead, () => refreshContent(dir));
}

/** The content index of `dir`, failing with every problem when there are any. */
export function contentIndex(dir = contentDir()): ContentIndex {
  const { problems, index } = loadContent(dir);
  if (problems.length > 0) throw new ContentCheckError(problems);
  return index;
}

/** A source cannot have been published after the explainer that cites it was last reviewed. */
function sourceDateProblems(e: ExplainerInfo, tree: MdNode, frontmatter: ParsedData, index: ContentIndex): Problem[] {
  const reviewed = e.data?.reviewed;
  if (!reviewed) return [];
  const problems: Problem[] = [];
  const check = (id: string, where: Position | undefined, what: string) => {
    const published = index.sources.get(id)?.data.published;
    if (published && published > reviewed) {
      problems.push({
        file: e.file,
        ...(where ? { at: where } : {}),
        message: `${what}: source "${id}" was published on ${published}, after this explainer was last reviewed (${reviewed}): check the dates, or review the explainer again`,
      });
    }
  };
  for (const [i, id] of (e.data?.summaryCite ?? []).entries()) check(id, frontmatter.locate(['summaryCite', i]), `summaryCite.${i}`);
  for (const [k, p] of (e.data?.keyPoints ?? []).entries()) {
    for (const [i, id] of p.cite.entries()) check(id, frontmatter.locate(['keyPoints', k, 'cite', i]), `keyPoints.${k}.cite.${i}`);
  }
  walk(tree, (node) => {
    if (node.name === 'Cite') check(String(attribute(node, 'id') ?? ''), at(node), `<Cite id="${String(attribute(node, 'id') ?? '')}">`);
    if (node.name === 'Figure') {
      for (const id of index.figures.get(String(attribute(node, 'id') ?? ''))?.data.cite ?? [])
        check(id, at(node), `<Figure id="${String(attribute(node, 'id'))}">`);
    }
    if (node.name === 'Map') {
      const map = index.maps.get(String(attribute(node, 'id') ?? ''))?.data;
      for (const id of map ? mapCites(map) : []) check(id, at(node), `<Map id="${String(attribute(node, 'id'))}">`);
    }
  });
  return problems;
}

/** An MDX file of `folder` (explainers, pages) read and checked against `schema`; undefined when it cannot be parsed at all. */
function readMdx(dir: string, folder: string, path: string, rel: (p: string) => string, schema: ZodTypeAny, problems: Problem[]) {
  const file = rel(path);
  const id = relative(join(dir, folder), path)
    .replace(/\.mdx$/, '')
    .split(sep)
    .join('/');
  const slug = id.split('/').pop() ?? id;
  if (!ID_PATTERN.test(slug))
    problems.push({ file, message: `the file name "${slug}" is not a valid id: use lowercase letters, digits and hyphens` });
  const source = readFileSync(path, 'utf8');
  const parsed = parseExplainer(file, source, path);
  if ('message' in parsed) {
    problems.push(parsed);
    return undefined;
  }
  const result = schemaProblems(file, parsed.frontmatter, schema);
  problems.push(...result.problems);
  const fm = (parsed.frontmatter.data ?? {}) as { lang?: unknown };
  const lang = langOf(fm.lang);
  // Letters the edition writes as another (its `fold`, src/i18n/languages.ts): the first line that has one.
  for (const [i, line] of source.split('\n').entries()) {
    const found = unfolded(line, lang);
    if (!found) continue;
    problems.push({
      file,
      at: { line: i + 1, col: line.indexOf(found.letter) + 1 },
      message: `write ${found.write} for ${found.letter}: the ${lang} edition writes it so, and search finds either`,
    });
    break;
  }
  return { id, file, slug, lang, parsed, data: result.problems.length === 0 ? result.data : undefined };
}

/** The site's own pages (content/pages/<lang>/<slug>.mdx): checked like an explainer's body, published at /<slug>/. */
function sitePageFiles(
  dir: string,
  rel: (p: string) => string,
  problems: Problem[],
  bodies: Map<ExplainerInfo, { tree: MdNode; frontmatter: ParsedData }>,
): ExplainerInfo[] {
  const out: ExplainerInfo[] = [];
  for (const path of pageFiles(dir)) {
    const read = readMdx(dir, 'pages', path, rel, pageSchema, problems);
    if (!read) continue;
    const { id, file, slug, lang, parsed } = read;
    const info: ExplainerInfo = {
      id,
      file,
      slug,
      path: localePath(lang, `/${slug}/`),
      lang,
      draft: false,
      headings: parsed.headings,
      anchors: new Set([...PAGE_ANCHORS, 'corrections', ...parsed.headings.map((h) => h.slug)]),
    };
    out.push(info);
    bodies.set(info, { tree: parsed.tree, frontmatter: parsed.frontmatter });
  }
  return out;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * The date a heading opens with, as an ISO prefix: "9 May 2021: the statement" → "2021-05-09",
 * "April 2021: …" → "2021-04", "2005: Abbas succeeds Arafat" → "2005"; [] when it opens with none
 * (a heading such as "The 2007 split" names a topic, not the date of an event).
 */
export function datesIn(text: string): string[] {
  const months = MONTHS.join('|');
  const full = new RegExp(`^(\\d{1,2}) (${months}) (\\d{4})\\b`).exec(text);
  if (full) return [`${full[3]}-${String(MONTHS.indexOf(full[2] ?? '') + 1).padStart(2, '0')}-${(full[1] ?? '').padStart(2, '0')}`];
  const month = new RegExp(`^(${months}) (\\d{4})\\b`).exec(text);
  if (month) return [`${month[2]}-${String(MONTHS.indexOf(month[1] ?? '') + 1).padStart(2, '0')}`];
  const year = /^(1[89]\d{2}|20\d{2})\b/.exec(text);
  return year ? [year[1] ?? ''] : [];
}
