// The README's screenshots for teachers (run by hand after `trunk build --release`):
//   node scripts/readme-shots.mjs
// docs/img/challenge-result.png: a campaign challenge's hand-in, replayed: each goal with its
// figure, the misses with their causes. docs/img/class-results.png: the class results page
// grading three hand-ins (one of the guided lab is not needed here: links only).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDist } from '../e2e/server.mjs';
import { launch, LabPage } from '../e2e/lab-page.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = (f) => path.join(root, 'docs', 'img', f);
const server = await serveDist(path.join(root, 'dist'));
const browser = await launch();
const ctx = await browser.newContext({ viewport: { width: 900, height: 900 } });
const page = await ctx.newPage();
const base = `${server.url}?v=1&lang=en`;

// a hand-in that missed: nothing changed, so the group scaled out under stress
await page.goto(`${base}&challenge=stress-cost&by=Bo%20Kim&tries=2`);
await new LabPage(page).waitReady();
await page.locator('[data-testid=result-card]').waitFor();
await page.locator('[data-testid=challenge]').screenshot({ path: out('challenge-result.png') });

await page.goto(`${base}#class`);
const lab = new LabPage(page);
await lab.waitReady();
await lab.pause();
const links = [
  `${base}&challenge=stress-cost&do=0:cap:1:1:1&by=Ann%20Lee&tries=3`,
  `${base}&challenge=stress-cost&by=Bo%20Kim&tries=2`,
  `${base}&challenge=thrashing&by=ann%20lee`,
];
await page.locator('[data-testid=class-links]').fill(links.join('\n'));
await page.locator('[data-testid=class-grade]').click();
await page.waitForFunction(() => document.querySelector('[data-testid=class-progress]').textContent === 'Graded 3 of 3');
await page.locator('[data-testid=class]').screenshot({ path: out('class-results.png') });
await browser.close();
server.close();
console.log('wrote docs/img/challenge-result.png and docs/img/class-results.png');
