// The content security policy (scripts/csp.mjs, written at build time): the built page carries
// it, nothing the lab does violates it — charts, their tooltips, the compact fleet canvas, the
// request particles, exports, the comparison — no request leaves the page's origin, and once
// loaded the lab keeps running offline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LabPage, useSuite } from './lab-page.mjs';

const suite = useSuite();

test('no CSP violation, no other origin, and the lab runs on offline', async () => {
  const context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(String(e)));
  const foreign = [];
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (!['data:', 'blob:'].includes(u.protocol) && u.origin !== suite.server.origin) foreign.push(r.url());
  });
  await page.goto(`${suite.server.url}?v=1&preset=flash-crowd`);
  const meta = await page.locator('meta[http-equiv=Content-Security-Policy]').getAttribute('content');
  assert.match(meta, /default-src 'self'/);
  assert.match(meta, /script-src ('sha256-[A-Za-z0-9+/=]+' )+'strict-dynamic' 'wasm-unsafe-eval'/);
  assert.match(meta, /base-uri 'none'/);
  assert.match(meta, /form-action 'none'/);
  assert.doesNotMatch(meta, /unsafe-inline|frame-ancestors/);

  const lab = new LabPage(page);
  await lab.waitReady();
  await lab.pause();
  await lab.jump('+20m'); // the crowd: a compact fleet (canvas grid) and busy charts
  await page.locator('[data-testid=play-pause]').click();
  await page.waitForTimeout(800); // particles and redraws while time runs
  await lab.pause();
  // a chart tooltip (positioned through the style object)
  const chart = page.locator('[data-testid=cpu-chart]');
  await chart.scrollIntoViewIfNeeded(); // (the header may wrap: the chart can start below the fold)
  const box = await chart.boundingBox();
  await page.mouse.move(box.x + box.width * 0.7, box.y + box.height / 2);
  await page.locator('[data-testid=cpu-chart-tip]').waitFor();
  // the comparison, and an export
  await page.locator('[data-testid=compare-policy]').selectOption('tt70');
  await page.locator('[data-testid=compare-alt]').waitFor();
  const csv = page.locator('[data-testid=export-csv]');
  assert.equal(await csv.count(), 1, 'the CSV export button is there');
  await csv.evaluate((b) => b.closest('details')?.setAttribute('open', ''));
  const [download] = await Promise.all([page.waitForEvent('download'), csv.click()]);
  assert.ok(download.suggestedFilename().endsWith('.csv'));

  // offline once loaded: time still runs, nothing is fetched
  await context.setOffline(true);
  const before = await page.locator('[data-testid=sim-elapsed]').innerText();
  await lab.jump('+10m');
  assert.notEqual(await page.locator('[data-testid=sim-elapsed]').innerText(), before);

  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  assert.deepEqual(problems, []);
  assert.deepEqual(foreign, []);
  await context.close();
});
