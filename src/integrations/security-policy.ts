/**
 * Security headers for the built site. Every page is parsed; its inline scripts
 * and styles must be ones the site's own code wrote (src/lib/inline-code.ts),
 * or the build stops: content can never add code, nor widen the policy. The
 * Content-Security-Policy allows exactly those blocks by hash; it is written to
 * dist/_headers from the public/_headers template, and put in a <meta> in every
 * page for hosts that cannot set headers.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { walkFiles } from '../lib/files';
import { allowedInline } from '../lib/inline-code';
import { csp, inlineBlocks, type Policy, sha256 } from '../lib/security';
import type { Gates } from './gates';

/** The built pages (Pagefind's own files are not pages). */
function htmlFiles(dir: string): string[] {
  return walkFiles(dir, (name, path) => name.endsWith('.html') && !path.startsWith(join(dir, 'pagefind') + sep));
}

/**
 * Writes a page beside itself and renames it over the old one, so that a reader at the same time
 * (Pagefind indexes the pages meanwhile: search-index.ts) reads the old page or the new one, never half of one.
 */
function replaceWhole(file: string, text: string): void {
  const next = `${file}.csp-next`;
  writeFileSync(next, text);
  renameSync(next, file);
}

export class UnexpectedInlineCode extends Error {
  constructor(found: readonly string[]) {
    super(
      `${found.length} inline script or style block${found.length === 1 ? '' : 's'} that the site's code did not write; ` +
        `nothing is published (content cannot add code):\n${found.join('\n')}`,
    );
    this.name = 'UnexpectedInlineCode';
  }
}

/**
 * Checks the inline code of every page against what the site's code wrote (`allowed`), and applies
 * the policy. Returns the policy; throws UnexpectedInlineCode, naming each page, on any other block.
 * `base` is the site's base path ("/" or "/context-desk/").
 */
export function harden(dir: string, base: string, allowed = allowedInline()): Policy {
  const files = htmlFiles(dir);
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const unexpected: string[] = [];
  // Two passes that read each page again rather than hold every page in memory (issue 17: 1,000 pages are ~130 MB of strings).
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    for (const block of inlineBlocks(html)) {
      const known = block.kind === 'script' ? allowed.scripts : allowed.styles;
      if (!known.has(block.text)) {
        unexpected.push(`${relative(dir, file)}: <${block.kind}> ${JSON.stringify(block.text.slice(0, 80))}`);
        continue;
      }
      (block.kind === 'script' ? scripts : styles).add(sha256(block.text));
    }
  }
  if (unexpected.length > 0) throw new UnexpectedInlineCode(unexpected);
  const policy: Policy = { scripts: [...scripts], styles: [...styles] };
  const meta = `<meta http-equiv="Content-Security-Policy" content="${csp(policy, true)}">`;
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    if (!html.includes('<meta charset="utf-8">')) throw new Error(`${file}: no <meta charset="utf-8"> to put the CSP after`);
    replaceWhole(file, html.replace('<meta charset="utf-8">', `<meta charset="utf-8">${meta}`));
  }
  const template = join(dir, '_headers');
  if (existsSync(template)) {
    const text = readFileSync(template, 'utf8').replaceAll('{{base}}', base.replace(/\/$/, '')).replaceAll('{{csp}}', csp(policy));
    writeFileSync(template, text);
  }
  return policy;
}

/**
 * Applies the policy to the staged build. Pagefind is indexing it meanwhile (search-index.ts), so a
 * failure here goes to `gates` rather than stopping the build at once: the publish step reports it
 * once Pagefind is done, and the staging folder is then removed whole.
 */
export function securityPolicy(gates: Gates): AstroIntegration {
  let base = '/';
  return {
    name: 'context-desk:security-policy',
    hooks: {
      'astro:config:setup': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        try {
          const policy = harden(fileURLToPath(dir), base);
          const unique = (xs: readonly string[]) => new Set(xs).size;
          logger.info(`content security policy: ${unique(policy.scripts)} inline script and ${unique(policy.styles)} inline style hashes`);
        } catch (error) {
          gates.add(Promise.reject(error));
        }
      },
    },
  };
}
