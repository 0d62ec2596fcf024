// Browser flows of issue 20 item 4 (assessments and leaders as CSV): an admin checks an assessments file first
// (every problem listed with line and column, nothing written), then imports it; the leaders' template is offered
// and its file checked. The imported assessment is dated 2001 so it never becomes a council's current one.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { adminPage, BASE, SHOTS, launch, seriousViolations, rest } from './support.mjs';

let browser;

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

const HEADER = 'council,area,level,date,justification,entries,links\r\n';

test('an admin imports assessments from CSV: problems first, nothing written, then every row', async () => {
  const note = `Browser import ${Date.now()}`;
  const page = await adminPage(browser);
  const section = page.locator('[data-cc-import]');
  assert.equal(await section.locator('a[href$="/admin/import/assessments/template.csv"]').count(), 1);
  assert.equal(await section.locator('a[href$="/admin/import/leaders/template.csv"]').count(), 1);
  await section.locator('label[for="cc-admin-import-assessments"]').click();
  assert.ok(await section.locator('#cc-admin-import-assessments').isChecked());
  const choose = (name, text) => section.locator('#cc-admin-import-file').setInputFiles(
    { name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });

  await choose('assessments.csv', `${HEADER}E06000043,waste,3,2001-01-01,${note},,\r\nE06000043,nowhere,9,2001-01-01,,,\r\n`);
  await section.locator('[data-cc-import-run="check"]').click();
  await section.locator('.cc-admin-import-message.aui-message-error').waitFor();
  const problems = await section.locator('.cc-admin-import-errors tbody').innerText();
  assert.match(problems, /3\s+area/);
  assert.match(problems, /3\s+level/);
  assert.match(problems, /3\s+justification/);
  assert.deepEqual(await seriousViolations(page), [], 'axe on the assessment import errors');
  await section.screenshot({ path: `${SHOTS}/maturity-csv-import-errors.png` });

  await choose('assessments.csv', `${HEADER}E06000043,waste,3,2001-01-01,${note},,https://wiki.example.org/bins\r\n`);
  await section.locator('[data-cc-import-run="import"]').click();
  await section.locator('.cc-admin-import-message.aui-message-success').waitFor();
  assert.match(await section.locator('.cc-admin-import-message').innerText(), /1 assessments imported/);
  const history = await rest('viewer', 'GET', 'maturity/councils/E06000043/areas/waste?limit=100');
  assert.ok(history.json.results.some((a) => a.justification === note), 'the imported assessment is on record');
  await section.screenshot({ path: `${SHOTS}/maturity-csv-import.png` });

  await section.locator('label[for="cc-admin-import-leaders"]').click();
  await choose('leaders.csv', 'council,area\r\nE06000043,nowhere\r\n');
  await section.locator('[data-cc-import-run="check"]').click();
  await section.locator('.cc-admin-import-message.aui-message-error').waitFor();
  assert.match(await section.locator('.cc-admin-import-errors tbody').innerText(), /2\s+area/);
  assert.deepEqual(page.errors, []);
  await page.close();
});

/** A CSV download as the viewer: status and text (without the byte-order mark). */
async function download(relative) {
  const response = await fetch(`${BASE}/rest/connected-councils/1.0/${relative}`,
    { headers: { Cookie: 'preview-user=viewer' } });
  return { status: response.status, text: (await response.text()).replace(/^\uFEFF/, '') };
}

test('anyone signed in downloads the latest assessments and the leaders in the templates\' columns', async () => {
  const assessments = await download('maturity/assessments.csv');
  assert.equal(assessments.status, 200);
  assert.ok(assessments.text.startsWith(HEADER), assessments.text.slice(0, 80));
  assert.ok(assessments.text.split('\r\n').length > 10, 'the demo councils\' assessments');
  const leaders = await download('maturity/leaders.csv');
  assert.equal(leaders.status, 200);
  assert.ok(leaders.text.startsWith('council,area\r\n'), leaders.text.slice(0, 80));
});
