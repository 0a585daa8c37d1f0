import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { TimelineJsDocument } from '../../src/lib/publish/timelineJs.ts';

/** TimelineJS3's own build, from npm, served locally: the test makes no request off this machine. */
const timelineDist = join(
  dirname(createRequire(import.meta.url).resolve('@knight-lab/timelinejs/package.json')),
  'dist',
);
const HOST = 'http://newsroom.test';
const TYPES: Record<string, string> = { js: 'text/javascript', css: 'text/css', json: 'application/json' };

const embed = `<!doctype html><html><head>
<link rel="stylesheet" href="/timelinejs/css/timeline.css">
<script src="/timelinejs/js/timeline.js"></script>
</head><body>
<div id="timeline-embed" style="width: 100%; height: 640px"></div>
<script>
  window.timeline = new TL.Timeline('timeline-embed', '/data/timelinejs.json', {
    script_path: '${HOST}/timelinejs/js/',
    font: null,
  });
</script>
</body></html>`;

test('/timelinejs.json loads in TimelineJS3 and shows every event', async ({ page, request }) => {
  const doc = (await (await request.get('/timelinejs.json')).json()) as TimelineJsDocument;
  const offsite: string[] = [];
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== HOST) {
      offsite.push(url.href);
      return route.abort();
    }
    if (url.pathname === '/') return route.fulfill({ contentType: 'text/html', body: embed });
    if (url.pathname === '/data/timelinejs.json') return route.fulfill({ json: doc });
    const file = url.pathname.replace(/^\/timelinejs\//, '');
    const body = await readFile(join(timelineDist, file)).catch(() => null);
    if (!body) return route.fulfill({ status: 404 });
    return route.fulfill({ body, contentType: TYPES[file.split('.').pop()!] ?? 'application/octet-stream' });
  });

  await page.goto(`${HOST}/`);
  // A slide per event, plus the title slide; a marker per event on the time navigation.
  await expect(page.locator('.tl-slide')).toHaveCount(doc.events.length + 1);
  await expect(page.locator('.tl-timemarker')).toHaveCount(doc.events.length);
  const headlines = await page.locator('.tl-slide .tl-headline').allTextContents();
  const decode = (html: string) =>
    page.evaluate((h) => new DOMParser().parseFromString(h, 'text/html').body.textContent, html);
  for (const event of doc.events) expect(headlines).toContain(await decode(event.text.headline));
  expect(headlines).toContain(await decode(doc.title.text.headline));
  expect(offsite).toEqual([]);
});
