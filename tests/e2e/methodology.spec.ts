import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { publishedEvents, publishedFrameCorrections } from './support/content.ts';

const events = publishedEvents();
const frame = publishedFrameCorrections();
/** The start of a correction's text, up to any quote or dash the page sets typographically. */
const opening = (text: string) => text.split(/["'-]/)[0].slice(0, 40);

test('the methodology page says when it was last updated and how many sources the story cites', async ({ page }) => {
  await page.goto('/how-we-made-this/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How we made this');
  await expect(page.locator('[data-last-updated] time').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  // Counted here from the content, as the page promises: every citation, and each web address once.
  const urls = events.flatMap((e) => e.sources.map((s) => s.url));
  const [citations, documents] = [urls.length, new Set(urls).size];
  // Guards the guard: some document is cited by more than one event, so the two counts differ.
  expect(documents).toBeLessThan(citations);
  await expect(page.locator('[data-stat="events"]')).toHaveText(String(events.length));
  await expect(page.locator('[data-stat="citations"]')).toHaveText(String(citations));
  await expect(page.locator('[data-stat="documents"]')).toHaveText(String(documents));
  await expect(page.getByRole('heading', { name: /^What .confirmed. means here$/ })).toBeVisible();
});

test('the corrections log lists every correction, each linking to what it corrects', async ({ page }) => {
  await page.goto('/how-we-made-this/');
  await expect(page.getByRole('heading', { name: 'Corrections log' })).toBeVisible();
  const expected = [...events.flatMap((e) => e.corrections.map(() => e.id)), ...frame.map((c) => c.passage)];
  const items = page.locator('[data-correction]');
  await expect(items).toHaveCount(expected.length);
  await expect(page.locator('[data-corrections-empty]')).toHaveCount(expected.length ? 0 : 1);
  for (const e of events.filter((e) => e.corrections.length))
    await expect(page.locator(`[data-correction="${e.id}"] a`).first()).toHaveAttribute('href', `/#${e.id}`);
  for (const c of frame) {
    const entry = page.locator(`#${c.anchor}`);
    await expect(entry).toHaveAttribute('data-correction', c.passage);
    await expect(entry).toContainText(opening(c.text));
    await expect(entry.getByRole('link', { name: c.title })).toHaveAttribute('href', `/${c.path}`);
  }
});

test('a corrected passage of the story and a corrected actor show their corrections beside the text', async ({
  page,
}) => {
  // Corrections are never removed, so the published story keeps at least these two for good.
  const passage = frame.find((c) => c.passage === 'closing')!;
  const actor = frame.find((c) => c.passage.startsWith('actors/'))!;
  await page.goto('/');
  await expect(page.locator('#closing [data-passage-corrections]')).toContainText(opening(passage.text));
  await page.goto(`/${actor.path}`);
  await expect(page.locator('[data-passage-corrections]')).toContainText(opening(actor.text));
});

test('the methodology page links back to the story', async ({ page }) => {
  await page.goto('/how-we-made-this/');
  await page.getByRole('link', { name: /The Exchange hack/ }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('the methodology page has no WCAG 2.2 AA violations', async ({ page }) => {
  await page.goto('/how-we-made-this/');
  await expectNoAxeViolations(page);
});
