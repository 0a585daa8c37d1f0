/** The type of this project's own height message (documented in the README). */
export const HEIGHT_MESSAGE = 'exchange-timeline:height';

/** This project's own message: namespaced, versioned, with the widget it comes from. */
export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  version: 1;
  /** The widget's path under /embed/, such as "event/2021-03-02-…". */
  widget: string;
  /** The height the frame needs, in CSS pixels, so that it never scrolls. */
  height: number;
}

/**
 * The same height in the three formats hosts already listen for: pym.js v1 (a string addressed to
 * the frame's childId), AMP's embed-size, and this project's own namespaced message.
 */
export function heightMessages(
  height: number,
  widget: string,
  childId?: string,
): [string | null, object, HeightMessage] {
  const px = Math.ceil(height);
  const pym = childId ? ['pym', childId, 'height', String(px)].join('xPYMx') : null;
  return [
    pym,
    { sentinel: 'amp', type: 'embed-size', height: px },
    { type: HEIGHT_MESSAGE, version: 1, widget, height: px },
  ];
}
