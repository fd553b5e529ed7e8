/** The search interface's help for each edition with a URL prefix (/ar/, /ru/): src/lib/search-help.ts. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { type Lang, langCodes, languages } from '../../i18n';
import { searchHelp } from '../../lib/search-help';

export const getStaticPaths = (() =>
  langCodes
    .filter((lang) => languages[lang].prefix)
    .map((lang) => ({ params: { lang: languages[lang].prefix }, props: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ lang: Lang }> = async ({ props }) => new Response(JSON.stringify(await searchHelp(props.lang)));
