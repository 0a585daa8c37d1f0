import { chapterFor, localDay } from '../../lib/dates/chapters.ts';
import type { EventCheck } from '../checkTypes.ts';
import { fieldProblem } from '../contentProblem.ts';

/**
 * An event sits inside the story's range (unless it is background) and in a chapter: the one it names, whose days
 * must contain its date, or else one whose days do.
 */
export const eventPlacement: EventCheck = ({ source, fields }, { story }) => {
  const { date } = fields;
  if (!story || !date) return [];
  const day = localDay(date);
  if (!fields.background && (day < story.start || day > story.end)) {
    const expected = `a date inside the story's range, ${story.start} to ${story.end} (or background: true for earlier context)`;
    return [fieldProblem(source, 'date', date.iso, expected)];
  }
  if (fields.chapter === undefined) {
    if (chapterFor(date, story.chapters)) return [];
    const expected = 'a date inside one of the chapters in content/story.yaml (or a chapter: field)';
    return [fieldProblem(source, 'date', date.iso, expected)];
  }
  const chapter = story.chapters.find((c) => c.id === fields.chapter);
  if (!chapter) {
    const expected = `one of the chapters in content/story.yaml: ${story.chapters.map((c) => c.id).join(', ')}`;
    return [fieldProblem(source, 'chapter', fields.chapter, expected)];
  }
  if (chapterFor(date, [chapter])) return [];
  const expected = `a chapter whose days (${chapter.start} to ${chapter.end}) contain the event's date`;
  return [fieldProblem(source, 'chapter', fields.chapter, expected)];
};
