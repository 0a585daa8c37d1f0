import { describe, expect, it } from 'vitest';
import { embedItems } from '../../../src/lib/embed/embedItems.ts';

const event = (id: string, start: string) => ({ id, date: { start: new Date(start) } });

describe('embedItems', () => {
  it("files a drawn event under its mark's day, so list and graphic agree", () => {
    const layout = { origin: '2021-01-01', marks: [{ id: 'patch', day: 61.4 }] } as never;
    expect(embedItems([event('patch', '2021-03-02T22:00:00Z')], layout)[0].day).toBe(61.4);
  });

  it('files an event with no mark under the day it starts, before the story when it is background', () => {
    const layout = { origin: '2021-01-01', marks: [] } as never;
    expect(embedItems([event('cloud-hopper', '2018-12-20T00:00:00Z')], layout)[0].day).toBe(-743);
  });
});
