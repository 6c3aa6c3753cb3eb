// Share by URL: the address bar follows the run (history replace), "Copy link" opens the same
// run at the same simulated time in a fresh browser, number for number, and a hostile link
// opens with safe values and a notice that says what was ignored or corrected.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LabPage, openPage, useSuite } from './lab-page.mjs';

const suite = useSuite();

async function readout(page) {
  const t = async (id) => (await page.locator(`[data-testid=${id}]`).textContent()).trim();
  return {
    clock: await t('sim-clock'),
    fleet: await t('fleet-summary'),
    cost: await t('cost'),
    traffic: await t('traffic-readout'),
    summary: await t('run-summary'),
    tiles: await page.locator('[data-testid=instance-tile]').evaluateAll((ts) => ts.map((x) => x.textContent)),
    activity: await t('activity-list'),
  };
}

test('a copied link reopens the same run at the same simulated time', async () => {
  const a = await suite.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const pageA = await a.newPage();
  await pageA.goto(suite.server.url);
  const labA = new LabPage(pageA);
  await labA.waitReady();
  await labA.pause();
  const historyLength = await pageA.evaluate(() => history.length);
  await labA.stressFirstInstance('1200');
  await labA.setTraffic(120);
  await labA.jump('+7m');
  await pageA.locator('[data-testid=capacity-max]').fill('4');
  await pageA.locator('[data-testid=capacity-apply]').click();
  await labA.jump('+11m');
  // The address bar follows (replace, never a new history entry).
  await pageA.waitForFunction(() => location.search.includes('ev='));
  assert.equal(await pageA.evaluate(() => history.length), historyLength, 'no history entry per change');
  await pageA.locator('[data-testid=copy-link]').click();
  const link = await pageA.locator('[data-testid=share-link]').inputValue();
  assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/lab\/\?v=1&ev=.*stress.*&t=\d+&lang=en$/);
  const before = await readout(pageA);

  const b = await suite.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const pageB = await b.newPage();
  const errors = [];
  pageB.on('pageerror', (e) => errors.push(String(e)));
  await pageB.goto(link);
  await new LabPage(pageB).waitReady();
  await pageB.waitForFunction((c) => document.querySelector('[data-testid=sim-clock]').textContent.trim() === c, before.clock);
  await pageB.waitForFunction(() => document.querySelector('[data-testid=opening]').hidden);
  assert.equal(await pageB.locator('[data-testid=play-pause]').getAttribute('aria-pressed'), 'false', 'opens paused');
  assert.deepEqual(await readout(pageB), before);
  assert.equal(await pageB.locator('[data-testid=link-notice]').isHidden(), true, 'a clean link has no notice');
  assert.deepEqual(errors, []);
  await a.close();
  await b.close();
});

test('a hostile link opens with safe values and says what it ignored', async () => {
  const { context: ctx, page, errors } = await openPage(suite.browser);
  const hostile = '?v=9&min=5&max=2&bogus=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&traffic=%ZZ&seed=1e99&desired=abc';
  await page.goto(suite.server.url + hostile);
  const lab = new LabPage(page);
  await lab.waitReady();
  const notice = page.locator('[data-testid=link-notice]');
  await notice.waitFor({ state: 'visible' });
  const text = await notice.textContent();
  for (const key of ['v', 'min', 'bogus', 'traffic', 'seed', 'desired']) assert.ok(text.includes(key), `notice names ${key}: ${text}`);
  assert.equal(await page.locator('img').count(), 0, 'nothing from the link became HTML');
  assert.match(await page.locator('[data-testid=fleet-summary]').textContent(), /min \d+ · max \d+/);
  assert.ok(await lab.tiles().count() >= 1);
  await page.locator('[data-testid=link-notice-dismiss]').click();
  await notice.waitFor({ state: 'hidden' });
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('an embed link shows the compact lab inside a course page, never moving the page', async () => {
  const ctx = await suite.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${suite.server.origin}/course.html?v=1&embed=1&panels=fleet,alarms&locked=1`);
  const frame = page.frameLocator('#lab');
  await frame.locator('[data-testid=embed-bar]').waitFor({ timeout: 20_000 });
  assert.ok(await frame.locator('[data-testid=fleet-summary]').count() === 1);
  assert.ok(await frame.locator('[data-testid=alarms-table]').count() === 1);
  assert.equal(await frame.locator('[data-testid=charts-panel]').count(), 0);
  assert.equal(await frame.locator('[data-testid=capacity-apply]').count(), 0, 'locked: no controls');
  assert.equal(await frame.locator('[data-testid=open-full]').count(), 1);
  assert.equal(page.url(), `${suite.server.origin}/course.html?v=1&embed=1&panels=fleet,alarms&locked=1`);
  assert.deepEqual(errors, []);
  await ctx.close();
});
