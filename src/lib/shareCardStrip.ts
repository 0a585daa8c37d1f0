import type { Thread } from '../schemas/thread.ts';
import { monthTicks, storyTimeScale } from './timeScale.ts';

type ThreadColor = Thread['color'];

/** An element tree in the shape satori renders (React's, without React). */
export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: string | CardNode | (string | CardNode)[] };
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
  /** The event the card is about, drawn larger and ringed. */
  current?: boolean;
}

/** What the strip draws: the story's first and last days (YYYY-MM-DD), the number of threads, the dots. */
export interface StripContent {
  range: { start: string; end: string };
  lanes: number;
  marks: StripMark[];
}

const LANE = 9;
const MUTED = '#5c5c5c';
const RULE = '#d9d6cf';
const PAPER = '#fbfaf7';

/**
 * A miniature of the timeline graphic: a row per thread, a dot per event in its thread's colour,
 * the card's own event ringed, over the story's months.
 */
export function shareCardStrip({ range, lanes, marks }: StripContent, width: number): CardNode {
  const x = storyTimeScale(range.start, range.end, [4, width - 16]);
  const axis = lanes * LANE + 6;
  const hasCurrent = marks.some((m) => m.current);
  const dots = marks
    .map((m) => ({ ...m, x: x(m.start) }))
    .filter((m) => m.x >= 0 && m.x <= width)
    .sort((a, b) => Number(a.current ?? false) - Number(b.current ?? false))
    .map((m) => {
      const r = m.current ? 11 : 4.5;
      const ring: Record<string, string> = m.current
        ? { border: `4px solid ${PAPER}`, boxShadow: `0 0 0 2px ${THREAD_HEX[m.color]}` }
        : {};
      return el('div', {
        position: 'absolute',
        left: m.x - r,
        top: LANE / 2 + m.lane * LANE - r,
        width: 2 * r,
        height: 2 * r,
        borderRadius: '50%',
        backgroundColor: THREAD_HEX[m.color],
        opacity: m.current || !hasCurrent ? 1 : 0.55,
        ...ring,
      });
    });
  const ticks = monthTicks(x).flatMap((t) => [
    el('div', { position: 'absolute', left: t.x, top: axis, width: 2, height: 10, backgroundColor: RULE }),
    el('div', { position: 'absolute', left: t.x, top: axis + 14, fontSize: 17, color: MUTED }, t.label),
  ]);
  return el('div', { display: 'flex', position: 'relative', width, height: axis + 38 }, [
    el('div', { position: 'absolute', left: 0, top: axis, width, height: 2, backgroundColor: RULE }),
    ...ticks,
    ...dots,
  ]);
}
