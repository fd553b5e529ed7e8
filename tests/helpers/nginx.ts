/**
 * Serves a built site with nginx (Debian's package) applying the site's
 * _headers file, as Netlify or Cloudflare Pages would: every rule whose
 * pattern matches a path adds its headers.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { editionPrefixes } from '../../src/i18n/languages';
import { walkFiles } from '../../src/lib/files';
import { escapeRegExp } from '../../src/lib/text';
import { TMP } from './site';

export function findNginx(env: NodeJS.ProcessEnv = process.env): string {
  const candidates = [env['NGINX_PATH'], '/usr/sbin/nginx', '/usr/bin/nginx'].filter((x): x is string => !!x);
  const found = candidates.find((p) => existsSync(p));
  if (found) return found;
  throw new Error('No nginx found for the hosting tests. Install it with `sudo apt-get install -y nginx-light` (or set NGINX_PATH).');
}

export interface HeaderRule {
  pattern: string;
  headers: Array<[string, string]>;
}

/** Parses the Netlify/Cloudflare _headers format. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const m = /^\s+([^:]+):\s*(.*)$/.exec(line);
      const rule = rules[rules.length - 1];
      if (!m || !rule) throw new Error(`_headers: cannot read "${line}"`);
      rule.headers.push([m[1]?.trim() ?? '', m[2]?.trim() ?? '']);
    }
  }
  return rules;
}

function matches(pattern: string, path: string): boolean {
  const re = new RegExp(`^${pattern.split('*').map(escapeRegExp).join('.*')}$`);
  return re.test(path);
}

/** The headers a host applies to `path`: those of every matching rule. */
export function headersFor(path: string, rules: readonly HeaderRule[]): Array<[string, string]> {
  return rules.filter((r) => matches(r.pattern, path)).flatMap((r) => r.headers);
}

const q = (v: string) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

export interface Served {
  url: string;
  close(): Promise<void>;
}

export interface NginxOptions {
  /** Compress text responses with gzip (level 6), as a host would; off unless asked. */
  gzip?: boolean;
}

const GZIP =
  'gzip on; gzip_vary on; gzip_comp_level 6; gzip_min_length 256; gzip_types text/css text/plain text/xml application/javascript text/javascript application/json application/feed+json application/xml application/rss+xml image/svg+xml application/wasm;';

export async function serveWithNginx(dist: string, base: string, port: number, options: NginxOptions = {}): Promise<Served> {
  const nginx = findNginx();
  const root = join(TMP, `nginx-${port}`);
  rmSync(root, { recursive: true, force: true });
  const www = join(root, 'www');
  mkdirSync(join(www, base), { recursive: true });
  rmSync(join(www, base), { recursive: true });
  symlinkSync(dist, join(www, base.replace(/\/$/, '')) || www);
  const rules = parseHeaders(readFileSync(join(dist, '_headers'), 'utf8'));
  const locations: string[] = [];
  for (const file of walkFiles(dist)) {
    const rel = relative(dist, file).split(sep).join('/');
    const paths = [`${base}${rel}`];
    if (rel === 'index.html' || rel.endsWith('/index.html')) paths.push(`${base}${rel.slice(0, -'index.html'.length)}`);
    for (const p of paths) {
      const adds = headersFor(p, rules)
        .map(([k, v]) => `add_header ${k} ${q(v)} always;`)
        .join(' ');
      locations.push(`location = ${q(p)} { ${adds} }`);
    }
  }
  const fallback = headersFor(`${base}missing`, rules)
    .map(([k, v]) => `add_header ${k} ${q(v)} always;`)
    .join(' ');
  const conf = `
worker_processes 1;
daemon off;
master_process off;
pid ${root}/nginx.pid;
error_log ${root}/error.log warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  types { application/wasm wasm; application/feed+json json; }
  default_type application/octet-stream;
  access_log off;
  ${options.gzip ? GZIP : ''}
  client_body_temp_path ${root}/tmp;
  proxy_temp_path ${root}/tmp;
  fastcgi_temp_path ${root}/tmp;
  uwsgi_temp_path ${root}/tmp;
  scgi_temp_path ${root}/tmp;
  server {
    listen 127.0.0.1:${port};
    root ${www};
    index index.html;
    disable_symlinks off;
    error_page 404 ${base}404.html;
    ${locations.join('\n    ')}
    ${editionPrefixes()
      .map((prefix) => `location ${base}${prefix}/ { error_page 404 ${base}${prefix}/404.html; ${fallback} }`)
      .join('\n    ')}
    location / { ${fallback} }
  }
}
`;
  mkdirSync(join(root, 'tmp'), { recursive: true });
  writeFileSync(join(root, 'nginx.conf'), conf);
  const child: ChildProcess = spawn(nginx, ['-p', root, '-c', join(root, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += String(d)));
  const url = `http://127.0.0.1:${port}${base}`;
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(url);
      if (r.status === 200) break;
    } catch {
      // not up yet
    }
    if (child.exitCode !== null)
      throw new Error(`nginx exited: ${stderr}${existsSync(join(root, 'error.log')) ? readFileSync(join(root, 'error.log'), 'utf8') : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    close: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
