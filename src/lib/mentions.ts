/** Which pages mention which people and organisations, computed at build time. */
import { escapeRegExp } from './text';

export interface MentionTarget {
  id: string;
  name: string;
  aliases: readonly string[];
}

export interface MentionSource {
  /** Site path of the page. */
  path: string;
  title: string;
  /** The page's source text (MDX). */
  text: string;
}

/** What the tests need of a text, read once however many targets are tested: its <Who> ids, and its words. */
interface Reading {
  text: string;
  who: ReadonlySet<string>;
  words: ReadonlySet<string>;
}

/** Letters and digits make words; anything else parts them (the same as the names' whole-word patterns). */
const NOT_WORD = /[^\p{L}\p{N}]+/u;

function read(text: string): Reading {
  return {
    text,
    who: new Set([...text.matchAll(/<Who\s+id=["']([^"']*)["']/g)].map((m) => m[1] ?? '')),
    words: new Set(text.split(NOT_WORD)),
  };
}

/**
 * A target's test: its <Who id="…"> link, or its name or an alias of four letters or more as whole
 * words. A name's pattern runs only on texts that have its first word among their words (a name found
 * as whole words starts with a whole word of the text), which spares most texts the pattern.
 */
function test(target: MentionTarget): (r: Reading) => boolean {
  const names = [target.name, ...target.aliases]
    .filter((n) => n.length >= 4)
    .map((n) => ({
      first: n.split(NOT_WORD)[0] ?? '',
      word: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(n)}(?![\\p{L}\\p{N}])`, 'u'),
    }));
  return (r) => r.who.has(target.id) || names.some((n) => (n.first === '' || r.words.has(n.first)) && n.word.test(r.text));
}

/** True if `text` links the profile with <Who id="..."> or names it (name or alias, whole words). */
export function mentions(text: string, target: MentionTarget): boolean {
  return test(target)(read(text));
}

/** For each profile id, the pages that mention it, in the order given (each page read once, each target's test made once). */
export function mentionIndex<P extends MentionSource>(targets: readonly MentionTarget[], pages: readonly P[]): Map<string, P[]> {
  const readings = pages.map((p) => read(p.text));
  return new Map(
    targets.map((t) => {
      const mentioned = test(t);
      return [t.id, pages.filter((_, i) => mentioned(readings[i] as Reading))];
    }),
  );
}
