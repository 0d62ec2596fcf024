// publiccode.yml sync in the browser (issue 18 item 4): Brighton's editor names the file's address on the entry
// page, presses Sync now and sees when it last synced and the problem (the address is on loopback, which no admin
// allowed, so the sync is refused before any connection); a viewer sees the state without the form; in the editor
// the fields the file fills are read-only with a note. Writes publiccode-sync-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, pageAs, rest, seriousViolations, shot } from './support.mjs';

const PAGES = '/plugins/servlet/connected-councils/solutions/';
const BRIGHTON = 'E06000043';
const RUN = Date.now().toString(36);
const SOURCE = 'https://127.0.0.1:1/publiccode.yml';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('an editor names the publiccode.yml, syncs now and sees the problem; the editor locks the mapped fields',
  async () => {
    const created = await rest('brighton-editor', 'POST', 'solutions', {
      name: `Pothole reporter ${RUN}`, summary: `Residents report potholes ${RUN}`, kind: 'software',
      phase: 'live', ownerCouncil: BRIGHTON, serviceAreas: ['highways'],
    });
    assert.equal(created.status, 201, JSON.stringify(created.json));
    const key = created.json.key;
    assert.equal((await rest('brighton-editor', 'POST', `solutions/${key}/publish`, {})).status, 200);

    const editor = await pageAs(browser, 'brighton-editor');
    await editor.goto(`${BASE}${PAGES}${key}`, { waitUntil: 'networkidle' });
    const url = editor.getByLabel('Address of the publiccode.yml file');
    await url.fill(SOURCE);
    await editor.getByRole('button', { name: 'Save address' }).click();
    await editor.waitForLoadState('networkidle');
    const now = editor.getByRole('button', { name: 'Sync now' });
    await now.waitFor();
    assert.match(await editor.locator('.cc-entry-sync').innerText(), /Not yet synced/);
    await now.focus();
    await editor.keyboard.press('Enter');
    await editor.locator('.cc-sync-problems').waitFor();
    const part = await editor.locator('.cc-entry-sync').innerText();
    assert.match(part, /Last synced/);
    assert.match(part, /failed, the entry was left as it was/);
    assert.match(part, /internal network address/);
    assert.deepEqual(await seriousViolations(editor), [], 'axe on the entry page after a failed sync');
    await shot(editor, 'publiccode-sync-entry-failed');

    const viewer = await pageAs(browser, 'viewer');
    await viewer.goto(`${BASE}${PAGES}${key}`, { waitUntil: 'networkidle' });
    assert.match(await viewer.locator('.cc-entry-sync').innerText(), /internal network address/);
    assert.equal(await viewer.locator('.cc-sync-form').count(), 0, 'a viewer gets no form');

    const edit = await pageAs(browser, 'brighton-editor');
    await edit.goto(`${BASE}${PAGES}${key}/edit`, { waitUntil: 'networkidle' });
    await edit.locator('.cc-editor-form').waitFor({ timeout: 60000 });
    assert.match(await edit.locator('.cc-sync-note').innerText(), /read-only/);
    assert.equal(await edit.locator('.cc-editor-form [name="name"]').getAttribute('readonly'), '');
    assert.equal(await edit.locator('.cc-editor-form [name="phase"]').isDisabled(), true);
    assert.deepEqual(await seriousViolations(edit), [], 'axe on the editor with synced fields');
    await shot(edit, 'publiccode-sync-editor');
    assert.deepEqual(edit.errors, []);
    assert.deepEqual(editor.errors, []);
    assert.deepEqual(viewer.errors, []);
  });
