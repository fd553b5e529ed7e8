import { describe, expect, it } from 'vitest';
import { csp, inlineHashes, sha256 } from '../../src/lib/security';

describe('inline hashes', () => {
  it('hashes inline scripts and styles, not external or JSON-LD scripts', () => {
    const html =
      '<script>a()</script><script src="/x.js"></script><script type="application/ld+json">{}</script><script type="module">b()</script><style>p{}</style>';
    expect(inlineHashes(html)).toEqual({ scripts: [sha256('a()'), sha256('b()')], styles: [sha256('p{}')] });
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
