import type { Thread } from '../../schemas/thread.ts';
import { axisTicks } from '../graphic/axisTicks.ts';
import { type DayScale, dayScale } from '../graphic/dayScale.ts';
import { type Domain, toStoryDay } from '../graphic/timeWindow.ts';

type ThreadColor = Thread['color'];

/** An element tree in the shape satori renders (React's, without React). */
export interface CardNode {
  type: string;
  props: {
    style?: Record<string, string | number>;
    children?: string | CardNode | (string | CardNode)[];
    /** For an img: its address (here, a data: URI) and size. */
    src?: string;
    width?: number;
    height?: number;
  };
}

/** Builds one element of a card. */
export const el = (type: string, style: Record<string, string | number>, children?: CardNode['props']['children']) => ({
  type,
  props: { style, ...(children !== undefined && { children }) },
});

/** The light theme's thread colours (src/styles/global.css): a share image is always seen on a light card. */
export const THREAD_HEX: Record<ThreadColor, string> = {
  blue: '#1f5fbf',
  red: '#c0392b',
  teal: '#0f7c74',
  purple: '#7b3fb0',
  orange: '#b35900',
  green: '#3d7a22',
};

/** One dot on the strip. */
export interface StripMark {
  start: Date;
  color: ThreadColor;
  /** Its thread's row, from the top (the order of content/threads.yaml). */
  lane: number;
}

/** What the strip draws: the story's first and last days (YYYY-MM-DD), the number of threads, the dots. */
export interface StripContent {
  range: { start: string; end: string };
  lanes: number;
  /** Every event drawn on the strip; the same array for every card of a build. */
  marks: readonly StripMark[];
  /** The card's own event, drawn larger and ringed on top of the others (which are then dimmed). */
  current?: StripMark;
}

const LANE = 9;
const MUTED = '#5c5c5c';
const RULE = '#d9d6cf';
const PAPER = '#fbfaf7';

/** The strip's height for a number of threads. */
export function stripHeight(lanes: number): number {
  return lanes * LANE + 6 + 38;
}

/**
 * A miniature of the timeline graphic: a row per thread, a dot per event in its thread's colour, the
 * card's own event ringed, over the story's months. `backdrop`, an image of stripBackdrop drawn once,
 * stands in for the rows and dots: with thousands of events, laying them out again for every card
 * made share images grow with the square of the number of events.
 */
export function shareCardStrip(content: StripContent, width: number, backdrop?: string): CardNode {
  const height = stripHeight(content.lanes);
  const under = backdrop
    ? [{ type: 'img', props: { src: backdrop, width, height, style: { position: 'absolute', left: 0, top: 0 } } }]
    : stripParts(content, width);
  const { scale, origin } = stripScale(content.range, width);
  const current = content.current
    ? [dot(content.current, scale.px(toStoryDay(content.current.start, origin)), true)]
    : [];
  return el('div', { display: 'flex', position: 'relative', width, height }, [...under, ...current]);
}

/** Everything on the strip but the card's own event: the same on every event card of a build. */
export function stripBackdrop(content: StripContent, width: number): CardNode {
  return el(
    'div',
    { display: 'flex', position: 'relative', width, height: stripHeight(content.lanes) },
    stripParts(content, width),
  );
}

function stripParts({ range, lanes, marks, current }: StripContent, width: number): CardNode[] {
  const { scale, origin, days } = stripScale(range, width);
  const axis = lanes * LANE + 6;
  const opacity = current ? 0.55 : 1;
  const dots = marks
    .map((m) => ({ m, at: scale.px(toStoryDay(m.start, origin)) }))
    .filter(({ at }) => at >= 0 && at <= width)
    .map(({ m, at }) => dot(m, at, false, opacity));
  // Ticks at least the shortest month apart: one on every month's first day, as the strip always had.
  const monthly = (28 * width) / days[1];
  const ticks = axisTicks(origin, days, width, days, monthly).flatMap((t) => [
    el('div', { position: 'absolute', left: scale.px(t.day), top: axis, width: 2, height: 10, backgroundColor: RULE }),
    el('div', { position: 'absolute', left: scale.px(t.day), top: axis + 14, fontSize: 17, color: MUTED }, t.label),
  ]);
  return [
    el('div', { position: 'absolute', left: 0, top: axis, width, height: 2, backgroundColor: RULE }),
    ...ticks,
    ...dots,
  ];
}

/** The story's days, from its first instant to the end of its last day, laid over the strip's width. */
function stripScale(range: StripContent['range'], width: number): { scale: DayScale; origin: Date; days: Domain } {
  const origin = new Date(`${range.start}T00:00:00Z`);
  const days: Domain = [0, toStoryDay(new Date(`${range.end}T00:00:00Z`), origin) + 1];
  return { scale: dayScale(days, [4, width - 16]), origin, days };
}

function dot(m: StripMark, at: number, current: boolean, opacity = 1): CardNode {
  const r = current ? 11 : 4.5;
  const ring: Record<string, string> = current
    ? { border: `4px solid ${PAPER}`, boxShadow: `0 0 0 2px ${THREAD_HEX[m.color]}` }
    : {};
  return el('div', {
    position: 'absolute',
    left: at - r,
    top: LANE / 2 + m.lane * LANE - r,
    width: 2 * r,
    height: 2 * r,
    borderRadius: '50%',
    backgroundColor: THREAD_HEX[m.color],
    opacity,
    ...ring,
  });
}
