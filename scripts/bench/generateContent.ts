import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const THREADS = [
  'disclosure-and-patch',
  'exploitation',
  'government-response',
  'attribution',
  'legal-action',
  'reactions',
];
const ACTORS = ['microsoft', 'hafnium', 'volexity', 'devcore', 'cisa', 'fbi'];

/**
 * Writes a content folder with the real story frame, threads and actors and `count` generated
 * events spread evenly over the story's range, to measure how the build grows with content.
 */
export function generateContent(dir: string, count: number): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'events'), { recursive: true });
  for (const file of ['story.yaml', 'threads.yaml', 'actors.yaml']) cpSync(join('content', file), join(dir, file));
  const start = Date.UTC(2021, 0, 1);
  const span = Date.UTC(2021, 6, 31) - start;
  for (let i = 0; i < count; i++) {
    const day = new Date(start + Math.floor((span * i) / count)).toISOString().slice(0, 10);
    writeFileSync(join(dir, 'events', `${day}-generated-event-${i}.mdx`), event(i, day));
  }
}

function event(i: number, day: string): string {
  return `---
title: Generated event number ${i}
date: "${day}"
thread: ${THREADS[i % THREADS.length]}
actors: [${ACTORS[i % ACTORS.length]}]
summary: A generated event used only to measure how the build grows with the number of events.
importance: ${(i % 3) + 1}
sources:
  - title: Generated source ${i}
    publisher: Benchmark
    url: https://example.org/bench/${i}
    date: "${day}"
---

This paragraph stands in for an event's text. It has about the length of a short paragraph in the real
story, with *emphasis* and a [link](https://example.org/bench/${i}) so the MDX pipeline does real work.

A second paragraph, because most real events have two or three.
`;
}
