import { embedCatalogue } from '../lib/publish/embedCatalogue.ts';
import { type EmbedWidget, widgetName } from '../lib/embed/embedWidgets.ts';
import { widgetOembed } from '../lib/publish/oembed.ts';
import { loadStory } from './story.ts';

/** The static oEmbed response of a widget's page, as the /oembed/ routes serve it. */
export async function oembedJson(widget: EmbedWidget, site: URL): Promise<Response> {
  const { story, threads, events } = await loadStory();
  const entry = embedCatalogue(story, threads, events).find((e) => widgetName(e.widget) === widgetName(widget));
  if (!entry) throw new Error(`No widget ${widgetName(widget)} to describe`);
  const body = widgetOembed(entry, story, { site, base: import.meta.env.BASE_URL });
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
}
