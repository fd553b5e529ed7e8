/**
 * The words the search corrects misspelt queries to (src/lib/spell.ts): names, aliases,
 * terms, titles and headings. Fetched when search opens.
 */
import { getCollection, render } from 'astro:content';
import { getExplainers, getThemes, themeText } from '../lib/entries';
import { vocabulary } from '../lib/spell';

export async function GET() {
  const texts: string[] = [];
  for (const e of await getExplainers()) {
    texts.push(e.data.title);
    const { headings } = await render(e);
    texts.push(...headings.map((h) => h.text));
  }
  for (const p of await getCollection('profiles')) texts.push(p.data.name, ...p.data.otherNames, ...p.data.searchAliases);
  for (const g of await getCollection('glossary')) texts.push(g.data.term, ...g.data.aliases);
  for (const th of await getThemes()) texts.push(themeText(th, 'title'));
  for (const e of await getCollection('events')) texts.push(e.data.title);
  return new Response(JSON.stringify(vocabulary(texts)));
}
