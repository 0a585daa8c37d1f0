import type { TableResult } from './tableSpeed.ts';

/** The heading of the events table's section in bench/results.md, which `npm run bench -- --table` rewrites alone. */
const HEADING = '## Sorting and filtering the events table';

/** The section as Markdown: per screen, each action's time to its frame and where the main thread's time went. */
export function renderTableSection(r: TableResult, date: string, runs: number, load: string): string {
  const ms = (n: number) => n.toLocaleString('en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  const screens = r.screens.map(
    (s) => `### ${s.screen}

| action | input → next frame, median | worst | script | style | layout | paint | other |
| --- | --- | --- | --- | --- | --- | --- | --- |
${s.changes
  .map(
    (c) =>
      `| ${c.name} | ${ms(c.frameMs.median)} ms | ${ms(c.frameMs.max)} ms | ${ms(c.cpuMs.script)} | ${ms(c.cpuMs.style)} | ${ms(c.cpuMs.layout)} | ${ms(c.cpuMs.paint)} | ${ms(c.cpuMs.other)} |`,
  )
  .join('\n')}`,
  );
  return `${HEADING}

Measured on ${date} by \`npm run bench -- --table\` (${runs} runs per screen; machine load average ${load} when it started): \`/events/\` built from ${r.rows.toLocaleString('en-GB')} generated events (\`scripts/bench/generateContent.ts\`), the CPU slowed 4× (\`Emulation.setCPUThrottlingRate\`). Each action is a real input from Playwright (a click, or filling the text filter at once). "Input → next frame" runs from the input event's timestamp to the second animation frame after it, so it includes presenting the frame that drew the change, and up to one frame of waiting; one frame at 60 Hz is 16.7 ms. The last five columns are that frame's main-thread time in ms from a trace (\`scripts/bench/traceFrame.ts\`), thread time rather than wall time, medians: the part other processes on a busy machine inflate least.

${screens.join('\n\n')}
`;
}

/**
 * The report followed by the table's section, which always comes last: `section` when given (a
 * `--table` run), else the one already in `previous` (a full run, which does not measure the table).
 */
export function withTableSection(report: string, previous: string, section: string | null): string {
  const at = (text: string) => (text.includes(HEADING) ? text.indexOf(HEADING) : text.length);
  const own = section ?? previous.slice(at(previous));
  return `${report.slice(0, at(report)).trimEnd()}\n\n${own.trim()}\n`.replace(/\n\n\n$/, '\n');
}
