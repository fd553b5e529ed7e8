/**
 * Serves the themes' colours (src/lib/theme-css.ts) as a stylesheet module,
 * `virtual:context-desk/themes.css`, from the checked content; the dev server
 * reloads it when a theme file changes.
 */

import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { contentDir, loadContent } from '../content-check';
import { themeCss } from '../lib/theme-css';

const ID = 'virtual:context-desk/themes.css';
const RESOLVED = `\0${ID}`;

export function themeStyles(): AstroIntegration {
  return {
    name: 'context-desk:themes',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'context-desk:themes-css',
                resolveId: (id: string) => (id === ID ? RESOLVED : undefined),
                load: (id: string) => {
                  if (id !== RESOLVED) return undefined;
                  const themes = [...loadContent().index.themes.values()].map((th) => ({
                    id: th.id,
                    role: th.data.role,
                    accent: th.data.accent,
                  }));
                  return themeCss(themes);
                },
              },
            ],
          },
        });
      },
      // In `astro dev`, a changed theme file reloads the colours (the content check has run again by then).
      'astro:server:setup': ({ server }) => {
        const themes = join(contentDir(), 'themes');
        server.watcher.on('all', (_event, path) => {
          if (!path.startsWith(themes)) return;
          const module = server.moduleGraph.getModuleById(RESOLVED);
          if (module) server.moduleGraph.invalidateModule(module);
          server.ws.send({ type: 'full-reload' });
        });
      },
    },
  };
}
