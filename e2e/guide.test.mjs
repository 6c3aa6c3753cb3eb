// The whole assignment through the guided lab's UI alone — forms for steps 2–5, the terminal
// for step 6, the resource list's delete buttons for step 7 — in English and in Korean, ending
// with nothing billable. A screenshot of each step goes to e2e/artifacts/guide-<lang>-<n>.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { ARTIFACTS, openPage, useSuite } from './lab-page.mjs';
import { GuidePage } from './guide-page.mjs';

const suite = useSuite();
const DONE = { en: 'done', ko: '완료' };
const NOTHING = { en: 'Nothing billable is left.', ko: '과금되는 리소스가 없습니다.' };

for (const lang of ['en', 'ko']) {
  test(`all seven steps through the UI (${lang})`, async () => {
    const { context, page, errors } = await openPage(suite.browser);
    const { g, shot } = await GuidePage.open(page, suite.server.url, lang, 'guide', ARTIFACTS, path);

    // 1. why: the diagram of an empty account
    assert.match(await g.tid('arch-diagram').innerText(), lang === 'en' ? /not created yet/ : /아직 없음/);
    await g.tid('why-read').click();
    await g.waitStep(1, DONE[lang]);
    await shot(1);

    // 2. key pair, then the launch wizard: Bitnami WordPress, t2.micro, SSH from My IP, HTTP
    await g.open(2);
    await g.tid('keypair-create').click();
    await g.rows('key').first().waitFor();
    await g.tid('launch-ssh').selectOption('me');
    await g.check('launch-http');
    await g.tid('launch-submit').click();
    await g.rows('instance').first().waitFor();
    await g.jump('+2m');
    await g.waitStep(2, DONE[lang]);
    await shot(2);

    // 3. target group with the instance, then the ALB in two AZs forwarding to it
    await g.open(3);
    await g.createTargetGroupAndAlb();
    await g.jump('+10m');
    await g.waitStep(3, DONE[lang]);
    await g.tid('browser-open').click();
    assert.match(await g.tid('browser-page').innerText(), /^WordPress — /);
    await shot(3);

    // 4. create image (the instance reboots)
    await g.open(4);
    await g.tid('image-create').click();
    await g.rows('ami').first().waitFor();
    await g.jump('+5m');
    await g.waitStep(4, DONE[lang]);
    await shot(4);

    // 5. launch template from My AMIs with detailed monitoring, then the group 1 / 1 / 3 on
    //    the target group with ELB health checks and target tracking at 50 %
    await g.open(5);
    await g.check('template-detailed');
    await g.tid('template-create').click();
    await g.rows('template').first().waitFor();
    await g.check('group-az-a');
    await g.check('group-az-c');
    await g.tid('group-tg').selectOption('wordpress-tg');
    await g.check('group-elb');
    await g.tid('group-max').fill('3');
    await g.check('group-tt');
    await g.tid('group-create').click();
    await g.tid('compare-panel').waitFor();
    await g.jump('+10m');
    await g.waitStep(5, DONE[lang]);
    await shot(5);

    // 6. ssh into the group's instance and run stress; the group scales out
    await g.open(6);
    const ip = (await g.rows('group-instance').first().innerText()).match(/\b3\.\d+\.\d+\.\d+\b/)[0];
    await g.type('chmod 400 asg-lab-key.pem');
    await g.type(`ssh -i asg-lab-key.pem bitnami@${ip}`);
    await g.type('yes');
    assert.match(await g.tid('terminal-prompt').innerText(), /^bitnami@ip-172-31-/);
    await g.type('sudo apt-get install -y stress');
    await g.type('stress --cpu 1 --timeout 600');
    assert.match(await g.tid('terminal-out').innerText(), /dispatching hogs: 1 cpu, 0 io, 0 vm, 0 hdd/);
    await g.jump('+15m');
    await g.waitStep(6, DONE[lang]);
    assert.match(await g.tid('terminal-out').innerText(), /successful run completed in 600s/);
    await shot(6);

    // 7. clean up: the group first (its instances go with it), then the rest in order
    await g.open(7);
    await g.deleteAll('group');
    await g.jump('+15m');
    await g.tid('compare-panel').waitFor({ state: 'detached' });
    for (const kind of ['lb', 'tg', 'instance', 'ami', 'snapshot', 'template']) await g.deleteAll(kind);
    await g.jump('+1m');
    for (const kind of ['sg', 'key']) await g.deleteAll(kind);
    assert.equal(await g.rows('key').count(), 0, 'no key pair is left');
    for (const row of await g.rows('sg').all()) {
      assert.match(await row.innerText(), /default/, 'only the default VPC security group is left');
    }
    assert.equal(await g.tid('per-month').innerText(), NOTHING[lang]);
    await g.waitStep(7, DONE[lang]);
    await shot(7);
    assert.deepEqual(errors, []);
    await context.close();
  });
}
