/** The search interface's words for the default edition, at the root (src/lib/search-help.ts); other editions' are under their prefix. */
import type { APIRoute } from 'astro';
import { defaultLang } from '../i18n';
import { searchWords } from '../lib/search-help';

export const GET: APIRoute = async () => new Response(JSON.stringify(await searchWords(defaultLang)));
