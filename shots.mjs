import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const pages = [['story-top', '/'], ['story-mid', '/#2021-03-10-eset-finds-ten-groups-exploiting-exchange'], ['event', '/events/2021-07-19-uk-holds-chinese-state-responsible/'], ['actor', '/actors/microsoft/'], ['sources', '/sources/'], ['thread', '/threads/attribution/'], ['method', '/how-we-made-this/'], ['builder', '/embed/'], ['w-timeline', '/embed/timeline/'], ['w-event', '/embed/event/2021-03-02-microsoft-releases-emergency-patches/'], ['404', '/nope/']];
for (const [scheme, vp] of [['light', { width: 1440, height: 900 }], ['dark', { width: 390, height: 844 }], ['light', { width: 390, height: 844 }], ['dark', { width: 1440, height: 900 }]]) {
  const ctx = await b.newContext({ viewport: vp, colorScheme: scheme, deviceScaleFactor: 1 });
  const p = await ctx.newPage();
  for (const [name, path] of pages) {
    await p.goto('http://127.0.0.1:4329' + path, { waitUntil: 'networkidle' });
    await p.waitForTimeout(400);
    await p.screenshot({ path: `screenshots/${name}-${vp.width}-${scheme}.png` });
  }
  await ctx.close();
}
await b.close();
