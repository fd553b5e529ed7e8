/**
 * Security headers for the built site: computes the Content-Security-Policy
 * from the inline scripts and styles the pages actually carry, writes
 * dist/_headers from the public/_headers template, and puts the same policy
 * in a <meta> in every page for hosts that cannot set headers.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { walkFiles } from '../lib/files';
import { csp, inlineHashes, type Policy } from '../lib/security';

/** The built pages (Pagefind's own files are not pages). */
function htmlFiles(dir: string): string[] {
  return walkFiles(dir, (name, path) => name.endsWith('.html') && !path.startsWith(join(dir, 'pagefind') + sep));
}

/** Returns the policy applied. `base` is the site's base path ("/" or "/context-desk/"). */
export function harden(dir: string, base: string): Policy {
  const files = htmlFiles(dir);
  const policy: Policy = { scripts: [], styles: [] };
  const pages = files.map((file) => ({ file, html: readFileSync(file, 'utf8') }));
  for (const { html } of pages) {
    const h = inlineHashes(html);
    (policy.scripts as string[]).push(...h.scripts);
    (policy.styles as string[]).push(...h.styles);
  }
  const meta = `<meta http-equiv="Content-Security-Policy" content="${csp(policy, true)}">`;
  for (const { file, html } of pages) {
    if (!html.includes('<meta charset="utf-8">')) throw new Error(`${file}: no <meta charset="utf-8"> to put the CSP after`);
    writeFileSync(file, html.replace('<meta charset="utf-8">', `<meta charset="utf-8">${meta}`));
  }
  const template = join(dir, '_headers');
  if (existsSync(template)) {
    const text = readFileSync(template, 'utf8').replaceAll('{{base}}', base.replace(/\/$/, '')).replaceAll('{{csp}}', csp(policy));
    writeFileSync(template, text);
  }
  return policy;
}

export function securityPolicy(): AstroIntegration {
  let base = '/';
  return {
    name: 'context-desk:security-policy',
    hooks: {
      'astro:config:setup': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const policy = harden(fileURLToPath(dir), base);
        const unique = (xs: readonly string[]) => new Set(xs).size;
        logger.info(`content security policy: ${unique(policy.scripts)} inline script and ${unique(policy.styles)} inline style hashes`);
      },
    },
  };
}
