// The lab first on a phone (issue 26, item 1; 412×823, touch, both languages): the clock and
// play/pause and the guided lab in the first rows, the fleet before the controls and the CPU chart starting in
// the first screen, drawn and whole; the controls, the campaign and the class page follow
// below; nothing scrolls sideways but the header's own row of controls.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { ARTIFACTS, LabPage, openPage, useSuite } from './lab-page.mjs';

const suite = useSuite();
const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

for (const lang of ['en', 'ko']) {
  test(`on a phone the fleet and the CPU chart come before the controls (${lang})`, async () => {
    const { context, page, errors } = await openPage(suite.browser, PHONE);
    await page.goto(`${suite.server.url}?v=1&lang=${lang}`);
    await new LabPage(page).waitReady();
    const top = (sel) => page.locator(sel).first().evaluate((e) => e.getBoundingClientRect().top);
    const bottom = (sel) => page.locator(sel).first().evaluate((e) => e.getBoundingClientRect().bottom);
    const screen = 823;
    assert.ok(await top('[data-testid=play-pause]') < 120, 'play / pause in the first rows');
    assert.ok(await top('[data-testid=sim-clock]') < 120, 'the clock in the first rows');
    // the guided lab, how the course's assignment starts, is on screen without scrolling sideways
    const mode = await page.locator('[data-testid=mode]').boundingBox();
    assert.ok(mode.y < 120 && mode.x >= 0 && mode.x + mode.width <= 412 - 24, `the guided lab button on screen: ${JSON.stringify(mode)}`);
    const fleet = await top('[data-testid=fleet-summary]');
    assert.ok(fleet < 300, `the fleet near the top: ${fleet}`);
    assert.ok(await bottom('[data-testid=instance-tile]') < screen, 'the instance is in the first screen');
    const chart = await top('[data-testid=cpu-chart]');
    const chartEnd = await bottom('[data-testid=cpu-chart]');
    assert.ok(chartEnd <= screen, `the CPU chart is whole in the first screen: ${chart}–${chartEnd}`);
    await page.locator('canvas[data-testid=cpu-chart][data-draw-ms]').waitFor();
    assert.ok(await top('[data-testid=capacity-apply]') > chart, 'the controls follow the charts');
    assert.ok(await top('[data-testid=campaign]') > await top('[data-testid=capacity-apply]'), 'the campaign follows the console');
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), 0, 'no sideways scroll');
    await page.screenshot({ path: path.join(ARTIFACTS, `phone-first-${lang}.png`) });
    // the header's row of controls scrolls on its own, and every control in it can be reached
    await page.locator('[data-testid=reset]').scrollIntoViewIfNeeded();
    assert.equal(await page.locator('[data-testid=reset]').isVisible(), true);
    assert.deepEqual(errors, []);
    await context.close();
  });
}
