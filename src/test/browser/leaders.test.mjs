// Councils willing to lead (issue 20, screens): Brighton's editor offers to lead in Parks on the council profile with
// the keyboard, the offer shows there with Brighton's level and in the cc-leaders directory (display and pdf), both
// axe-clean; a reader sees no form; the editor then withdraws it, leaving the shared demo data as it was.
// Screenshots: leaders-profile.png (and leaders-profile-section.png, the section alone), leaders-directory.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { BASE, SHOTS, launch, pageAs, seriousViolations, shot, rest, tabTo } from './support.mjs';

const BRIGHTON = 'E06000043';
const AREA = 'parks';
let browser;
before(async () => {
  browser = await launch();
  await rest('brighton-editor', 'DELETE', `maturity/councils/${BRIGHTON}/leads/${AREA}`, {});
});
after(async () => { await browser?.close(); });

test('an editor offers to lead on the profile and the council appears in the leaders directory', async () => {
  const page = await pageAs(browser, 'brighton-editor');
  await page.goto(`${BASE}/councils/${BRIGHTON}`, { waitUntil: 'networkidle' });
  const leads = page.locator('.cc-council-leads');
  assert.equal(await leads.locator(`li[data-area="${AREA}"]`).count(), 0);

  await tabTo(page, '.cc-council-leads select', 200);
  await page.locator('.cc-council-leads select').selectOption(AREA);
  await page.keyboard.press('Tab');
  assert.ok(await page.evaluate(() => document.activeElement.matches('.cc-lead-offer button[type="submit"]')));
  await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
  await page.waitForLoadState('networkidle');

  const offer = page.locator(`.cc-council-leads li[data-area="${AREA}"]`);
  assert.match(await offer.innerText(), /Parks and open spaces\s+(Level \d: .+|Not assessed)/);
  assert.equal(await page.locator(`.cc-council-leads option[value="${AREA}"]`).count(), 0, 'no longer offered');
  const withdraw = offer.locator('button.cc-lead-withdraw');
  const box = await withdraw.boundingBox();
  assert.ok(box.width >= 24 && box.height >= 24, `withdraw target ${box.width}x${box.height}`);
  assert.deepEqual(await seriousViolations(page), [], 'axe on the profile with the form');
  assert.deepEqual(page.errors, []);
  await leads.scrollIntoViewIfNeeded();
  await shot(page, 'leaders-profile');
  await leads.screenshot({ path: path.join(SHOTS, 'leaders-profile-section.png') });

  const reader = await pageAs(browser, 'viewer');
  await reader.goto(`${BASE}/councils/${BRIGHTON}`, { waitUntil: 'networkidle' });
  assert.match(await reader.locator(`.cc-council-leads li[data-area="${AREA}"]`).innerText(), /Parks/);
  assert.equal(await reader.locator('.cc-council-leads form, .cc-council-leads button').count(), 0);

  await reader.goto(`${BASE}/leaders`, { waitUntil: 'networkidle' });
  const table = reader.locator(`table.cc-leaders-table[data-area="${AREA}"]`);
  assert.match(await table.locator('caption').innerText(), /Parks and open spaces/);
  assert.match(await table.locator('tr', { hasText: BRIGHTON }).innerText(),
    /Brighton.*E06000043\s+(Level \d: .+|Not assessed)/s);
  assert.deepEqual(await seriousViolations(reader), [], 'axe on the leaders directory');
  await table.scrollIntoViewIfNeeded();
  await shot(reader, 'leaders-directory');

  await reader.goto(`${BASE}/leaders?output=pdf`, { waitUntil: 'networkidle' });
  assert.equal(await reader.locator('.cc-leaders script, .cc-leaders button').count(), 0, 'static export markup');
  assert.match(await reader.locator(`table.cc-leaders-table[data-area="${AREA}"]`).innerText(), /Brighton/);
  assert.deepEqual(await seriousViolations(reader), [], 'axe on the pdf markup');
  await reader.close();

  // The pages share one browser context, whose user is the cookie the last pageAs set: act as the editor again.
  await browser.clearCookies();
  await browser.addCookies([{ name: 'preview-user', value: 'brighton-editor', url: BASE }]);
  await withdraw.focus();
  await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
  await page.waitForLoadState('networkidle');
  assert.equal(await page.locator(`.cc-council-leads li[data-area="${AREA}"]`).count(), 0, 'withdrawn');
  assert.equal(await page.locator(`.cc-council-leads option[value="${AREA}"]`).count(), 1, 'offered again');
  await page.close();
});
