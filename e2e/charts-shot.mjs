// Screenshots of the charts panel (light and dark, DPR 2) and the measured redraw cost.
// Usage: node e2e/charts-shot.mjs [outdir]  (after `trunk build --release`)
import { launch, LabPage } from './lab-page.mjs';
import { serveDist } from './server.mjs';

const out = process.argv[2] || 'e2e/artifacts';
const server = await serveDist(new URL('../dist', import.meta.url).pathname);
const browser = await launch();
for (const scheme of ['light', 'dark']) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1400 }, deviceScaleFactor: 2, colorScheme: scheme });
  await page.goto(server.url);
  const lab = new LabPage(page);
  await lab.waitReady();
  await lab.pause();
  await lab.setTraffic(600);
  await lab.step(25);
  await page.waitForTimeout(500);
  const cpu = page.locator('[data-testid=cpu-chart-overlay]');
  const box = await cpu.boundingBox();
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
  await page.waitForTimeout(200);
  await page.locator('[data-testid=charts-panel]').screenshot({ path: `${out}/charts-${scheme}.png` });
  const ms = await page.$$eval('canvas[data-draw-ms]', (cs) => cs.map((c) => `${c.dataset.testid}=${c.dataset.drawMs}`));
  console.log(scheme, 'last redraw [ms]:', ms.join(' '));
  // Redraw cost over 20 new minutes (each step = one redraw of all six charts).
  const samples = [];
  for (let i = 0; i < 20; i++) {
    await lab.step(1);
    await page.waitForTimeout(30);
    samples.push(...(await page.$$eval('canvas[data-draw-ms]', (cs) => cs.map((c) => Number(c.dataset.drawMs)))));
  }
  samples.sort((a, b) => a - b);
  console.log(scheme, `redraw per chart: median ${samples[samples.length >> 1]} ms, p90 ${samples[Math.floor(samples.length * 0.9)]} ms (n=${samples.length})`);
  await page.close();
}
await browser.close();
server.close();
