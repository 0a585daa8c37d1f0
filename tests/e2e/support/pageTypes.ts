import { publishedEvents } from './content.ts';

/** One page of each kind the site builds, by name, with its path on the site. */
export interface PageType {
  name: string;
  path: string;
}

const event = publishedEvents()[0];

/** The three embed widgets, for an event and a thread the site publishes. */
export const WIDGET_PATHS = [
  '/embed/timeline/',
  `/embed/thread/${event.thread}/`,
  `/embed/event/${event.id}/`,
] as const;

/** A representative of every page type (each has its own template, scripts and styles), read from content/. */
export const PAGE_TYPES: readonly PageType[] = [
  { name: 'the story', path: '/' },
  { name: 'an event page', path: `/events/${event.id}/` },
  { name: 'an actor page', path: `/actors/${event.actors[0]}/` },
  { name: 'the sources page', path: '/sources/' },
  { name: 'the events table', path: '/events/' },
  { name: 'the 404 page', path: '/404.html' },
  { name: 'how we made this', path: '/how-we-made-this/' },
  { name: 'a thread page', path: `/threads/${event.thread}/` },
  { name: 'the embed builder', path: '/embed/' },
  ...WIDGET_PATHS.map((path) => ({ name: `the ${path.split('/')[2]} widget`, path })),
];
