import type { APIRoute, GetStaticPaths } from 'astro';
import { eventPaths, loadStory } from '../../data/story.ts';
import { renderShareImage, stripImage } from '../../build/shareImage.ts';
import type { TimelineEvent } from '../../lib/model/timelineEvent.ts';
import { shareCard } from '../../lib/publish/shareCard.ts';
import { eventCardContent, storyCardContent } from '../../lib/publish/shareCardContent.ts';

/** One share image per published event, and "story" for the story itself. */
export const getStaticPaths = (async () => [
  { params: { id: 'story' }, props: { event: undefined } },
  ...(await eventPaths()),
]) satisfies GetStaticPaths;

/** Draws the card from the event's data at build time. */
export const GET: APIRoute<{ event?: TimelineEvent }> = async ({ props: { event } }) => {
  const source = await loadStory();
  const content = event ? eventCardContent(source, event) : storyCardContent(source);
  const png = await renderShareImage(shareCard(content, await stripImage(content)));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
