// The guided lab on a phone (412×823, touch), in Korean as the first course opens it: step 2
// by tapping the wizard, step 6 in the terminal (↑ history, the Ctrl+C button, the
// timeline), the step's form first with the checklist folded below it, a tapped step brought
// into view, and the resource list as cards whose actions need no sideways scrolling. Screenshots: e2e/artifacts/phone-guide-<n>.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { ARTIFACTS, useSuite } from './lab-page.mjs';
import { GuidePage } from './guide-page.mjs';

const suite = useSuite();
const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

/** Is the element's top within the viewport? */
const inView = (loc) => loc.evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= -2 && r.top < innerHeight; });

test('a phone does steps 2 and 6 by touch, in Korean', async () => {
  const context = await suite.browser.newContext(PHONE);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${suite.server.url}?v=1&lang=ko`);
  const g = new GuidePage(page);
  await g.waitReady();
  await g.pause();
  await page.locator('[data-testid=mode]').tap();
  await g.tid('guide').waitFor();
  const shot = (n) => page.screenshot({ path: path.join(ARTIFACTS, `phone-guide-${n}.png`) });
  // on a phone the open step's form comes first, and the checklist is folded below it into
  // one line that counts the steps done (issue 26)
  const fold = g.tid('checklist-fold');
  const top = (loc) => loc.evaluate((el) => el.getBoundingClientRect().top);
  assert.ok(await top(g.tid('guide-step')) < await top(fold), 'the step\'s form before the checklist');
  assert.equal(await fold.evaluate((d) => d.open), false, 'the checklist is folded');
  assert.equal(await g.tid('checklist-summary').innerText(), '단계: 7개 중 0개 완료 · 지금 1. Auto Scaling이 필요한 이유와 구성');
  await g.tid('why-read').tap();
  await g.waitStep(1, '완료');

  // a tapped step folds the checklist and brings its form into view
  await g.unfold();
  await g.tid('step-2-open').tap();
  assert.equal(await fold.evaluate((d) => d.open), false, 'choosing a step folds the checklist');
  await page.waitForFunction(() => { const r = document.querySelector('[data-testid=guide-step]').getBoundingClientRect(); return r.top >= -2 && r.top < 200; });
  assert.ok(await inView(g.tid('guide-step-title')));
  await g.tid('keypair-create').tap();
  await g.rows('key').first().waitFor();
  await g.tid('launch-ssh').selectOption('me');
  await g.tid('launch-http').tap();
  await g.tid('launch-submit').tap();
  await g.rows('instance').first().waitFor();
  await g.jump('+2m');
  await g.waitStep(2, '완료');
  await shot(2);
  // "next step" moves on and brings step 3's form into view
  await g.tid('next-step').tap();
  await page.waitForFunction(() => document.querySelector('[data-testid=step-3]').getAttribute('aria-current') === 'step');
  assert.ok(await inView(g.tid('guide-step-title')));

  // steps 3–5 for me, then step 6 by hand in the terminal
  await g.unfold();
  await g.tid('step-5-do').tap();
  await g.jump('+10m');
  await g.waitStep(5, '완료');
  await g.unfold();
  await g.tid('step-6-open').tap();
  const input = g.tid('terminal-input');
  assert.equal(await input.getAttribute('autocapitalize'), 'off');
  assert.equal(await input.getAttribute('autocorrect'), 'off');
  const width = (await input.boundingBox()).width;
  assert.ok(width >= 120, `the command line keeps a usable width (${width} px)`);
  const ip = (await g.rows('group-instance').first().innerText()).match(/\b3\.\d+\.\d+\.\d+\b/)[0];
  await g.type('chmod 400 asg-lab-key.pem');
  await g.type(`ssh -i asg-lab-key.pem bitnami@${ip}`);
  await g.type('yes');
  await g.type('sudo apt-get install -y stress');
  await g.type('stress --cpu 1 --timeout 600');
  assert.match(await g.tid('terminal-out').innerText(), /dispatching hogs/);
  // the Ctrl+C button stops it; ↑ brings the line back
  await g.tid('terminal-ctrl-c').tap();
  await page.waitForFunction(() => document.querySelector('[data-testid=terminal-out]').textContent.endsWith('^C'));
  await input.tap();
  await input.press('ArrowUp');
  assert.equal(await input.inputValue(), 'stress --cpu 1 --timeout 600');
  await input.press('Enter');
  // the newest output is in view inside the transcript
  const scrolled = await g.tid('terminal-out').evaluate((el) => el.scrollHeight - el.clientHeight - el.scrollTop);
  assert.ok(scrolled <= 2, `the transcript shows its last line (${scrolled} px below)`);
  await g.jump('+15m');
  await g.waitStep(6, '완료');
  const seen = await page.locator('[data-testid=timeline-mark][data-seen=true]').count();
  assert.ok(seen >= 5, `the timeline ticked stress, alarm, launch, InService, warm-up (${seen})`);
  await g.tid('stress-timeline').scrollIntoViewIfNeeded();
  await shot(6);

  // the resource list: cards, every action within the screen's width
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  assert.ok(overflow <= 0, `no sideways scrolling (${overflow} px)`);
  const outside = await page.evaluate(() => [...document.querySelectorAll('[data-testid=resource-row] button')]
    .map((b) => b.getBoundingClientRect()).filter((r) => r.width > 0 && (r.right > innerWidth + 0.5 || r.left < -0.5)).length);
  assert.equal(outside, 0, 'every resource action is reachable');
  const oneSyllable = await page.evaluate(() => [...document.querySelectorAll('[data-testid=resource-row] button')]
    .filter((b) => b.getBoundingClientRect().height > 60).map((b) => b.textContent));
  assert.deepEqual(oneSyllable, [], 'no action label wraps one syllable per line');
  await g.tid('resources').scrollIntoViewIfNeeded();
  await shot(7);
  assert.deepEqual(errors, []);
  await context.close();
});
