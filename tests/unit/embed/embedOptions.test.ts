import { describe, expect, it } from 'vitest';
import { parseEmbedOptions } from '../../../src/lib/embed/embedOptions.ts';

describe('parseEmbedOptions', () => {
  it("defaults to the reader's own colour scheme", () => {
    expect(parseEmbedOptions('')).toEqual({ theme: 'auto' });
  });

  it('keeps allowlisted values', () => {
    expect(parseEmbedOptions('?theme=dark&from=2021-03-01&to=2021-03-31&childId=timeline-1')).toEqual({
      theme: 'dark',
      from: '2021-03-01',
      to: '2021-03-31',
      childId: 'timeline-1',
    });
  });

  it.each([
    ['theme=<script>alert(1)</script>', { theme: 'auto' }],
    ['theme=DARK', { theme: 'auto' }],
    ['from=2021-02-30', { theme: 'auto' }],
    ['from=2021-03', { theme: 'auto' }],
    ['from=2021-03-01T00:00Z', { theme: 'auto' }],
    ['to=javascript:alert(1)', { theme: 'auto' }],
    [`childId=${'x'.repeat(65)}`, { theme: 'auto' }],
    ['childId="><img src=x onerror=alert(1)>', { theme: 'auto' }],
    ['unknown=1&__proto__=x', { theme: 'auto' }],
  ])('drops the hostile or malformed %s', (query, expected) => {
    expect(parseEmbedOptions(query)).toEqual(expected);
  });

  it('drops a range whose start is after its end', () => {
    expect(parseEmbedOptions('from=2021-07-01&to=2021-03-01')).toEqual({ theme: 'auto' });
  });

  it('keeps an open-ended range', () => {
    expect(parseEmbedOptions('from=2021-07-01')).toEqual({ theme: 'auto', from: '2021-07-01' });
  });
});
