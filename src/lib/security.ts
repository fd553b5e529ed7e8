/**
 * The Content-Security-Policy of the built site: nothing from other origins,
 * no inline code but the few inline scripts and styles the site ships, each
 * allowed by its hash. Pagefind needs 'wasm-unsafe-eval' (its WebAssembly)
 * and a worker from the same origin.
 */
import { createHash } from 'node:crypto';

export function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Hashes of inline executable scripts and of inline styles in an HTML page. */
export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const scripts: string[] = [];
  const styles: string[] = [];
  for (const m of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1] ?? '';
    if (/\bsrc=/.test(attrs) || /type="application\/(ld\+)?json"/.test(attrs)) continue;
    scripts.push(sha256(m[2] ?? ''));
  }
  for (const m of html.matchAll(/<style(\s[^>]*)?>([\s\S]*?)<\/style>/g)) styles.push(sha256(m[2] ?? ''));
  return { scripts, styles };
}

export interface Policy {
  scripts: readonly string[];
  styles: readonly string[];
}

/** The policy as a header value; `meta` leaves out what a <meta> cannot carry. */
export function csp({ scripts, styles }: Policy, meta = false): string {
  const uniq = (xs: readonly string[]) => [...new Set(xs)].sort();
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${uniq(scripts).join(' ')}`.trim(),
    `style-src 'self' ${uniq(styles).join(' ')}`.trim(),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(meta ? [] : ["frame-ancestors 'none'"]),
  ];
  return directives.join('; ');
}
