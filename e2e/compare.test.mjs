// "Why Auto Scaling" on the flash-crowd preset, through the UI alone: the same traffic against a
// fixed fleet sized for the average (it fails requests at the peak) and one sized for the peak
// (it costs more), and the verdict says so. Screenshot: e2e/artifacts/compare-flash-crowd.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { ARTIFACTS, LabPage, openPage, useSuite } from './lab-page.mjs';

const suite = useSuite();

test('flash crowd: the average-sized fleet fails, the peak-sized one costs more, the verdict says so', async () => {
  const { context, page, errors } = await openPage(suite.browser);
  await page.goto(`${suite.server.url}?v=1&preset=flash-crowd`);
  const lab = new LabPage(page);
  await lab.waitReady();
  await lab.pause();
  // the crowd arrives at 10 minutes and is gone within the hour; the fleets' costs part after
  await lab.jump('+3h');
  await page.waitForFunction(() => /^Auto Scaling served/.test(document.querySelector('[data-testid=compare-verdict]').textContent));

  const live = await lab.compareRun('live');
  const avg = await lab.compareRun('avg');
  const peak = await lab.compareRun('peak');
  assert.match(avg.label, /^Fixed, sized for the average: \d+$/);
  assert.match(peak.label, /^Fixed, sized for the peak: 17$/);
  assert.ok(avg.failedPct > 1, `the average-sized fleet fails requests at the peak: ${avg.failedPct} %`);
  assert.ok(peak.failedPct < 0.1, `the peak-sized fleet does not: ${peak.failedPct} %`);
  assert.ok(peak.cost > live.cost, `the peak-sized fleet costs more: $${peak.cost} vs $${live.cost}`);

  const verdict = await lab.verdict();
  const share = Math.round((live.cost / peak.cost) * 1000) / 10;
  assert.match(verdict, /of the peak fleet's cost; the average-sized fleet failed [\d.]+ % of them\.$/);
  const said = Number(verdict.match(/for ([\d.]+) % of the peak fleet's cost/)[1]);
  assert.ok(Math.abs(said - share) <= 0.2, `the verdict's share (${said} %) is the costs' (${share} %)`);
  assert.ok(said < 100, 'Auto Scaling costs less than the peak-sized fleet');
  const saidFailed = Number(verdict.match(/failed ([\d.]+) % of them/)[1]);
  assert.ok(Math.abs(saidFailed - avg.failedPct) <= 0.1, `${saidFailed} vs ${avg.failedPct}`);

  // the link carries the comparison once it is changed, and reopens it
  await page.locator('[data-testid=compare-policy]').selectOption('step');
  await page.locator('[data-testid=compare-alt]').waitFor();
  // the fixed fleets' sizes, set when they started, are written down with the new run
  await page.waitForFunction(() => /cmp=avg:\d+,peak:17,alt:step/.test(location.search));

  await page.locator('[data-testid=compare-panel]').screenshot({ path: path.join(ARTIFACTS, 'compare-flash-crowd.png') });
  assert.deepEqual(errors, []);
  await context.close();
});
