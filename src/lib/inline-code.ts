/**
 * The inline <script> and <style> blocks the site's own code writes. A component
 * that writes one passes its text through `inlineScript()` or `inlineStyle()`,
 * which records it; the security policy step then allows exactly these, by hash,
 * and stops the build on any other inline block, wherever it came from.
 *
 * The record lives on globalThis because the pages are rendered by Astro's build
 * in the same process as the integration that reads it, but from another copy of
 * this module.
 */
const KEY = Symbol.for('context-desk:inline-code');

interface Allowed {
  scripts: Set<string>;
  styles: Set<string>;
}

function allowed(): Allowed {
  const g = globalThis as Record<symbol, Allowed | undefined>;
  g[KEY] ??= { scripts: new Set(), styles: new Set() };
  return g[KEY];
}

/** Records `code` as an inline script of the site's own, and returns it. */
export function inlineScript(code: string): string {
  allowed().scripts.add(code);
  return code;
}

/** Records `css` as an inline style of the site's own, and returns it. */
export function inlineStyle(css: string): string {
  allowed().styles.add(css);
  return css;
}

/** What the site's code wrote inline in this build. */
export function allowedInline(): { scripts: ReadonlySet<string>; styles: ReadonlySet<string> } {
  return allowed();
}
