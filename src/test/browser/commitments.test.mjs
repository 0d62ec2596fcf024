// Councils' commitments (issue 20, item 3): Leeds' editor offers to lead in Highways on the council profile, then
// records with the keyboard that Leeds signed the Local Digital Declaration on a date; a wrong date met is named
// beside its field; the commitment shows on the profile and, with Leeds among the leaders, in the cc-leaders list
// across councils (display and pdf), all axe-clean. Rows made here are removed again, leaving the demo data as it was.
// Screenshots: commitments-profile.png (the profile's section), commitments-list.png (the list across councils).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { BASE, SHOTS, launch, pageAs, seriousViolations, shot, rest, tabTo } from './support.mjs';

const LEEDS = 'E08000035';
const AREA = 'highways';
const TITLE = 'Local Digital Declaration (browser flow)';
let browser;

async function removeOurs() {
  const listed = await rest('leeds-editor', 'GET', `maturity/councils/${LEEDS}/commitments?limit=100`);
  for (const c of listed.json.results.filter((r) => r.title === TITLE)) {
    await rest('leeds-editor', 'DELETE', `maturity/councils/${LEEDS}/commitments/${c.id}`, {});
  }
  await rest('leeds-editor', 'DELETE', `maturity/councils/${LEEDS}/leads/${AREA}`, {});
}

before(async () => {
  browser = await launch();
  await removeOurs();
});
after(async () => {
  await removeOurs();
  await browser?.close();
});

async function submit(page) {
  await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
  await page.waitForLoadState('networkidle');
}

test('an editor offers to lead, signs the declaration, and both show on the profile and across councils', async () => {
  const page = await pageAs(browser, 'leeds-editor');
  await page.goto(`${BASE}/councils/${LEEDS}`, { waitUntil: 'networkidle' });

  // Offer to lead in Highways (the form the leaders feature put on the profile).
  await tabTo(page, '.cc-council-leads select', 200);
  await page.locator('.cc-council-leads select').selectOption(AREA);
  await page.keyboard.press('Tab');
  await submit(page);
  assert.match(await page.locator(`.cc-council-leads li[data-area="${AREA}"]`).innerText(), /highways/i);

  // Record the commitment with the keyboard: kind, title, status, date signed.
  const section = page.locator('.cc-council-commitments');
  await tabTo(page, '.cc-commitment-form select[name="kind"]', 250);
  await page.locator('.cc-commitment-form select[name="kind"]').selectOption('declaration');
  await page.keyboard.press('Tab');
  await page.keyboard.type(TITLE);
  await page.keyboard.press('Tab');
  await page.locator('.cc-commitment-form select[name="status"]').selectOption('signed');
  await page.locator('.cc-commitment-form input[name="madeOn"]').fill('2025-06-01');
  // A date met on a commitment that is only signed is refused and named beside its field.
  await page.locator('.cc-commitment-form input[name="metOn"]').fill('2025-07-01');
  await page.locator('.cc-commitment-form input[name="metOn"]').press('Enter');
  const metOn = page.locator('.cc-commitment-form input[name="metOn"]');
  await page.waitForSelector('.cc-commitment-form input[name="metOn"][aria-invalid="true"]');
  assert.match(await metOn.locator('xpath=..').locator('.error').innerText(), /Only a met commitment has a date met/);
  assert.ok(await page.evaluate(() => document.activeElement.name === 'metOn'), 'focus on the field in error');
  await metOn.fill('');
  await metOn.focus();
  await submit(page);

  const line = section.locator('li', { hasText: TITLE });
  assert.match(await line.innerText(), /Signed\s+Made on 1 Jun 2025/i);
  const edit = line.locator('button.cc-commitment-edit');
  const box = await edit.boundingBox();
  assert.ok(box.width >= 24 && box.height >= 24, `edit target ${box.width}x${box.height}`);
  assert.deepEqual(await seriousViolations(page), [], 'axe on the profile with the commitments form');
  assert.deepEqual(page.errors, []);
  await section.scrollIntoViewIfNeeded();
  await section.screenshot({ path: path.join(SHOTS, 'commitments-profile.png') });

  // The edit button fills the form with the commitment (keyboard), and cancelling empties it again.
  await edit.focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('.cc-commitment-form input[name="title"]').inputValue(), TITLE);
  assert.equal(await page.locator('.cc-commitment-form input[name="madeOn"]').inputValue(), '2025-06-01');
  await page.locator('.cc-commitment-cancel').click();
  assert.equal(await page.locator('.cc-commitment-form input[name="title"]').inputValue(), '');
  await page.close();

  // A reader sees it on the profile without the form, and Leeds among the leaders and in the list across councils.
  const reader = await pageAs(browser, 'viewer');
  await reader.goto(`${BASE}/councils/${LEEDS}`, { waitUntil: 'networkidle' });
  assert.match(await reader.locator('.cc-council-commitments li', { hasText: TITLE }).innerText(), /Signed/i);
  assert.equal(await reader.locator('.cc-council-commitments form, .cc-council-commitments button').count(), 0);

  await reader.goto(`${BASE}/leaders`, { waitUntil: 'networkidle' });
  const leaders = reader.locator(`table.cc-leaders-table[data-area="${AREA}"]`);
  assert.match(await leaders.locator('tr', { hasText: LEEDS }).innerText(), /Leeds/);
  const list = reader.locator('table.cc-commitments-table');
  assert.match(await list.locator('tr', { hasText: TITLE }).innerText(),
    new RegExp(`Leeds.*${LEEDS}.*Signed.*Made on 1 Jun 2025`, 'si'));
  assert.deepEqual(await seriousViolations(reader), [], 'axe on the list across councils');
  await list.scrollIntoViewIfNeeded();
  await shot(reader, 'commitments-list');

  await reader.goto(`${BASE}/leaders?output=pdf`, { waitUntil: 'networkidle' });
  assert.equal(await reader.locator('.cc-leaders script, .cc-leaders button, .cc-leaders form').count(), 0);
  assert.match(await reader.locator('table.cc-commitments-table').innerText(), /Local Digital Declaration/);
  assert.deepEqual(await seriousViolations(reader), [], 'axe on the pdf markup');
  await reader.close();
});
