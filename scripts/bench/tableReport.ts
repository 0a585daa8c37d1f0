import type { TableResult } from './tableSpeed.ts';

/** The heading of the events table's section in bench/results.md, which `npm run bench -- --table` rewrites alone. */
const HEADING = '## Sorting and filtering the events table';

/** One frame at 60 Hz, in ms: the budget of the frame that shows a change. */
export const FRAME_MS = 1000 / 60;

/**
 * The section as Markdown: per screen, each action's time to its frame, that frame's main-thread work
 * and whether it fits one frame, and where the work went.
 */
export function renderTableSection(r: TableResult, date: string, runs: number, load: string): string {
  const ms = (n: number) => n.toLocaleString('en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  const fits = (c: TableResult['screens'][number]['changes'][number]) =>
    c.workMs.runs === 0 ? 'not traced' : c.workMs.median < FRAME_MS ? 'yes' : 'no';
  const screens = r.screens.map(
    (s) => `### ${s.screen}

| action | input → next frame, median | worst | frame's work, median | worst | within one frame | script | style | layout | paint | other |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${s.changes
  .map(
    (c) =>
      `| ${c.name} | ${ms(c.frameMs.median)} ms | ${ms(c.frameMs.max)} ms | ${ms(c.workMs.median)} ms | ${ms(c.workMs.max)} ms | ${fits(c)} | ${ms(c.cpuMs.script)} | ${ms(c.cpuMs.style)} | ${ms(c.cpuMs.layout)} | ${ms(c.cpuMs.paint)} | ${ms(c.cpuMs.other)} |`,
  )
  .join('\n')}`,
  );
  return `${HEADING}

Measured on ${date} by \`npm run bench -- --table\` (${runs} runs per screen; machine load average ${load} as the measuring started, after the build): \`/events/\` built from ${r.rows.toLocaleString('en-GB')} generated events (\`scripts/bench/generateContent.ts\`), the CPU slowed 4× (\`Emulation.setCPUThrottlingRate\`). Each action is a real input from Playwright (a click, or filling the text filter at once), made with its control scrolled to the top of the screen, so the rows below it fill the screen (the most a first frame has to draw), after the last action's rows have all been drawn.

**Within one frame** means: the first frame the browser draws after the input shows the result (the rows that fit on the screen, in the new order or filter, the header's arrow and the status line; the rest of the page's rows follow a screenful a frame), and that frame's main-thread work is under ${ms(FRAME_MS)} ms, one frame at 60 Hz. The frame's work is the main thread's own time from the input's dispatch to the end of the next commit, from a trace (\`scripts/bench/traceFrame.ts\`): script + style + layout + paint, summed per run, then the median ("other", the browser's own scheduling and bookkeeping, is shown but not counted). It is thread time rather than wall time: the part other processes on a busy machine inflate least. "Input → next frame" is wall time from the input event's timestamp to the second animation frame after it: waiting for the next frame to begin (0 to ${ms(FRAME_MS)} ms), then the frame that draws the change, then its presentation; so the least it can be is one frame, and a change within one frame reads between ${ms(FRAME_MS)} and ${ms(2 * FRAME_MS)} ms. The last five columns are the medians of the frame's work by category, in ms.

${screens.join('\n\n')}
`;
}

/** The table's section of `text`, from its heading to the next section's heading (or the end); '' if none. */
function tableSectionOf(text: string): string {
  const start = text.indexOf(HEADING);
  if (start < 0) return '';
  const next = text.indexOf('\n## ', start + HEADING.length);
  return text.slice(start, next < 0 ? undefined : next + 1);
}

/**
 * The report with the table's section: `section` when given (a `--table` run), else the one already in
 * `previous` (a full run, which does not measure the table). It takes the place of the report's own
 * table section, keeping the sections after it, or comes last.
 */
export function withTableSection(report: string, previous: string, section: string | null): string {
  const own = (section ?? tableSectionOf(previous)).trim();
  const current = tableSectionOf(report);
  if (!current) return own ? `${report.trimEnd()}\n\n${own}\n` : report;
  const start = report.indexOf(current);
  return `${report.slice(0, start)}${own}\n\n${report.slice(start + current.length)}`.replace(/\n+$/, '\n');
}
