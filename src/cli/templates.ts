/**
 * The files `npm run new` writes: valid, with every required field and
 * section, and marked as drafts so nothing unfinished is published.
 */
import GithubSlugger from 'github-slugger';

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
name: ${q(title)}
kind: ${kind}
role: "What they were as of May 2021, in a few words"
group: international # russia, palestinian, israeli or international
otherNames: []
searchAliases: []
themes: [${theme}]
profile:
  - text: "One or two sentences of your own on who they are and why they matter to the story."
    cite: [${source}]
`;
    case 'event':
      return `# A draft: the "_" at the start of the file name keeps it unpublished. Rename the file without it when done.
date: ${q(input.date ?? today)}
title: ${q(title)}
text: "One or two sentences of your own on what happened."
theme: ${theme}
cite: [${source}]
`;
    case 'term':
      return `# A draft: the "_" at the start of the file name keeps it unpublished. Rename the file without it when done.
term: ${q(title)}
aliases: []
definition: "One to three sentences of your own defining the term for a general reader."
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
