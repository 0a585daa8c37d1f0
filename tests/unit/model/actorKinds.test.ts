import { describe, expect, it } from 'vitest';
import { ACTOR_KIND_LABELS } from '../../../src/lib/model/actorKinds.ts';
import { ACTOR_KINDS } from '../../../src/schemas/actor.ts';

describe('ACTOR_KIND_LABELS', () => {
  it('names every kind of actor the schema allows, in words', () => {
    for (const kind of ACTOR_KINDS) expect(ACTOR_KIND_LABELS[kind]).toMatch(/^[A-Z][a-z]+( [a-z]+)*$/);
  });
});
