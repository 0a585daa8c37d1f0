import { describe, expect, it } from 'vitest';
import { HEIGHT_MESSAGE, heightMessages } from '../../../src/lib/embed/embedMessages.ts';

describe('heightMessages', () => {
  it('speaks pym.js v1, AMP and its own format at once, rounding up so the frame never scrolls', () => {
    const [pym, amp, own] = heightMessages(411.2, 'timeline', 'frame-1');
    expect(pym).toBe('pymxPYMxframe-1xPYMxheightxPYMx412');
    expect(amp).toEqual({ sentinel: 'amp', type: 'embed-size', height: 412 });
    expect(own).toEqual({ type: HEIGHT_MESSAGE, version: 1, widget: 'timeline', height: 412 });
  });

  it('sends no pym message when pym did not name the frame', () => {
    expect(heightMessages(300, 'timeline')[0]).toBeNull();
  });
});
