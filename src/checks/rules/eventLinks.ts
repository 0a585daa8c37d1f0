import type { EventCheck } from '../checkTypes.ts';
import { fieldProblem } from '../contentProblem.ts';
import { lineAt } from '../textPosition.ts';

/** Every <EventLink id="…"> in a body leads to an event that exists and, from a published event, is published. */
export const eventLinks: EventCheck = ({ source, fields }, { events }) =>
  links(source.body ?? '').flatMap((link) => {
    const target = events.find((e) => e.id === link.id);
    const line = lineAt(source.text, link.raw);
    if (!target)
      return [
        fieldProblem(
          source,
          'body',
          link.raw,
          'a link to an event that exists: the id is its file name without .mdx',
          line,
        ),
      ];
    if (target.fields.draft && !fields.draft)
      return [fieldProblem(source, 'body', link.raw, 'a link to a published event, not to a draft', line)];
    return [];
  });

function links(body: string): { id: string; raw: string }[] {
  return [...body.matchAll(/<EventLink\b[^>]*?\bid=["']([^"']*)["'][^>]*>/g)].map((m) => ({ id: m[1], raw: m[0] }));
}
