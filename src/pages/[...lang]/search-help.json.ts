/** The search interface's help for the default edition, at the root (src/lib/search-help.ts); other editions' are under their prefix. */
import type { APIRoute } from 'astro';
import { editionPaths, type Lang } from '../../i18n';
import { searchHelp } from '../../lib/search-help';

export const getStaticPaths = editionPaths;

export const GET: APIRoute<{ lang: Lang }> = async ({ props }) => new Response(JSON.stringify(await searchHelp(props.lang)));
