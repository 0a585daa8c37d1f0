import type { EventCheck } from '../checkTypes.ts';
import { closest } from '../closestName.ts';
import { fieldProblem } from '../contentProblem.ts';

/** An event's thread must be one of content/threads.yaml's (once that file has any). */
export const threadReference: EventCheck = ({ source, fields: { thread } }, { threadIds }) => {
  if (thread === undefined || !threadIds.length || threadIds.includes(thread)) return [];
  const hint = closest(thread, threadIds);
  const expected = `${hint ? `"${hint}" (a likely typo), or ` : ''}one of the threads in content/threads.yaml: ${threadIds.join(', ')}`;
  return [fieldProblem(source, 'thread', thread, expected)];
};
