import { parseEventDate } from '../lib/dates/eventDate.ts';

/** The file name for a new event: its date (day or month), then at most eight words of its slug. */
export function eventFileName(date: string, titleSlug: string): string {
  const parsed = parseEventDate(date);
  const prefix = parsed?.precision === 'month' ? parsed.iso : (parsed?.iso.slice(0, 10) ?? date);
  const words = titleSlug
    .replace(/[^a-z0-9-]/g, '')
    .split('-')
    .filter(Boolean)
    .slice(0, 8);
  return `${prefix}-${words.join('-') || 'event'}.mdx`;
}

/** A new event file: valid as written, a draft, with TODOs the content checks refuse to publish. */
export function eventTemplate({ date, title, thread }: { date: string; title: string; thread: string }): string {
  return `---
title: ${JSON.stringify(title.trim())}
date: ${JSON.stringify(date)}
thread: ${thread}
actors: []
cves: []
summary: "TODO: one sentence of at most 280 characters."
importance: 2
sources:
  - title: "TODO: the headline or document title"
    publisher: "TODO: who published it"
    url: "https://example.com/TODO"
    date: ${JSON.stringify(date.slice(0, 10))}
draft: true
---

TODO: what happened, in your own words. Quote only short phrases, with who said them.
`;
}
