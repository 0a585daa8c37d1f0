import type { Actor } from '../../schemas/actor.ts';

/** How each kind of actor is named for readers. */
export const ACTOR_KIND_LABELS: Record<Actor['kind'], string> = {
  'threat-actor': 'Threat actor',
  'government-body': 'Government body',
  'intergovernmental-body': 'Intergovernmental body',
  legislature: 'Legislature',
  company: 'Company',
  researcher: 'Researcher',
  person: 'Person',
  media: 'Media',
};
