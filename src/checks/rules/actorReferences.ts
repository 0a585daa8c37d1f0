import type { EventCheck } from '../checkTypes.ts';
import { closest } from '../closestName.ts';
import { fieldProblem } from '../contentProblem.ts';

/** Every actor an event names must be in content/actors.yaml (once that file has any). */
export const actorReferences: EventCheck = ({ source, fields }, { actorIds }) =>
  fields.actors.flatMap((id, i) => {
    if (!actorIds.length || actorIds.includes(id)) return [];
    const hint = closest(id, actorIds);
    const expected = `an actor id from content/actors.yaml${hint ? ` ("${hint}"?)` : ''}; add new actors there first`;
    return [fieldProblem(source, `actors[${i}]`, id, expected)];
  });
