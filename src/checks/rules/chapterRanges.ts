import type { Story } from '../../schemas/story.ts';
import type { ContentFile, ContentProblem } from '../checkTypes.ts';
import { fieldProblem } from '../contentProblem.ts';
import { lineOf } from '../textPosition.ts';
import { duplicateIdProblems } from './duplicateIds.ts';

/** The story's range and each chapter's run forwards; chapters have their own ids and, unless background, lie inside the range. */
export function chapterRangeProblems(story: Story, source: ContentFile): ContentProblem[] {
  const line = lineOf(source.text, 'chapters');
  const problems: ContentProblem[] = [];
  const push = (field: string, found: unknown, expected: string) =>
    problems.push(fieldProblem(source, field, found, expected, line));
  if (story.end < story.start) push('end', story.end, `a day on or after start (${story.start})`);
  problems.push(...duplicateIdProblems(story.chapters.map((c) => ({ id: c.id, file: source.file }))));
  story.chapters.forEach((c, i) => {
    if (c.end < c.start) push(`chapters[${i}].end`, c.end, `a day on or after the chapter's start (${c.start})`);
    else if (!c.background && (c.start < story.start || c.end > story.end)) {
      push(
        `chapters[${i}]`,
        `${c.start} to ${c.end}`,
        `days inside the story's range, ${story.start} to ${story.end} (or background: true)`,
      );
    }
  });
  return problems;
}
