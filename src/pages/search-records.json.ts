/** Build-time only: the custom search records, read and then removed by the publish step. */
import { customRecords } from '../lib/search-records';

export async function GET() {
  return new Response(JSON.stringify(await customRecords()));
}
