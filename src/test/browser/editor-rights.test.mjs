// Issue 24 in the browser: "request editor rights for my council". The viewer asks to edit for Brighton from its
// profile; Brighton's editor sees the request there and approves it; the viewer can then edit Brighton's entries.
// A second request while one waits is refused; the viewer is notified of the approval. Every page is axe-clean. Writes editor-rights-request.png and
// editor-rights-approve.png. At the end an admin removes the mapping the approval made, so the files after this one
// find the viewer as they expect.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { adminPage, BASE, SHOTS, launch, pageAs, rest, seriousViolations } from './support.mjs';

const BRIGHTON = 'E06000043';
const PROFILE = `${BASE}/councils/${BRIGHTON}`;

let browser;
before(async () => { browser = await launch(); });
after(async () => {
  if (browser) {
    await removeViewersMapping(); // also when the test failed half-way (204, or 404 once it is gone)
    await browser.close();
  }
});

async function brightonEntry() {
  const found = await rest('viewer', 'GET', `solutions?owner=${BRIGHTON}&limit=100`);
  const entry = found.json.results.find((s) => s.ownerCouncil?.code === BRIGHTON || s.ownerCouncil === BRIGHTON);
  assert.ok(entry, 'a demo entry owned by Brighton');
  return entry.key;
}

test('a viewer asks to edit for a council, its editor approves, and the viewer can then edit its entries', async () => {
  const key = await brightonEntry();
  let viewer = await pageAs(browser, 'viewer');
  await viewer.goto(`${BASE}/solutions/${key}`, { waitUntil: 'networkidle' });
  assert.equal(await viewer.locator('a.cc-entry-link[href$="/edit"]').count(), 0, 'no edit link before');
  await viewer.goto(`${BASE}/solutions/${key}/edit`, { waitUntil: 'networkidle' });
  assert.equal(await viewer.locator('form.cc-editor-form').count(), 0, 'nor the entry editor');

  await viewer.goto(PROFILE, { waitUntil: 'networkidle' });
  const panel = viewer.locator('section.cc-editor-rights');
  await panel.waitFor();
  const reason = panel.getByLabel('Why you should edit for this council');
  await reason.fill('I lead the digital team at Brighton and keep our entries current.');
  assert.deepEqual(await seriousViolations(viewer), []);
  await panel.screenshot({ path: `${SHOTS}/editor-rights-request.png` });
  await Promise.all([viewer.waitForEvent('load'), panel.getByRole('button', { name: 'Ask to edit for this council' })
    .click()]);
  const mine = viewer.locator('section.cc-editor-rights .cc-editor-rights-mine');
  await mine.waitFor();
  assert.match(await mine.textContent(), /You asked on .* to edit for this council/);
  assert.equal(await viewer.locator('form.cc-editor-rights-ask').count(), 0, 'no second form while one waits');
  assert.deepEqual(await seriousViolations(viewer), []);
  assert.deepEqual(viewer.errors, []);

  const again = await rest('viewer', 'POST', `councils/${BRIGHTON}/editor-requests`, { reason: 'Again' });
  assert.equal(again.status, 409, 'one pending request per person and council');
  const other = await rest('hackney-editor', 'POST', `councils/${BRIGHTON}/editor-requests/1/approve`, {});
  assert.equal(other.status, 403, "another council's editor may not decide");

  const editor = await pageAs(browser, 'brighton-editor');
  await editor.goto(PROFILE, { waitUntil: 'networkidle' });
  const pending = editor.locator('ul.cc-editor-rights-pending li', { hasText: 'I lead the digital team at Brighton' });
  await pending.waitFor();
  assert.deepEqual(await seriousViolations(editor), []);
  await editor.locator('section.cc-editor-rights').screenshot({ path: `${SHOTS}/editor-rights-approve.png` });
  const approve = pending.locator('button[data-action="approve"]');
  assert.match(await approve.getAttribute('aria-label'), /^Approve the request of /);
  await Promise.all([editor.waitForEvent('load'), approve.click()]);
  await editor.locator('section.cc-editor-rights .cc-note', { hasText: 'No one is waiting for editor rights.' })
    .waitFor();
  assert.deepEqual(editor.errors, []);

  await editor.close();
  await viewer.close();
  // the context's cookie says who acts: a fresh page as the viewer again (the editor's page set it to the editor)
  viewer = await pageAs(browser, 'viewer');
  await viewer.goto(`${BASE}/solutions/${key}`, { waitUntil: 'networkidle' });
  const edit = viewer.locator('a.cc-entry-link[href$="/edit"]');
  assert.equal(await edit.count(), 1, 'the viewer now edits for Brighton');
  await viewer.goto(`${BASE}/solutions/${key}/edit`, { waitUntil: 'networkidle' });
  assert.equal(await viewer.locator('form.cc-editor-form').count(), 1, 'the entry editor opens for them');
  await viewer.goto(`${BASE}/plugins/servlet/connected-councils/notifications`);
  await viewer.locator('.cc-notify-item', { hasText: 'approved your request to edit for Brighton and Hove City Council' })
    .first().waitFor();
  const mineNow = await rest('viewer', 'GET', `councils/${BRIGHTON}/editor-requests/mine`);
  assert.equal(mineNow.json.state, 'approved');
  assert.deepEqual(viewer.errors, []);
  await viewer.close();
  assert.equal(await removeViewersMapping(), 204, 'the approval made a user mapping, which the admin removes again');
});

/** Removes the mapping an approval gave the viewer (the admin's REST call, after the preview's WebSudo prompt). */
async function removeViewersMapping() {
  const admin = await adminPage(browser);
  const status = await admin.evaluate(async (url) => (await fetch(url, {
    method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ type: 'user', principal: 'user-viewer', councilCode: 'E06000043', role: 'editor' }),
  })).status, `${BASE}/rest/connected-councils/1.0/admin/mappings/remove`);
  await admin.close();
  return status;
}
