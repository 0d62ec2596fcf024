// Councils like mine (issue 24, item 6) in the browser: Brighton's editor ticks "Councils like mine" in the register
// and sees only entries whose owners are unitary councils like Brighton; the filter is kept in the URL, the page is
// axe-clean, and the directory answers the same question over REST. Writes councils-like-mine.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, pageAs, rest, seriousViolations, shot } from './support.mjs';

const BRIGHTON = 'E06000043';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('Brighton\'s editor ticks "Councils like mine" and sees only entries of unitary owners', async () => {
  const unitaries = await rest('viewer', 'GET', `councils?like=${BRIGHTON}&limit=100`);
  assert.equal(unitaries.status, 200);
  const unitaryNames = new Set(unitaries.json.results.map((c) => c.name));
  assert.ok(unitaryNames.size > 1 && unitaries.json.results.every((c) => c.type === 'unitary'),
    'the directory lists the unitary councils');
  const expected = await rest('viewer', 'GET', `solutions?like=${BRIGHTON}&state=published&limit=100`);
  assert.ok(expected.json.total > 0, 'the demo data has entries of unitary owners');

  const page = await pageAs(browser, 'brighton-editor');
  await page.goto(`${BASE}/register`, { waitUntil: 'networkidle' });
  const owners = () => page.locator('tbody td[data-column="owner"]').allInnerTexts()
    .then((texts) => texts.map((t) => t.trim()));
  assert.ok((await owners()).some((o) => !unitaryNames.has(o)), 'unfiltered, other types of owner show too');
  const picker = page.getByLabel('Council to compare with');
  assert.equal(await picker.inputValue(), BRIGHTON, 'the editor\'s own council is chosen');

  await Promise.all([
    page.waitForResponse((r) => r.url().includes('/solutions.html?') && r.url().includes(`like=${BRIGHTON}`)),
    page.locator('label', { hasText: 'Councils like mine' }).click(),
  ]);
  await page.waitForURL(new RegExp(`cc\\.like=${BRIGHTON}`));
  await page.waitForLoadState('networkidle');

  const shown = await owners();
  assert.ok(shown.length > 0, 'some entries match');
  assert.deepEqual(shown.filter((o) => !unitaryNames.has(o)), [], 'every owner is a unitary council');
  assert.match(await page.locator('.cc-register-status').innerText(),
    new RegExp(`Showing ${shown.length} of ${expected.json.total}`));
  assert.deepEqual(await seriousViolations(page), [], 'axe on the filtered register');
  await shot(page, 'councils-like-mine');

  // The shared address opens with the filter ticked.
  const again = await pageAs(browser, 'viewer');
  await again.goto(page.url(), { waitUntil: 'networkidle' });
  assert.equal(await again.getByLabel('Councils like mine').isChecked(), true);
  assert.equal(await again.getByLabel('Council to compare with').inputValue(), BRIGHTON);
  assert.deepEqual(page.errors, []);
  assert.deepEqual(again.errors, []);
});

test('an unknown council answers 400 naming "like"', async () => {
  const result = await rest('viewer', 'GET', 'solutions?like=E99999999');
  assert.equal(result.status, 400);
  assert.deepEqual(result.json.errors.map((e) => e.field), ['like']);
});
