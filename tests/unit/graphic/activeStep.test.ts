import { describe, expect, it } from 'vitest';
import { activeStepIndex, storyProgress } from '../../../src/lib/graphic/activeStep.ts';

/** Steps 300 px tall with 100 px between them, the first starting at `top`. */
const steps = (top: number, n = 4) =>
  Array.from({ length: n }, (_, i) => ({ top: top + i * 400, bottom: top + i * 400 + 300 }));

describe('activeStepIndex', () => {
  it('is -1 before the first step reaches the reading line', () => {
    expect(activeStepIndex(steps(500), 400)).toBe(-1);
  });

  it('is the last step whose top has crossed the line', () => {
    expect(activeStepIndex(steps(100), 400)).toBe(0);
    expect(activeStepIndex(steps(-300), 400)).toBe(1);
    expect(activeStepIndex(steps(-2000), 400)).toBe(3);
  });

  it('counts a step whose top is exactly on the line as reached', () => {
    expect(activeStepIndex(steps(400), 400)).toBe(0);
  });

  it('depends only on where the steps are, so scrolling down and back gives the same answer', () => {
    const down = [0, -200, -600, -1000].map((top) => activeStepIndex(steps(top), 400));
    const up = [-1000, -600, -200, 0].map((top) => activeStepIndex(steps(top), 400)).reverse();
    expect(down).toEqual(up);
  });

  it('takes the last step at the end of the page even if it never reaches the line', () => {
    expect(activeStepIndex(steps(100), 400, true)).toBe(3);
  });

  it('has no active step when there are no steps', () => {
    expect(activeStepIndex([], 400, true)).toBe(-1);
  });
});

describe('storyProgress', () => {
  it('is 0 before the story and grows with the part of the active step that has been read', () => {
    expect(storyProgress(steps(500), 400, -1)).toBe(0);
    expect(storyProgress(steps(400), 400, 0)).toBe(0);
    expect(storyProgress(steps(200), 400, 0)).toBeCloseTo(0.5 / 4);
  });

  it('never passes 1', () => {
    expect(storyProgress(steps(-5000), 400, 3)).toBe(1);
  });
});
