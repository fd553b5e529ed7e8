/**
 * Spelling help for search: a query word that is not in the site's vocabulary
 * (names, terms, titles, headings) is replaced by the closest vocabulary word,
 * if one is close enough. "Ashkenazy" → "ashkenazi", "al-Malki" → "al-maliki".
 */

/** Optimal string alignment distance (Damerau–Levenshtein with adjacent swaps). */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i]);
  for (let j = 1; j <= b.length; j++) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    const prev = rows[i - 1] as number[];
    let best = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      row[j] = d;
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/** The words of a text, lower-cased, letters and digits only. */
export function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** The vocabulary of a set of texts: unique words of four letters or more. */
export function vocabulary(texts: readonly string[]): string[] {
  return [...new Set(texts.flatMap(words).filter((w) => w.length >= 4))].sort();
}

/** Longer words may be further off: one edit up to 7 letters, two from 8. */
const allowance = (word: string) => (word.length >= 8 ? 2 : 1);

/** The vocabulary word closest to `word`, or `word` itself when it is known, a prefix of a known word, or nothing is close. */
export function correctWord(word: string, vocab: readonly string[], known: ReadonlySet<string> = new Set(vocab)): string {
  const w = word.toLowerCase();
  if (w.length < 4 || /\d/.test(w) || known.has(w) || vocab.some((v) => v.startsWith(w))) return word;
  let best = word;
  let bestDistance = allowance(w) + 1;
  for (const v of vocab) {
    const d = editDistance(w, v, allowance(w));
    if (d < bestDistance || (d === bestDistance && best !== word && v.length < best.length)) {
      best = v;
      bestDistance = d;
    }
  }
  return best;
}

/** Corrects every word of a query, keeping the rest of it (spaces, hyphens) and a capital first letter as typed. */
export function correctQuery(query: string, vocab: readonly string[]): string {
  const known = new Set(vocab);
  return query.replace(/[\p{L}\p{N}]+/gu, (w) => {
    const fixed = correctWord(w, vocab, known);
    if (fixed === w) return w;
    const first = w.charAt(0);
    return first !== first.toLowerCase() ? fixed.charAt(0).toUpperCase() + fixed.slice(1) : fixed;
  });
}
