/**
 * `npm run bench`: measures the production build and compares it with TimelineJS3, then prints a
 * table and writes bench/results.md. Not part of `npm test`: its numbers depend on the machine.
 * `npm run bench -- --help` lists the options.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { cpus, loadavg } from 'node:os';
import { buildSectionOf, renderBuildSection, withBuildSection } from './bench/buildReport.ts';
import { measureBuild, measureGenerated, type BuildSample } from './bench/buildScaling.ts';
import { runLighthouse } from './bench/lighthouse.ts';
import { renderReport } from './bench/report.ts';
import { benchTable, previousResults } from './bench/tableBench.ts';
import { withTableSection } from './bench/tableReport.ts';
import { DESKTOP, PHONE } from './bench/browser.ts';
import { measureScrolling } from './bench/scrolling.ts';
import { renderScrollSection, withScrollSection } from './bench/scrollReport.ts';
import { startServer } from './bench/server.ts';
import { summarize } from './bench/stats.ts';
import { readerCost } from './bench/versusTimelineJs.ts';
import { findChromium } from './find-chromium.ts';
import { gzipSize, pageWeight } from './lib/pageWeight.ts';

const HELP = `npm run bench -- [options]

  --runs N        repeat each browser measurement N times (default 3); figures are medians
  --skip-scaling  skip the builds of 1,000 and 5,000 generated events (minutes)
  --build         only the builds of 1,000 and 5,000 generated events, clean and after one change;
                  rewrites only that section
  --scroll        only load and scroll the story on a phone and a desktop at 4x CPU (traced),
                  on the build in dist/ (run npm run build first); rewrites only that section
  --step-px N     pixels scrolled per animation frame while reading (default 80)
  --table         only sort and filter the events table with 5,000 generated events; rewrites
                  only that section
  --help          this text

BENCH_PORT sets the port the build is previewed on (default 4380), so two checkouts can bench at once.
`;
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    'skip-scaling': { type: 'boolean' },
    build: { type: 'boolean' },
    table: { type: 'boolean' },
    scroll: { type: 'boolean' },
    'step-px': { type: 'string', default: '80' },
    help: { type: 'boolean' },
  },
});
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
const runs = Math.max(1, Number(values.runs) || 3);
const stepPx = Math.max(1, Number(values['step-px']) || 80);
/** BENCH_PORT lets two checkouts benchmark side by side (each previews its own build). */
const PORT = Number(process.env.BENCH_PORT ?? 4380);
const origin = `http://127.0.0.1:${PORT}`;
const log = (line: string) => console.error(`· ${line}`);
const RESULTS = 'bench/results.md';

/** Writes the results as Prettier would, so committing a new run never fails the format check. */
async function writeResults(markdown: string): Promise<void> {
  mkdirSync('bench', { recursive: true });
  writeFileSync(RESULTS, await format(markdown, { parser: 'markdown', ...(await resolveConfig(RESULTS)) }));
}

if (values.table) {
  const section = await benchTable(runs, PORT, log);
  const previous = previousResults(RESULTS);
  await writeResults(withTableSection(previous, previous, section));
  console.log(section);
  log(`written to ${RESULTS}`);
  process.exit(0);
}

/** Builds 1,000 and 5,000 generated events, clean and after one change, and rewrites their section of the results. */
async function benchBuildScaling(): Promise<void> {
  const sizes = [];
  const loads = [loadavg()[0]];
  for (const count of [1000, 5000]) {
    log(`building ${count.toLocaleString('en-GB')} generated events, clean and after one change`);
    sizes.push({ events: count, ...(await measureGenerated(count)) });
    loads.push(loadavg()[0]);
  }
  const load = `1-minute load average ${Math.min(...loads).toFixed(1)} to ${Math.max(...loads).toFixed(1)} on ${cpus().length} cores`;
  const section = renderBuildSection({ date: new Date().toISOString().slice(0, 10), load, sizes });
  await writeResults(withBuildSection(previousResults(RESULTS), section));
  console.log(section);
}

if (values.build) {
  await benchBuildScaling();
  log(`written to ${RESULTS}`);
  process.exit(0);
}

if (values.scroll) {
  const server = await startServer(PORT);
  try {
    log(`loading and scrolling the story at 4x CPU (${runs} runs per device)`);
    const scrolling = await measureScrolling(`${origin}/`, [PHONE, DESKTOP], { runs, stepPx }, log);
    const section = renderScrollSection(scrolling, new Date().toISOString().slice(0, 10), runs, stepPx);
    await writeResults(withScrollSection(previousResults(RESULTS), section));
    console.log(section);
    log(`written to ${RESULTS}`);
  } finally {
    server.close();
  }
  process.exit(0);
}

log(`building the site (${runs} times, for the build's own numbers)`);
const realBuilds: BuildSample[] = [];
const events = readdirSync('content/events').filter((f) => f.endsWith('.mdx')).length;
for (let i = 0; i < runs; i++) realBuilds.push(await measureBuild('content', events, 'dist'));

const eventPage = readdirSync('dist/events').sort()[Math.floor(events / 2)];
const firstIn = (dir: string) =>
  existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).find((d) => d.isDirectory())?.name : undefined;
const widget = firstIn('dist/embed/event');
const threadWidget = firstIn('dist/embed/thread');
const sizes = {
  story: pageWeight('dist', 'index.html'),
  event: pageWeight('dist', `events/${eventPage}/index.html`),
  widgets: ['timeline/index.html', ...(widget ? [`event/${widget}/index.html`] : [])]
    .filter((p) => existsSync(`dist/embed/${p}`))
    .map((p) => ({
      page: `embed/${p}`,
      weight: pageWeight('dist', `embed/${p}`),
    })),
  loader: gzipSize(readFileSync('dist/embed/v1.js')),
};

const server = await startServer(PORT);
try {
  const pages: [string, string][] = [
    ['story', '/'],
    ['event page', `/events/${eventPage}/`],
    ['widget: timeline', '/embed/timeline/'],
    ...(threadWidget ? ([['widget: thread', `/embed/thread/${threadWidget}/`]] as [string, string][]) : []),
    ...(widget ? ([['widget: event', `/embed/event/${widget}/`]] as [string, string][]) : []),
  ];
  const lighthouse = [];
  for (const [name, path] of pages) {
    log(`Lighthouse, mobile, ${name} (${runs} runs)`);
    lighthouse.push({ name, result: await runLighthouse(`${origin}${path}`, findChromium() ?? undefined, runs) });
  }
  log(`loading and scrolling the story at 4x CPU (${runs} runs per device)`);
  const scrolling = await measureScrolling(`${origin}/`, [PHONE, DESKTOP], { runs, stepPx }, log);
  log(`this story against TimelineJS3 with the same events (${runs} runs each)`);
  const versus = {
    ours: await readerCost(`${origin}/`, 'article[data-event-id] :is(h2, h3)', runs),
    timelineJs: await readerCost(
      `${origin}/bench/timelinejs.html`,
      '.tl-slide:not(.tl-slide-titleslide) .tl-headline',
      runs,
    ),
  };
  const scaling = [{ events, ...summarizeBuilds(realBuilds) }];
  const report = renderReport({
    runs,
    sizes,
    lighthouse,
    scrolling,
    stepPx,
    versus,
    scaling,
    date: new Date().toISOString().slice(0, 10),
  });
  // The events table is measured on its own (--table), and the generated builds too (--build, or after
  // this without --skip-scaling): a full run keeps their last numbers.
  const previous = previousResults(RESULTS);
  const builds = buildSectionOf(previous);
  const kept = withTableSection(report, previous, null);
  await writeResults(builds ? withBuildSection(kept, builds) : kept);
  console.log(report);
  log('written to bench/results.md');
} finally {
  server.close();
}
// The generated builds have their own section (a full run without --skip-scaling rewrites it).
if (!values['skip-scaling']) await benchBuildScaling();

function summarizeBuilds(samples: BuildSample[]) {
  return { seconds: summarize(samples.map((s) => s.seconds)), peakMiB: summarize(samples.map((s) => s.peakMiB)) };
}
