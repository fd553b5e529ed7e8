/**
 * Each edition's page for an unknown address where hosts look for it: Astro builds the Arabic
 * one as ar/404/index.html, and this step moves it to ar/404.html (Cloudflare Pages serves the
 * nearest 404.html up the path; nginx and Netlify are told in the README and in _redirects).
 * Netlify's dist/_redirects sends an unknown address under /ar/ to /ar/404.html, with status 404.
 */
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { editionPrefixes } from '../i18n/languages';

export function editionNotFound(): AstroIntegration {
  let base = '/';
  return {
    name: 'context-desk:not-found',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        const rules: string[] = [];
        for (const prefix of editionPrefixes()) {
          const built = join(out, prefix, '404', 'index.html');
          if (!existsSync(built)) continue;
          renameSync(built, join(out, prefix, '404.html'));
          rmSync(join(out, prefix, '404'), { recursive: true, force: true });
          rules.push(`${base}${prefix}/*  ${base}${prefix}/404.html  404`);
        }
        if (rules.length > 0) writeFileSync(join(out, '_redirects'), `${rules.join('\n')}\n`);
      },
    },
  };
}
