import { describe, expect, it } from 'vitest';
import { isReadyMessage, wordpressSecret } from '../../../src/lib/embed/wordpressEmbed.ts';

describe('wordpressSecret', () => {
  it('reads the secret wp_filter_oembed_result appends to the address', () => {
    expect(wordpressSecret('#?secret=Ab3dE6gH9k')).toBe('Ab3dE6gH9k');
  });

  it.each([
    '',
    '#?secret=Ab3dE6gH9',
    '#?secret=Ab3dE6gH9kL',
    '#?secret=Ab3dE6gH9k&x=1',
    '#x?secret=Ab3dE6gH9k',
    '#?secret=Ab3dE-gH9k',
    '#?secret=<script>1',
    '#?secret=Ab3dE6gH9\u202e',
    '#?secret=Ab3dE6gH9k\n',
    '#?secret=Ab3dE6gH9\u0430',
    '#?secret=Ab3dE6gH9\u0000',
    '#?secret=Ab3dE6gH9\u200b',
    `#?secret=${'a'.repeat(5000)}`,
    '?secret=Ab3dE6gH9k',
  ])('ignores a hash not of its shape: %j', (hash) => {
    expect(wordpressSecret(hash)).toBeNull();
  });
});

describe('isReadyMessage', () => {
  it("accepts wp-embed.js's ready message for this frame's secret alone", () => {
    expect(isReadyMessage({ message: 'ready', secret: 'Ab3dE6gH9k' }, 'Ab3dE6gH9k')).toBe(true);
  });

  it.each([
    [{ message: 'ready', secret: 'Zb3dE6gH9k' }],
    [{ message: 'height', secret: 'Ab3dE6gH9k' }],
    [{ message: 'ready' }],
    ['ready'],
    [null],
    [undefined],
    [JSON.parse('{"__proto__": {"message": "ready", "secret": "Ab3dE6gH9k"}}')],
  ])('ignores %j', (data) => {
    expect(isReadyMessage(data, 'Ab3dE6gH9k')).toBe(false);
  });
});
