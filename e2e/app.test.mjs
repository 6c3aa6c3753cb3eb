// End-to-end journeys on the release build (dist/), served under a sub-path on 127.0.0.1.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { ARTIFACTS, LabPage, useSuite } from './lab-page.mjs';

const suite = useSuite();

/** A fresh page that records console errors, page errors and requests to other origins. */
async function openPage() {
  const { browser } = suite;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = { consoleErrors: [], foreign: [] };
  page.on('console', (m) => { if (m.type() === 'error') problems.consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => problems.consoleErrors.push(String(e)));
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (!['data:', 'blob:'].includes(u.protocol) && u.origin !== suite.server.origin) problems.foreign.push(r.url());
  });
  return { context, page, problems };
}

test('the lab loads from a sub-path, paints its first chart, with no errors and no other origin', async () => {
  const { context, page, problems } = await openPage();
  const t0 = Date.now();
  await page.goto(suite.server.url);
  const lab = new LabPage(page);
  await lab.waitReady();
  await page.waitForFunction(() => {
    const c = document.querySelector('[data-testid=cpu-chart]');
    return c && c.width > 0;
  });
  await assert.doesNotReject(page.waitForFunction(() => {
    const c = document.querySelector('[data-testid=cpu-chart]');
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    for (let i = 4; i < d.length; i += 4) if (d[i] !== d[0]) return true;
    return false;
  }, null, { timeout: 10_000 }));
  console.log(`# first chart painted ${Date.now() - t0} ms after navigation`);
  assert.ok(await lab.chartInk() > 500, 'the CPU chart has axes, labels and a line');
  assert.ok(await lab.tiles().count() >= 1, 'at least one instance tile');
  assert.match(await lab.clock().innerText(), /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC$/);
  // Let simulated time run a little, then take the screenshot the README names.
  await page.waitForTimeout(1500);
  await page.screenshot({ path: path.join(ARTIFACTS, 'loaded.png'), fullPage: true });
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.foreign, []);
  await context.close();
});

test('moving the traffic control changes what is shown', async () => {
  const { context, page, problems } = await openPage();
  await page.goto(suite.server.url);
  const lab = new LabPage(page);
  await lab.waitReady();
  await lab.pause();
  const before = await lab.readout().innerText();
  await lab.setTraffic(1500);
  await lab.step(2);
  await page.waitForFunction(() => /Offered 1[45]\d\d req\/s/.test(
    document.querySelector('[data-testid=traffic-readout]').textContent), null, { timeout: 5_000 });
  const after = await lab.readout().innerText();
  assert.notEqual(after, before);
  assert.equal(await page.locator('[data-testid=traffic-number]').inputValue(), '1500');
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('request dots move while time runs and stand still while paused', async () => {
  const { context, page, problems } = await openPage();
  await page.goto(suite.server.url);
  const lab = new LabPage(page);
  await lab.waitReady();
  await lab.setTraffic(60);
  // The dots canvas: how many pixels are drawn, and a digest of them.
  const dots = () => page.evaluate(() => {
    const c = document.querySelector('[data-testid=particles]');
    if (!c.width || !c.height) return [0, 0];
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let ink = 0, h = 0;
    for (let i = 3; i < d.length; i += 4) if (d[i]) { ink++; h = (h * 31 + i + d[i - 1]) | 0; }
    return [ink, h];
  });
  await page.waitForFunction(() => {
    const c = document.querySelector('[data-testid=particles]');
    if (!c.width || !c.height) return false;
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    for (let i = 3; i < d.length; i += 4) if (d[i]) return true;
    return false;
  }, null, { timeout: 10_000 });
  const a = await dots();
  await page.waitForTimeout(200);
  assert.notDeepEqual(await dots(), a, 'the dots move while time runs');
  await lab.pause();
  await page.waitForTimeout(100);
  const paused = await dots();
  assert.ok(paused[0] > 0, 'paused dots stay on screen');
  await page.waitForTimeout(400);
  assert.deepEqual(await dots(), paused, 'nothing moves while paused');
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('the lab runs inside a sandboxed iframe of a course page', async () => {
  const { context, page, problems } = await openPage();
  await page.goto(`${suite.server.origin}/course.html`);
  const frame = page.frameLocator('#lab');
  await frame.locator('[data-testid=lab]').waitFor({ state: 'visible', timeout: 20_000 });
  assert.ok(await frame.locator('[data-testid=instance-tile]').count() >= 1);
  // time runs inside the sandbox: the simulated clock moves on by itself
  const inner = await (await page.$('#lab')).contentFrame();
  const before = await inner.locator('[data-testid=sim-elapsed]').innerText();
  await inner.waitForFunction((b) => document.querySelector('[data-testid=sim-elapsed]').textContent !== b, before,
    { timeout: 10_000 });
  assert.equal(page.url(), `${suite.server.origin}/course.html`, 'the top window did not navigate');
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.foreign, []);
  await context.close();
});

test('the lab is usable 375 px wide: nothing wider than the screen, the controls reachable', async () => {
  const { browser } = suite;
  const context = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(suite.server.url);
  const lab = new LabPage(page);
  await lab.waitReady();
  await lab.pause();
  const overflow = await page.evaluate(() => document.scrollingElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow} px wider than the screen`);
  for (const id of ['play-pause', 'traffic-slider', 'capacity-min', 'capacity-apply', 'cpu-chart']) {
    const box = await page.locator(`[data-testid=${id}]`).first().boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= 375 + 0.5, `${id} lies within the screen: ${JSON.stringify(box)}`);
  }
  await lab.setTraffic(900);
  await lab.step(2);
  await page.waitForFunction(() => /Offered (8|9)\d\d req\/s/.test(document.querySelector('[data-testid=traffic-readout]').textContent));
  await page.screenshot({ path: path.join(ARTIFACTS, 'narrow-375.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('a 100-instance group opens and runs without stopping the lab', async () => {
  // A layout change in a ResizeObserver callback makes the browser report "ResizeObserver
  // loop completed with undelivered notifications" as an error event; it is not one, and the
  // crash screen must not take the lab down for it (it did, at 100 instances, at 1280 px).
  const { context, page, problems } = await openPage();
  await page.goto(`${suite.server.url}?v=1&min=100&max=100&desired=100&cmp=-`);
  const lab = new LabPage(page);
  await lab.waitReady();
  await page.waitForTimeout(2000);
  assert.equal(await page.locator('[data-testid=crash]').count(), 0, 'no crash screen');
  await lab.pause();
  await lab.jump('+10m');
  assert.equal(await page.locator('[data-testid=crash]').count(), 0, 'no crash screen');
  assert.deepEqual(problems.consoleErrors.filter((e) => !/ResizeObserver loop/.test(e)), []);
  await context.close();
});
