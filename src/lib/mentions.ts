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

/**
 * A target's tests: its <Who id="…"> link, and its name and aliases of four letters or more as whole
 * words. A name's pattern runs only where its letters occur at all (a plain search, much faster than
 * the pattern over a whole page).
 */
function tests(target: MentionTarget): Array<(text: string) => boolean> {
  const link = new RegExp(`<Who\\s+id=["']${escapeRegExp(target.id)}["']`);
  return [
    (text) => text.includes('<Who') && link.test(text),
    ...[target.name, ...target.aliases]
      .filter((n) => n.length >= 4)
      .map((n) => {
        const word = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(n)}(?![\\p{L}\\p{N}])`, 'u');
        return (text: string) => text.includes(n) && word.test(text);
      }),
  ];
}

/** True if `text` links the profile with <Who id="..."> or names it (name or alias, whole words). */
export function mentions(text: string, target: MentionTarget): boolean {
  return tests(target).some((test) => test(text));
}

/** For each profile id, the pages that mention it, in the order given (each target's tests made once, not once per page). */
export function mentionIndex<P extends MentionSource>(targets: readonly MentionTarget[], pages: readonly P[]): Map<string, P[]> {
  return new Map(
    targets.map((t) => {
      const found = tests(t);
      return [t.id, pages.filter((p) => found.some((test) => test(p.text)))];
    }),
  );
}
