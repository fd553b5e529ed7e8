/**
 * The page's scripts that are bundled on their own (imported with `?worker&url`: the
 * enhancements, the search dialog) come out of Vite's worker build unminified; this minifies
 * them like every other script of the site, with Vite's own esbuild.
 */
import type { AstroIntegration } from 'astro';
import { type Plugin, transformWithEsbuild } from 'vite';

function minifyChunks(): Plugin {
  return {
    name: 'context-desk:minify-worker-chunks',
    async renderChunk(code, chunk) {
      const out = await transformWithEsbuild(code, chunk.fileName, { minify: true, legalComments: 'none', target: 'es2020' });
      return { code: out.code, map: null };
    },
  };
}

export function minifiedScripts(): AstroIntegration {
  return {
    name: 'context-desk:scripts',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build') return;
        updateConfig({ vite: { worker: { plugins: () => [minifyChunks()] } } });
      },
    },
  };
}
