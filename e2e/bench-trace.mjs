// Benchmark of trace import (issue 23; not a test, numbers go in notes):
//   node e2e/bench-trace.mjs        (after `trunk build --release`)
// A one-week trace at one-minute resolution (10,080 CSV rows, 260 KB) handed to the import
// panel's file input in the page, then applied; timed in the page from the change event to
// the summary line (read + build + preview), and from Apply to the new pattern shown (the run
// restarted on it). Median of BENCH_RUNS (default 5) fresh pages.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDist } from './server.mjs';
import { launch, LabPage } from './lab-page.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const server = await serveDist(path.join(root, 'dist'), 'lab', { compress: true });
const browser = await launch();
const RUNS = Number(process.env.BENCH_RUNS || 5);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A fresh page of the lab, paused, with the import panel open. */
async function importPanel() {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  await page.goto(`${server.url}?v=1&lang=en`);
  const lab = new LabPage(page);
  await lab.waitReady();
  await lab.pause();
  await page.locator('[data-testid=trace-import] summary').click();
  return { ctx, page };
}
const runs = [];
for (let r = 0; r < RUNS; r++) {
  const { ctx, page } = await importPanel();
  const m = await page.evaluate(() => new Promise((resolve) => {
    const start = Date.parse('2024-05-06T00:00:00Z') / 1000;
    let csv = 'timestamp,RequestCount\n';
    for (let k = 0; k < 10080; k++) csv += `${start + k * 60},${Math.round(3000 + 2400 * Math.sin(k / 1440 * 2 * Math.PI) + (k * 7919 % 300))}\n`;
    const file = new File([csv], 'week.csv', { type: 'text/csv' });
    const input = document.querySelector('[data-testid=trace-file]');
    const dt = new DataTransfer();
    dt.items.add(file);
    input.files = dt.files;
    const status = document.querySelector('[data-testid=trace-status]');
    const t0 = performance.now();
    input.dispatchEvent(new Event('change', { bubbles: true }));
    const waitFor = (cond, then) => { const tick = () => (cond() ? then() : requestAnimationFrame(tick)); tick(); };
    waitFor(() => /10080 points every 60 s/.test(status.textContent), () => {
      const t1 = performance.now();
      document.querySelector('[data-testid=trace-apply]').click();
      waitFor(() => /10080 points/.test(document.querySelector('[data-testid=pattern-now]')?.textContent ?? ''), () => {
        const t2 = performance.now();
        resolve({ import_ms: t1 - t0, apply_ms: t2 - t1, total_ms: t2 - t0, bytes: csv.length });
      });
    });
  }));
  runs.push(m);
  await ctx.close();
}
console.log(JSON.stringify(runs.map((x) => Object.fromEntries(Object.entries(x).map(([k, v]) => [k, Math.round(v)]))), null, 1));
console.log(`median of ${RUNS}: import ${Math.round(median(runs.map((x) => x.import_ms)))} ms, apply ${Math.round(median(runs.map((x) => x.apply_ms)))} ms, total ${Math.round(median(runs.map((x) => x.total_ms)))} ms for a week of minutes (${runs[0].bytes} bytes)`);

// A 50 MB ALB access log (the user guide's HTTP entry, an hour at ~33 requests a second),
// picked as a file: read as a stream of chunks, counted per second. The longest main-thread
// task while it reads, and the time to the summary.
const fs = await import('node:fs');
const big = path.join(root, 'e2e', 'artifacts', 'alb-50mb.log');
if (!fs.existsSync(big)) {
  const out = fs.openSync(big, 'w');
  const t0 = Date.parse('2018-07-02T22:00:00Z');
  let written = 0, k = 0;
  while (written < 50 * 1024 * 1024) {
    const at = new Date(t0 + Math.floor(k * 30.3)).toISOString().replace('Z', '000Z');
    const line = `http ${at} app/my-loadbalancer/50dc6c495c0c9188 192.168.131.39:2817 10.0.0.1:80 0.000 0.001 0.000 200 200 34 366 "GET http://www.example.com:80/ HTTP/1.1" "curl/7.46.0" - - arn:aws:elasticloadbalancing:us-east-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067 "Root=1-58337262-36d228ad5d99923122bbe354" "-" "-" 0 ${at} "forward" "-" "-"\n`;
    fs.writeSync(out, line);
    written += line.length;
    k++;
  }
  fs.closeSync(out);
}
const { ctx, page } = await importPanel();
await page.evaluate(() => {
  window.__long = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push(e.duration); }).observe({ type: 'longtask' });
  window.__t0 = performance.now();
});
await page.locator('[data-testid=trace-file]').setInputFiles(big);
await page.waitForFunction(() => /ALB access log: \d+ points/.test(document.querySelector('[data-testid=trace-status]').textContent), null, { timeout: 120_000 });
const big50 = await page.evaluate(() => ({ ms: performance.now() - window.__t0, longest: Math.max(0, ...window.__long), long: window.__long.length, status: document.querySelector('[data-testid=trace-status]').textContent.slice(0, 90) }));
console.log(`50 MB ALB log: summary after ${Math.round(big50.ms)} ms (includes the file upload from node); tasks over 50 ms: ${big50.long}, longest ${Math.round(big50.longest)} ms; ${big50.status}`);
await ctx.close();
await browser.close();
server.close();
