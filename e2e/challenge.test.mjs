// A campaign challenge played to a pass, handed in, and opened in a fresh page that replays
// and grades it anew (issue 22), in English and in Korean.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { ARTIFACTS, LabPage, openPage, useSuite } from './lab-page.mjs';

const suite = useSuite();
const T = {
  en: { title: 'Stress is not load', passed: 'Passed: 100 %', verified: /Verified: replayed in this browser — Ann Lee/, locked: /locks/, cause: /The fleet reached 3 instances|Cost by part/ },
  ko: { title: 'stress는 부하가 아니다', passed: '통과: 100 %', verified: /검증됨: 이 브라우저에서 다시 실행함 — Ann Lee/, locked: /잠갔습니다/, cause: /인스턴스가 3대까지|항목별 비용/ },
};

for (const lang of ['en', 'ko']) {
  test(`play stress-cost to a pass, hand in, and see the same grade replayed (${lang})`, async () => {
    const t = T[lang];
    const { context, page, errors } = await openPage(suite.browser);
    await page.goto(`${suite.server.url}?v=1&challenge=stress-cost&lang=${lang}`);
    const lab = new LabPage(page);
    await lab.waitReady();
    await lab.pause();
    const tid = (id) => page.locator(`[data-testid=${id}]`);
    assert.equal(await tid('challenge-title').innerText(), t.title);
    assert.equal(await page.locator('[data-testid=challenge-goal]').count(), 3);
    // max 1 keeps the group at one instance while stress runs
    await tid('capacity-max').fill('1');
    await tid('capacity-apply').click();
    assert.equal(await tid('capacity-msg').innerText(), '');
    await tid('jump-1h').click();
    await tid('result-card').waitFor();
    assert.equal(await tid('result-score').innerText(), t.passed);
    assert.equal(await page.locator('[data-testid=result-goal][data-met=true]').count(), 3);
    await page.locator('[data-testid=challenge]').screenshot({ path: path.join(ARTIFACTS, `challenge-${lang}.png`) });
    await tid('hand-in-name').fill('Ann Lee');
    await tid('hand-in').click();
    const link = await tid('hand-in-link').inputValue();
    assert.match(link, /\?v=1&.*challenge=stress-cost&do=\d+:cap:-:1:-&by=Ann%20Lee&tries=1$/);
    // the run is over: a change is refused in the learner's language
    await tid('capacity-max').fill('2');
    await tid('capacity-apply').click();
    assert.notEqual(await tid('capacity-msg').innerText(), '');

    const other = await openPage(suite.browser);
    await other.page.goto(link);
    await new LabPage(other.page).waitReady();
    const otid = (id) => other.page.locator(`[data-testid=${id}]`);
    await otid('result-card').waitFor();
    assert.equal(await otid('result-score').innerText(), t.passed);
    assert.match(await otid('result-verified').innerText(), t.verified);
    // a link edited by hand is graded as edited: without the change, the start's own grade
    const edited = link.replace(/do=[^&]*&/, '');
    await other.page.goto(edited);
    await new LabPage(other.page).waitReady();
    await otid('result-card').waitFor();
    assert.notEqual(await otid('result-score').innerText(), t.passed);
    // each miss says why: the peak goal names the fleet it reached
    assert.match(await other.page.locator('[data-testid=result-goal][data-met=false] [data-testid=miss-causes]').first().innerText(), t.cause);
    await otid('result-card').screenshot({ path: path.join(ARTIFACTS, `challenge-missed-${lang}.png`) });
    assert.deepEqual(other.errors, []);
    await other.context.close();
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('the class page grades three hand-ins, one edited, and exports CSV', async () => {
  const { context, page, errors } = await openPage(suite.browser);
  const base = `${suite.server.url}?v=1`;
  const ann = `${base}&challenge=stress-cost&do=0:cap:1:1:1&by=Ann`;
  const bo = `${base}&challenge=stress-cost&by=Bo`;
  // edited by hand: the change taken out and a score claimed
  const cho = `${base}&challenge=thrashing&score=100&by=Cho`;
  await page.goto(`${base}&lang=en`);
  const lab = new LabPage(page);
  await lab.waitReady();
  await lab.pause();
  await page.locator('[data-testid=class] summary').click();
  await page.locator('[data-testid=class-links]').fill([ann, '', bo, cho].join('\n'));
  await page.locator('[data-testid=class-grade]').click();
  await page.waitForFunction(() => document.querySelector('[data-testid=class-progress]').textContent === 'Graded 3 of 3');
  const scores = await page.locator('[data-testid=class-score]').allInnerTexts();
  assert.equal(scores[0], '100');
  assert.ok(Number(scores[1]) < 100 && Number(scores[2]) < 100, `${scores}`);
  assert.match((await page.locator('[data-testid=class-flags]').allInnerTexts())[2], /another challenge/);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=class-csv]').click()]);
  const text = await (await download.createReadStream()).toArray().then((b) => Buffer.concat(b).toString('utf8'));
  assert.match(text, /^"Name","Challenge","Score"/);
  assert.equal(text.trim().split('\r\n').length, 4);
  assert.deepEqual(errors, []);
  await context.close();
});
