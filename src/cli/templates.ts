/**
 * The files `npm run new` writes: valid, with every required field and
 * section, and marked as drafts so nothing unfinished is published.
 */
import GithubSlugger from 'github-slugger';

import { defaultLang, languages, publishedLangs } from '../i18n/languages';

export const KINDS = ['explainer', 'person', 'organisation', 'event', 'term', 'source'] as const;
export type Kind = (typeof KINDS)[number];

export interface TemplateInput {
  title: string;
  /** Today, YYYY-MM-DD. */
  today: string;
  /** A theme id for explainers, events and terms. */
  theme: string;
  /** A source id the explainer's first citations point to. */
  source: string;
  /** For events: the date of the event. */
  date?: string;
  /** For sources. */
  url?: string;
  publisher?: string;
}

/** "The Quartet's 2016 report" → "the-quartets-2016-report". */
/** Every text of a data entry is written in each published edition's language. */
const EDITIONS_NOTE = `# Each text is written in every published edition's language (${publishedLangs.join(', ')}): a missing one stops the build.`;

/** A text field per published language, indented by \`indent\`: English as given, the others marked for translation. */
function perLang(text: string, indent: number): string {
  const pad = ' '.repeat(indent);
  return publishedLangs
    .map((code) => `${pad}${code}: ${q(code === defaultLang ? text : `Translation into ${languages[code].name} of: ${text}`)}`)
    .join('\n');
}

/** An empty list per published language. */
function perList(indent: number): string {
  return publishedLangs.map((code) => `${' '.repeat(indent)}${code}: []`).join('\n');
}

export function slugify(title: string): string {
  return new GithubSlugger()
    .slug(title.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}

const q = (s: string) => JSON.stringify(s);

/** Where a new entry of `kind` goes, relative to the content folder. Data entries start as drafts ("_" prefix). */
export function targetPath(kind: Kind, slug: string, lang = 'en'): string {
  switch (kind) {
    case 'explainer':
      return `explainers/${lang}/${slug}.mdx`;
    case 'person':
    case 'organisation':
      return `profiles/_${slug}.yaml`;
    case 'event':
      return `events/_${slug}.yaml`;
    case 'term':
      return `glossary/_${slug}.yaml`;
    case 'source':
      return `sources/_${slug}.yaml`;
  }
}

export function render(kind: Kind, input: TemplateInput): string {
  const { title, today, theme, source } = input;
  switch (kind) {
    case 'explainer':
      return `---
# A draft: it builds and shows in \`npm run dev\`, but is not published until you delete the draft line.
title: ${q(title)}
lang: en
theme: ${theme}
order: 9
summary: >-
  Write one plain-text paragraph of 60 to 110 words that tells the reader what this explainer covers and why it matters.
  It appears at the top of the page, on the home page and in search results, so make every sentence count.
  Say who did what, when and where, in plain words, and leave the details and the citations to the text below;
  the summary is cited as a whole, by the sources listed under summaryCite.
summaryCite: [${source}]
keyPoints:
  - text: "First key point: one sentence a reader should remember."
    cite: [${source}]
  - text: "Second key point."
    cite: [${source}]
  - text: "Third key point (three to six in all)."
    cite: [${source}]
published: ${q(today)}
reviewed: ${q(today)}
draft: true
---

## First section

Write the background here. Every factual sentence ends with a citation.<Cite id="${source}" />

### A subsection

Use H2 sections a reader can scan, and H3 subsections inside them.<Cite id="${source}" />

## Why it mattered in May 2021

Tie this theme to the Lavrov–al-Maliki talks of 5 May 2021.<Cite id="${source}" />

## Frequently asked questions

### What is the first question a reader would ask?

Answer it in two or three cited sentences.<Cite id="${source}" />

### What is the second question?

Answer it.<Cite id="${source}" />

### What is the third question?

Answer it.<Cite id="${source}" />

### What is the fourth question?

Answer it.<Cite id="${source}" />

## What happened next

<Later>

**Month YYYY.** A later development, dated and cited.<Cite id="${source}" />

</Later>
`;
    case 'person':
    case 'organisation':
      return `# A draft: the "_" at the start of the file name keeps it unpublished. Rename the file without it when done.
${EDITIONS_NOTE}
name:
${perLang(title, 2)}
kind: ${kind}
role:
${perLang('What they were as of May 2021, in a few words', 2)}
group: international # russia, palestinian, israeli or international
otherNames:
${perList(2)}
searchAliases:
${perList(2)}
themes: [${theme}]
profile:
  - text:
${perLang('One or two sentences of your own on who they are and why they matter to the story.', 6)}
    cite: [${source}]
`;
    case 'event':
      return `# A draft: the "_" at the start of the file name keeps it unpublished. Rename the file without it when done.
${EDITIONS_NOTE}
date: ${q(input.date ?? today)}
title:
${perLang(title, 2)}
text:
${perLang('One or two sentences of your own on what happened.', 2)}
theme: ${theme}
cite: [${source}]
`;
    case 'term':
      return `# A draft: the "_" at the start of the file name keeps it unpublished. Rename the file without it when done.
${EDITIONS_NOTE}
term:
${perLang(title, 2)}
aliases:
${perList(2)}
definition:
${perLang('One to three sentences of your own defining the term for a general reader.', 2)}
themes: [${theme}]
cite: [${source}]
`;
    case 'source':
      return `# A draft: the "_" at the start of the file name keeps it unpublished. Rename the file without it when done.
title: ${q(title)}
publisher: ${q(input.publisher ?? 'Who published the page')}
url: ${q(input.url ?? 'https://example.org/the-exact-url-you-read')}
# published: "YYYY-MM-DD"   (only if the page shows its date)
accessed: ${q(today)}
kind: news
lang: en
`;
  }
}
