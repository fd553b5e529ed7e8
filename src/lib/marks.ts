/**
 * The inline marks of an explainer's text, as HTML syntax trees (hast): a citation mark, a link to
 * a who's-who profile, a link to a glossary term, the date of a timeline event. The one definition
 * of each: the rehype plugin writes them into the explainers at compile time (src/plugins/rehype-marks.ts),
 * so that the compiled text is plain HTML that MDX keeps as strings, and Cite.astro renders the
 * citation marks of summaries, key points, maps and profiles from the same function.
 */
import type { Element, ElementContent } from 'hast';
import { citeId, noteId } from './citations';

const text = (value: string): ElementContent => ({ type: 'text', value });

/**
 * A citation mark: a numbered link to note `n` at the end of the page; `k` numbers the marks of
 * that note. A word joiner (U+2060) comes first, so that a mark, or a group of marks, never wraps
 * away from the word before it (`join: false`: the mark may begin a line).
 */
export function citeMark(n: number, k: number, join = true): Element {
  return {
    type: 'element',
    tagName: 'sup',
    properties: { className: ['cite'] },
    children: [
      ...(join ? [text('\u2060')] : []),
      { type: 'element', tagName: 'a', properties: { href: `#${noteId(n)}`, id: citeId(n, k) }, children: [text(`[${n}]`)] },
    ],
  };
}

/** A mention of a person or organisation, linked to its who's-who page at `href`. */
export function whoLink(href: string, children: ElementContent[]): Element {
  return { type: 'element', tagName: 'a', properties: { href, className: ['who'] }, children };
}

/** A glossary term, linked to its entry at `href`; the enhancement script shows its definition beside it. */
export function termLink(href: string, children: ElementContent[]): Element {
  return { type: 'element', tagName: 'a', properties: { className: ['term'], href }, children };
}

/** The date of a timeline event: `iso` as `datetime`, `shown` as the text. */
export function eventTime(iso: string, shown: string): Element {
  return { type: 'element', tagName: 'time', properties: { dateTime: iso }, children: [text(shown)] };
}
