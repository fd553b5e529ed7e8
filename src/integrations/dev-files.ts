/**
 * In `astro dev`, the files the site's endpoints write (social images /og/<slug>.png, maps
 * /maps/<id>.svg, the feeds and the search help, in every edition) answer at their own address. The dev server applies `trailingSlash: 'always'`
 * to dynamic endpoints and answers 404 without the slash; the build writes the files as named.
 */
import type { AstroIntegration } from 'astro';

/** A generated file's address, in any edition: /og/quartet.png, /ar/maps/elections.svg, /ru/feed.xml, /search-words.json. */
const GENERATED = /\/(?:(?:og|maps)\/[^/]+\.(?:png|svg)|feed\.(?:xml|json)|search-(?:help|words)\.json)$/;

export function devFiles(): AstroIntegration {
  return {
    name: 'context-desk:dev-files',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, _res, next) => {
          const [path = '', query] = (req.url ?? '').split('?');
          if (GENERATED.test(path)) req.url = `${path}/${query === undefined ? '' : `?${query}`}`;
          next();
        });
      },
    },
  };
}
