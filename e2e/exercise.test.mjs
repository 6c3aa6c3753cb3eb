// The seed's exercise through the UI alone: one t2.micro in Seoul, min 1 / max 3, target CPU
// 50 %. Run `stress` on the instance, watch the high alarm fire and the group scale out, then
// wait for stress to end and the group to scale back in. Screenshots of the fleet and the CPU
// chart at each key moment go to e2e/artifacts/exercise-*.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { ARTIFACTS, LabPage, openPage, useSuite } from './lab-page.mjs';

const suite = useSuite();

async function snap(page, name) {
  await page.locator('.fleet').screenshot({ path: path.join(ARTIFACTS, `exercise-${name}-fleet.png`) });
  await page.locator('[data-testid=cpu-chart]').screenshot({ path: path.join(ARTIFACTS, `exercise-${name}-cpu.png`) });
}

test('stress → alarm → scale-out → stress ends → scale-in, through the UI', async () => {
  const { context, page, errors } = await openPage(suite.browser);
  await page.goto(suite.server.url);
  const lab = new LabPage(page);
  await lab.waitReady();
  await lab.pause();
  assert.equal(await lab.liveInstances(), 1, 'the exercise starts with one instance');

  // `stress -c 1` for 20 minutes, as the learner would run it over ssh.
  await lab.stressFirstInstance('1200');
  await lab.jump('+1m');
  assert.match(await lab.tiles().first().innerText(), /stress running/);
  assert.match(await lab.tiles().first().innerText(), /CPU 100 %/);
  await snap(page, '1-stress');

  // AlarmHigh: CPU > 50 for 3 datapoints within 3 minutes → at 09:03 desired 1 → 2.
  await lab.jump('+3m');
  const afterAlarm = await lab.activityText();
  assert.match(afterAlarm, /AlarmHigh.*in state ALARM/s);
  assert.match(afterAlarm, /changing the desired capacity from 1 to 2/);
  assert.equal(await lab.liveInstances(), 2, 'a second instance was launched');
  await snap(page, '2-scale-out');
  // Once the new instance's warm-up ends, the average (100 % + idle) / 2 is still above 50 %:
  // target tracking asks for a third.
  await lab.jump('+8m');
  assert.match(await lab.activityText(), /changing the desired capacity from 2 to 3/);

  // Stress ends at 20 min; AlarmLow needs 15 minutes below its threshold → scale in.
  await lab.jump('+60m');
  const afterIn = await lab.activityText();
  assert.match(afterIn, /AlarmLow.*in state ALARM/s);
  assert.match(afterIn, /changing the desired capacity from [23] to 1/);
  assert.match(await page.locator('[data-testid=fleet-summary]').innerText(), /^Desired 1 /);
  await snap(page, '3-scale-in');
  assert.deepEqual(errors, []);
  await context.close();
});
