/** The words the search corrects misspelt queries to; fetched when search opens. */
import { searchVocabulary } from '../lib/search-records';

export async function GET() {
  return new Response(JSON.stringify(await searchVocabulary()));
}
