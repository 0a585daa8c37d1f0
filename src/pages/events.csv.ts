import type { APIRoute } from 'astro';
import { loadStory } from '../data/story.ts';
import { csvFile } from '../lib/publish/csvFile.ts';
import { EVENT_CSV_HEADER, eventCsvRow } from '../lib/publish/eventsCsv.ts';
import { buildEventsFeed } from '../lib/publish/eventsFeed.ts';

/** Every published event as CSV, one row each in reading order, for spreadsheets (columns in the README). */
export const GET: APIRoute = async ({ site }) => {
  const feed = buildEventsFeed({ ...(await loadStory()), site: site!, base: import.meta.env.BASE_URL });
  return new Response(csvFile(EVENT_CSV_HEADER, feed.events.map(eventCsvRow)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
