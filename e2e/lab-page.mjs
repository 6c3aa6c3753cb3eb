// Page object for ASG Lab: every selector the journeys use lives here (data-testid hooks).
import { chromium } from 'playwright-core';
import { before, after } from 'node:test';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { serveDist } from './server.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const ARTIFACTS = path.join(ROOT, 'e2e', 'artifacts');

/** Registers before/after hooks: dist/ served on 127.0.0.1 and one browser for the file. */
export function useSuite() {
  const suite = {};
  before(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    suite.server = await serveDist(path.join(ROOT, 'dist'));
    suite.browser = await launch();
  });
  after(async () => { await suite.browser?.close(); suite.server?.close(); });
  return suite;
}

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export async function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** A page in a context of its own that collects console errors and page errors. */
export async function openPage(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  return { context, page, errors };
}

/**
 * Waits until a service worker (scripts/sw.js) controls `page`, has cached the build and is
 * `activated`. Controlled and cached is not enough: navigating again at once, a fresh browser's
 * first page took its files from the network (2 of 2 times) until the worker was activated.
 */
export async function workerReady(page, timeout = 20_000) {
  await page.waitForFunction(async () => navigator.serviceWorker.controller
    && (await caches.keys()).some((k) => k.startsWith('asg-lab-'))
    && (await navigator.serviceWorker.getRegistration())?.active?.state === 'activated', null, { timeout, polling: 100 });
}

export class LabPage {
  /** @param {import('playwright-core').Page | import('playwright-core').Frame} frame */
  constructor(frame) { this.f = frame; }

  lab() { return this.f.locator('[data-testid=lab]'); }
  clock() { return this.f.locator('[data-testid=sim-clock]'); }
  tiles() { return this.f.locator('[data-testid=instance-tile]'); }
  readout() { return this.f.locator('[data-testid=traffic-readout]'); }

  async waitReady() {
    await this.lab().waitFor({ state: 'visible', timeout: 20_000 });
    await this.f.waitForFunction(() => !document.getElementById('boot'), null, { timeout: 20_000 });
    // The panels below the charts are built two frames after the first chart (src/app/mod.rs).
    await this.f.locator('[data-testid=lab][data-complete=true]').waitFor({ timeout: 20_000 });
  }

  async pause() {
    const b = this.f.locator('[data-testid=play-pause]');
    if ((await b.getAttribute('aria-pressed')) === 'true') await b.click();
  }

  async step(times = 1) {
    for (let i = 0; i < times; i++) await this.f.locator('[data-testid=step]').click();
  }

  /** Moves the traffic slider like a person dragging it: sets the value, fires `input`. */
  async setTraffic(rps) {
    await this.f.locator('[data-testid=traffic-slider]').evaluate((el, v) => {
      el.value = String(v);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, rps);
  }

  /** Instances that are Pending or InService. */
  async liveInstances() {
    const states = await this.f.locator('[data-testid=instance-state]').allInnerTexts();
    return states.filter((s) => /^(Pending|InService)/.test(s)).length;
  }

  /** Opens the first instance's actions and runs `stress` for `seconds`. */
  async stressFirstInstance(seconds) {
    const tile = this.tiles().first();
    await tile.locator('summary').click();
    await tile.locator('[data-testid=stress-duration]').selectOption(seconds);
    await tile.locator('[data-testid=stress]').click();
  }

  /** Jumps ahead with the header's "jump to" box (e.g. '+10m', '10:30'). */
  async jump(text) {
    const before = await this.f.locator('[data-testid=sim-elapsed]').innerText();
    await this.f.locator('[data-testid=jump-to]').fill(text);
    await this.f.locator('[data-testid=jump-go]').click();
    // a long jump runs over several frames with its progress shown: wait for its end, not
    // for the first frame's clock
    await this.f.waitForFunction((b) => document.querySelector('[data-testid=sim-elapsed]').textContent !== b
      && document.querySelector('[data-testid=jump-progress]').hidden, before);
  }

  /** The whole activity history, causes included (they sit in closed <details>). */
  async activityText() {
    return this.f.locator('[data-testid=activity-list]').textContent();
  }

  /** The comparison panel's verdict line. */
  async verdict() {
    return this.f.locator('[data-testid=compare-verdict]').innerText();
  }

  /** One comparison run (`live`, `avg`, `peak`, `alt`): its label, cost [USD] and failed [%]. */
  async compareRun(key) {
    const row = this.f.locator(`[data-testid=compare-${key}]`);
    const num = async (id) => Number((await row.locator(`[data-testid=${id}]`).innerText()).replace(/[$%\s]/g, ''));
    return {
      label: await row.locator('[data-testid=compare-label]').innerText(),
      cost: await num('compare-cost'),
      failedPct: await num('compare-failed'),
    };
  }

  /** Number of canvas pixels that differ from the top-left (background) pixel. */
  async chartInk(testid = 'cpu-chart') {
    return this.f.locator(`[data-testid=${testid}]`).evaluate((c) => {
      const ctx = c.getContext('2d');
      const { data } = ctx.getImageData(0, 0, c.width, c.height);
      let ink = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i] !== data[0] || data[i + 1] !== data[1] || data[i + 2] !== data[2]) ink++;
      }
      return ink;
    });
  }
}
