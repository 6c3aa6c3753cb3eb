// The static first view (issue 26, item 2): before the wasm has arrived, index.html shows the
// app's own first screen (scripts/first-view.mjs) in the link's language, inert; the app then
// takes over with every box of the first screen where it was and no layout shift (CLS ≤ 0.1).
// Held back: the wasm's response, until the first view has been measured.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { ARTIFACTS, LabPage, openPage, useSuite } from './lab-page.mjs';

const suite = useSuite();
const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const BOXES = ['.lab-header', '.panel.fleet', '.panel.charts', '.chart-card', '.diagram .node.alb'];

/** The boxes of the first screen's parts (the last match: the app's once it is there). */
const boxes = (sels) => Object.fromEntries(sels.map((s) => {
  const all = [...document.querySelectorAll(s)];
  const r = all[all.length - 1]?.getBoundingClientRect();
  return [s, r && [r.left, r.top, r.width, r.height].map(Math.round)];
}));

/** Opens `query` with the wasm held back; returns the page and a function that lets it go. */
async function held(options, query) {
  const { context, page, errors } = await openPage(suite.browser, options);
  await context.addInitScript(() => {
    window.__cls = 0;
    new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; })
      .observe({ type: 'layout-shift', buffered: true });
  });
  let release;
  const gate = new Promise((r) => { release = r; });
  await page.route('**/*.wasm', async (route) => { await gate; await route.continue(); });
  await page.goto(`${suite.server.url}${query}`);
  return { context, page, errors, release };
}

for (const [name, options, lang, heading] of [
  ['phone, ko', PHONE, 'ko', 'Auto Scaling 그룹'],
  ['desktop, en', {}, 'en', 'Auto Scaling group'],
]) {
  test(`the first view is the app's first screen, and the app takes it over in place (${name})`, async () => {
    const { context, page, errors, release } = await held(options, `?v=1&lang=${lang}`);
    const view = page.locator('[data-testid=first-view]');
    await view.waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    assert.equal(await view.evaluate((e) => e.inert), true, 'nothing in it can be used yet');
    assert.match(await view.innerText(), new RegExp(heading));
    // no hook of the live app in the copy: tests and the app's own lookups find the app only
    assert.equal(await view.locator('[id], [data-testid], [style]').count(), 0);
    assert.equal(await page.locator('[data-testid=lab]').count(), 0, 'the app is not there yet');
    await page.screenshot({ path: path.join(ARTIFACTS, `first-view-${lang}.png`) });
    const before = await page.evaluate(boxes, BOXES);
    release();
    await new LabPage(page).waitReady();
    await page.locator('canvas[data-testid=cpu-chart][data-draw-ms]').waitFor();
    const after = await page.evaluate(boxes, BOXES);
    for (const s of BOXES) {
      assert.ok(before[s] && after[s], `${s} in both`);
      before[s].forEach((v, i) => assert.ok(Math.abs(v - after[s][i]) <= 1, `${s} stays in place: ${before[s]} → ${after[s]}`));
    }
    await page.waitForTimeout(500);
    const cls = await page.evaluate(() => window.__cls);
    assert.ok(cls <= 0.1, `cumulative layout shift ${cls}`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('a challenge link, the class page and an embed open without the console\'s first view', async () => {
  for (const query of ['?v=1&challenge=stress-cost', '?v=1#class', '?v=1&embed=1']) {
    const { context, page, release } = await held({}, query);
    await page.locator('#boot .boot-msg').waitFor();
    assert.equal(await page.locator('[data-testid=first-view]').count(), 0, query);
    release();
    await context.close();
  }
});
