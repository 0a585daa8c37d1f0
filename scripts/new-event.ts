/**
 * `npm run new:event`: writes a new event file from the template, named from its date and title.
 * Asks for what is missing, or takes flags: --date 2021-03-04 --title "…" --thread exploitation (--help lists them).
 * Refuses to overwrite an existing file. The new event is a draft until its TODOs are filled in.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as prompts from '@clack/prompts';
import { slug } from 'github-slugger';
import yaml from 'js-yaml';
import { contentDir } from '../src/checks/readContent.ts';
import { eventFileName, eventTemplate } from '../src/checks/eventTemplate.ts';
import { DATE_EXPECTED, parseEventDate } from '../src/lib/dates/eventDate.ts';
import { parseCommand, usageError } from './lib/cli.ts';

const command = {
  name: 'new:event',
  summary:
    'Writes a new event file, content/events/<date>-<headline>.mdx, from the template, as a draft.\nAsks for what the flags leave out (in a terminal); never overwrites a file.',
  flags: {
    date: {
      type: 'string',
      value: 'DATE',
      description: 'YYYY-MM, YYYY-MM-DD, or a date-time with offset (2021-03-02T14:00-08:00)',
    },
    title: { type: 'string', value: '"HEADLINE"', description: 'what happened, in a few words' },
    thread: { type: 'string', value: 'THREAD', description: 'a thread id from content/threads.yaml' },
  },
  examples: [
    'npm run new:event',
    'npm run new:event -- --date 2021-03-04 --title "Mandiant describes three clusters of attacks" --thread exploitation',
    'npm run new:event -- --date "2021-07-19T07:00-04:00" --title "White House names China" --thread attribution',
  ],
} as const;
const values = parseCommand(command);
const threads =
  (yaml.load(readFileSync(join(contentDir, 'threads.yaml'), 'utf8')) as { id: string; label: string }[]) ?? [];
const interactive = Boolean(process.stdin.isTTY);

function fail(message: string): never {
  console.error(`✖ ${message}`);
  process.exit(1);
}

async function ask(value: string | undefined, flag: string, question: () => Promise<string | symbol>): Promise<string> {
  if (value !== undefined) return value;
  if (!interactive) usageError(command, `--${flag} is missing (it is asked for only in a terminal)`);
  const answer = await question();
  if (typeof answer !== 'string') fail('Cancelled; nothing was written.');
  return answer;
}

if (interactive) prompts.intro('New event');
const date = await ask(values.date, 'date', () =>
  prompts.text({
    message: 'Date (YYYY-MM, YYYY-MM-DD or 2021-03-02T14:00-08:00)',
    validate: (v) => (parseEventDate(v) ? undefined : DATE_EXPECTED),
  }),
);
if (!parseEventDate(date)) usageError(command, `--date "${date}" is not ${DATE_EXPECTED}`);
const title = await ask(values.title, 'title', () =>
  prompts.text({ message: 'Headline', validate: (v) => (v?.trim() ? undefined : 'A headline is required.') }),
);
const thread = await ask(values.thread, 'thread', () =>
  prompts.select<string>({ message: 'Thread', options: threads.map((t) => ({ value: t.id, label: t.label })) }),
);
if (!threads.some((t) => t.id === thread))
  usageError(command, `--thread "${thread}" is not one of: ${threads.map((t) => t.id).join(', ')}`);

const path = join(contentDir, 'events', eventFileName(date, slug(title)));
if (existsSync(path)) fail(`${path} already exists; nothing was written. Edit that file, or choose another title.`);
mkdirSync(join(contentDir, 'events'), { recursive: true });
writeFileSync(path, eventTemplate({ date, title, thread }), { flag: 'wx' });
const done = `Wrote ${path} (a draft). Fill in the TODOs, remove "draft: true", then run npm run check:content.`;
if (interactive) prompts.outro(done);
else console.log(`✔ ${done}`);
