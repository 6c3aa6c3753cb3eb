// Trunk post-build hook (first of three, see Trunk.toml): puts a static first view into the
// built index.html, so a phone shows the lab's layout and texts while the wasm downloads
// (issue 26, item 2). It is the app's own first screen: the build is served on 127.0.0.1,
// opened in headless Chromium in English and in Korean, and what the app drew (header,
// campaign bar, controls, fleet and charts; not what is built below the charts) is copied
// into `<template data-first-view="en|ko">` in `#boot`. The boot script in index.html shows the
// one for the link's or the browser's language, inert and dimmed, until the app mounts and
// removes `#boot` in the same task as it draws itself.
//
// What the copy leaves out: ids, data-testid, name and for (the live app's hooks must not
// find a copy), inline styles (the policy refuses them), and anything below the charts.
// Form values are written as attributes so the copy shows them. What is not shown is left out
// too: a closed <details>' content, a select's other options, hidden elements.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { serveDist } from '../e2e/server.mjs';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!dir) {
  console.error('first-view.mjs: TRUNK_STAGING_DIR is not set (run by Trunk, or pass the dist folder)');
  process.exit(2);
}
const file = path.join(dir, 'index.html');
const MARK = '<!-- first-view -->';
let html = await readFile(file, 'utf8');
if (!html.includes(MARK)) {
  console.error(`first-view.mjs: index.html has no ${MARK} to put the first view at`);
  process.exit(1);
}

const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
if (!existsSync(chromiumPath)) {
  console.error(`first-view.mjs: no Chromium at ${chromiumPath}: the build draws its first view in it (bash scripts/setup.sh installs Debian's chromium)`);
  process.exit(1);
}
const server = await serveDist(dir, 'lab');
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
const views = [];
try {
  for (const lang of ['en', 'ko']) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${server.url}?v=1&lang=${lang}`);
    await page.locator('[data-testid=lab][data-complete=true]').waitFor({ timeout: 60_000 });
    if (errors.length) throw new Error(`the app failed while the first view was taken: ${errors.join('; ')}`);
    views.push(await page.evaluate((lang) => {
      const lab = document.querySelector('[data-testid=lab]').cloneNode(true);
      const live = document.querySelector('[data-testid=lab]');
      // form values are properties; the copy needs them as attributes
      const liveFields = live.querySelectorAll('input, select, textarea');
      lab.querySelectorAll('input, select, textarea').forEach((el, i) => {
        const from = liveFields[i];
        if (el.type === 'checkbox' || el.type === 'radio') { if (from.checked) el.setAttribute('checked', ''); else el.removeAttribute('checked'); }
        else if (el.tagName === 'SELECT') el.querySelectorAll('option').forEach((o, k) => { if (k === from.selectedIndex) o.setAttribute('selected', ''); else o.removeAttribute('selected'); });
        else if (el.tagName === 'TEXTAREA') el.textContent = from.value;
        else el.setAttribute('value', from.value);
      });
      // what is not shown: a closed <details>' content, a select's other options, hidden elements
      lab.querySelectorAll('details:not([open]) > :not(summary)').forEach((e) => e.remove());
      lab.querySelectorAll('option:not([selected])').forEach((e) => e.remove());
      lab.querySelectorAll('[hidden]').forEach((e) => e.remove());
      // what is built after the first chart (src/app/mod.rs `BelowCharts`), and the class page
      for (const sel of ['[data-testid=compare-panel]', '.log-row', '[data-testid=class]']) lab.querySelectorAll(sel).forEach((e) => e.remove());
      for (const el of [lab, ...lab.querySelectorAll('*')]) {
        for (const a of ['id', 'data-testid', 'name', 'for', 'style', 'data-complete', 'aria-controls', 'aria-describedby', 'aria-labelledby']) el.removeAttribute(a);
      }
      lab.classList.add('first-view-lab');
      return `<template data-first-view="${lang}">${lab.outerHTML}</template>`;
    }, lang));
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
html = html.replace(MARK, views.join('\n'));
await writeFile(file, html);
console.log(`first-view.mjs: first view (en ${views[0].length} and ko ${views[1].length} characters) written to ${file}`);
