import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { type HTMLElement, parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AstroRun, buildWith, fixtureCopy } from './astro.ts';

// Every expected value below is copied from the fixture files, not computed by the site's code:
// tests/fixtures/content/story.yaml corrects the closing, a chapter and the hafnium actor on 2 August 2021;
// events/2021-02-10-fixture-corrected-count.mdx is contested and corrected on 2 and 3 August 2021;
// events/2021-03-31-fixture-withdrawn-report.mdx is retracted as docs/editing.md says (notice, correction, importance 1).
const COUNTED = '2021-02-10-fixture-corrected-count';
const COUNTED_TITLE = 'Fixture scanner counts exposed servers';
const FIRST = 'An earlier version gave the count as 300 servers. The scan found 30.';
const SECOND = 'An earlier version named the wrong vendor as the source of the scan.';
const CONTESTED = 'The fixture vendor disputes the count and says it scanned only one network.';
const WITHDRAWN = '2021-03-31-fixture-withdrawn-report';
const WITHDRAWN_TITLE = 'Fixture report of a second intrusion';
const NOTICE = 'This event has been withdrawn: the report it described was never published.';
const RETRACTION = 'This event has been withdrawn. The report it described was never published.';
const STORY_UPDATED = '2021-08-04';

let run: AstroRun;
const file = (path: string) => readFileSync(join(run.outDir, path), 'utf8');
const page = (path: string) => parse(file(path));
/** Text as a reader reads it: blocks apart, whitespace collapsed. */
const text = (el: HTMLElement | null | undefined) => (el?.structuredText ?? '').replace(/\s+/g, ' ').trim();

/** The asides and sections of `root` named `name`, by aria-label or by the heading they are labelled by. */
function regions(root: HTMLElement, name: string | RegExp): HTMLElement[] {
  return root.querySelectorAll('aside, section').filter((el) => {
    const label = el.getAttribute('aria-label') ?? text(root.getElementById(el.getAttribute('aria-labelledby') ?? ''));
    return typeof name === 'string' ? label === name : name.test(label);
  });
}

/** The one region named `name` inside `root`; fails when there is none or more than one. */
function region(root: HTMLElement, name: string | RegExp): HTMLElement {
  const found = regions(root, name);
  expect(found, `one region named ${String(name)}`).toHaveLength(1);
  return found[0];
}

beforeAll(async () => {
  run = await buildWith(fixtureCopy('corrections'));
});
afterAll(() => rmSync(run.outDir, { recursive: true, force: true }));

it('builds the fixture story', () => {
  expect(run.code, run.output).toBe(0);
});

describe("an event's corrections and what is contested, in every place the event is shown", () => {
  it('the story step shows both corrections, dated and oldest first, and the contested note', () => {
    const step = page('index.html').getElementById(COUNTED)!;
    const notes = region(step, 'Corrections');
    expect(text(notes)).toBe(`Corrections 2 August 2021: ${FIRST} 3 August 2021: ${SECOND}`);
    expect(notes.querySelectorAll('time').map((t) => t.getAttribute('datetime'))).toEqual(['2021-08-02', '2021-08-03']);
    expect(text(region(step, 'Contested'))).toContain(CONTESTED);
    // An event without corrections has no such note.
    expect(regions(page('index.html').getElementById('2021-03-02-fixture-patch')!, /^Corrections?$/)).toEqual([]);
  });

  it('the event page lists both, each at the anchor the feed and the widget link to', () => {
    const doc = page(`events/${COUNTED}/index.html`);
    const notes = region(doc, 'Corrections');
    expect(notes.querySelectorAll('li').map((li) => [li.id, text(li)])).toEqual([
      ['correction-1', `2 August 2021: ${FIRST}`],
      ['correction-2', `3 August 2021: ${SECOND}`],
    ]);
    expect(text(region(doc, 'Contested'))).toBe(`Contested. ${CONTESTED}`);
    const jsonLd = JSON.parse(text(doc.querySelector('script[type="application/ld+json"]'))) as Record<string, unknown>;
    expect(jsonLd.dateModified).toBe('2021-08-03');
    expect(regions(page('events/2021-03-02-fixture-patch/index.html'), /^Corrections?$/)).toEqual([]);
  });

  it('the widget card shows the latest correction and links to it on the event page', () => {
    const card = page(`embed/event/${COUNTED}/index.html`).querySelector('article')!;
    // The label is a block by its style (embed.css), not by its element, so the text runs on from it.
    expect(text(card).replace(/Correction ?/, 'Correction ')).toContain(
      `Correction 3 August 2021: ${SECOND} Corrections on the event page`,
    );
    expect(text(card)).not.toContain(FIRST);
    expect(card.querySelector('a[href$="#correction-2"]')?.getAttribute('href')).toBe(
      `/events/${COUNTED}/#correction-2`,
    );
    expect(text(region(card, 'Contested'))).toBe(`Contested. ${CONTESTED}`);
    expect(text(page('embed/event/2021-03-02-fixture-patch/index.html').querySelector('article'))).not.toMatch(
      /Correction/,
    );
  });

  it('events.json carries the corrections as written, the day each event last changed, and the contested note', () => {
    const feed = JSON.parse(file('events.json')) as {
      events: { id: string; corrections: unknown; updated: string; contested: string | null }[];
    };
    const byId = new Map(feed.events.map((e) => [e.id, e]));
    expect(byId.get(COUNTED)).toMatchObject({
      corrections: [
        { date: '2021-08-02', text: FIRST },
        { date: '2021-08-03', text: SECOND },
      ],
      updated: '2021-08-03',
      contested: CONTESTED,
    });
    expect(byId.get(WITHDRAWN)).toMatchObject({ corrections: [{ date: '2021-08-02', text: RETRACTION }] });
    expect(byId.get('2021-03-02-fixture-patch')).toMatchObject({ corrections: [], updated: STORY_UPDATED });
  });

  it('events.csv counts each event’s corrections and carries the contested note', () => {
    const rows = parseCsv<Record<string, string>>(file('events.csv'), { columns: true, bom: true });
    expect(Object.fromEntries(rows.map((r) => [r.id, r.corrections]))).toEqual({
      '2020-10-fixture-background': '0',
      '2021-01-06-fixture-exploitation': '0',
      [COUNTED]: '2',
      '2021-03-02-fixture-patch': '0',
      [WITHDRAWN]: '1',
    });
    expect(rows.find((r) => r.id === COUNTED)?.contested).toBe(CONTESTED);
  });
});

describe('a retracted event', () => {
  it('keeps its page, which shows the notice instead of the account and the retraction as its correction', () => {
    const doc = page(`events/${WITHDRAWN}/index.html`);
    expect(text(doc.querySelector('h1'))).toBe(WITHDRAWN_TITLE);
    expect(text(doc.querySelector('[data-event-body]'))).toBe(NOTICE);
    expect(text(region(doc, 'Correction'))).toBe(`Correction 2 August 2021: ${RETRACTION}`);
  });

  it('shows the notice and the retraction in its story step and its widget card', () => {
    const step = page('index.html').getElementById(WITHDRAWN)!;
    expect(text(step)).toContain(NOTICE);
    expect(text(region(step, 'Correction'))).toBe(`Correction 2 August 2021: ${RETRACTION}`);
    const card = page(`embed/event/${WITHDRAWN}/index.html`).querySelector('article')!;
    expect(text(card).replace(/Correction ?/, 'Correction ')).toContain(`Correction 2 August 2021: ${RETRACTION}`);
    expect(card.querySelector('a[href$="#correction-1"]')?.getAttribute('href')).toBe(
      `/events/${WITHDRAWN}/#correction-1`,
    );
  });

  it('is no longer featured in the timeline widget’s list of key events, which still lists the corrected one', () => {
    const listed = page('embed/timeline/index.html')
      .querySelectorAll('[data-embed-item] a')
      .map((a) => a.getAttribute('href'));
    expect(listed).toContain(`/#${COUNTED}`);
    expect(listed).not.toContain(`/#${WITHDRAWN}`);
  });
});

describe('the corrections log and the feed', () => {
  it('the log lists every correction newest first, then by what it corrects, each linking to it', () => {
    const entries = page('how-we-made-this/index.html').querySelectorAll('[data-correction]');
    expect(entries.map((li) => [li.id, li.querySelector('a')?.getAttribute('href'), text(li)])).toEqual([
      [`correction-${COUNTED}-2`, `/#${COUNTED}`, `3 August 2021 ${COUNTED_TITLE}: ${SECOND}`],
      [`correction-${COUNTED}-1`, `/#${COUNTED}`, `2 August 2021 ${COUNTED_TITLE}: ${FIRST}`],
      [`correction-${WITHDRAWN}-1`, `/#${WITHDRAWN}`, `2 August 2021 ${WITHDRAWN_TITLE}: ${RETRACTION}`],
      [
        'correction-actors-hafnium-1',
        '/actors/hafnium/',
        '2 August 2021 HAFNIUM: An earlier version of this description gave the wrong month.',
      ],
      [
        'correction-chapters-second-half-1',
        '/#chapter-second-half',
        '2 August 2021 Second half: An earlier version of this introduction gave the wrong end date.',
      ],
      [
        'correction-closing-1',
        '/#closing',
        '2 August 2021 What the attribution did and did not do: An earlier version of the closing named the wrong country.',
      ],
    ]);
  });

  it('the feed sends one item per correction, each linking to the correction itself', () => {
    const rss = new XMLParser().parse(file('feed.xml')) as {
      rss: { channel: { item: { title: string; link: string; description: string; pubDate: string }[] } };
    };
    const corrections = rss.rss.channel.item
      .filter((i) => i.title.startsWith('Correction: '))
      .map((i) => [i.title, new URL(i.link).pathname + new URL(i.link).hash, i.description, i.pubDate]);
    // Newest first: the one correction of 3 August, then those of 2 August in any order.
    expect(corrections[0]).toEqual([
      `Correction: ${COUNTED_TITLE}`,
      `/events/${COUNTED}/#correction-2`,
      SECOND,
      'Tue, 03 Aug 2021 00:00:00 GMT',
    ]);
    expect(corrections.slice(1)).toHaveLength(5);
    expect(corrections.slice(1)).toEqual(
      expect.arrayContaining([
        [`Correction: ${COUNTED_TITLE}`, `/events/${COUNTED}/#correction-1`, FIRST, 'Mon, 02 Aug 2021 00:00:00 GMT'],
        [
          `Correction: ${WITHDRAWN_TITLE}`,
          `/events/${WITHDRAWN}/#correction-1`,
          RETRACTION,
          'Mon, 02 Aug 2021 00:00:00 GMT',
        ],
        [
          'Correction: Second half',
          '/how-we-made-this/#correction-chapters-second-half-1',
          'An earlier version of this introduction gave the wrong end date.',
          'Mon, 02 Aug 2021 00:00:00 GMT',
        ],
        [
          'Correction: HAFNIUM',
          '/how-we-made-this/#correction-actors-hafnium-1',
          'An earlier version of this description gave the wrong month.',
          'Mon, 02 Aug 2021 00:00:00 GMT',
        ],
        [
          'Correction: What the attribution did and did not do',
          '/how-we-made-this/#correction-closing-1',
          'An earlier version of the closing named the wrong country.',
          'Mon, 02 Aug 2021 00:00:00 GMT',
        ],
      ]),
    );
  });
});

// The fixture's story.yaml corrects its closing and the hafnium actor on 2 August 2021.
describe('corrections to the frame and to actors', () => {
  it('shows the closing correction beside the closing on the story page, dated, and none beside the intro', () => {
    const closing = /<section id="closing"[\s\S]*?<\/section>/.exec(file('index.html'))?.[0] ?? '';
    expect(closing).toMatch(/data-passage-corrections[\s\S]*2 August 2021[\s\S]*named the wrong country/);
    const intro = /<div id="intro"[\s\S]*?<\/div>/.exec(file('index.html'))?.[0] ?? '';
    expect(intro).not.toContain('data-passage-corrections');
  });

  it("shows the actor's correction on its profile, and on no other actor's", () => {
    expect(file('actors/hafnium/index.html')).toMatch(/data-passage-corrections[\s\S]*gave the wrong month/);
    expect(file('actors/microsoft/index.html')).not.toContain('data-passage-corrections');
  });
});

describe('the optional fields only the fixture uses', () => {
  it('shows an archived copy of a source, an image with its alt text and credit, an aside and a pull quote', () => {
    const doc = page(`events/${COUNTED}/index.html`);
    expect(doc.querySelector('a[href="https://web.archive.org/web/2021/https://example.org/scan"]')).not.toBeNull();
    const image = doc.querySelector('img[src="/favicon.svg"]');
    expect(image?.getAttribute('alt')).toBe('The fixture site’s icon, standing in for a chart of exposed servers');
    expect(text(image?.closest('figure'))).toBe('Credit: The test suite');
    expect(text(doc.querySelector('[role="note"]'))).toBe(
      'What is a fixture? Test data that stands in for the real story.',
    );
    expect(text(doc.querySelector('blockquote'))).toBe('thirty, not three hundred');
  });

  it("shows an actor's aliases and link, and the story's contact for reporting errors", () => {
    const actor = page('actors/hafnium/index.html');
    expect(text(actor.querySelector('main'))).toContain('Fixture Typhoon');
    expect(actor.querySelector('a[href="https://example.org/hafnium"]')).not.toBeNull();
    const contact = page('how-we-made-this/index.html').querySelector('[data-contact] a');
    expect(contact?.getAttribute('href')).toBe('mailto:corrections@example.org');
  });
});
