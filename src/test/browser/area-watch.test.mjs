// Watching a service area from the Notifications page (issue 17's leftover): the page lists every active service
// area with a watch button; a viewer watches one, another council publishes an entry there, "Run the jobs now" on
// the Outbox sends the viewer's mail. Writes the area-watch.png screenshot.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, pageAs, rest, runJobsAsAdmin, seriousViolations, shot } from './support.mjs';

const HACKNEY = 'E09000012';
const RUN = Date.now().toString(36);
const NOTIFICATIONS = '/plugins/servlet/connected-councils/notifications';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('a viewer watches a service area with its button; an entry published there reaches their Outbox', async () => {
  const areas = await rest('viewer', 'GET', 'service-areas');
  assert.equal(areas.status, 200, JSON.stringify(areas.json));
  const list = Array.isArray(areas.json) ? areas.json : areas.json.results;
  const area = list.filter((a) => !a.retired).at(-1);
  assert.ok(area, 'the demo data has an active service area');

  const viewer = await pageAs(browser, 'viewer');
  await viewer.goto(`${BASE}${NOTIFICATIONS}`);
  await viewer.getByRole('heading', { name: 'Service areas I watch' }).waitFor();
  const button = viewer.locator(`button[data-watch-type="service-area"][data-watch-key="${area.code}"]`);
  await button.waitFor();
  assert.equal((await button.textContent()).trim(), area.name);
  assert.equal(await button.getAttribute('aria-pressed'), 'false');
  assert.equal(await viewer.locator('.cc-notify-areas button[data-watch-type="service-area"]').count(),
    list.filter((a) => !a.retired).length, 'one button per active area');
  const box = await button.boundingBox();
  assert.ok(box.height >= 24 && box.width >= 24, 'target at least 24 by 24 px');
  await button.focus();
  await viewer.keyboard.press('Enter');
  await viewer.waitForSelector(`button[data-watch-key="${area.code}"][aria-pressed=true]`);
  const watched = await rest('viewer', 'GET', `watches/service-area/${area.code}`);
  assert.equal(watched.json.watching, true);
  assert.deepEqual(await seriousViolations(viewer), []);
  await shot(viewer, 'area-watch');

  await viewer.reload();
  assert.equal(await viewer.locator('.cc-notify-watches li', { hasText: `${area.name} (service area)` }).count(), 1,
    '"What I watch" names the area');
  await viewer.waitForSelector(`button[data-watch-key="${area.code}"][aria-pressed=true]:not([hidden])`);

  const name = `Shared bulky waste booking ${RUN}`;
  const created = await rest('hackney-editor', 'POST', 'solutions', {
    name, summary: `Summary of ${name}`, kind: 'software', phase: 'beta', ownerCouncil: HACKNEY,
    serviceAreas: [area.code],
  });
  assert.equal(created.status, 201, JSON.stringify(created.json));
  const done = await rest('hackney-editor', 'POST', `solutions/${created.json.key}/publish`, {});
  assert.equal(done.status, 200, JSON.stringify(done.json));

  await runJobsAsAdmin(viewer);
  const mail = viewer.locator('article.preview-mail', { hasText: name }).first();
  await mail.waitFor();
  assert.equal((await mail.locator('.preview-mail-to').textContent()).trim(), 'viewer@councils.example');
  assert.deepEqual(await seriousViolations(viewer), []);
  const json = await (await fetch(`${BASE}/preview/outbox?limit=100`)).json();
  assert.equal(json.mails.filter((m) => m.subject.includes(name) && m.to.includes('viewer@')).length, 1,
    'one mail to the viewer about the new entry');

  await viewer.goto(`${BASE}${NOTIFICATIONS}`);
  const item = viewer.locator('.cc-notify-item', { hasText: name }).first();
  await item.waitFor();
  const again = viewer.locator(`button[data-watch-key="${area.code}"]`);
  await viewer.waitForSelector(`button[data-watch-key="${area.code}"]:not([hidden])`);
  await again.click();
  await viewer.waitForSelector(`button[data-watch-key="${area.code}"][aria-pressed=false]`);
  assert.equal((await rest('viewer', 'GET', `watches/service-area/${area.code}`)).json.watching, false);
  assert.deepEqual(viewer.errors, []);
});
