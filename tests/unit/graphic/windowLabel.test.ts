import { describe, expect, it } from 'vitest';
import { windowLabel } from '../../../src/lib/graphic/windowLabel.ts';

describe('windowLabel', () => {
  it('names a window the way the story writes spans', () => {
    expect(windowLabel({ from: '2021-03-01', to: '2021-03-31' })).toBe('1–31 March 2021');
    expect(windowLabel({ from: '2021-02-26', to: '2021-03-03' })).toBe('26 February – 3 March 2021');
    expect(windowLabel({ from: '2021-03-02', to: '2021-03-02' })).toBe('2 March 2021');
    expect(windowLabel({ from: '2020-12-01', to: '2021-01-31' })).toBe('1 December 2020 – 31 January 2021');
  });

  it('names an open end', () => {
    expect(windowLabel({ from: '2021-07-01' })).toBe('From 1 July 2021');
    expect(windowLabel({ to: '2021-01-31' })).toBe('Until 31 January 2021');
  });
});
