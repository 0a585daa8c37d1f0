import { expect, test } from '@playwright/test';

/** Rectangles of the labels the graphic shows now (event headlines and chapter titles). */
function shownLabels(page: import('@playwright/test').Page) {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll<SVGTextElement>(
        'svg[data-timeline-graphic] text.tl-label, svg[data-timeline-graphic] .tl-band-labels text',
      ),
    ]
      .filter(
        (t) =>
          t.getAttribute('display') !== 'none' &&
          t.getAttribute('visibility') !== 'hidden' &&
          getComputedStyle(t).display !== 'none',
      )
      .map((t) => {
        const r = t.getBoundingClientRect();
        return { text: t.textContent ?? '', left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      })
      .filter((r) => r.right > r.left),
  );
}

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`the graphic's labels never overlap, in every chapter (${viewport.width}×${viewport.height})`, async ({
    page,
  }) => {
    test.slow();
    await page.setViewportSize(viewport);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/');
    const firstOfEachChapter = await page
      .locator('[data-chapter-section]:not([data-background])')
      .evaluateAll((sections) =>
        sections.map((s) => s.querySelector('article[data-event-id]')?.id).filter((id): id is string => Boolean(id)),
      );
    expect(firstOfEachChapter.length).toBeGreaterThan(3);
    for (const id of firstOfEachChapter) {
      await page.evaluate((target) => (location.hash = target), id);
      await expect(page.locator(`article[id="${id}"]`)).toHaveAttribute('aria-current', 'step');
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const labels = await shownLabels(page);
      expect(labels.length, id).toBeGreaterThan(0);
      for (const [i, a] of labels.entries()) {
        for (const b of labels.slice(i + 1)) {
          const overlap =
            a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
          expect(overlap, `${id}: "${a.text}" overlaps "${b.text}"`).toBe(false);
        }
      }
    }
  });
}
