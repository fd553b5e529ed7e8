/**
 * Content that gets past the content check (it is plain text) but is written to break
 * out of the page: quotes and event handlers in a theme label, markup-like text in a
 * title. It is published as text: no live script, no event handler, no value of the
 * build's environment, and the same security policy as the real site.
 */
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { walkFiles } from '../../src/lib/files';
import { inlineBlocks } from '../../src/lib/security';
import { htmlPages } from '../helpers/dist';
import { edit } from '../helpers/fixtures';
import { buildSite, ROOT, TMP } from '../helpers/site';

const root = join(TMP, 'hostile');
const contentDir = join(root, 'content');
const outDir = join(root, 'dist');
const SECRET = 'ctxdesk-deploy-token-5f1c9e';
const LABEL = 'The Quartet" onmouseover="alert(1)';
// No digit in it: every edition's title carries the English title's numbers, and the editions are not edited here.
const TITLE = "The Middle East Quartet's mediation ' onfocus='alert(document.domain) & \u2028 more";

let output = '';
beforeAll(() => {
  rmSync(root, { recursive: true, force: true });
  cpSync(join(ROOT, 'content'), contentDir, { recursive: true });
  edit(contentDir, 'themes/quartet.yaml', 'en: "The Quartet"', `en: ${JSON.stringify(LABEL)}`);
  edit(contentDir, 'explainers/en/quartet.mdx', /^title: .*$/m, `title: ${JSON.stringify(TITLE)}`);
  const build = buildSite({ outDir, contentDir, env: { DEPLOY_TOKEN: SECRET } });
  output = build.output;
  if (build.code !== 0) throw new Error(build.output);
}, 180_000);

describe('hostile but plain-text content', () => {
  it('is published as text: no event handler on any element, no inline code but the site’s own', () => {
    const site = new Set(htmlPages(inject('siteDir')).flatMap((p) => inlineBlocks(p.html).map((b) => b.text)));
    for (const p of htmlPages(outDir)) {
      const handlers = p
        .$('*')
        .toArray()
        .flatMap((el) => Object.keys(p.$(el).attr() ?? {}).filter((a) => a.startsWith('on')));
      expect(handlers, p.file).toEqual([]);
      for (const block of inlineBlocks(p.html)) expect(site.has(block.text), `${p.file}: ${block.text.slice(0, 60)}`).toBe(true);
    }
    const home = htmlPages(outDir).find((p) => p.file === 'index.html');
    expect(
      home
        ?.$('header nav a')
        .map((_, a) => home.$(a).text().trim())
        .get(),
    ).toContain(LABEL);
  });

  it('leaves the security policy as it is for the real site', () => {
    const policy = (dir: string) => /Content-Security-Policy: (.*)/.exec(readFileSync(join(dir, '_headers'), 'utf8'))?.[1];
    expect(policy(outDir)).toBeTruthy();
    expect(policy(outDir)).toBe(policy(inject('siteDir')));
  });

  it("publishes no value of the build's environment", () => {
    expect(output).not.toContain(SECRET);
    const leaks = walkFiles(outDir).filter((f) => readFileSync(f).includes(SECRET));
    expect(leaks).toEqual([]);
  });
});
