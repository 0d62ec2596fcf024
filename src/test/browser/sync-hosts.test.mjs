// The publiccode.yml sync's allowed hosts on the admin page (issue 18): the admin names two internal hosts, a bad
// one is refused beside the field and nothing is saved, the saved list is there after a reload and over REST, and
// the list is emptied again at the end so that no later flow finds an internal host allowed. Writes sync-hosts.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { adminPage, BASE, SHOTS, launch, seriousViolations, tabTo } from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const HOSTS = `${BASE}/rest/connected-councils/1.0/admin/publiccode-sync/hosts`;

/** The admin's REST call from the admin page (after the preview's WebSudo prompt, as an admin's browser would). */
async function hosts(page, put) {
  return page.evaluate(async ([url, body]) => {
    const response = await fetch(url, body === null ? {} : {
      method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
    });
    return { status: response.status, json: await response.json() };
  }, [HOSTS, put ?? null]);
}

async function save(page, value) {
  const field = page.getByLabel('Allowed hosts');
  await field.fill(value);
  await tabTo(page, '[data-cc-form="sync-hosts"] button[type="submit"]');
  await page.keyboard.press('Enter');
}

test('an admin allows internal hosts for the publiccode.yml sync, and a bad host is refused beside the field', async () => {
  const page = await adminPage(browser);
  const field = page.getByLabel('Allowed hosts');
  await page.waitForFunction(() => document.querySelector('#cc-admin-sync-hosts') !== null);
  const before = await hosts(page);
  assert.equal(before.status, 200);
  try {
    await save(page, 'git.council.example\n10.1.2.3');
    await page.locator('.cc-admin-status', { hasText: 'Saved' }).waitFor();
    assert.deepEqual((await hosts(page)).json.hosts,
      ['10.1.2.3', 'git.council.example'], 'saved, in order');
    assert.deepEqual(await seriousViolations(page), [], 'axe on the admin page with the allowed hosts');
    await page.locator('section', { has: page.locator('[data-cc-form="sync-hosts"]') })
      .screenshot({ path: `${SHOTS}/sync-hosts.png` });

    await save(page, 'git.council.example\nnot a host!');
    const error = page.locator('[data-cc-form="sync-hosts"] .field-group .error');
    await error.waitFor();
    assert.match(await error.innerText(), /not a host|host/i);
    assert.equal(await field.getAttribute('aria-invalid'), 'true');
    assert.deepEqual((await hosts(page)).json.hosts,
      ['10.1.2.3', 'git.council.example'], 'nothing saved from a list with a bad host');

    await page.reload({ waitUntil: 'networkidle' });
    await page.waitForFunction(() => document.querySelector('#cc-admin-sync-hosts').value !== '');
    assert.equal(await field.inputValue(), '10.1.2.3\ngit.council.example', 'the saved list after a reload');
  } finally {
    assert.equal((await hosts(page, { hosts: before.json.hosts ?? [] })).status, 200);
  }
  assert.deepEqual((await hosts(page)).json.hosts, before.json.hosts ?? []);
  assert.deepEqual(page.errors, []);
  await page.close();
});
