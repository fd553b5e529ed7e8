/** The deployment recipes say what the build needs: the command, the output folder and the sub-path. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

describe('GitHub Pages workflow', () => {
  const wf = parseYaml(readFileSync('.github/workflows/deploy.yml', 'utf8')) as {
    jobs: Record<
      string,
      { needs?: string; steps: Array<{ run?: string; env?: Record<string, string>; uses?: string; with?: Record<string, string> }> }
    >;
  };
  const steps = wf.jobs['build']?.steps ?? [];
  it('deploys only a commit whose lint and everyday tests pass', () => {
    const test = wf.jobs['test']?.steps.map((s) => s.run).filter(Boolean);
    expect(test).toEqual(['npm ci', 'npm run lint', 'npm test']);
    expect(wf.jobs['build']?.needs).toBe('test');
    expect(wf.jobs['deploy']?.needs).toBe('build');
  });
  it('installs from the lockfile, builds under the repository sub-path and uploads dist/', () => {
    expect(steps.some((s) => s.run === 'npm ci')).toBe(true);
    const build = steps.find((s) => s.run === 'npm run build');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, written as the workflow writes it
    expect(build?.env?.['BASE_PATH']).toBe('/${{ github.event.repository.name }}/');
    expect(build?.env?.['SITE_URL']).toMatch(/github\.io$/);
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))?.with?.['path']).toBe('dist');
  });
});

describe('Netlify', () => {
  it('builds with npm run build and publishes dist/', () => {
    const toml = readFileSync('netlify.toml', 'utf8');
    expect(toml).toMatch(/^\s*command = "npm run build"$/m);
    expect(toml).toMatch(/^\s*publish = "dist"$/m);
  });
});

describe('README', () => {
  const readme = readFileSync('README.md', 'utf8');
  it('documents every host and the exact security policy', () => {
    for (const heading of [
      '### GitHub Pages',
      '### Netlify',
      '### Cloudflare Pages',
      '### S3 and CloudFront',
      '### Content-Security-Policy',
    ]) {
      expect(readme).toContain(heading);
    }
    expect(readme).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(readme).toContain('aws s3 sync dist/');
  });
});
