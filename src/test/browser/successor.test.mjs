// The successor takes over an ended council's entries (issue 24) in the browser: the demo data's Hove Borough
// Council ended in 1997, succeeded by Brighton and Hove. The admin gives Hove an entry of its own (unique name;
// reopening the council for a moment, since an ended one takes no new entries), the entry shows its owner's
// successor, another council's editor is refused, and Brighton's editor takes it over from Brighton's profile; Hove's
// profile still says who succeeded it. Nothing of Hove's is left waiting afterwards. Writes successor-take-over.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, SHOTS, launch, pageAs, rest, seriousViolations } from './support.mjs';

const ENDED = 'UK-HOVE-1997';
const BRIGHTON = 'E06000043';
const PAGES = '/plugins/servlet/connected-councils/solutions/';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Reopens or retires Hove as the admin, inside a WebSudo session; its successor and end date stay. */
async function hove(retired) {
  const response = await fetch(`${BASE}/rest/connected-councils/1.0/admin/councils/${ENDED}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', Cookie: 'preview-user=admin; preview-websudo=confirmed' },
    body: JSON.stringify({ name: 'Hove Borough Council', type: 'district', region: 'South East', retired }),
  });
  assert.equal(response.status, 200, await response.text());
}

test('Brighton\'s editor takes over the entries of Hove, which ended; Hove\'s profile names its successor', async () => {
  const name = `Seafront permits of Hove ${Date.now().toString(36)}`;
  await hove(false);
  const created = await rest('admin', 'POST', 'solutions', {
    name, summary: `Summary of ${name}`, kind: 'software', phase: 'beta', ownerCouncil: ENDED,
    serviceAreas: ['parking'],
  });
  assert.equal(created.status, 201, JSON.stringify(created.json));
  const key = created.json.key;
  assert.equal((await rest('admin', 'POST', `solutions/${key}/publish`, {})).status, 200);
  await hove(true);

  const entry = await pageAs(browser, 'viewer');
  await entry.goto(`${BASE}${PAGES}${key}`, { waitUntil: 'networkidle' });
  assert.match(await entry.locator('body').innerText(),
    /Hove Borough Council has ended; its successor is Brighton and Hove City Council/);

  assert.equal((await rest('hackney-editor', 'POST', `councils/${BRIGHTON}/take-over`, {})).status, 403);

  const page = await pageAs(browser, 'brighton-editor');
  await page.goto(`${BASE}/councils/${BRIGHTON}`, { waitUntil: 'networkidle' });
  const panel = page.locator('section.cc-take-over');
  assert.match(await panel.innerText(), /1 entry of Hove Borough Council is waiting for you to take it over/);
  assert.deepEqual(await seriousViolations(page), [], 'axe on the profile with entries waiting');
  await panel.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/successor-take-over.png` });

  await Promise.all([
    page.waitForEvent('load'),
    panel.getByRole('button', { name: 'Take them over' }).click(),
  ]);
  await page.waitForLoadState('networkidle');
  assert.equal(await page.locator('section.cc-take-over').count(), 0, 'nothing waits once taken over');
  assert.equal((await rest('viewer', 'GET', `solutions/${key}`)).json.ownerCouncil.code, BRIGHTON);
  const history = await rest('viewer', 'GET', `solutions/${key}/history`);
  assert.ok(history.json.results.some((h) => h.field === 'ownerCouncil' && h.oldValue === ENDED
    && h.newValue === BRIGHTON), JSON.stringify(history.json.results));
  assert.equal((await rest('brighton-editor', 'POST', `councils/${BRIGHTON}/take-over`, {})).status, 409);

  await page.goto(`${BASE}/councils/${ENDED}`, { waitUntil: 'networkidle' });
  assert.match(await page.locator('body').innerText(),
    /Ended on 1997-03-31; succeeded by Brighton and Hove City Council \(E06000043\)/);
  assert.deepEqual(await seriousViolations(page), [], 'axe on the ended council\'s profile');
  assert.deepEqual(page.errors, []);
  assert.deepEqual(entry.errors, []);
});
