import { describe, expect, it } from 'vitest';
import { builderQuery, parseBuilderChoice } from '../../../src/lib/embed/builderChoice.ts';
import { builderPath } from '../../../src/lib/embed/embedWidgets.ts';

const ids = { threads: ['exploitation'], events: ['2021-03-02-patch'] };

describe('parseBuilderChoice', () => {
  it('opens on the event an Embed action names', () => {
    const path = builderPath({ kind: 'event', id: '2021-03-02-patch' });
    expect(parseBuilderChoice(path.slice(path.indexOf('?')), ids)).toEqual({
      widget: { kind: 'event', id: '2021-03-02-patch' },
      options: { theme: 'auto' },
    });
  });

  it('keeps a thread with its theme and date window', () => {
    expect(parseBuilderChoice('?widget=thread&thread=exploitation&theme=dark&from=2021-03-01', ids)).toEqual({
      widget: { kind: 'thread', id: 'exploitation' },
      options: { theme: 'dark', from: '2021-03-01' },
    });
  });

  it('gives an event card no date window', () => {
    expect(parseBuilderChoice('?widget=event&event=2021-03-02-patch&from=2021-03-01', ids).options).toEqual({
      theme: 'auto',
    });
  });

  it.each([
    '?widget=event&event=no-such-event',
    '?widget=thread',
    '?widget=<script>',
    '?widget=event&event=exploitation',
  ])('falls back to the timeline for %s', (query) => {
    expect(parseBuilderChoice(query, ids).widget).toEqual({ kind: 'timeline' });
  });
});

describe('builderQuery', () => {
  it('round-trips a choice through the address', () => {
    const choice = {
      widget: { kind: 'thread', id: 'exploitation' },
      options: { theme: 'light', from: '2021-03-01', to: '2021-03-31' },
    } as const;
    expect(builderQuery(choice)).toBe('?widget=thread&thread=exploitation&theme=light&from=2021-03-01&to=2021-03-31');
    expect(parseBuilderChoice(builderQuery(choice), ids)).toEqual(choice);
  });

  it('is empty for the default choice', () => {
    expect(builderQuery({ widget: { kind: 'timeline' }, options: { theme: 'auto' } })).toBe('');
  });
});
