// Shared set-up of the browser tests: Debian's Chromium driven by playwright-core, one fresh profile per run,
// a context per demo user (the preview picks the user from the preview-user cookie), axe-core for WCAG checks.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';

export const BASE = process.env.PREVIEW_URL ?? 'http://127.0.0.1:8090';
export const SHOTS = process.env.SCREENSHOTS ?? 'target/screenshots';
const AXE = path.resolve('node_modules/axe-core/axe.min.js');

export async function launch() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-chromium-'));
  fs.mkdirSync(SHOTS, { recursive: true });
  return chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** A new page acting as the given demo user; collects script errors and any alert/confirm dialog. */
export async function pageAs(context, user) {
  await context.clearCookies();
  if (user) {
    await context.addCookies([{ name: 'preview-user', value: user, url: BASE }]);
  }
  const page = await context.newPage();
  page.errors = [];
  page.dialogs = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  page.on('dialog', async (d) => { page.dialogs.push(d.message()); await d.dismiss(); });
  return page;
}

/**
 * "Run the jobs now" on the Outbox, which only an administrator may press: switches the page's browser to the demo
 * admin, runs every job once, switches back to the demo user it had (none: anonymous) and reloads, so the page ends on
 * the Outbox with what was sent (/outbox?sent=n&failed=m) as its own user sees it.
 */
export async function runJobsAsAdmin(page) {
  const context = page.context();
  const own = (await context.cookies(BASE)).find((c) => c.name === 'preview-user');
  await context.addCookies([{ name: 'preview-user', value: 'admin', url: BASE }]);
  try {
    await page.goto(`${BASE}/outbox`);
    await page.getByRole('button', { name: 'Run the jobs now' }).click();
    await page.waitForURL(/\/outbox\?sent=/);
  } finally {
    if (own) {
      await context.addCookies([{ name: 'preview-user', value: own.value, url: BASE }]);
    } else {
      await context.clearCookies({ name: 'preview-user' });
    }
  }
  await page.reload();
}

/** Serious and critical WCAG 2.x A/AA violations on the current page. */
export async function seriousViolations(page) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  }));
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}

/** The admin page as the demo admin, through the preview's WebSudo prompt when it asks (admin writes need it). */
export async function adminPage(context) {
  const page = await pageAs(context, 'admin');
  await page.goto(`${BASE}/admin`, { waitUntil: 'networkidle' });
  if (/\/admin\/websudo/.test(page.url())) {
    await Promise.all([page.waitForURL(/\/admin$/), page.locator('form[action="/admin/websudo"] button').click()]);
    await page.waitForLoadState('networkidle');
  }
  return page;
}

export async function shot(page, name) {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

/** Calls the app's REST API as a demo user (JSON in, JSON out). */
export async function rest(user, method, relative, body) {
  const response = await fetch(`${BASE}/rest/connected-councils/1.0/${relative}`, {
    method,
    headers: { 'Content-Type': 'application/json', Cookie: `preview-user=${user}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : null };
}

/** Presses Tab until the element matching the selector has focus (keyboard-only navigation). */
export async function tabTo(page, selector, maxTabs = 60) {
  for (let i = 0; i < maxTabs; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) {
      return;
    }
  }
  throw new Error(`Could not reach ${selector} with the Tab key`);
}
