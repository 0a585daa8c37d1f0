import { type CardNode, el, shareCardStrip, type StripContent, THREAD_HEX } from './shareCardStrip.ts';

/** The share image's size, Open Graph's recommended 1.91:1. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

const INK = '#1a1a1a';
const MUTED = '#5c5c5c';
const PAPER = '#fbfaf7';
const PAD = 72;
const BAR = 20;
/** The width of a card's strip, for drawing its backdrop ahead of the cards. */
export const STRIP_WIDTH = CARD_SIZE.width - BAR - 2 * PAD;

/** What a card shows. */
export interface CardContent extends StripContent {
  /** Small capitals above the title: the thread, or the byline on the story's card. */
  kicker: string;
  kickerColor: keyof typeof THREAD_HEX | 'ink';
  /** Right of the kicker: the date. */
  meta: string;
  title: string;
  /** The summary or the dek, cut to fit. */
  text: string;
  /** The story's name, bottom left. */
  siteName: string;
  /** Bottom right, such as "Event 4 of 38". */
  footnote: string;
}

/** Shorter headlines set larger, so every title fills the card without overflowing it. */
export function titleSize(title: string): number {
  return title.length <= 50 ? 72 : title.length <= 80 ? 62 : 54;
}

/** A two-line headline leaves room for three lines of summary; a three-line one, for two. */
export function textLines(title: string): number {
  return title.length <= 50 ? 3 : 2;
}

/**
 * Lays out a share card: kicker and date, a serif headline, the summary, and a strip placing the event
 * in the story (`stripImage`, a drawing of the strip's backdrop shared by every card, saves laying it out again).
 */
export function shareCard(card: CardContent, stripImage?: string): CardNode {
  const accent = card.kickerColor === 'ink' ? INK : THREAD_HEX[card.kickerColor];
  const title = { fontFamily: 'Source Serif 4', fontWeight: 700, fontSize: titleSize(card.title), lineHeight: 1.08 };
  return el(
    'div',
    { display: 'flex', width: '100%', height: '100%', backgroundColor: PAPER, fontFamily: 'Libre Franklin' },
    [
      el('div', { width: BAR, height: '100%', flexShrink: 0, backgroundColor: accent }),
      el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: `56px ${PAD}px 48px` }, [
        header(card, accent),
        el('div', { ...title, color: INK, marginTop: 26, lineClamp: 3 }, card.title),
        el(
          'div',
          { fontSize: 27, lineHeight: 1.35, color: MUTED, marginTop: 20, lineClamp: textLines(card.title) },
          card.text,
        ),
        el('div', { flexGrow: 1 }),
        shareCardStrip(card, STRIP_WIDTH, stripImage),
        footer(card),
      ]),
    ],
  );
}

function header(card: CardContent, accent: string): CardNode {
  const kicker = { display: 'flex', alignItems: 'center', color: accent, fontWeight: 700, letterSpacing: 2 };
  return el('div', { display: 'flex', justifyContent: 'space-between', alignItems: 'center', fontSize: 24 }, [
    el('div', { ...kicker, textTransform: 'uppercase' }, [
      el('div', { width: 16, height: 16, borderRadius: 8, backgroundColor: accent, marginRight: 14 }),
      card.kicker,
    ]),
    el('div', { color: MUTED, fontWeight: 500 }, card.meta),
  ]);
}

function footer(card: CardContent): CardNode {
  const rule = { marginTop: 10, paddingTop: 16, borderTop: `2px solid ${INK}` };
  return el('div', { display: 'flex', justifyContent: 'space-between', fontSize: 24, ...rule }, [
    el('div', { fontWeight: 700, color: INK }, card.siteName),
    el('div', { color: MUTED }, card.footnote),
  ]);
}
