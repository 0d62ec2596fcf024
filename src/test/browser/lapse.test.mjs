// A lapsed adoption in the browser (issue 18, review of the last stop): the preview's demo data has one adoption of
// Hackney's that nobody re-confirmed in time (DemoLapse). A viewer sees it marked "Lapsed" with no button; Hackney's
// editor reaches the "Re-confirm we still use it" button by keyboard, presses it, and the mark is gone on the page
// and in the REST answer. Writes lapse-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, pageAs, rest, seriousViolations, shot, tabTo } from './support.mjs';

const PAGES = '/plugins/servlet/connected-councils/solutions/';
const HACKNEY = 'E09000012';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function lapsedEntry() {
  const all = await rest('viewer', 'GET', 'solutions?limit=100&sort=name');
  for (const entry of all.json.results) {
    const adoptions = await rest('viewer', 'GET', `solutions/${entry.key}/adoptions?limit=100`);
    const ours = adoptions.json.results?.find((a) => a.council.code === HACKNEY && a.lapsed);
    if (ours) {
      return entry;
    }
  }
  return null;
}

test('a lapsed adoption: marked for everyone, and one re-confirmation by the adopter restores it', async () => {
  const entry = await lapsedEntry();
  assert.ok(entry, 'the demo data has a lapsed adoption of Hackney');

  const viewer = await pageAs(browser, 'viewer');
  await viewer.goto(`${BASE}${PAGES}${entry.key}`, { waitUntil: 'networkidle' });
  const viewerRow = viewer.locator('tr', { has: viewer.locator('.cc-adoption-lapsed') });
  assert.equal(await viewerRow.count(), 1, 'one adopter row marked lapsed');
  assert.match(await viewerRow.locator(".cc-adoption-lapsed").innerText(), /^Lapsed$/i);
  assert.equal(await viewer.locator('.cc-solution-reconfirm-adoption:visible').count(), 0,
    'a viewer gets no re-confirm button');

  const hackney = await pageAs(browser, 'hackney-editor');
  await hackney.goto(`${BASE}${PAGES}${entry.key}`, { waitUntil: 'networkidle' });
  const button = hackney.getByRole('button', { name: 'Re-confirm we still use it' });
  await button.waitFor();
  assert.deepEqual(await seriousViolations(hackney), [], 'axe on an entry with a lapsed adoption');
  await shot(hackney, 'lapse-entry-lapsed');
  await tabTo(hackney, `.cc-solution-reconfirm-adoption[data-council="${HACKNEY}"]`);
  await hackney.keyboard.press('Enter');
  await hackney.getByRole('status').filter({ hasText: 'no longer lapsed' }).waitFor();
  assert.equal(await hackney.locator('.cc-adoption-lapsed').count(), 0, 'the mark goes at once');
  assert.equal(await button.count(), 0, 'and the button with it');
  assert.deepEqual(await seriousViolations(hackney), [], 'axe after re-confirming');
  await shot(hackney, 'lapse-entry-restored');

  const adoptions = await rest('viewer', 'GET', `solutions/${entry.key}/adoptions?limit=100`);
  const ours = adoptions.json.results.find((a) => a.council.code === HACKNEY);
  assert.equal(ours.lapsed, false, 'restored in the REST answer');
  await hackney.reload({ waitUntil: 'networkidle' });
  assert.equal(await hackney.locator('.cc-adoption-lapsed').count(), 0, 'and after a reload');
  assert.deepEqual(hackney.errors, []);
  assert.deepEqual(viewer.errors, []);
});
