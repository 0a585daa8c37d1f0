import { show } from './stats.ts';
import type { TableResult } from './tableSpeed.ts';

/** The heading of the events table's section in bench/results.md, which `npm run bench -- --table` rewrites alone. */
const HEADING = '## Sorting and filtering the events table';

/** The section as Markdown: each action's cost, against the 16.7 ms of one frame at 60 Hz. */
export function renderTableSection(r: TableResult, date: string, runs: number): string {
  const ms = (s: TableResult['changes'][number]['scriptMs']) => show(s, 1, ' ms');
  return `${HEADING}

Measured on ${date} by \`npm run bench -- --table\` (${runs} runs): \`/events/\` built from ${r.rows.toLocaleString('en-GB')} generated events (\`scripts/bench/generateContent.ts\`), on a 390×844 phone with the CPU slowed 4× (\`Emulation.setCPUThrottlingRate\`). One frame at 60 Hz is 16.7 ms. "Script" is the table's own code; "with layout" adds the style and layout it causes (forced at once); "next frame" runs until the following frame has been drawn, so it includes waiting for that frame.

| action | script | with layout | next frame |
| --- | --- | --- | --- |
${r.changes.map((c) => `| ${c.name} | ${ms(c.scriptMs)} | ${ms(c.layoutMs)} | ${ms(c.frameMs)} |`).join('\n')}
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
