import { cpus } from 'node:os';
import type { PageWeight } from '../lib/pageWeight.ts';
import type { LighthouseResult } from './lighthouse.ts';
import type { DeviceScroll } from './scrolling.ts';
import { renderScrollSection } from './scrollReport.ts';
import { show, type Summary } from './stats.ts';
import type { ReaderCost } from './versusTimelineJs.ts';

/** Everything one `npm run bench` measured. */
export interface BenchResults {
  date: string;
  runs: number;
  sizes: { story: PageWeight; event: PageWeight; widgets: { page: string; weight: PageWeight }[]; loader: number };
  /** Lighthouse per page: the story, an event page, then each widget. */
  lighthouse: { name: string; result: LighthouseResult }[];
  scrolling: DeviceScroll[];
  stepPx: number;
  versus: { ours: ReaderCost; timelineJs: ReaderCost };
  scaling: { events: number; seconds: Summary; peakMiB: Summary }[];
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (s: Summary) => show(s, 0, ' ms');
const ratio = (theirs: number, ours: number) => (ours > 0 ? `${(theirs / ours).toFixed(1)}×` : '–');

/** The results as Markdown: medians, with the range of the runs in brackets. */
export function renderReport(r: BenchResults): string {
  const sizeRow = (name: string, w: PageWeight, budget: string) =>
    `| ${name} | ${kb(w.html)} | ${kb(w.css)} | ${kb(w.js)} | ${budget} |`;
  const lhRow = (name: string, l: LighthouseResult) =>
    `| ${name} | ${show(l.scores.performance)} | ${show(l.scores.accessibility)} | ${show(l.scores['best-practices'])} | ${show(l.scores.seo)} | ${ms(l.lcpMs)} | ${show(l.cls, 3)} | ${ms(l.tbtMs)} |`;
  const { ours, timelineJs: tl } = r.versus;
  return `# Benchmark results

Measured on ${r.date} by \`npm run bench\`: ${r.runs} run${r.runs === 1 ? '' : 's'} of each browser measurement, on ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}.
Each figure is the median, with the range of the runs in brackets when they differed.

## What each page loads (gzip)

| page | HTML | CSS | JavaScript | budget (HTML / CSS / JS) |
| --- | --- | --- | --- | --- |
${sizeRow('story', r.sizes.story, '60 / 15 / 15 KB')}
${sizeRow('event page', r.sizes.event, '–')}
${r.sizes.widgets.map((w) => sizeRow(w.page, w.weight, 'JS 4 KB')).join('\n')}
| host loader \`/embed/v1.js\` | – | – | ${r.sizes.loader} B | 1 KB |

## Lighthouse 12, mobile (simulated slow 4G, 4× CPU)

| page | performance | accessibility | best practices | SEO | LCP | CLS | TBT |
| --- | --- | --- | --- | --- | --- | --- | --- |
${r.lighthouse.map((l) => lhRow(l.name, l.result)).join('\n')}

${renderScrollSection(r.scrolling, r.date, r.runs, r.stepPx)}
## Against TimelineJS3 (same events from /timelinejs.json, same browser, phone at 4× CPU)

| | this story | TimelineJS3 | TimelineJS3 ÷ this story |
| --- | --- | --- | --- |
| JavaScript (gzip) | ${kb(ours.jsBytes)} | ${kb(tl.jsBytes)} | ${ratio(tl.jsBytes, ours.jsBytes)} |
| CSS (gzip) | ${kb(ours.cssBytes)} | ${kb(tl.cssBytes)} | ${ratio(tl.cssBytes, ours.cssBytes)} |
| first contentful paint | ${ms(ours.fcpMs)} | ${ms(tl.fcpMs)} | ${ratio(tl.fcpMs.median, ours.fcpMs.median)} |
| first event readable | ${ms(ours.firstEventMs)} | ${ms(tl.firstEventMs)} | ${ratio(tl.firstEventMs.median, ours.firstEventMs.median)} |
| long tasks while loading (total) | ${ms(ours.longTaskTotalMs)} | ${ms(tl.longTaskTotalMs)} | ${ratio(tl.longTaskTotalMs.median, ours.longTaskTotalMs.median)} |

## The build

| events | wall time | peak memory |
| --- | --- | --- |
${r.scaling.map((b) => `| ${b.events.toLocaleString('en-GB')} | ${show(b.seconds, 1, ' s')} | ${show(b.peakMiB, 0, ' MiB')} |`).join('\n')}

How the build grows with the number of events, per event at the margin, is in the next section.
`;
}
