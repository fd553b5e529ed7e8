/** `npm run new` writes files that build as they are, and an explainer that, once published, shows up everywhere. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pagefindFragments } from '../helpers/dist';
import { prepare } from '../helpers/fixtures';
import { buildSite, cleanEnv, ROOT } from '../helpers/site';

function scaffold(contentDir: string, ...args: string[]) {
  const run = spawnSync('npm', ['run', '-s', 'new', '--', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...cleanEnv(), CONTENT_DIR: contentDir },
  });
  return { code: run.status ?? 1, out: `${run.stdout}${run.stderr}` };
}

describe('npm run new', () => {
  it('writes every kind of file, refuses to overwrite, and the result builds as is', () => {
    const { contentDir, outDir } = prepare('scaffold');
    const made = [
      scaffold(contentDir, 'explainer', 'The Quartet after 2016', '--theme', 'quartet', '--source', 'example-source'),
      scaffold(contentDir, 'person', 'Tor Wennesland', '--theme', 'quartet', '--source', 'example-source'),
      scaffold(contentDir, 'organisation', 'Office of the Quartet', '--theme', 'quartet', '--source', 'example-source'),
      scaffold(contentDir, 'event', 'Envoys meet in Oslo', '--date', '2021-11', '--theme', 'quartet', '--source', 'example-source'),
      scaffold(contentDir, 'term', 'Two-state solution', '--theme', 'quartet', '--source', 'example-source'),
      scaffold(contentDir, 'source', 'Quartet statement', '--url', 'https://example.org/quartet', '--publisher', 'United Nations'),
    ];
    for (const m of made) expect(m.code, m.out).toBe(0);
    expect(made[0]?.out).toContain('explainers/en/the-quartet-after-2016.mdx');
    const again = scaffold(contentDir, 'explainer', 'The Quartet after 2016', '--theme', 'quartet');
    expect(again.code).toBe(1);
    expect(again.out).toContain('the-quartet-after-2016.mdx already exists; choose another title (nothing was written)');

    const drafts = buildSite({ outDir, contentDir });
    expect(drafts.code, drafts.output).toBe(0);
    expect(existsSync(join(outDir, 'explainers/the-quartet-after-2016'))).toBe(false);

    // The author finishes: publish the explainer and the data entries.
    const mdx = join(contentDir, 'explainers/en/the-quartet-after-2016.mdx');
    writeFileSync(mdx, readFileSync(mdx, 'utf8').replace('draft: true\n', ''));
    for (const f of [
      'profiles/_tor-wennesland.yaml',
      'profiles/_office-of-the-quartet.yaml',
      'events/_envoys-meet-in-oslo.yaml',
      'glossary/_two-state-solution.yaml',
      'sources/_quartet-statement.yaml',
    ]) {
      renameSync(join(contentDir, f), join(contentDir, f.replace('/_', '/')));
    }
    const published = buildSite({ outDir, contentDir });
    expect(published.code, published.output).toBe(0);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toContain('href="/explainers/the-quartet-after-2016/"');
    expect(existsSync(join(outDir, 'who/tor-wennesland/index.html'))).toBe(true);
    expect(pagefindFragments(outDir).some((f) => f.url === '/explainers/the-quartet-after-2016/')).toBe(true);
    expect(readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8')).toContain('/explainers/the-quartet-after-2016/</loc>');
    expect(readFileSync(join(outDir, 'feed.xml'), 'utf8')).toContain('/explainers/the-quartet-after-2016/</link>');
    expect(readFileSync(join(outDir, 'feed.json'), 'utf8')).toContain('/explainers/the-quartet-after-2016/"');
  });
});
