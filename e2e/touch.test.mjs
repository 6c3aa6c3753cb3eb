// Issue #14 on a phone (412×823, touch, DPR 2): every control is at least 24×24 CSS px
// (WCAG 2.2 AA target size), and the charts and the fleet answer a tap, not only hover.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LabPage, useSuite } from './lab-page.mjs';
import { GuidePage } from './guide-page.mjs';

const suite = useSuite();
const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

/** Every shown control smaller than 24×24 CSS px, described for the failure message. */
function smallTargets(page) {
  return page.evaluate(() => {
    document.querySelectorAll('details').forEach((d) => { d.open = true; });
    const sel = 'button, a[href], input:not([type=hidden]), select, textarea, summary, '
      + '[tabindex]:not([tabindex="-1"]), [role=button]';
    const out = [];
    for (const el of document.querySelectorAll(sel)) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue; // not rendered (hidden, closed, other mode)
      if (r.width < 23.5 || r.height < 23.5) {
        out.push(`${el.tagName.toLowerCase()} ${el.dataset.testid || el.className} ${r.width.toFixed(1)}×${r.height.toFixed(1)}`);
      }
    }
    return out;
  });
}

async function phonePage(query = '?v=1&min=30&max=30&desired=30') {
  const context = await suite.browser.newContext(PHONE);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${suite.server.url}${query}`);
  await new LabPage(page).waitReady();
  return { context, page, errors };
}

test('on a phone every control of the lab and of all seven guided steps is at least 24×24 px', async () => {
  const { context, page, errors } = await phonePage();
  const counted = await page.locator('button, input, select, summary').count();
  assert.ok(counted > 40, `the audit sees the controls (${counted})`);
  assert.deepEqual(await smallTargets(page), [], 'the live console');
  await page.locator('[data-testid=embed-open]').click();
  await page.locator('[data-testid=embed-dialog]').waitFor();
  assert.deepEqual(await smallTargets(page), [], 'the embed dialog');
  // On a phone the dialog covers the header's button: its own Close button closes it.
  await page.locator('[data-testid=embed-dialog]').getByRole('button', { name: 'Close' }).click();
  await page.locator('[data-testid=embed-dialog]').waitFor({ state: 'hidden' });
  const guide = new GuidePage(page);
  await guide.start();
  for (let n = 1; n <= 7; n++) {
    await guide.open(n);
    assert.deepEqual(await smallTargets(page), [], `guided step ${n}`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('on a phone the compact embed and its controls are at least 24×24 px too', async () => {
  const { context, page, errors } = await phonePage('?v=1&embed=1&panels=fleet,charts,compare');
  await page.locator('[data-testid=embed-bar]').waitFor();
  assert.deepEqual(await smallTargets(page), [], 'the embed');
  assert.deepEqual(errors, []);
  await context.close();
});

test('on a phone a tap on a chart shows its values and a tap on the fleet chooses an instance', async () => {
  const { context, page, errors } = await phonePage();
  const lab = new LabPage(page);
  await page.locator('[data-testid=jump-10m]').click();
  await lab.pause(); // before measuring: clicking the button scrolls the page to it
  const overlay = page.locator('[data-testid=cpu-chart-overlay]');
  await overlay.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelector('[data-testid=cpu-chart][data-draw-ms]'));
  const box = await overlay.boundingBox();
  await page.touchscreen.tap(box.x + box.width * 0.5, box.y + box.height / 2);
  await page.locator('[data-testid=cpu-chart-tip]').waitFor({ timeout: 5000 });
  assert.match(await page.locator('[data-testid=cpu-chart-tip]').innerText(), /UTC[\s\S]*%/);
  // 30 instances: the compact fleet, one canvas of cells per AZ; a tap picks the cell's instance.
  const lane = page.locator('[data-testid=lane-grid]').first();
  await lane.scrollIntoViewIfNeeded();
  const cell = await lane.boundingBox();
  await page.touchscreen.tap(cell.x + 8, cell.y + 8);
  await page.locator('[data-testid=instance-tile]').first().waitFor({ timeout: 5000 });
  assert.deepEqual(errors, []);
  await context.close();
});
