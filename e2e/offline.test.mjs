// Repeat visits and no network (issue 26, item 4): the service worker (scripts/sw.js) keeps the
// build, so the lab reopens with the network off and the server gone; a new build is taken:
// the open page offers "new version: reload", and the reload runs the new build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { LabPage, ROOT, launch, openPage, workerReady } from './lab-page.mjs';
import { serveDist } from './server.mjs';

/** The page has drawn its first chart (the chart marks it with data-draw-ms). */
async function chartDrawn(page) {
  await page.locator('canvas[data-testid=cpu-chart][data-draw-ms]').waitFor({ timeout: 20_000 });
}

test('the lab reopens with the network off (ko link)', async () => {
  const browser = await launch();
  const server = await serveDist(path.join(ROOT, 'dist'));
  const { context, page, errors } = await openPage(browser);
  const link = `${server.url}?v=1&lang=ko&min=2&max=4`;
  await page.goto(link);
  await new LabPage(page).waitReady();
  await workerReady(page);
  // the network off, and the server gone too
  await context.setOffline(true);
  server.close();
  await page.reload();
  await new LabPage(page).waitReady();
  await chartDrawn(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ko');
  assert.equal(await page.locator('[data-testid=capacity-min]').inputValue(), '2', 'the link\'s state, offline');
  assert.equal(await page.locator('[data-testid=new-version]').count(), 0, 'no new-version notice on the same build');
  // a part loaded when first shown (src/app/parts.rs) comes from the cache too
  await page.locator('[data-testid=mode]').click();
  await page.locator('[data-testid=guide]').waitFor({ timeout: 20_000 });
  assert.equal(await page.locator('[data-testid=part-failed]').count(), 0, 'the guided lab opens offline');
  // a failed check for a newer worker is the browser's own message, not the lab's
  assert.deepEqual(errors.filter((e) => !/ServiceWorker|sw\.js|ERR_INTERNET_DISCONNECTED/.test(e)), []);
  await context.close();
  await browser.close();
});

test('a new build is offered with "new version: reload" and taken by the reload', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'asg-dist-'));
  await cp(path.join(ROOT, 'dist'), dir, { recursive: true });
  const browser = await launch();
  const server = await serveDist(dir);
  try {
    const { context, page, errors } = await openPage(browser);
    await page.goto(`${server.url}?v=1`);
    await new LabPage(page).waitReady();
    await workerReady(page);
    // the first worker taking over a first visit is no new version
    await page.waitForTimeout(300);
    assert.equal(await page.locator('[data-testid=new-version]').count(), 0);
    // a new build: the page changes, and the build step writes sw.js anew
    const index = path.join(dir, 'index.html');
    await writeFile(index, (await readFile(index, 'utf8')).replace('</body>', '<!-- build 2 --></body>'));
    execFileSync('node', [path.join(ROOT, 'scripts', 'offline.mjs'), dir]);
    // the next visit opens from the cache (the old build), and its browser finds the new worker
    await page.reload();
    await new LabPage(page).waitReady();
    const notice = page.locator('[data-testid=new-version]');
    await notice.waitFor({ timeout: 20_000 });
    assert.match(await notice.innerText(), /new version/i);
    await page.locator('[data-testid=new-version-reload]').click();
    await page.waitForLoadState('load');
    await new LabPage(page).waitReady();
    assert.ok((await page.content()).includes('<!-- build 2 -->'), 'the reload runs the new build');
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    server.close();
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  }
});
