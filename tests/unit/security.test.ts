import { describe, expect, it } from 'vitest';
import { csp, inlineBlocks, sha256 } from '../../src/lib/security';

describe('inline code', () => {
  it('is found by parsing: inline scripts and styles, not external scripts or JSON-LD data', () => {
    const html =
      '<script>a()</script><script src="/x.js"></script><script type="application/ld+json">{}</script><script type="module">b()</script><style>p{}</style>';
    expect(inlineBlocks(html)).toEqual([
      { kind: 'script', text: 'a()' },
      { kind: 'script', text: 'b()' },
      { kind: 'style', text: 'p{}' },
    ]);
  });
  it('is never taken from text that only looks like a tag: attributes, titles, comments, text', () => {
    const html =
      '<html><head><title>&lt;script&gt;alert(1)&lt;/script&gt;</title><meta property="og:title" content="<script>alert(1)</script>"></head>' +
      '<body><a aria-label="<script>alert(2)</script>" data-x="<style>p{}</style>">x</a><!-- <script>alert(3)</script> -->' +
      '<p>&lt;script&gt;alert(4)&lt;/script&gt;</p><textarea><script>alert(5)</script></textarea></body></html>';
    expect(inlineBlocks(html)).toEqual([]);
  });
  it('computes the CSP sha256 form', () => {
    expect(sha256('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });
});

describe('csp', () => {
  const policy = { scripts: ["'sha256-b'", "'sha256-a'", "'sha256-a'"], styles: [] };
  it('allows only the same origin, hashed inline code and Pagefind’s WebAssembly', () => {
    const header = csp(policy);
    expect(header).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-a' 'sha256-b'");
    expect(header).toContain("style-src 'self';");
    expect(header).toContain("frame-ancestors 'none'");
    expect(header).not.toContain('unsafe-inline');
  });
  it('leaves frame-ancestors out of the <meta> form, which cannot carry it', () => {
    expect(csp(policy, true)).not.toContain('frame-ancestors');
  });
});
