/** The security policy step on a small built site: it allows the site's own inline code by hash, and stops on any other. */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { harden, UnexpectedInlineCode } from '../../src/integrations/security-policy';
import { sha256 } from '../../src/lib/security';
import { TMP } from '../helpers/site';

const OWN = { scripts: new Set(['theme()']), styles: new Set(['.a{}']) };
const page = (body: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>T</title><script>theme()</script></head><body>${body}</body></html>`;

function site(name: string, pages: Record<string, string>): string {
  const dir = join(TMP, 'security-policy', name);
  rmSync(dir, { recursive: true, force: true });
  for (const [file, html] of Object.entries(pages)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), html);
  }
  writeFileSync(join(dir, '_headers'), '{{base}}/*\n  Content-Security-Policy: {{csp}}\n');
  return dir;
}

describe('the security policy step', () => {
  it("allows exactly the site's own inline code, and is not widened by text in attributes", () => {
    const dir = site('own', {
      'index.html': page('<style>.a{}</style><a aria-label="<script>alert(1)</script>" title="<style>x{}</style>">x</a>'),
    });
    const policy = harden(dir, '/', OWN);
    expect(policy).toEqual({ scripts: [sha256('theme()')], styles: [sha256('.a{}')] });
    const headers = readFileSync(join(dir, '_headers'), 'utf8');
    expect(headers).toContain(sha256('theme()'));
    expect(headers).not.toContain(sha256('alert(1)'));
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toContain('<meta http-equiv="Content-Security-Policy"');
  });

  it('stops the build on any inline script or style the site did not write, naming the page', () => {
    const dir = site('hostile', {
      'index.html': page(''),
      'explainers/x/index.html': page('<p>Text</p><script>alert(document.cookie)</script>'),
    });
    expect(() => harden(dir, '/', OWN)).toThrow(UnexpectedInlineCode);
    expect(() => harden(dir, '/', OWN)).toThrow(/explainers\/x\/index\.html: <script> "alert\(document\.cookie\)"/);
  });
});
