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

/** True if `text` links the profile with <Who id="..."> or names it (name or alias, whole words). */
export function mentions(text: string, target: MentionTarget): boolean {
  if (new RegExp(`<Who\\s+id=["']${escapeRegExp(target.id)}["']`).test(text)) return true;
  return [target.name, ...target.aliases]
    .filter((n) => n.length >= 4)
    .some((n) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(n)}(?![\\p{L}\\p{N}])`, 'u').test(text));
}

/** For each profile id, the pages that mention it, in the order given. */
export function mentionIndex<P extends MentionSource>(targets: readonly MentionTarget[], pages: readonly P[]): Map<string, P[]> {
  return new Map(targets.map((t) => [t.id, pages.filter((p) => mentions(p.text, t))]));
}
