/** `npm run check:content`: the build's content checks alone, in a second or two. */
import { formatProblems } from '../src/lib/contentProblem.ts';
import { validateContent } from '../src/lib/validateContent.ts';
import { contentDir, readContent } from '../src/integrations/readContent.ts';

const content = readContent(process.cwd());
const problems = validateContent(content);
if (problems.length) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log(
  `✔ ${contentDir}/ is fine: ${content.events.length} events, threads, actors and the story frame all check out.`,
);
