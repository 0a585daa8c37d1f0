import type { Thread } from '../schemas/thread.ts';
import { monthTicks, storyTimeScale } from './timeScale.ts';

type ThreadColor = Thread['color'];

/** An element tree in the shape satori renders (React's, without React). */
export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: string | CardNode | (string | CardNode)[] };
}

/** The share image's size, Open Graph's recommended 1.91:1. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** The light theme's thread colours (src/styles/global.css): a share image is always seen on a light card. */
export const THREAD_HEX: Record<ThreadColor, string> = {
  blue: '#1f5fbf',
  red: '#c0392b',
  teal: '#0f7c74',
  purple: '#7b3fb0',
  orange: '#b35900',
  green: '#3d7a22',
};

const INK = '#1a1a1a';
const MUTED = '#5c5c5c';
const RULE = '#d9d6cf';
const PAPER = '#fbfaf7';
const PAD = 72;
const BAR = 20;
const STRIP_WIDTH = CARD_SIZE.width - BAR - 2 * PAD;

/** One dot on the card's timeline strip. */
export interface StripMark {
  start: Date;
  color: ThreadColor;
  /** The event the card is about, drawn larger. */
  current?: boolean;
}

/** What a card shows. */
export interface CardContent {
  /** Small capitals above the title: the thread, or the byline on the story's card. */
  kicker: string;
  kickerColor: ThreadColor | 'ink';
  /** Right of the kicker: the date. */
  meta: string;
  title: string;
  /** The summary or the dek, cut to three lines. */
  text: string;
  /** The story's name, bottom left. */
  siteName: string;
  /** Bottom right, such as "Event 4 of 38". */
  footnote: string;
  /** The story's first and last days, YYYY-MM-DD, for the strip's scale. */
  range: { start: string; end: string };
  marks: StripMark[];
}

const el = (type: string, style: Record<string, string | number>, children?: CardNode['props']['children']) => ({
  type,
  props: { style, ...(children !== undefined && { children }) },
});

/** Shorter headlines set larger, so every title fills the card without overflowing it. */
export function titleSize(title: string): number {
  return title.length <= 50 ? 72 : title.length <= 80 ? 62 : 54;
}

/** Lays out a share card: kicker and date, a serif headline, the summary, and a strip placing the event in the story. */
export function shareCard(card: CardContent): CardNode {
  const accent = card.kickerColor === 'ink' ? INK : THREAD_HEX[card.kickerColor];
  return el(
    'div',
    { display: 'flex', width: '100%', height: '100%', backgroundColor: PAPER, fontFamily: 'Libre Franklin' },
    [
      el('div', { width: BAR, height: '100%', flexShrink: 0, backgroundColor: accent }),
      el(
        'div',
        { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: `${PAD - 8}px ${PAD}px ${PAD - 16}px` },
        [
          header(card, accent),
          el(
            'div',
            {
              fontFamily: 'Source Serif 4',
              fontWeight: 700,
              fontSize: titleSize(card.title),
              lineHeight: 1.08,
              color: INK,
              marginTop: 28,
              lineClamp: 3,
            },
            card.title,
          ),
          el('div', { fontSize: 28, lineHeight: 1.35, color: MUTED, marginTop: 24, lineClamp: 3 }, card.text),
          el('div', { flexGrow: 1 }),
          strip(card),
          footer(card),
        ],
      ),
    ],
  );
}

function header(card: CardContent, accent: string): CardNode {
  return el('div', { display: 'flex', justifyContent: 'space-between', alignItems: 'center', fontSize: 24 }, [
    el(
      'div',
      {
        display: 'flex',
        alignItems: 'center',
        color: accent,
        fontWeight: 700,
        letterSpacing: 2,
        textTransform: 'uppercase',
      },
      [el('div', { width: 16, height: 16, borderRadius: 8, backgroundColor: accent, marginRight: 14 }), card.kicker],
    ),
    el('div', { color: MUTED, fontWeight: 500 }, card.meta),
  ]);
}

/** The story's months as a line, every event a dot in its thread's colour, this one larger and ringed. */
function strip(card: CardContent): CardNode {
  const x = storyTimeScale(card.range.start, card.range.end, [2, STRIP_WIDTH - 16]);
  const inRange = card.marks
    .map((m) => ({ ...m, x: x(m.start) }))
    .filter((m) => m.x >= 0 && m.x <= STRIP_WIDTH)
    .sort((a, b) => Number(a.current ?? false) - Number(b.current ?? false));
  const dots = inRange.map((m) => {
    const r = m.current ? 13 : 6;
    const current: Record<string, string> = m.current
      ? { border: `5px solid ${PAPER}`, boxShadow: `0 0 0 2px ${THREAD_HEX[m.color]}` }
      : {};
    return el('div', {
      position: 'absolute',
      left: m.x - r,
      top: 20 - r,
      width: 2 * r,
      height: 2 * r,
      borderRadius: '50%',
      backgroundColor: THREAD_HEX[m.color],
      opacity: m.current || !card.marks.some((n) => n.current) ? 1 : 0.45,
      ...current,
    });
  });
  const ticks = monthTicks(x).flatMap((t) => [
    el('div', { position: 'absolute', left: t.x, top: 20, width: 2, height: 12, backgroundColor: RULE }),
    el('div', { position: 'absolute', left: t.x, top: 38, fontSize: 17, color: MUTED }, t.label),
  ]);
  return el('div', { display: 'flex', position: 'relative', width: STRIP_WIDTH, height: 64 }, [
    el('div', { position: 'absolute', left: 0, top: 19, width: STRIP_WIDTH, height: 2, backgroundColor: RULE }),
    ...ticks,
    ...dots,
  ]);
}

function footer(card: CardContent): CardNode {
  return el(
    'div',
    {
      display: 'flex',
      justifyContent: 'space-between',
      marginTop: 16,
      paddingTop: 18,
      borderTop: `2px solid ${INK}`,
      fontSize: 24,
    },
    [el('div', { fontWeight: 700, color: INK }, card.siteName), el('div', { color: MUTED }, card.footnote)],
  );
}
