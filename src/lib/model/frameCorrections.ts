import type { FrameCorrectionEntry } from '../../schemas/correction.ts';
import { actorPath, PAGES } from '../site/routes.ts';

/** A correction to the story's frame or an actor, resolved to the heading and the route of what it corrects. */
export interface FrameCorrection {
  /** The passage as the editor named it, such as closing or actors/mss; also its hook in the corrections log. */
  passage: string;
  /** What readers know the passage as: "Introduction", a chapter's title, an actor's name. */
  title: string;
  /** The route of the corrected passage, relative to the site's base: "#closing", "actors/mss/". */
  path: string;
  /** Its entry's anchor in the corrections log on "How we made this", where the feed links: "correction-closing-1". */
  anchor: string;
  date: string;
  text: string;
}

/** What the passages are resolved against. */
interface Frame {
  corrections: readonly FrameCorrectionEntry[];
  chapters: readonly { id: string; title: string }[];
}

/** The headings and anchors of the story page's own passages (index.astro gives them these ids). */
const PASSAGES: Record<string, { title: string; path: string }> = {
  intro: { title: 'Introduction', path: '#intro' },
  closing: { title: 'What the attribution did and did not do', path: '#closing' },
  methodology: { title: 'How we made this', path: PAGES.methodology },
};

/** Resolves the story's frame corrections, oldest first; a passage naming no known chapter or actor is left out. */
export function frameCorrections(frame: Frame, actors: readonly { id: string; name: string }[]): FrameCorrection[] {
  const seen = new Map<string, number>();
  return frame.corrections.flatMap(({ passage, date, text }) => {
    const n = (seen.get(passage) ?? 0) + 1;
    seen.set(passage, n);
    const [kind, id] = passage.split('/');
    const chapter = kind === 'chapters' ? frame.chapters.find((c) => c.id === id) : undefined;
    const actor = kind === 'actors' ? actors.find((a) => a.id === id) : undefined;
    const target =
      PASSAGES[passage] ??
      (chapter && { title: chapter.title, path: `#chapter-${chapter.id}` }) ??
      (actor && { title: actor.name, path: actorPath(actor.id) });
    const anchor = `correction-${passage.replace('/', '-')}-${n}`;
    return target ? [{ passage, ...target, anchor, date, text }] : [];
  });
}

/** The corrections of one passage, for the note shown beside it. */
export function correctionsOf(corrections: readonly FrameCorrection[], passage: string): FrameCorrection[] {
  return corrections.filter((c) => c.passage === passage);
}
