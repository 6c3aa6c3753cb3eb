// Hand-ins beyond one challenge (issue 22): the guided lab handed in after all seven steps
// and replayed in a fresh page, in English and Korean; the class page reading a dropped file
// of hand-ins (a guided lab among them); an author's challenge made from a run, verified by
// replay; a challenge embedded; controls a challenge locks shown as locked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ARTIFACTS, LabPage, openPage, useSuite } from './lab-page.mjs';
import { GuidePage } from './guide-page.mjs';

const suite = useSuite();
const T = {
  en: { headline: '7 of 7 steps done', nothing: 'Nothing was billing at the end.', verified: /Verified: replayed in this browser — Min Park/ },
  ko: { headline: '7단계 중 7단계 완료', nothing: '끝날 때 요금이 발생하는 리소스가 없었습니다.', verified: /검증됨: 이 브라우저에서 다시 실행함 — 박민/ },
};
const NAME = { en: 'Min Park', ko: '박민' };
const guidedLinks = {};

for (const lang of ['en', 'ko']) {
  test(`the guided lab handed in after all seven steps replays as done with nothing billable (${lang})`, async () => {
    const { context, page, errors } = await openPage(suite.browser);
    const { g } = await GuidePage.open(page, suite.server.url, lang, 'hand-in', ARTIFACTS, path);
    const done = lang === 'en' ? 'done' : '완료';
    await g.open(6);
    await g.tid('step-6-do').click();
    await g.jump('+15m');
    await g.waitStep(6, done);
    await g.open(7);
    await g.tid('step-7-do').click();
    await g.jump('+1m');
    await g.waitStep(7, done);
    await g.tid('lab-hand-in').locator('summary').click();
    await g.tid('lab-hand-in-name').fill(NAME[lang]);
    await g.tid('lab-hand-in-make').click();
    const link = await g.tid('lab-hand-in-link').inputValue();
    assert.match(link, /[?&]guide=1&acct=.*&by=/);
    guidedLinks[lang] = link;

    const other = await openPage(suite.browser);
    await other.page.goto(link);
    await new LabPage(other.page).waitReady();
    const otid = (id) => other.page.locator(`[data-testid=${id}]`);
    await otid('lab-report').waitFor();
    assert.equal(await otid('lab-report-headline').innerText(), T[lang].headline);
    assert.equal(await other.page.locator('[data-testid=lab-report-step][data-done=true]').count(), 7);
    assert.equal(await otid('lab-report-billable').getAttribute('data-empty'), 'true');
    assert.equal(await otid('lab-report-billable').innerText(), T[lang].nothing);
    assert.match(await otid('lab-report').innerText(), T[lang].verified);
    await otid('lab-report').screenshot({ path: path.join(ARTIFACTS, `lab-report-${lang}.png`) });
    assert.deepEqual(other.errors, []);
    await other.context.close();
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('the class page reads a dropped file of hand-ins, a guided lab among them (ko)', async () => {
  const { context, page, errors } = await openPage(suite.browser);
  const base = `${suite.server.url}?v=1`;
  const lines = [
    `${base}&challenge=stress-cost&do=0:cap:1:1:1&by=Ann&tries=3`,
    guidedLinks.ko ?? `${base}&guide=1&by=Lab`,
    `${base}&challenge=stress-cost&by=ann`,
  ];
  const file = path.join(ARTIFACTS, 'hand-ins.txt');
  fs.writeFileSync(file, lines.join('\n') + '\n');
  await page.goto(`${base}&lang=ko#class`);
  const lab = new LabPage(page);
  await lab.waitReady();
  await lab.pause();
  const tid = (id) => page.locator(`[data-testid=${id}]`);
  assert.equal(await tid('class').getAttribute('open'), '', '#class opens the page');
  await tid('class-file').setInputFiles(file);
  await page.waitForFunction(() => document.querySelector('[data-testid=class-links]').value.includes('tries=3'));
  await tid('class-grade').click();
  await page.waitForFunction(() => document.querySelector('[data-testid=class-progress]').textContent === '3개 중 3개 채점');
  const rows = page.locator('[data-testid=class-row]');
  assert.equal(await rows.count(), 3);
  assert.equal((await tid('class-score').allInnerTexts())[0], '100');
  assert.equal((await tid('class-tries').allInnerTexts())[0], '3');
  if (guidedLinks.ko) {
    assert.match(await rows.nth(1).innerText(), /실습 안내\(7단계\)/);
    assert.equal((await tid('class-score').allInnerTexts())[1], '100');
  }
  assert.match((await tid('class-flags').allInnerTexts())[2], /같은 이름이 두 번/);
  await tid('class').screenshot({ path: path.join(ARTIFACTS, 'class-ko.png') });
  // a file that is no list of links: a message, the links kept
  const big = path.join(ARTIFACTS, 'big.bin');
  fs.writeFileSync(big, Buffer.alloc(9 * 1024 * 1024, 1));
  await tid('class-file').setInputFiles(big);
  await tid('class-file-msg').waitFor();
  assert.match(await tid('class-file-msg').innerText(), /big\.bin.*8192 KB/);
  fs.unlinkSync(big);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a challenge made from a run is verified by replaying the author\'s run (en)', async () => {
  const { context, page, errors } = await openPage(suite.browser);
  await page.goto(`${suite.server.url}?v=1&preset=seed-exercise&lang=en`);
  const lab = new LabPage(page);
  await lab.waitReady();
  await lab.pause();
  const tid = (id) => page.locator(`[data-testid=${id}]`);
  await tid('capacity-max').fill('2');
  await tid('capacity-apply').click();
  await tid('jump-1h').click();
  await page.waitForFunction(() => document.querySelector('[data-testid=sim-elapsed]').textContent.startsWith('+1h'));
  await tid('author').locator('summary').click();
  assert.equal(await tid('author-knob-capacity').isChecked(), true, 'the knob the author turned');
  await tid('author-text-0').fill('Two at most');
  await tid('author-check').click();
  await page.waitForFunction(() => /every goal/.test(document.querySelector('[data-testid=author-msg]').textContent));
  assert.equal(await tid('author-msg').getAttribute('data-ok'), 'true', 'good news reads as good news');
  await tid('author-make').click();
  const link = await tid('author-link').inputValue();
  assert.match(link, /goals=.*&title=Two%20at%20most&ref=/);
  await tid('author').screenshot({ path: path.join(ARTIFACTS, 'author-en.png') });

  await page.goto(link);
  await lab.waitReady();
  assert.equal(await tid('challenge-title').innerText(), 'Two at most');
  await page.waitForFunction(() => document.querySelector('[data-testid=challenge-verified]').dataset.status === 'verified');
  // what the challenge locks is shown locked: traffic always, and every knob but capacity
  assert.equal(await page.locator('[data-testid=traffic-slider]').isDisabled(), true);
  assert.equal(await tid('capacity-max').isDisabled(), false);
  assert.equal(await tid('instance-type').isDisabled(), true);
  assert.ok(await page.locator('fieldset.knob[data-locked=true] .lock-note').count() >= 3);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a challenge embedded shows its brief and goals compactly', async () => {
  const { context, page, errors } = await openPage(suite.browser, { viewport: { width: 640, height: 600 } });
  await page.goto(`${suite.server.url}?v=1&challenge=flash-crowd&embed=1&panels=fleet,charts&lang=ko`);
  await new LabPage(page).waitReady();
  await page.locator('[data-testid=embed-bar]').waitFor();
  await page.locator('[data-testid=challenge-title]').waitFor();
  assert.ok(await page.locator('[data-testid=challenge-goal]').count() >= 2);
  assert.equal(await page.locator('[data-testid=challenge-knobs]').isVisible(), false, 'compact: no knob list');
  await page.screenshot({ path: path.join(ARTIFACTS, 'challenge-embed-ko.png') });
  assert.deepEqual(errors, []);
  await context.close();
});
