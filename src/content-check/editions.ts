/**
 * The same facts in every edition. An explainer's translation (content/explainers/<lang>/<slug>.mdx)
 * must have the English one's sections (same headings, same levels, same order) and, section by
 * section, the same citations in the same order, the same people, glossary terms, figures, maps
 * and dated events, the same "later developments" blocks and the same numbers written in digits;
 * its summary and key points the same citations and numbers. Any difference is a problem that
 * names the file, the section and what differs.
 */
import { type Lang, localeOf } from '../i18n/languages';
import type { ParsedData } from './data';
import { at, type MdNode } from './mdx';
import type { Position, Problem } from './problems';

export interface SectionFacts {
  /** The heading's text; "(opening)" for the text before the first heading. */
  heading: string;
  depth: number;
  at?: Position;
  cites: string[];
  people: string[];
  terms: string[];
  figures: string[];
  later: number;
  numbers: string[];
}

/** The separators a language writes numbers with, from its locale: "10,000.5" in English, "10 000,5" in Russian. */
function separators(lang: Lang): { group: string; decimal: string } {
  const parts = new Intl.NumberFormat(localeOf(lang)).formatToParts(12345.5);
  const group = parts.find((p) => p.type === 'group')?.value ?? ',';
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  // A group separator that is a space may be written as any space (ordinary, no-break, narrow).
  return { group: /\s/.test(group) ? ' \\u00a0\\u202f' : group, decimal };
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The numbers written in digits in `text`, as values ("10,000" and "10 000" are both "10000"), sorted. */
export function numbersIn(text: string, lang: Lang): string[] {
  const { group, decimal } = separators(lang);
  const g = group.startsWith(' ') ? `[${group}]` : escapeRe(group);
  const d = escapeRe(decimal);
  const re = new RegExp(`\\d{1,3}(?:${g}\\d{3})+(?:${d}\\d+)?|\\d+(?:${d}\\d+)?`, 'g');
  const values = [...text.matchAll(re)].map((m) => {
    const plain = m[0].replace(new RegExp(g, 'g'), '').replace(decimal, '.');
    return String(Number(plain));
  });
  return values.sort();
}

function textOf(node: MdNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return String(node.value ?? '');
  return (node.children ?? []).map(textOf).join(' ');
}

const attribute = (node: MdNode, name: string) => String(node.attributes?.find((a) => a.name === name)?.value ?? '');

/** An explainer body's sections and what each holds. */
export function sectionFacts(tree: MdNode, lang: Lang): SectionFacts[] {
  const sections: SectionFacts[] = [];
  let current: SectionFacts = { heading: '(opening)', depth: 1, cites: [], people: [], terms: [], figures: [], later: 0, numbers: [] };
  sections.push(current);
  const collect = (node: MdNode) => {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const id = attribute(node, 'id');
      if (node.name === 'Cite') current.cites.push(id);
      else if (node.name === 'Who') current.people.push(id);
      else if (node.name === 'Term') current.terms.push(id);
      else if (node.name === 'Figure' || node.name === 'Map' || node.name === 'EventDate') current.figures.push(`${node.name} ${id}`);
      else if (node.name === 'Later') current.later++;
    }
    if (node.type === 'text') current.numbers.push(...numbersIn(String(node.value ?? ''), lang));
    for (const child of node.children ?? []) collect(child);
  };
  for (const node of tree.children ?? []) {
    if (node.type === 'heading') {
      const where = at(node);
      current = {
        heading: textOf(node).replace(/\s+/g, ' ').trim(),
        depth: node.depth ?? 0,
        ...(where ? { at: where } : {}),
        cites: [],
        people: [],
        terms: [],
        figures: [],
        later: 0,
        numbers: [],
      };
      sections.push(current);
    }
    collect(node);
  }
  for (const s of sections) {
    s.people.sort();
    s.terms.sort();
    s.figures.sort();
    s.numbers.sort();
  }
  return sections;
}

interface Frontmatter {
  title?: unknown;
  summary?: unknown;
  summaryCite?: unknown;
  keyPoints?: unknown;
}

/** The frontmatter's cited parts: title, summary, each key point, with their citations and numbers. */
function frontmatterFacts(data: Frontmatter, lang: Lang): Array<{ field: string; cites: string[]; numbers: string[] }> {
  const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);
  const points = Array.isArray(data.keyPoints) ? (data.keyPoints as Array<{ text?: unknown; cite?: unknown }>) : [];
  return [
    { field: 'title', cites: [], numbers: numbersIn(String(data.title ?? ''), lang) },
    { field: 'summary', cites: list(data.summaryCite), numbers: numbersIn(String(data.summary ?? ''), lang) },
    ...points.map((p, i) => ({ field: `keyPoints.${i}`, cites: list(p?.cite), numbers: numbersIn(String(p?.text ?? ''), lang) })),
  ];
}

export interface EditionSide {
  lang: Lang;
  file: string;
  tree: MdNode;
  frontmatter: ParsedData;
}

const show = (list: readonly string[]) => (list.length ? list.join(', ') : 'none');

/** Every way the edition `other` differs from `english` in its facts, each naming the file, the section and the difference. */
export function editionProblems(english: EditionSide, other: EditionSide): Problem[] {
  const problems: Problem[] = [];
  const add = (where: Position | undefined, message: string) =>
    problems.push({ file: other.file, ...(where ? { at: where } : {}), message });

  const enFm = frontmatterFacts(english.frontmatter.data as Frontmatter, english.lang);
  const trFm = frontmatterFacts(other.frontmatter.data as Frontmatter, other.lang);
  if (enFm.length !== trFm.length) {
    add(other.frontmatter.locate(['keyPoints']), `has ${trFm.length - 2} key points; ${english.file} has ${enFm.length - 2}`);
  }
  enFm.forEach((en, i) => {
    const tr = trFm[i];
    if (!tr) return;
    const where = other.frontmatter.locate(en.field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)));
    if (show(en.cites) !== show(tr.cites))
      add(where, `${en.field}: citations differ from ${english.file}: English ${show(en.cites)}; this edition ${show(tr.cites)}`);
    if (show(en.numbers) !== show(tr.numbers))
      add(where, `${en.field}: numbers differ from ${english.file}: English ${show(en.numbers)}; this edition ${show(tr.numbers)}`);
  });

  const en = sectionFacts(english.tree, english.lang);
  const tr = sectionFacts(other.tree, other.lang);
  if (en.length !== tr.length) {
    add(
      undefined,
      `has ${tr.length - 1} headings; ${english.file} has ${en.length - 1}: an edition has the same sections, in the same order`,
    );
  }
  for (let i = 0; i < Math.min(en.length, tr.length); i++) {
    const a = en[i] as SectionFacts;
    const b = tr[i] as SectionFacts;
    const section = i === 0 ? 'opening (before the first heading)' : `section ${i} "${b.heading}" (English "${a.heading}")`;
    const differ = (what: string, x: string, y: string) =>
      add(b.at, `${section}: ${what} differ from ${english.file}: English ${x}; this edition ${y}`);
    if (a.depth !== b.depth) add(b.at, `${section}: heading level ${b.depth}, English ${a.depth}`);
    if (show(a.cites) !== show(b.cites)) differ('citations (in order)', show(a.cites), show(b.cites));
    if (show(a.people) !== show(b.people)) differ('people (<Who>)', show(a.people), show(b.people));
    if (show(a.terms) !== show(b.terms)) differ('glossary terms (<Term>)', show(a.terms), show(b.terms));
    if (show(a.figures) !== show(b.figures)) differ('figures, maps and events', show(a.figures), show(b.figures));
    if (a.later !== b.later) differ('<Later> blocks', String(a.later), String(b.later));
    if (show(a.numbers) !== show(b.numbers)) differ('numbers', show(a.numbers), show(b.numbers));
  }
  return problems;
}
