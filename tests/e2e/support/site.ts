import type { APIRequestContext } from '@playwright/test';
import type { EventsFeed } from '../../../src/lib/publish/eventsFeed.ts';

/** The published events, as the built site lists them in /events.json. */
export async function publishedFeed(request: APIRequestContext): Promise<EventsFeed> {
  const response = await request.get('/events.json');
  if (!response.ok()) throw new Error(`/events.json answered ${response.status()}`);
  return (await response.json()) as EventsFeed;
}

/** The path part of an absolute URL on the site, so tests can open it on the preview server. */
export function pathOf(url: string): string {
  const { pathname, hash } = new URL(url);
  return `${pathname}${hash}`;
}
