// Contact handover (issue 18) in the browser: an entry whose key contact was deactivated through the preview's user
// port shows "No active contact" on its page; the admin hands that person's entries to an active user on the admin
// page, and the flag is gone. Creates its own Hackney entry (unique name); the test-only hackney-contact is the
// person deactivated (freshness.test.mjs deactivates the same one). Writes handover-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, adminPage, launch, pageAs, rest, seriousViolations, shot } from './support.mjs';

const PAGES = '/plugins/servlet/connected-councils/solutions/';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('a deactivated key contact: "No active contact" on the entry, handed over on the admin page, flag gone', async () => {
  const name = `Pothole reports handed over ${Date.now().toString(36)}`;
  const created = await rest('hackney-editor', 'POST', 'solutions', {
    name, summary: `Summary of ${name}`, kind: 'software', phase: 'beta', ownerCouncil: 'E09000012',
    serviceAreas: ['parking'], keyContact: 'user-hackney-contact',
  });
  assert.equal(created.status, 201, JSON.stringify(created.json));
  const key = created.json.key;
  assert.equal((await rest('hackney-editor', 'POST', `solutions/${key}/publish`, {})).status, 200);
  const deactivated = await fetch(`${BASE}/preview/users/hackney-contact/deactivate`, { method: 'POST' });
  assert.equal(deactivated.status, 204);

  const page = await pageAs(browser, 'hackney-editor');
  await page.goto(`${BASE}${PAGES}${key}`, { waitUntil: 'networkidle' });
  const flag = page.locator('.cc-entry-lozenges .cc-no-contact');
  assert.equal(await flag.textContent(), 'No active contact');
  assert.match(await page.locator('.cc-facts dd', { hasText: 'No active contact:' }).textContent(),
    /No active contact: user-hackney-contact is no longer an active user/);
  assert.deepEqual(await seriousViolations(page), [], 'axe on the entry without an active contact');
  await shot(page, 'handover-no-contact');

  const admin = await adminPage(browser);
  const form = admin.locator('form[data-cc-form="reassign"]');
  await form.getByLabel('Present key contact (user key)').fill('user-hackney-contact');
  await form.getByLabel('New key contact (user key of an active user)').fill('user-hackney-editor');
  admin.removeAllListeners('dialog');
  admin.on('dialog', async (d) => { admin.dialogs.push(d.message()); await d.accept(); });
  await form.getByRole('button', { name: 'Hand over' }).click();
  await admin.locator('.cc-admin-status', { hasText: 'Handed over:' }).waitFor();
  assert.match(await admin.locator('.cc-admin-status').innerText(), /still to go/);
  assert.deepEqual(admin.dialogs, ['Hand these entries over to the new key contact?']);
  assert.deepEqual(await seriousViolations(admin), [], 'axe on the admin page after a handover');
  await form.scrollIntoViewIfNeeded();
  await shot(admin, 'handover-admin');

  await page.reload({ waitUntil: 'networkidle' });
  assert.equal(await flag.count(), 0, 'the flag goes once an active contact is named');
  assert.equal((await rest('viewer', 'GET', `solutions/${key}`)).json.keyContact, 'user-hackney-editor');
  assert.match(await page.locator('.cc-entry-history, [id$="-history"]').first().innerText(), /user-hackney-contact/);
  assert.deepEqual(page.errors, []);
  assert.deepEqual(admin.errors, []);
});
