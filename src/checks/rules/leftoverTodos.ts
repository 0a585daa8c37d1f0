import type { ContentFile, EventCheck } from '../checkTypes.ts';
import { fieldProblem } from '../contentProblem.ts';
import { fieldName, lineOf } from '../textPosition.ts';

/** A published event keeps none of the new-event template's TODO markers, in its fields or its body. */
export const leftoverTodos: EventCheck = ({ source, fields }) =>
  fields.draft
    ? []
    : todos(source).map((todo) =>
        fieldProblem(
          source,
          todo.field,
          todo.value,
          "your own text instead of the template's TODO (or draft: true until it is ready)",
          todo.line,
        ),
      );

interface Todo {
  field: string;
  value: string;
  line?: number;
}

function todos(source: ContentFile): Todo[] {
  const found: Todo[] = [];
  const walk = (value: unknown, path: PropertyKey[]): void => {
    if (typeof value === 'string' && TODO.test(value))
      found.push({ field: fieldName(path), value, line: lineOf(source.text, path[0]) });
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) walk(v, [...path, Array.isArray(value) ? Number(k) : k]);
  };
  walk(source.data, []);
  const body = source.body ?? '';
  const at = body.search(TODO);
  if (at >= 0) {
    const bodyStart = (source.text ?? '').length - body.length;
    const line = (source.text ?? '').slice(0, bodyStart + at).split('\n').length;
    found.push({ field: 'body', value: body.slice(at, at + 60).split('\n')[0], line });
  }
  return found;
}

const TODO = /\bTODO\b/;
