// Real traffic (issue 23): a `get-metric-data` JSON and a gzipped ALB access log imported
// through the file picker, previewed and applied; the RequestCount metric follows the trace;
// the link reopens the same run; a broken file names its line and applies nothing (en, ko).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { ARTIFACTS, LabPage, openPage, useSuite } from './lab-page.mjs';

const suite = useSuite();

/** `aws cloudwatch get-metric-data` output: two hours of per-minute RequestCount sums,
 *  newest first, as the CLI prints it; minute k has 1200 + 60·(k mod 30) requests. */
function metricData() {
  const start = Date.parse('2024-05-01T09:00:00Z');
  const ts = [], vs = [];
  for (let k = 119; k >= 0; k--) {
    ts.push(new Date(start + k * 60_000).toISOString().replace('.000Z', '+00:00'));
    vs.push(1200 + 60 * (k % 30));
  }
  return JSON.stringify({ MetricDataResults: [{ Id: 'm1', Label: 'RequestCount', Timestamps: ts, Values: vs, StatusCode: 'Complete' }], Messages: [] }, null, 4);
}
const sumAt = (k) => 1200 + 60 * (k % 30);

/** An ALB access log (the user guide's HTTP example entry), 10 minutes with 3 requests a second. */
function albLog() {
  const lines = [];
  const t0 = Date.parse('2018-07-02T22:00:00Z');
  for (let s = 0; s < 600; s++) {
    for (let r = 0; r < 3; r++) {
      const at = new Date(t0 + s * 1000 + r * 100).toISOString().replace('Z', '000Z');
      lines.push(`http ${at} app/my-loadbalancer/50dc6c495c0c9188 192.168.131.39:2817 10.0.0.1:80 0.000 0.001 0.000 200 200 34 366 "GET http://www.example.com:80/ HTTP/1.1" "curl/7.46.0" - - arn:aws:elasticloadbalancing:us-east-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067 "Root=1-58337262-36d228ad5d99923122bbe354" "-" "-" 0 ${at} "forward" "-" "-"`);
    }
  }
  return lines.join('\n') + '\n';
}

async function openImport(page, lang) {
  await page.goto(`${suite.server.url}?v=1&lang=${lang}`);
  const lab = new LabPage(page);
  await lab.waitReady();
  await lab.pause();
  await page.locator('[data-testid=trace-import] summary').click();
  return lab;
}

test('a get-metric-data JSON becomes the traffic, the metric follows it, and the link reopens it', async () => {
  const { context, page, errors } = await openPage(suite.browser);
  const tid = (id) => page.locator(`[data-testid=${id}]`);
  await openImport(page, 'en');
  const file = path.join(ARTIFACTS, 'request-count.json');
  fs.writeFileSync(file, metricData());
  await tid('trace-file').setInputFiles(file);
  await page.waitForFunction(() => /points every/.test(document.querySelector('[data-testid=trace-status]').textContent));
  const status = await tid('trace-status').innerText();
  assert.match(status, /CloudWatch JSON \(RequestCount\): 120 points every 60 s/);
  assert.match(status, /The link carries it/);
  assert.equal(await tid('trace-preview').isVisible(), true);
  await tid('trace-import').screenshot({ path: path.join(ARTIFACTS, 'trace-import-en.png') });
  await tid('trace-apply').click();
  await page.waitForFunction(() => /recorded trace: 120 points/.test(document.querySelector('[data-testid=pattern-now]').textContent));
  assert.match(await tid('sim-clock').innerText(), /^2024-05-01 09:00/, "the clock starts at the trace's first time");
  await tid('jump-1h').click();
  await page.waitForFunction(() => document.querySelector('[data-testid=sim-elapsed]').textContent.startsWith('+1h'));
  // the metric as exported: each minute's RequestCount sum near the trace's requests
  const [download] = await Promise.all([page.waitForEvent('download'), (async () => {
    await tid('exports').locator('summary').click();
    await tid('export-csv').click();
  })()]);
  const csv = (await (await download.createReadStream()).toArray().then((b) => Buffer.concat(b).toString('utf8'))).trim().split('\n');
  const head = csv[0].split(',');
  const col = head.findIndex((h) => h.startsWith('RequestCount (Sum)'));
  const rows = csv.slice(1).map((l) => l.split(','));
  let checked = 0;
  for (const r of rows.slice(2, 58)) {
    const minute = Number(r[0].slice(14, 16));
    const got = Number(r[col]);
    // linear between points: minute k's requests lie between its and the next minute's sums
    const lo = Math.min(sumAt(minute), sumAt(minute + 1)) * 0.85, hi = Math.max(sumAt(minute), sumAt(minute + 1)) * 1.15;
    assert.ok(got >= lo && got <= hi, `minute ${minute}: ${got} not in ${lo}–${hi}`);
    checked++;
  }
  assert.ok(checked >= 50);
  // the link reopens the same run: the same clients rate at the same moment
  await tid('copy-link').click();
  const link = await tid('share-link').inputValue();
  assert.match(link, /traffic=trace\(60,/);
  const here = await tid('clients-node').innerText();
  const other = await openPage(suite.browser);
  await other.page.goto(link);
  await new LabPage(other.page).waitReady();
  await other.page.waitForFunction(() => document.querySelector('[data-testid=sim-elapsed]').textContent.startsWith('+1h'));
  assert.equal(await other.page.locator('[data-testid=clients-node]').innerText(), here);
  assert.match(await other.page.locator('[data-testid=pattern-now]').innerText(), /recorded trace: 120 points/);
  assert.deepEqual(other.errors, []);
  await other.context.close();
  assert.deepEqual(errors, []);
  await context.close();
});

test('a gzipped ALB access log is counted per second; a broken file applies nothing (ko)', async () => {
  const { context, page, errors } = await openPage(suite.browser);
  const tid = (id) => page.locator(`[data-testid=${id}]`);
  await openImport(page, 'ko');
  const gz = path.join(ARTIFACTS, 'alb.log.gz');
  fs.writeFileSync(gz, zlib.gzipSync(albLog()));
  await tid('trace-file').setInputFiles(gz);
  await page.waitForFunction(() => /ALB 액세스 로그/.test(document.querySelector('[data-testid=trace-status]').textContent));
  assert.match(await tid('trace-status').innerText(), /1초마다 600개 점/);
  assert.equal(await tid('trace-apply').isDisabled(), false);
  await tid('trace-apply').click();
  await page.waitForFunction(() => /기록된 트래픽: 1초마다 600개 점/.test(document.querySelector('[data-testid=pattern-now]').textContent));
  await tid('step').click();
  await page.waitForFunction(() => /^3 req\/s/.test(document.querySelector('[data-testid=clients-node] .live').textContent));
  // a broken CSV: the line and what was expected, in Korean; Apply stays off
  await tid('trace-import').locator('summary').click();
  await tid('trace-paste').fill('time,value\n2024-05-01T00:00:00Z,5\n2024-05-01T00:01:00Z,다섯\n');
  await tid('trace-read').click();
  await page.waitForFunction(() => /3번째 줄/.test(document.querySelector('[data-testid=trace-status]').textContent));
  assert.match(await tid('trace-status').innerText(), /3번째 줄: 0 이상의 숫자가 와야 합니다\. 찾은 값: "다섯"/);
  assert.match(await tid('trace-status').innerText(), /아무것도 적용하지 않았습니다/);
  assert.equal(await tid('trace-apply').isDisabled(), true);
  assert.match(await tid('pattern-now').innerText(), /600개 점/, 'the applied trace is still the traffic');
  await tid('trace-import').screenshot({ path: path.join(ARTIFACTS, 'trace-import-ko.png') });
  assert.deepEqual(errors, []);
  await context.close();
});
