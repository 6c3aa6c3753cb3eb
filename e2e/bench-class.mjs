// Benchmark of the class results page (issue 22; not a test, numbers go in notes):
//   node e2e/bench-class.mjs        (after `trunk build --release`)
// 30 hand-ins of a one-day campaign challenge (cost-cap: 24 h) pasted and graded; for each
// of BENCH_RUNS runs (default 5): the time from "Replay and grade" to "Graded 30 of 30", the
// longest task on the main thread (PerformanceObserver 'longtask', which reports tasks over
// 50 ms), the longest gap between two animation frames while it worked, and how many gaps
// were over 50 ms.
import { serveDist } from './server.mjs';
import { launch, LabPage } from './lab-page.mjs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const server = await serveDist(path.join(root, 'dist'), 'lab', { compress: true });
const browser = await launch();
const RUNS = Number(process.env.BENCH_RUNS || 5);
const N = 30;
const links = Array.from({ length: N }, (_, i) =>
  `${server.url}?v=1&challenge=cost-cap&do=${i % 2 ? '0:cap:1:4:-' : '0:cap:1:6:-'}&by=Student%20${i + 1}&tries=${1 + (i % 3)}`);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = [];
for (let r = 0; r < RUNS; r++) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  await page.goto(`${server.url}?v=1&lang=en#class`);
  const lab = new LabPage(page);
  await lab.waitReady();
  await lab.pause();
  await page.locator('[data-testid=class-links]').fill(links.join('\n'));
  const m = await page.evaluate((n) => new Promise((resolve) => {
    const long = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) long.push(e.duration); }).observe({ type: 'longtask' });
    let last = performance.now();
    let maxGap = 0;
    let over = 0;
    let done = false;
    const frame = (t) => { if (t - last > 50) over += 1; maxGap = Math.max(maxGap, t - last); last = t; if (!done) requestAnimationFrame(frame); };
    requestAnimationFrame((t) => { last = t; requestAnimationFrame(frame); });
    const t0 = performance.now();
    document.querySelector('[data-testid=class-grade]').click();
    const poll = () => {
      if (document.querySelector('[data-testid=class-progress]').textContent === `Graded ${n} of ${n}`) {
        done = true;
        setTimeout(() => resolve({ ms: performance.now() - t0, longTasks: long.length, longestTask: Math.max(0, ...long), maxFrameGap: maxGap, gapsOver50: over }), 100);
      } else setTimeout(poll, 20);
    };
    poll();
  }), N);
  const scores = await page.locator('[data-testid=class-score]').allInnerTexts();
  results.push({ ...m, graded: scores.filter((s) => s !== '').length });
  await ctx.close();
}
console.log(JSON.stringify(results.map((x) => Object.fromEntries(Object.entries(x).map(([k, v]) => [k, Math.round(v)]))), null, 1));
console.log(`median over ${RUNS} runs: ${Math.round(median(results.map((x) => x.ms)))} ms for ${N} one-day hand-ins; longest task ${Math.round(median(results.map((x) => x.longestTask)))} ms; longest frame gap ${Math.round(median(results.map((x) => x.maxFrameGap)))} ms; gaps over 50 ms per run: ${results.map((x) => x.gapsOver50).join(', ')}`);
await browser.close();
server.close();
