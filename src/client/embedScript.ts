/**
 * The widget's script: defines <timeline-embed>. EmbedLayout.astro loads it as one file that Vite
 * bundles whole (a `?worker&url` import, as embedWordPress.ts is), not as an entry sharing chunks
 * with the story: a widget opens on a host's page, and three gzip streams instead of one cost it a
 * fifth of its 4 KB budget in compression lost (and two more requests).
 */
import { TimelineEmbed } from './embedElement.ts';

if (!customElements.get('timeline-embed')) customElements.define('timeline-embed', TimelineEmbed);
