/** `npm run check:content`: the build's content checks alone, in a second or two. */
import { formatProblems } from '../src/checks/contentProblem.ts';
import { validateContent } from '../src/checks/validateContent.ts';
import { contentDir, readContent } from '../src/checks/readContent.ts';
import { parseCommand } from './lib/cli.ts';

parseCommand({
  name: 'check:content',
  summary:
    'Checks every file under content/ (or CONTENT_DIR) as the build does, and lists every problem at once,\neach with its file, line, field, what was found and what is expected. Exits 1 when there is any.',
  flags: {},
  examples: ['npm run check:content', 'CONTENT_DIR=tests/fixtures/content npm run check:content'],
});

const content = readContent(process.cwd());
const problems = validateContent(content);
if (problems.length) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log(
  `✔ ${contentDir}/ is fine: ${content.events.length} events, threads, actors and the story frame all check out.`,
);
