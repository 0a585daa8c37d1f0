import { describe, expect, it } from 'vitest';
import { placeBandLabels, placeEventLabels } from '../../../src/lib/graphic/graphicLabels.ts';
import { dayScale } from '../../../src/lib/graphic/dayScale.ts';
import { chapterWindow, lerpDomain } from '../../../src/lib/graphic/chapterWindow.ts';
import { fromStoryDay, toStoryDay } from '../../../src/lib/graphic/timeWindow.ts';

const origin = new Date('2021-01-01T00:00:00Z');

describe('story days', () => {
  it('round-trip an instant to a hundredth of a day', () => {
    const date = new Date('2021-03-02T22:00:00Z');
    const day = toStoryDay(date, origin);
    expect(day).toBe(60.92);
    expect(Math.abs(fromStoryDay(day, origin).getTime() - date.getTime())).toBeLessThan(0.01 * 86_400_000);
  });

  it('place a day outside the window outside 0–100%', () => {
    const percent = dayScale([10, 20], [0, 100]);
    expect(percent.px(5)).toBe(-50);
    expect(percent.px(25)).toBe(150);
  });
});

describe('lerpDomain', () => {
  it('moves from one window to another in proportion', () => {
    expect(lerpDomain([0, 100], [50, 60], 0)).toEqual([0, 100]);
    expect(lerpDomain([0, 100], [50, 60], 0.5)).toEqual([25, 80]);
    expect(lerpDomain([0, 100], [50, 60], 1)).toEqual([50, 60]);
  });
});

describe('chapterWindow', () => {
  it('widens a very short chapter to a readable minimum', () => {
    const [from, to] = chapterWindow([60, 62], [0, 212]);
    expect(to - from).toBeGreaterThanOrEqual(6);
  });
});

describe('placeEventLabels', () => {
  const marks = [
    { id: 'key', day: 10, label: 'A key event', importance: 3 },
    { id: 'minor', day: 10.2, label: 'A minor event', importance: 1 },
    { id: 'outside', day: 90, label: 'Far away', importance: 3 },
  ];

  it('labels the active event even when it is minor, and key events only inside the window', () => {
    const placed = placeEventLabels(marks, [0, 20], { width: 400, rows: 1, active: 'minor' });
    expect(placed.map((p) => p.id)).toContain('minor');
    expect(placed.map((p) => p.id)).not.toContain('outside');
    const idle = placeEventLabels(marks, [0, 20], { width: 400, rows: 2 });
    expect(idle.map((p) => p.id)).toEqual(['key']);
  });

  it('gives the active label its place when only one fits', () => {
    const sameDay = marks.map((m) => ({ ...m, day: 10 }));
    const placed = placeEventLabels(sameDay, [0, 20], { width: 600, rows: 1, active: 'minor', measure: () => 250 });
    expect(placed.map((p) => p.id)).toEqual(['minor']);
  });

  it('uses measured widths when it is given them', () => {
    const [label] = placeEventLabels(marks, [0, 20], { width: 800, rows: 1, measure: () => 300 });
    expect(label.right - label.left).toBe(300);
  });
});

describe('placeBandLabels', () => {
  it('centres chapter titles on the visible part of their band and drops those that do not fit', () => {
    const bands = [
      { id: 'a', title: 'First chapter', span: [0, 10] as const },
      { id: 'b', title: 'Second', span: [10, 11] as const },
    ];
    const placed = placeBandLabels(bands, [0, 20], { width: 400, rows: 1, active: 'a' });
    expect(placed.find((p) => p.id === 'a')?.x).toBe(100);
    expect(placed.every((p) => p.anchor === 'middle')).toBe(true);
  });
});
