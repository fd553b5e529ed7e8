/**
 * Checks all content before Astro builds it, so that an author gets every
 * problem at once, each naming the file, the field or line, and a fix:
 * YAML syntax, schemas, duplicate ids and slugs, and internal links and
 * anchors (including links to drafts and event sections).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import GithubSlugger from 'github-slugger';
import yaml from 'js-yaml';
import type { ZodIssue, ZodTypeAny } from 'astro/zod';
import { dataFiles, readKnownIds } from './content-files';
import { dataSchemas, explainerSchema } from '../schemas';

export interface Problem {
  /** Path relative to the project root. */
  file: string;
  line?: number;
  /** Dotted path of the field ("keyPoints.2.cite.0"), when the problem is in one. */
  field?: string;
  message: string;
}

/** A clearer wording of zod's generic messages, with a hint. */
function describe(issue: ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.received === 'undefined') {
    return issue.message === 'Required' ? 'is missing: add it (CONTRIBUTING.md lists every field)' : issue.message;
  }
  if (issue.code === 'invalid_type') return `expected ${issue.expected}, got ${issue.received}`;
  if (issue.code === 'unrecognized_keys') {
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}: check the spelling (CONTRIBUTING.md lists every field)`;
  }
  return issue.message;
}

/** Line (1-based) of `key:` at the start of a line in `text`, searching from `from`. */
function lineOfKey(text: string, key: string, from = 0): number | undefined {
  const lines = text.split('\n');
  const re = new RegExp(`^\\s*(?:-\\s+)?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`);
  for (let i = from; i < lines.length; i++) if (re.test(lines[i] ?? '')) return i + 1;
  return undefined;
}

function issueProblems(file: string, text: string, issues: ZodIssue[], offset = 0): Problem[] {
  return issues.map((issue) => {
    const path = issue.path.map(String);
    const extra = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
    const key = extra ?? [...path].reverse().find((p) => !/^\d+$/.test(p));
    const top = path[0] ?? extra;
    let line = top ? lineOfKey(text, top) : undefined;
    if (line !== undefined && key && key !== top) line = lineOfKey(text, key, line - 1) ?? line;
    return {
      file,
      ...(line !== undefined ? { line: line + offset } : {}),
      ...(path.length > 0 ? { field: path.join('.') } : {}),
      message: describe(issue),
    };
  });
}

function parseYaml(file: string, text: string): { data?: unknown; problem?: Problem } {
  try {
    return { data: yaml.load(text) ?? {} };
  } catch (e) {
    const err = e as { mark?: { line: number }; reason?: string; message: string };
    return { problem: { file, ...(err.mark ? { line: err.mark.line + 1 } : {}), message: `YAML syntax error: ${err.reason ?? err.message}` } };
  }
}

function walkFiles(dir: string, ext: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return walkFiles(path, ext);
    return name.endsWith(ext) && !name.startsWith('_') ? [path] : [];
  });
}

interface ExplainerInfo {
  file: string;
  slug: string;
  lang: string;
  theme: string;
  draft: boolean;
  body: string;
  bodyLine: number;
  anchors: Set<string>;
}

const FIXED_ANCHORS = ['top', 'main', 'key-points', 'notes', 'key-dates'];

/** Heading slugs of an MDX body, as Astro makes them (github-slugger, in order). */
export function headingSlugs(body: string): string[] {
  const slugger = new GithubSlugger();
  const out: string[] = [];
  let fenced = false;
  for (const line of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const m = fenced ? null : /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (m?.[2]) out.push(slugger.slug(m[2].replace(/<[^>]+>/g, '').replace(/[*_`]/g, '')));
  }
  return out;
}

export function validateContent(dir: string, root = process.cwd()): Problem[] {
  const rel = (p: string) => relative(root, p).split(sep).join('/');
  const known = readKnownIds(dir);
  const problems: Problem[] = [];

  // Data collections.
  const collections = Object.entries(dataSchemas(known)) as Array<[string, ZodTypeAny]>;
  const events: Array<{ file: string; text: string; theme: string; section?: string }> = [];
  for (const [collection, schema] of collections) {
    const seen = new Map<string, string>();
    for (const [id, path] of dataFiles(collection, dir)) {
      const file = rel(path);
      const other = seen.get(id);
      if (other) problems.push({ file, message: `duplicate id "${id}": ${other} has the same id; rename one of the files` });
      seen.set(id, file);
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/.test(id)) {
        problems.push({ file, message: `the file name "${id}" is not a valid id: use lowercase letters, digits and hyphens` });
      }
      const text = readFileSync(path, 'utf8');
      const parsed = parseYaml(file, text);
      if (parsed.problem) {
        problems.push(parsed.problem);
        continue;
      }
      const result = schema.safeParse(parsed.data);
      if (!result.success) problems.push(...issueProblems(file, text, result.error.issues));
      else if (collection === 'events') {
        const ev = result.data as { theme: string; section?: string };
        events.push({ file, text, theme: ev.theme, ...(ev.section ? { section: ev.section } : {}) });
      }
    }
  }

  // Explainers: frontmatter, duplicate slugs, anchors.
  const explainers: ExplainerInfo[] = [];
  const schema = explainerSchema(known);
  for (const path of walkFiles(join(dir, 'explainers'), '.mdx')) {
    const file = rel(path);
    const text = readFileSync(path, 'utf8');
    const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
    if (!m) {
      problems.push({ file, line: 1, message: 'missing frontmatter: start the file with --- and the fields (see CONTRIBUTING.md)' });
      continue;
    }
    const fmText = m[1] ?? '';
    const parsed = parseYaml(file, fmText);
    if (parsed.problem) {
      problems.push({ ...parsed.problem, ...(parsed.problem.line ? { line: parsed.problem.line + 1 } : {}) });
      continue;
    }
    const result = schema.safeParse(parsed.data);
    if (!result.success) problems.push(...issueProblems(file, fmText, result.error.issues, 1));
    // Keep an invalid explainer's page and anchors known, so links to it are not reported too.
    const fm = (parsed.data ?? {}) as { lang?: unknown; theme?: unknown; draft?: unknown };
    const body = text.slice(m[0].length);
    const slug = path.split(sep).pop()?.replace(/\.mdx$/, '') ?? '';
    explainers.push({
      file,
      slug,
      lang: String(fm.lang ?? 'en'),
      theme: String(fm.theme ?? ''),
      draft: fm.draft === true,
      body,
      bodyLine: text.slice(0, m[0].length).split('\n').length,
      anchors: new Set([...FIXED_ANCHORS, ...headingSlugs(body), ...[...body.matchAll(/<Figure\s+id="([^"]+)"/g)].map((x) => `figure-${x[1]}`)]),
    });
  }
  const bySlug = new Map<string, ExplainerInfo>();
  for (const e of explainers) {
    const key = `${e.lang}/${e.slug}`;
    const other = bySlug.get(key);
    if (other) problems.push({ file: e.file, message: `duplicate slug "${e.slug}" in language "${e.lang}": ${other.file} has the same one; rename one of the files` });
    bySlug.set(key, e);
  }

  // Pages an internal link may point to, with their anchors.
  const pages = new Map<string, Set<string> | 'draft'>();
  for (const e of explainers) pages.set(`/explainers/${e.slug}/`, e.draft ? 'draft' : e.anchors);
  pages.set('/', new Set(['themes', 'story', ...FIXED_ANCHORS]));
  pages.set('/search/', new Set(FIXED_ANCHORS));
  pages.set('/who/', new Set(FIXED_ANCHORS));
  pages.set('/timeline/', new Set([...FIXED_ANCHORS, ...dataFiles('events', dir).map(([id]) => id)]));
  pages.set('/glossary/', new Set([...FIXED_ANCHORS, ...known.glossary]));
  for (const id of known.profiles) pages.set(`/who/${id}/`, new Set([...FIXED_ANCHORS, 'mentioned']));

  const checkLink = (file: string, line: number, href: string, self: ExplainerInfo | undefined) => {
    const [pathPart = '', hash] = href.split('#');
    const path = pathPart === '' && self ? `/explainers/${self.slug}/` : pathPart.endsWith('/') ? pathPart : `${pathPart}/`;
    const target = pages.get(path);
    if (target === undefined) {
      problems.push({ file, line, message: `link to ${href}: there is no page ${path} on the site` });
    } else if (target === 'draft') {
      problems.push({ file, line, message: `link to ${href}: that explainer is a draft and will not be published` });
    } else if (hash && !target.has(hash)) {
      problems.push({ file, line, message: `link to ${href}: ${path} has no section "#${hash}"` });
    }
  };
  for (const e of explainers) {
    if (e.draft) continue;
    e.body.split('\n').forEach((text, i) => {
      // Markdown links to pages and sections; images and files (with an extension) are not pages.
      for (const m of text.matchAll(/(?<!!)\[[^\]]*\]\(((?:\/|#)[^)\s]*)\)/g)) {
        const href = m[1] ?? '';
        if (!/\.[a-z0-9]+(?:[?#]|$)/i.test(href.split('#')[0] ?? '')) checkLink(e.file, e.bodyLine + i, href, e);
      }
    });
  }
  for (const ev of events) {
    if (!ev.section) continue;
    const explainer = explainers.find((e) => e.theme === ev.theme && !e.draft);
    if (explainer && !explainer.anchors.has(ev.section)) {
      problems.push({
        file: ev.file,
        ...(lineOfKey(ev.text, 'section') ? { line: lineOfKey(ev.text, 'section') as number } : {}),
        field: 'section',
        message: `${explainer.file} has no heading with the slug "${ev.section}"`,
      });
    }
  }
  return problems;
}

/** One line per problem: "file:line: field: message". */
export function formatProblems(problems: readonly Problem[]): string {
  return problems
    .map((p) => `${p.file}${p.line ? `:${p.line}` : ''}: ${p.field ? `${p.field}: ` : ''}${p.message}`)
    .join('\n');
}
