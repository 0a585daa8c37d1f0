import { describe, expect, it } from 'vitest';
import { bylineName, storyName } from '../../../src/lib/text/storyName.ts';

describe('storyName', () => {
  it('is the title up to its first colon', () => {
    expect(storyName('The Exchange hack: from zero-day to attribution')).toBe('The Exchange hack');
    expect(storyName('No colon here')).toBe('No colon here');
  });
});

describe('bylineName', () => {
  it('drops the leading "By"', () => {
    expect(bylineName('By the Timeline Desk')).toBe('the Timeline Desk');
    expect(bylineName('Jane Doe')).toBe('Jane Doe');
  });
});
