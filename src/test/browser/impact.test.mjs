// The impact of reuse (issue 20): a council's entry with a declared saving, confirmed in use by another council,
// shows on the cc-impact page with how its reuse saving was computed, in display and PDF output, axe-clean. The entry
// carries this run's marker and a currency no other file uses, so its row is this file's own.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, pageAs, seriousViolations, shot, rest } from './support.mjs';

const RUN = `t${Date.now().toString(36)}`;
const BRIGHTON = 'E06000043';
const HACKNEY = 'E09000012';
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('an entry confirmed in use shows its reuse saving with how it was computed, in display and pdf', async () => {
  const name = `Pothole reporter ${RUN}`;
  const created = await rest('brighton-editor', 'POST', 'solutions', {
    name, summary: `Residents report potholes ${RUN}`, kind: 'software', phase: 'live', ownerCouncil: BRIGHTON,
    serviceAreas: ['highways'], annualSaving: { amount: 1234500, currency: 'CHF' },
    citizenOutcomes: `Potholes fixed sooner <b>${RUN}</b>`,
  });
  assert.equal(created.status, 201, JSON.stringify(created.json));
  const key = created.json.key;
  assert.equal((await rest('brighton-editor', 'POST', `solutions/${key}/publish`, {})).status, 200);
  const declared = await rest('hackney-editor', 'PUT', `solutions/${key}/adoptions/${HACKNEY}`,
    { state: 'using', since: '2026-06-01', annualSaving: { amount: 99900, currency: 'CHF' } });
  assert.ok([200, 201].includes(declared.status), JSON.stringify(declared.json));

  const page = await pageAs(browser, 'viewer');
  await page.goto(`${BASE}/impact?by=council`, { waitUntil: 'networkidle' });
  const table = page.locator('.cc-impact-table');
  const unconfirmed = await page.locator('.cc-impact-entry', { hasText: name }).innerText();
  assert.match(unconfirmed, /times 0 councils/, 'an unconfirmed adoption does not count');

  assert.equal((await rest('brighton-editor', 'POST', `solutions/${key}/adoptions/${HACKNEY}/confirm`, {})).status,
    200);
  await page.reload({ waitUntil: 'networkidle' });
  const entry = await page.locator('.cc-impact-entry', { hasText: name }).innerText();
  assert.match(entry, /CHF\s?12,345\.00 times 1 council = CHF\s?12,345\.00 \(London Borough of Hackney\)/);
  assert.match(entry, /Reported by adopters: CHF\s?999\.00/);
  assert.match(entry, new RegExp(`Potholes fixed sooner <b>${RUN}</b>`), 'outcomes shown as text, not markup');
  const row = await table.locator('tr', { hasText: 'CHF' }).first().innerText();
  assert.match(row, /Brighton/);
  assert.match(row, /Each saving times its confirmed users/);
  assert.ok(await page.locator('svg text', { hasText: 'CHF' }).count() >= 1, 'the bar prints its amount');
  assert.deepEqual(await seriousViolations(page), [], 'axe on the impact page');
  await page.locator('.cc-impact-table').scrollIntoViewIfNeeded();
  await shot(page, 'impact-macro');

  await page.goto(`${BASE}/impact?by=area&output=pdf`, { waitUntil: 'networkidle' });
  assert.equal(await page.locator('.cc-impact script').count(), 0, 'no script in the export markup');
  assert.match(await page.locator('.cc-impact').first().innerText(), /Highways/i);
  assert.deepEqual(await seriousViolations(page), [], 'axe on the pdf markup');
  await shot(page, 'impact-macro-pdf');
  await page.close();
});
