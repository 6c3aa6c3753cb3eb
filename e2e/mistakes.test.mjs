// A student's run with four mistakes, in English and in Korean: HTTP left closed, the group
// made without its target group, the AMI's snapshot left at clean-up, a key pair made in
// another region. Each step says what is missing; each mistake is fixed in place from the
// resource list (nothing rebuilt); the run ends with seven steps done and nothing billable.
// Screenshots: e2e/artifacts/mistakes-<lang>-<n>.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { ARTIFACTS, openPage, useSuite } from './lab-page.mjs';
import { GuidePage } from './guide-page.mjs';

const suite = useSuite();
const T = {
  en: {
    done: 'done', nothing: 'Nothing billable is left.', http: /does not allow HTTP \(port 80\)/,
    notAttached: /is not attached to a target group/, snapshot: /snapshot snap-0[0-9a-f]+ in Asia Pacific \(Seoul\) still bills: \$0\.\d\d\/month/,
    elsewhere: /Left in US East \(N\. Virginia\): 1/,
  },
  ko: {
    done: '완료', nothing: '과금되는 리소스가 없습니다.', http: /HTTP\(포트 80\)를 허용하지 않습니다/,
    notAttached: /대상 그룹에 연결되지 않아/, snapshot: /아시아 태평양\(서울\)의 스냅샷 snap-0[0-9a-f]+에 아직 요금이 부과됩니다: 월 \$0\.\d\d/,
    elsewhere: /미국 동부\(버지니아 북부\)에 남은 리소스: 1개/,
  },
};

for (const lang of ['en', 'ko']) {
  test(`four mistakes, each explained and fixed in place (${lang})`, async () => {
    const t = T[lang];
    const { context, page, errors } = await openPage(suite.browser);
    const { g, shot } = await GuidePage.open(page, suite.server.url, lang, 'mistakes', ARTIFACTS, path);
    const missing = () => g.tid('step-missing').innerText();
    const warnings = () => g.tid('step-warnings').innerText();

    await g.tid('why-read').click();
    await g.waitStep(1, t.done);

    // mistake 4: a key pair made in N. Virginia, then back to Seoul
    await g.open(2);
    await g.tid('region').selectOption('us-east-1');
    assert.equal(await g.tid('launch-subnet').locator('option').count(), 7, 'No preference + us-east-1a…f');
    await g.tid('keypair-create').click();
    await g.rows('key').first().waitFor();
    await g.tid('region').selectOption('ap-northeast-2');
    assert.equal(await g.tid('launch-subnet').locator('option').count(), 5, 'No preference + 2a…2d');
    assert.match(await missing(), t.elsewhere);

    // mistake 1: launched with HTTP left closed
    await g.tid('keypair-create').click();
    await g.rows('key').first().waitFor();
    await g.tid('launch-ssh').selectOption('me');
    await g.tid('launch-submit').click();
    await g.rows('instance').first().waitFor();
    await g.jump('+2m');
    await g.waitStep(2, t.done);
    assert.match(await warnings(), t.http);
    await shot(2);

    // step 3: the target times out until HTTP is allowed from the resource list
    await g.open(3);
    await g.createTargetGroupAndAlb();
    await g.jump('+10m');
    assert.match(await missing(), /Target\.Timeout/);
    await shot(3);
    const wizardSg = g.rows('sg').filter({ hasText: 'launch-wizard-1' });
    await wizardSg.locator('[data-testid^=allow-http-from-]').click();
    await g.jump('+5m');
    await g.waitStep(3, t.done);

    await g.open(4);
    await g.tid('image-create').click();
    await g.rows('ami').first().waitFor();
    await g.jump('+5m');
    await g.waitStep(4, t.done);

    // mistake 2: the group made without its target group, attached afterwards in place
    await g.open(5);
    await g.check('template-detailed');
    await g.tid('template-create').click();
    await g.rows('template').first().waitFor();
    await g.check('group-az-a');
    await g.check('group-az-c');
    await g.check('group-elb');
    await g.tid('group-max').fill('3');
    await g.check('group-tt');
    await g.tid('group-create').click();
    await g.rows('group').first().waitFor();
    await g.jump('+10m');
    assert.match(await missing(), t.notAttached);
    await shot(5);
    await g.tid('attach-wordpress-tg').click();
    await g.jump('+5m');
    await g.waitStep(5, t.done);
    // the group's Edit page: subnets and capacity changed in place
    await g.tid('edit-max').fill('4');
    await g.check('edit-az-b');
    await g.tid('edit-update').click();
    assert.equal(await g.tid('edit-error').innerText(), '');
    assert.equal(await g.tid('edit-desired-msg').innerText(), '');
    await g.tid('edit-min').fill('9');
    await g.tid('edit-update').click();
    assert.match(await g.tid('edit-desired-msg').innerText(), /Max bound, 4, must be greater than or equal to min bound, 9/);
    await g.tid('edit-min').fill('1');

    await g.open(6);
    await g.tid('step-6-do').click();
    await g.jump('+15m');
    await g.waitStep(6, t.done);

    // mistake 3: everything deleted but the AMI's snapshot; the key pair in N. Virginia left
    await g.open(7);
    await g.deleteAll('group');
    await g.jump('+15m');
    for (const kind of ['lb', 'tg', 'instance', 'ami', 'template']) await g.deleteAll(kind);
    await g.jump('+1m');
    for (const kind of ['sg', 'key']) await g.deleteAll(kind);
    assert.match(await missing(), t.snapshot);
    assert.match(await missing(), t.elsewhere);
    await shot(7);
    await g.deleteAll('snapshot');
    await g.tid('region').selectOption('us-east-1');
    await g.deleteAll('key');
    await g.tid('region').selectOption('ap-northeast-2');
    await g.waitStep(7, t.done);
    assert.equal(await g.tid('per-month').innerText(), t.nothing);
    for (let n = 1; n <= 7; n++) assert.equal(await g.stepState(n), t.done, `step ${n}`);
    assert.equal(await g.tid('step-missing').isVisible(), false, 'nothing is missing any more');
    assert.deepEqual(errors, []);
    await context.close();
  });
}
