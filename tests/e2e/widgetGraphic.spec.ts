import { expect, type Page, test } from '@playwright/test';

// A widget runs the story's own graphic view: drawn incrementally, reading no layout, labels placed apart.

const GRAPHIC = 'svg[data-timeline-graphic]';

/** Every tick, label and rule of the graphic, by its key (`data-tick=2021-03-01`), tagged the first time it is seen. */
function drawnParts(page: Page) {
  return page.evaluate((selector) => {
    const parts = [...document.querySelectorAll(`${selector} :is([data-tick], [data-label-for], [data-rule-for])`)];
    return parts.map((el) => {
      const tagged = el as Element & { seen?: boolean };
      const name = ['data-tick', 'data-label-for', 'data-rule-for'].find((a) => el.hasAttribute(a))!;
      const seen = tagged.seen === true;
      tagged.seen = true;
      return { key: `${name}=${el.getAttribute(name)}`, seen };
    });
  }, GRAPHIC);
}

/** The ticks' days, in the order drawn. */
function tickDays(page: Page) {
  return page.evaluate(
    (selector) => [...document.querySelectorAll(`${selector} [data-tick]`)].map((t) => t.getAttribute('data-tick')),
    GRAPHIC,
  );
}

test('a widget resized keeps the ticks, labels and rules that stay, as the same elements', async ({ page }) => {
  await page.setViewportSize({ width: 1200, height: 800 });
  await page.goto('/embed/timeline/');
  await expect(page.locator(`${GRAPHIC} [data-labels]`)).toHaveAttribute('data-placed', '');
  const before = await drawnParts(page);
  const wide = await tickDays(page);
  await page.setViewportSize({ width: 520, height: 800 });
  // Narrower, the axis steps further apart: the redraw has happened once the ticks differ.
  await expect.poll(() => tickDays(page)).not.toEqual(wide);
  const after = await drawnParts(page);
  const keys = new Set(before.map((p) => p.key));
  const stayed = after.filter((p) => keys.has(p.key));
  expect(stayed.length, 'some ticks and labels are in both drawings').toBeGreaterThan(0);
  expect(after.length - stayed.length + (before.length - stayed.length), 'some entered or left').toBeGreaterThan(0);
  // What stays is the element that was there (updated in place); only new keys are new elements.
  for (const part of after) expect(part.seen, part.key).toBe(keys.has(part.key));
});

test("a widget's graphic measures no text or box in the page's layout, on load, on a date window or on resize", async ({
  page,
}) => {
  await page.addInitScript((selector) => {
    const reads: string[] = [];
    (window as Window & { layoutReads?: string[] }).layoutReads = reads;
    const spy = (proto: object, name: string) => {
      const original = Reflect.get(proto, name) as (...args: unknown[]) => unknown;
      Reflect.set(proto, name, function (this: Element, ...args: unknown[]) {
        if (this.closest(selector)) reads.push(`${name} on <${this.localName}>`);
        return original.apply(this, args);
      });
    };
    spy(Element.prototype, 'getBoundingClientRect');
    spy(Element.prototype, 'getClientRects');
    spy(SVGGraphicsElement.prototype, 'getBBox');
    spy(SVGTextContentElement.prototype, 'getComputedTextLength');
    spy(SVGTextContentElement.prototype, 'getSubStringLength');
  }, GRAPHIC);
  await page.setViewportSize({ width: 1200, height: 800 });
  await page.goto('/embed/timeline/?from=2021-03-01&to=2021-04-30');
  await expect(page.locator('[data-embed-status]')).toBeVisible();
  await expect(page.locator(`${GRAPHIC} [data-labels]`)).toHaveAttribute('data-placed', '');
  for (const width of [700, 420, 1000]) {
    const shown = await tickDays(page);
    await page.setViewportSize({ width, height: 800 });
    await expect.poll(() => tickDays(page)).not.toEqual(shown);
  }
  expect(await page.evaluate(() => (window as Window & { layoutReads?: string[] }).layoutReads)).toEqual([]);
});

/** The labels the graphic shows, as rectangles (the test may measure; the widget does not). */
function shownLabels(page: Page) {
  return page.evaluate((selector) => {
    const svg = document.querySelector(selector)!.getBoundingClientRect();
    const labels = [...document.querySelectorAll<SVGTextElement>(`${selector} [data-label-for]`)]
      .filter((t) => getComputedStyle(t).display !== 'none' && t.getAttribute('display') !== 'none')
      .map((t) => {
        const r = t.getBoundingClientRect();
        return { text: t.textContent ?? '', left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      })
      .filter((r) => r.right > r.left);
    return { svg: { left: svg.left, right: svg.right }, labels };
  }, GRAPHIC);
}

for (const widget of ['timeline/', 'timeline/?from=2021-03-01&to=2021-03-31', 'thread/exploitation/']) {
  test(`the ${widget} widget's labels never overlap and stay inside the graphic, at every width`, async ({ page }) => {
    let labelled = 0;
    for (const width of [320, 480, 768, 1024, 1440]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`/embed/${widget}`);
      await expect(page.locator(`${GRAPHIC} [data-labels]`)).toHaveAttribute('data-placed', '');
      const { svg, labels } = await shownLabels(page);
      labelled += labels.length;
      for (const [i, a] of labels.entries()) {
        expect(a.left, `${width}px: "${a.text}" starts inside`).toBeGreaterThanOrEqual(svg.left - 0.5);
        expect(a.right, `${width}px: "${a.text}" ends inside`).toBeLessThanOrEqual(svg.right + 0.5);
        for (const b of labels.slice(i + 1)) {
          const overlap =
            a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
          expect(overlap, `${width}px: "${a.text}" overlaps "${b.text}"`).toBe(false);
        }
      }
    }
    expect(labelled, 'labels were shown at some width').toBeGreaterThan(4);
  });
}

test("a widget's overview strip brackets the date window it shows", async ({ page }) => {
  await page.setViewportSize({ width: 1200, height: 800 });
  await page.goto('/embed/timeline/?from=2021-03-01&to=2021-03-31');
  await expect(page.locator(`${GRAPHIC} [data-labels]`)).toHaveAttribute('data-placed', '');
  const [strip, bracket] = await page.evaluate(() =>
    ['[data-minimap]', '[data-mini-window]'].map((s) => {
      const r = document.querySelector(s)!.getBoundingClientRect();
      return { left: r.left, width: r.width };
    }),
  );
  // March is about a ninth of the story's days: the bracket narrows to it, well inside the strip.
  expect(bracket.width).toBeGreaterThan(0);
  expect(bracket.width).toBeLessThan(strip.width / 4);
  expect(bracket.left).toBeGreaterThan(strip.left + strip.width / 4);
});
