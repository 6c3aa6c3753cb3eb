// The parts loaded when first shown (src/app/parts.rs, scripts/split.mjs; issue 26, item 3):
// the first screen fetches none of them; a part whose module cannot be fetched says so in the
// learner's language, the run goes on, and "Try again" loads it once the network is back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { GuidePage } from './guide-page.mjs';
import { LabPage, ROOT, openPage, useSuite } from './lab-page.mjs';

const suite = useSuite();
// The page's own fetches: no service worker (a worker that has the build serves the parts from
// its cache, which the network routes below do not see; e2e/offline.test.mjs covers it).
const NO_WORKER = { serviceWorkers: 'block' };
const PART = /-(guided_lab|class_results|author_form|trace_import|chunk_\d+)\.wasm$/;

test('the build has parts, and the first screen fetches none of them', async () => {
  const files = (await readdir(path.join(ROOT, 'dist'))).filter((f) => PART.test(f));
  for (const part of ['guided_lab', 'class_results', 'author_form', 'trace_import']) {
    assert.ok(files.some((f) => f.endsWith(`-${part}.wasm`)), `dist/ has the ${part} part`);
  }
  const { context, page, errors } = await openPage(suite.browser, NO_WORKER);
  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto(`${suite.server.url}?v=1&lang=en`);
  const lab = new LabPage(page);
  await lab.waitReady();
  await page.locator('canvas[data-testid=cpu-chart][data-draw-ms]').waitFor();
  const main = fetched.filter((p) => p.endsWith('.wasm'));
  assert.equal(main.length, 1, `one wasm for the first screen, not ${main.join(', ')}`);
  assert.ok(!PART.test(main[0]));
  // a part is fetched when it is shown: the guided lab
  await new GuidePage(page).start();
  assert.ok(fetched.some((p) => p.endsWith('-guided_lab.wasm')), 'the guided lab loaded when started');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a part that cannot be fetched says so (ko), the run goes on, and "Try again" loads it', async () => {
  const { context, page, errors } = await openPage(suite.browser, NO_WORKER);
  await page.route(PART, (route) => route.abort('internetdisconnected'));
  await page.goto(`${suite.server.url}?v=1&lang=ko`);
  const lab = new LabPage(page);
  await lab.waitReady();
  await page.locator('[data-testid=mode]').click();
  const failed = page.locator('[data-testid=part-failed][data-part=guided-lab]');
  await failed.waitFor({ timeout: 20_000 });
  assert.match(await failed.innerText(), /불러오지 못했습니다/);
  assert.equal(await failed.getAttribute('role'), 'alert');
  // the page is alive: the message follows a switch of language
  await page.selectOption('[data-testid=lang]', 'en');
  await page.waitForFunction(() => /did not load/.test(document.querySelector('[data-testid=part-failed]').textContent));
  assert.match(await page.locator('[data-testid=part-retry]').innerText(), /Try again/);
  // the network back: one click loads the guided lab
  await page.unroute(PART);
  await page.locator('[data-testid=part-retry]').click();
  await page.locator('[data-testid=guide]').waitFor({ timeout: 20_000 });
  assert.equal(await page.locator('[data-testid=part-failed]').count(), 0);
  // only the refused fetches are errors (the browser's and the loader's own lines)
  assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|failed to load|TypeError/i.test(e)), []);
  await context.close();
});
