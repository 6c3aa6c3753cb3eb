// Page object for the guided lab (src/app/guide): the checklist, the step forms, the
// terminal, the browser pane and the resource list. Selectors are data-testid hooks only.
import { LabPage } from './lab-page.mjs';

export class GuidePage extends LabPage {
  /** Opens the lab in `lang` at `url`, paused, and starts the guided lab; a screenshot
   *  function of the guide (`<prefix>-<n>.png` in the artifacts). */
  static async open(browserPage, url, lang, prefix, artifacts, path) {
    await browserPage.goto(`${url}?v=1&lang=${lang}`);
    const g = new GuidePage(browserPage);
    await g.waitReady();
    await g.pause();
    await g.start();
    const shot = (n) => browserPage.locator('[data-testid=guide]').screenshot({ path: path.join(artifacts, `${prefix}-${lang}-${n}.png`) });
    return { g, shot };
  }

  async start() {
    await this.f.locator('[data-testid=mode]').click();
    await this.f.locator('[data-testid=guide]').waitFor();
  }

  stepState(n) { return this.f.locator(`[data-testid=step-${n}-state]`).innerText(); }

  async open(n) { await this.unfold(); await this.f.locator(`[data-testid=step-${n}-open]`).click(); }

  /** Unfolds the checklist (a phone folds it below the step's form). */
  async unfold() {
    if (!(await this.f.locator('[data-testid=checklist-fold]').evaluate((d) => d.open))) {
      await this.f.locator('[data-testid=checklist-summary]').click();
    }
  }

  async waitStep(n, label) {
    await this.f.waitForFunction(([n, label]) =>
      document.querySelector(`[data-testid=step-${n}-state]`)?.textContent === label, [n, label]);
  }

  tid(id) { return this.f.locator(`[data-testid=${id}]`); }

  /** Checks a box if it is not checked. */
  async check(id) { if (!(await this.tid(id).isChecked())) await this.tid(id).check(); }

  /** The value of the select's option whose label contains `text`. */
  async optionValue(id, text) {
    return this.tid(id).locator('option', { hasText: text }).first().getAttribute('value');
  }

  /** Types a line into the terminal and presses Enter. */
  async type(line) {
    const before = await this.tid('terminal-out').textContent();
    await this.tid('terminal-input').fill(line);
    await this.tid('terminal-input').press('Enter');
    await this.f.waitForFunction((b) => document.querySelector('[data-testid=terminal-out]').textContent !== b, before);
  }

  /** Step 3 through its forms: a target group with the step-2 instance, then an ALB in 2a and
   *  2c forwarding to it. */
  async createTargetGroupAndAlb() {
    const instance = await this.tid('tg-register').locator('option').nth(1).getAttribute('value');
    await this.tid('tg-register').selectOption(instance);
    await this.tid('tg-create').click();
    await this.rows('tg').first().waitFor();
    await this.check('alb-az-a');
    await this.check('alb-az-c');
    await this.tid('alb-tg').selectOption('wordpress-tg');
    await this.tid('alb-create').click();
    await this.rows('lb').first().waitFor();
  }

  rows(kind) { return this.f.locator(`[data-testid=resource-row][data-kind="${kind}"]`); }

  /** Clicks the delete button of every resource of `kind`, one after the other (a group
   *  being deleted stays listed, without its button, until its instances have gone). */
  async deleteAll(kind) {
    const sel = `[data-testid=resource-row][data-kind="${kind}"] button.danger`;
    for (let guard = 0; guard < 20 && (await this.f.locator(sel).count()) > 0; guard++) {
      const n = await this.f.locator(sel).count();
      await this.f.locator(sel).first().click();
      // deleting a whole stack (the group, a load balancer) asks once: click again
      const armed = this.f.locator(`${sel}.armed`);
      if (await armed.count()) await armed.first().click();
      await this.f.waitForFunction(([sel, n]) => document.querySelectorAll(sel).length < n
        || document.querySelector('[data-testid=resources-error]').textContent !== '', [sel, n]);
      const err = await this.tid('resources-error').innerText();
      if (err) throw new Error(`deleting a ${kind}: ${err}`);
    }
    const left = await this.f.locator(sel).count();
    if (left) throw new Error(`${left} ${kind} row(s) still have a delete button`);
  }
}
