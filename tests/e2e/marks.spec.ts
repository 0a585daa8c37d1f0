import { expect, test } from '@playwright/test';
import { stepIds } from './support/story.ts';

test.use({ viewport: { width: 1440, height: 900 } });

test('every mark is a link named after its event, in time order', async ({ page }) => {
  await page.goto('/');
  const marks = page.locator('svg[data-timeline-graphic] a[data-event-id]');
  const data = await marks.evaluateAll((els) =>
    els.map((el) => ({
      id: el.getAttribute('data-event-id')!,
      href: el.getAttribute('href'),
      name: el.getAttribute('aria-label') ?? '',
      day: Number(el.getAttribute('data-day')),
    })),
  );
  expect(data.length).toBe((await stepIds(page)).length);
  for (const mark of data) {
    expect(mark.href).toBe(`#${mark.id}`);
    const title = await page.locator(`article[id="${mark.id}"] h3`).textContent();
    expect(mark.name).toContain(title!.trim());
  }
  const days = data.map((d) => d.day);
  expect(days).toEqual([...days].sort((a, b) => a - b));
});

test('clicking a mark scrolls to its event and makes it active', async ({ page }) => {
  await page.goto('/');
  const ids = await stepIds(page);
  for (const id of [ids.at(-1)!, ids[0]]) {
    const mark = page.locator(`svg a[data-event-id="${id}"]`);
    await page.locator('[data-panel]').scrollIntoViewIfNeeded();
    // The graphic may be zoomed elsewhere: keyboard focus brings a mark's chapter into view first.
    await mark.focus();
    await expect(mark).toBeInViewport();
    await expect(page.locator('svg[data-timeline-graphic]')).not.toHaveAttribute('data-moving');
    await mark.click();
    await expect(page.locator(`article[id="${id}"]`)).toHaveAttribute('aria-current', 'step');
    await expect(page.locator(`article[id="${id}"]`)).toBeInViewport();
    await expect(mark).toHaveAttribute('data-active', 'true');
  }
});

test('Tab reaches the marks in time order with a visible focus ring, and Enter opens the event', async ({ page }) => {
  await page.goto('/');
  const order = await page
    .locator('svg[data-timeline-graphic] a[data-event-id]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id')));
  let guard = 0;
  while ((await page.evaluate(() => document.activeElement?.getAttribute('data-event-id') ?? null)) === null) {
    await page.keyboard.press('Tab');
    if (++guard > 40) throw new Error('Tab never reached a mark');
  }
  const reached: (string | null)[] = [];
  for (let i = 0; i < Math.min(order.length, 6); i++) {
    const focused = page.locator('svg a[data-event-id]:focus');
    await expect(focused).toBeInViewport();
    const ring = await focused.locator('.tl-hit').evaluate((el) => {
      const style = getComputedStyle(el);
      return { stroke: style.stroke, width: parseFloat(style.strokeWidth) };
    });
    expect(ring.stroke).not.toBe('none');
    expect(ring.width).toBeGreaterThanOrEqual(2);
    reached.push(await focused.getAttribute('data-event-id'));
    if (i < Math.min(order.length, 6) - 1) await page.keyboard.press('Tab');
  }
  expect(reached).toEqual(order.slice(0, reached.length));
  const last = reached.at(-1)!;
  await page.keyboard.press('Enter');
  await expect(page.locator(`article[id="${last}"]`)).toHaveAttribute('aria-current', 'step');
  await expect(page.locator(`article[id="${last}"]`)).toBeInViewport();
  await expect(page).toHaveURL(new RegExp(`#${last}$`));
});

test('marks in one lane are always at least 24 px apart, so each is its own target', async ({ page }) => {
  await page.goto('/');
  const ids = await stepIds(page);
  for (const id of [ids[0], ids[Math.floor(ids.length / 2)], ids.at(-1)!]) {
    await page.goto(`/#${id}`);
    await expect(page.locator('svg[data-timeline-graphic]')).not.toHaveAttribute('data-moving');
    const tooClose = await page.evaluate(() => {
      const svg = document.querySelector('svg[data-timeline-graphic]')!.getBoundingClientRect();
      const boxes = [...document.querySelectorAll('svg a[data-event-id]:not([data-filtered])')]
        .map((el) => ({
          lane: el.getAttribute('data-lane'),
          box: el.querySelector('.tl-hit')!.getBoundingClientRect(),
        }))
        .filter(({ box }) => box.right > svg.left && box.left < svg.right);
      return boxes.some((a, i) =>
        boxes.some((b, j) => i < j && a.lane === b.lane && Math.abs(a.box.x - b.box.x) < 23.5),
      );
    });
    expect(tooClose).toBe(false);
  }
});

test("a skip link, shown only when focused, takes keyboard users past the graphic's links", async ({ page }) => {
  await page.goto('/');
  const skip = page.locator('.skip-link');
  await page.locator('[data-panel]').scrollIntoViewIfNeeded();
  expect((await skip.boundingBox())!.width).toBeLessThanOrEqual(1);
  await skip.focus();
  expect((await skip.boundingBox())!.width).toBeGreaterThan(24);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement?.closest('svg') === null);
  expect(focused).toBe(true);
});

test('with filters on, the graphic opens on a chapter that has a visible mark', async ({ page }) => {
  await page.goto('/');
  const last = (await stepIds(page)).at(-1)!;
  const thread = (await page.locator(`article[id="${last}"]`).getAttribute('data-thread'))!;
  await page.goto(`/?thread=${thread}`);
  // The graphic opens on the story's first chapter (its earliest events, left of the break) and then eases on.
  const shown = page.locator('svg a[data-event-id]:not([data-filtered])');
  const inView = () =>
    shown.evaluateAll((els) => {
      const svg = document.querySelector('svg[data-timeline-graphic]')!.getBoundingClientRect();
      return els.some((el) => {
        const r = el.getBoundingClientRect();
        return r.left >= svg.left && r.right <= svg.right;
      });
    });
  await expect.poll(inView).toBe(true);
  await expect(page.locator('svg[data-timeline-graphic]')).not.toHaveAttribute('data-moving');
  expect(await inView()).toBe(true);
});
