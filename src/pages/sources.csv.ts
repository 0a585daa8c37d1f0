import type { APIRoute } from 'astro';
import { loadStory } from '../data/story.ts';
import { csvFile } from '../lib/publish/csvFile.ts';
import { SOURCE_CSV_HEADER, sourceCsvRows } from '../lib/publish/eventsCsv.ts';
import { buildEventsFeed } from '../lib/publish/eventsFeed.ts';

/** Every citation as CSV, one row per source of each published event, in reading order (columns in the README). */
export const GET: APIRoute = async ({ site }) => {
  const feed = buildEventsFeed({ ...(await loadStory()), site: site!, base: import.meta.env.BASE_URL });
  return new Response(csvFile(SOURCE_CSV_HEADER, feed.events.flatMap(sourceCsvRows)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
