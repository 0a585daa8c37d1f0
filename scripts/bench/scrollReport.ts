import { cpus, loadavg } from 'node:os';
import type { DeviceScroll, PhaseResult } from './scrolling.ts';
import { show } from './stats.ts';
import type { Kind } from './traceTasks.ts';

/** The heading of the scrolling section in bench/results.md, which `npm run bench -- --scroll` rewrites alone. */
const HEADING = '## Reading the story at 4× CPU';

const KINDS: Kind[] = ['script', 'gc', 'style', 'layout', 'paint', 'parse', 'other'];
const ms = (n: number) => `${Math.round(n).toLocaleString('en-GB')} ms`;

function phaseRow(device: string, name: string, p: PhaseResult): string {
  const kinds = KINDS.map((k) => ms(p.byKind[k])).join(' | ');
  return `| ${device}, ${name} | ${show(p.count)} | ${show(p.countByWall)} | ${show(p.totalMs, 0, ' ms')} | ${show(p.longestMs, 0, ' ms')} | ${kinds} |`;
}

function cpuRow(device: string, name: string, p: PhaseResult): string {
  return `| ${device}, ${name} | ${KINDS.map((k) => ms(p.cpuByKind[k])).join(' | ')} |`;
}

/** The section as Markdown: long tasks and what they were made of, all main-thread time, step changes. */
export function renderScrollSection(
  results: readonly DeviceScroll[],
  date: string,
  runs: number,
  stepPx: number,
): string {
  const phases = results.flatMap<[string, string, PhaseResult]>((r) => [
    [r.device, 'loading', r.loading],
    [r.device, 'scrolling down and up', r.scrolling],
  ]);
  const causes = phases
    .map(
      ([device, name, p]) =>
        `- ${device}, ${name}: ${p.causes.length ? p.causes.map(([c, t]) => `${c} ${ms(t)}`).join('; ') : 'no long task'}`,
    )
    .join('\n');
  const [one, five] = loadavg();
  return `${HEADING}

Measured on ${date} by \`npm run bench -- --scroll\` (${runs} runs; machine load average ${one.toFixed(1)}, ${five.toFixed(1)} over 5 minutes, on ${cpus().length} cores). Each device loads the story, then scrolls it to the end and back to the top, ${stepPx} px an animation frame, with the CPU slowed 4× (\`Emulation.setCPUThrottlingRate\`) and a Chromium trace running (\`scripts/bench/scrolling.ts\`, read by \`scripts/bench/traceTasks.ts\`). A long task is a main-thread task over 50 ms of the thread's own time (the trace's \`tdur\`, which holds the 4× slowdown but not the time a shared machine's hypervisor or other processes took from the thread; the count by wall time is beside it). Times inside them are self times of thread time by what the browser was doing.

| | long tasks | by wall time | their total | longest | ${KINDS.join(' | ')} |
| --- | --- | --- | --- | --- | ${KINDS.map(() => '---').join(' | ')} |
${phases.map(([d, n, p]) => phaseRow(d, n, p)).join('\n')}

What the long tasks were made of, largest first (median of the runs; "script: f file:line:col" is the function the browser called, "layout: Layout ← f …" a layout that script forced; columns are in the minified bundle):

${causes}

All main-thread time, long tasks or not:

| | ${KINDS.join(' | ')} |
| --- | ${KINDS.map(() => '---').join(' | ')} |
${phases.map(([d, n, p]) => cpuRow(d, n, p)).join('\n')}

A step change is measured from the scroll that causes it to the frame that shows it: the thread time of that frame's whole main-thread task (the scroll event, script, style, layout and paint). The script's share is the User Timing measure \`timeline:step-change\`.

| | step changes | frame, median | frame, worst | script alone, median |
| --- | --- | --- | --- | --- |
${results.map((r) => `| ${r.device} | ${r.stepChanges} | ${show(r.stepFrameMs, 1, ' ms')} | ${show(r.worstStepFrameMs, 0, ' ms')} | ${show(r.stepScriptMs, 1, ' ms')} |`).join('\n')}
`;
}

/** `text` with its scrolling section replaced by `section` (or added before the build's section). */
export function withScrollSection(text: string, section: string): string {
  const start = text.indexOf(HEADING);
  if (start < 0) return `${text.trimEnd()}\n\n${section.trim()}\n`;
  const next = text.indexOf('\n## ', start + HEADING.length);
  return `${text.slice(0, start)}${section.trim()}\n${next < 0 ? '' : text.slice(next)}`;
}
