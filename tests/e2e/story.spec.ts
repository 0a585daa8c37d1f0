import { type Browser, expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { publishedEvents } from './support/content.ts';
import { holdStoryScript, stepIds } from './support/story.ts';

const events = publishedEvents();

test('the story lists every published event in date order, each with a machine-readable date', async ({ page }) => {
  await page.goto('/');
  const steps = page.locator('ol > li > article[data-event-id]');
  await expect(steps).toHaveCount(events.length);
  const datetimes = await steps.evaluateAll((els) =>
    els.map((el) => el.querySelector('time[data-event-date]')?.getAttribute('datetime') ?? ''),
  );
  // Compared by calendar day: on 19 July a chapter's timed items precede the next chapter's all-day ones.
  const days = datetimes.map((d) => (d.length === 7 ? `${d}-01` : d.slice(0, 10)));
  expect(days.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))).toBe(true);
  expect(days).toEqual([...days].sort());
});

test('without JavaScript the page is complete and the graphic shows the whole timeline', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('.story-head time').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  const ids = await stepIds(page);
  for (const id of ids) {
    const step = page.locator(`article[id="${id}"]`);
    await expect(step).toHaveAttribute('data-event-id', id);
    await expect(step.getByRole('heading', { level: 3 })).toHaveCount(1);
    await expect(step.locator('time[datetime]').first()).toBeVisible();
    expect(await step.locator('[data-source-list] li').count()).toBeGreaterThan(0);
  }
  const graphic = page.locator('svg[data-timeline-graphic]');
  await expect(graphic).toBeVisible();
  // Drawn for 480 px, with the segment for earlier events left of a break: a tick every other month.
  await expect(graphic.locator('[data-tick]')).toHaveText(['Jan 2021', 'Mar', 'May', 'Jul']);
  const marks = graphic.locator('a[data-event-id]');
  const markIds = await marks.evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id') ?? ''));
  expect(markIds.sort()).toEqual((await stepIds(page)).sort());
  expect(markIds).toHaveLength(events.length);
  const inside = await marks.evaluateAll((els) =>
    els.every((el) => {
      const cx = parseFloat(el.querySelector('circle')!.getAttribute('cx')!);
      return cx >= 0 && cx <= 100;
    }),
  );
  expect(inside).toBe(true);
  await expect(page.locator('[data-filters]')).toBeHidden();
  await expect(page.locator('[aria-current]')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: 'What the attribution did and did not do' })).toBeVisible();
  await context.close();
});

test('contested points and corrections are marked on the events they belong to, and on no others', async ({ page }) => {
  await page.goto('/');
  const contested = events.filter((e) => e.contested);
  const corrected = events.filter((e) => e.corrections.length > 0);
  // Guards the guard: the published story has both, so the loops below assert something.
  expect(contested.length).toBeGreaterThan(0);
  expect(corrected.length).toBeGreaterThan(0);
  const notes = (name: string | RegExp) => page.getByRole('complementary', { name, exact: true });
  await expect(notes('Contested')).toHaveCount(contested.length);
  await expect(notes(/^Corrections?$/)).toHaveCount(corrected.length);
  for (const e of contested) {
    await expect(page.locator(`article[id="${e.id}"]`).getByRole('complementary', { name: 'Contested' })).toHaveText(
      `Contested${e.contested}`,
    );
  }
  for (const e of corrected) {
    const name = e.corrections.length === 1 ? 'Correction' : 'Corrections';
    const note = page.locator(`article[id="${e.id}"]`).getByRole('complementary', { name, exact: true });
    await expect(note.locator('time')).toHaveCount(e.corrections.length);
    const dates = await note.locator('time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime')));
    expect(dates).toEqual(e.corrections.map((c) => c.date));
    for (const c of e.corrections) await expect(note).toContainText(c.text);
  }
});

test('every actor of every event is linked to their page, in the order the event names them', async ({ page }) => {
  await page.goto('/');
  const withActors = events.filter((e) => e.actors.length > 0);
  expect(withActors.length).toBeGreaterThan(0);
  for (const e of withActors) {
    const links = page.locator(`article[id="${e.id}"] dl div:has(> dt:text-is("Who")) dd a`);
    const hrefs = await links.evaluateAll((els) => els.map((el) => el.getAttribute('href')));
    expect(hrefs, e.id).toEqual(e.actors.map((id) => `/actors/${id}/`));
  }
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the story page has no WCAG 2.2 AA violations in the ${colorScheme} scheme, at the top and mid-story`, async ({
    browser,
  }) => {
    // Four full axe sweeps of a page of some fifty events: give a busy two-core machine room.
    test.slow();
    for (const viewport of [
      { width: 1440, height: 900 },
      { width: 390, height: 844 },
    ]) {
      const context = await browser.newContext({ colorScheme, viewport });
      const page = await context.newPage();
      await page.goto('/');
      await expectNoAxeViolations(page);
      const ids = await stepIds(page);
      await page.goto(`/#${ids[Math.floor(ids.length / 2)]}`);
      await expect(page.locator('article[aria-current="step"]')).toHaveCount(1);
      await expectNoAxeViolations(page);
      await context.close();
    }
  });
}

/** The page's paper and ink, and the colour each lane's marks are painted in, as sRGB triples. */
async function schemeOf(browser: Browser, colorScheme: 'light' | 'dark') {
  const context = await browser.newContext({ colorScheme });
  const page = await context.newPage();
  await page.goto('/');
  const scheme = await page.evaluate(() => {
    // Any CSS colour (hex, rgb, oklch, light-dark) as the browser paints it.
    const context = Object.assign(document.createElement('canvas'), { width: 1, height: 1 }).getContext('2d')!;
    const painted = (color: string) => {
      context.clearRect(0, 0, 1, 1);
      context.fillStyle = color;
      context.fillRect(0, 0, 1, 1);
      return [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)];
    };
    const body = getComputedStyle(document.body);
    const paper = painted(body.backgroundColor);
    const lanes = new Map<string, number[][]>();
    for (const mark of document.querySelectorAll('svg[data-timeline-graphic] a[data-lane]')) {
      // A mark is a filled dot, or a ring for an uncertain date: its colour is the part that is not the paper.
      const dot = getComputedStyle(mark.querySelector('circle:last-of-type')!);
      const [fill, stroke] = [painted(dot.fill), painted(dot.stroke)];
      const colour = fill.join() === paper.join() ? stroke : fill;
      const lane = mark.getAttribute('data-lane')!;
      lanes.set(lane, [...(lanes.get(lane) ?? []), colour]);
    }
    return { paper, ink: painted(body.color), lanes: [...lanes.values()] };
  });
  await context.close();
  return scheme;
}

/** Relative luminance (WCAG 2) of an sRGB triple. */
function luminance(rgb: number[]): number {
  const [r, g, b] = rgb.map((v) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two colours. */
function contrast(a: number[], b: number[]): number {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

test('the dark scheme turns the page dark and keeps every thread’s marks in a colour of its own, visible on it', async ({
  browser,
}) => {
  const light = await schemeOf(browser, 'light');
  const dark = await schemeOf(browser, 'dark');
  // Light ink on dark paper, and the reverse in the light scheme, each readable (WCAG AA for text).
  expect(luminance(dark.paper)).toBeLessThan(0.05);
  expect(luminance(dark.ink)).toBeGreaterThan(luminance(dark.paper));
  expect(luminance(light.ink)).toBeLessThan(luminance(light.paper));
  expect(contrast(dark.paper, dark.ink)).toBeGreaterThanOrEqual(4.5);
  expect(dark.lanes.length).toBeGreaterThan(1);
  expect(dark.lanes).toHaveLength(light.lanes.length);
  for (const { lanes, paper } of [light, dark]) {
    // Every mark of a lane in one colour, a different one for each lane, standing out from the paper (WCAG 3:1).
    const colours = lanes.map((marks) => new Set(marks.map((c) => c.join())));
    expect(colours.every((c) => c.size === 1)).toBe(true);
    expect(new Set(colours.map((c) => [...c][0])).size).toBe(lanes.length);
    for (const marks of lanes) expect(contrast(marks[0], paper)).toBeGreaterThanOrEqual(3);
  }
  // The marks change colour with the scheme rather than keep the light one on the dark paper.
  expect(dark.lanes[0][0]).not.toEqual(light.lanes[0][0]);
});

test('the graphic and the filters have their space from the first paint, so enhancing the page shifts nothing', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  // Hold back the story's script, so the page can be measured as a reader sees it before enhancement.
  const release = await holdStoryScript(page);
  // Module scripts delay DOMContentLoaded, so wait only for the markup to be parsed.
  await page.goto('/', { waitUntil: 'commit' });
  await page.locator('footer').waitFor({ state: 'attached' });
  await page.evaluate(() => document.fonts.ready);
  // Every step laid out for the measurement: off screen the browser first gives a step an estimated
  // height, until the story's script renders it in idle time (stepSizes.ts).
  const layout = () =>
    page.evaluate(() => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('article { content-visibility: visible !important }');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      const boxes = ['svg[data-timeline-graphic]', '[data-filters]', '[data-chapter-section]', '.story-closing'].map(
        (selector) => {
          const r = document.querySelector(selector)!.getBoundingClientRect();
          return [selector, Math.round(r.top + window.scrollY), Math.round(r.height)];
        },
      );
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
      return boxes;
    });
  const before = await layout();
  release();
  // Once the story has measured the page, drawn its starting picture and given each step its height.
  await expect(page.locator('timeline-story')).toHaveAttribute('data-steps-sized', '');
  expect(await layout()).toEqual(before);
});
