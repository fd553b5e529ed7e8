/**
 * Latin words inside right-to-left text. A run of Latin script ("Sputnik V", "Russia Business
 * Today", "COVAX") set in Arabic is isolated in <bdi>, so that the punctuation and numbers next
 * to it land where an Arabic reader expects them, whatever the run ends with.
 */

/** A run of Latin script: words of Latin letters (and digits) joined by spaces, hyphens, dots, apostrophes, ampersands or slashes. */
const LATIN_RUN = /[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F0-9]*(?:[ \-.'’&/]+[A-Za-z\u00C0-\u024F0-9]+)*/g;

export interface Segment {
  text: string;
  /** True for a Latin run, to be isolated. */
  isolate: boolean;
}

/** Letters of a right-to-left script. */
const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;

/** `text` cut into Latin runs (to isolate) and the rest; a text with no right-to-left letter at all (a publisher's name) is one run. */
export function latinRuns(text: string): Segment[] {
  if (!RTL_LETTER.test(text) && /[A-Za-z]/.test(text)) return [{ text, isolate: true }];
  const out: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(LATIN_RUN)) {
    const at = m.index ?? 0;
    if (at > last) out.push({ text: text.slice(last, at), isolate: false });
    out.push({ text: m[0], isolate: true });
    last = at + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), isolate: false });
  return out;
}
