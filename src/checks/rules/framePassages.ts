import type { Story } from '../../schemas/story.ts';
import type { ContentFile, ContentProblem } from '../checkTypes.ts';
import { fieldProblem } from '../contentProblem.ts';
import { lineOf } from '../textPosition.ts';

/** A frame correction must name a chapter or actor that exists, or its note would have nowhere to appear. */
export function framePassageProblems(story: Story, actorIds: readonly string[], source: ContentFile): ContentProblem[] {
  return story.corrections.flatMap(({ passage }, i) => {
    const [kind, id] = passage.split('/');
    const ids = kind === 'chapters' ? story.chapters.map((c) => c.id) : actorIds;
    if (id === undefined || ids.includes(id)) return [];
    const expected = `${kind}/ followed by the id of one of the ${kind} in content/${kind === 'chapters' ? 'story' : 'actors'}.yaml`;
    return [fieldProblem(source, `corrections[${i}].passage`, passage, expected, lineOf(source.text, 'corrections'))];
  });
}
