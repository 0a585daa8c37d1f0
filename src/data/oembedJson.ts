import { type EmbedEntry, embedCatalogue } from '../lib/publish/embedCatalogue.ts';
import { type EmbedWidget, widgetName } from '../lib/embed/embedWidgets.ts';
import { widgetOembed } from '../lib/publish/oembed.ts';
import { loadStory, type StoryData } from './story.ts';

/** The catalogue by widget name, made once per loaded story: one lookup per response, not a catalogue of every event. */
const catalogues = new WeakMap<StoryData, Map<string, EmbedEntry>>();

function catalogueOf(data: StoryData): Map<string, EmbedEntry> {
  let byName = catalogues.get(data);
  if (!byName) {
    byName = new Map(embedCatalogue(data.story, data.threads, data.events).map((e) => [widgetName(e.widget), e]));
    catalogues.set(data, byName);
  }
  return byName;
}

/** The static oEmbed response of a widget's page, as the /oembed/ routes serve it. */
export async function oembedJson(widget: EmbedWidget, site: URL): Promise<Response> {
  const data = await loadStory();
  const entry = catalogueOf(data).get(widgetName(widget));
  if (!entry) throw new Error(`No widget ${widgetName(widget)} to describe`);
  const body = widgetOembed(entry, data.story, { site, base: import.meta.env.BASE_URL });
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
}
