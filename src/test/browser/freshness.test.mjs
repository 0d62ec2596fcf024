// Freshness (issue 18) in the browser: an entry due for confirmation, the nudge in the preview's Outbox after
// "Run the jobs now", the mail's link to the entry page (signed in as the owner council's editor), one click to
// confirm, and the "not confirmed" flag gone. Uses the last due demo entry of Brighton or Hackney (by name), so the
// register flow of preview.test.mjs, which takes the first due entry, keeps its own. Writes freshness-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, pageAs, rest, runJobsAsAdmin, seriousViolations, shot } from './support.mjs';

const PAGES = '/plugins/servlet/connected-councils/solutions/';
const EDITORS = { E06000043: 'brighton-editor', E09000012: 'hackney-editor' };

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('an entry due for confirmation: the nudge in the Outbox, its link, one click to confirm, the flag gone', async () => {
  const all = await rest('viewer', 'GET', 'solutions?limit=100&sort=name');
  const due = all.json.results.filter((s) => s.confirmationDue && EDITORS[s.ownerCouncil?.code ?? s.ownerCouncil])
    .at(-1);
  assert.ok(due, 'the demo data has an entry of Brighton or Hackney due for confirmation');
  const editor = EDITORS[due.ownerCouncil?.code ?? due.ownerCouncil];

  const outbox = await pageAs(browser, editor);
  await runJobsAsAdmin(outbox);
  const mail = outbox.locator('article.preview-mail', { hasText: due.name })
    .filter({ hasText: `${editor}@councils.example` }).filter({ hasText: /not been confirmed as still current/ }).first();
  await mail.waitFor();
  assert.match(await mail.locator('h2').textContent(), /not confirmed as still current|Reminder/);
  assert.deepEqual(await seriousViolations(outbox), [], 'axe on the Outbox with a nudge');
  await mail.scrollIntoViewIfNeeded();
  await shot(outbox, 'freshness-nudge-outbox');

  await mail.locator(`.preview-mail-body a[href$="${PAGES}${due.key}"]`).first().click();
  await outbox.waitForURL(new RegExp(`${PAGES}${due.key}$`));
  const lozenge = outbox.locator('.cc-entry-lozenges .cc-confirmation-due');
  assert.match(await lozenge.innerText(), /not confirmed for over 180 days/i);
  await shot(outbox, 'freshness-entry-due');
  await outbox.locator('.cc-entry-action[data-action="confirm"]').click();
  await outbox.getByRole('status').filter({ hasText: 'still current' }).waitFor();
  assert.equal(await lozenge.count(), 0, 'the flag goes once confirmed');
  assert.deepEqual(await seriousViolations(outbox), [], 'axe on the confirmed entry');
  await shot(outbox, 'freshness-entry-confirmed');
  assert.equal((await rest('viewer', 'GET', `solutions/${due.key}`)).json.confirmationDue, false);

  const json = await (await fetch(`${BASE}/preview/outbox?limit=100`)).json();
  const nudges = json.mails.filter((m) => m.subject.includes(due.name) && m.to === `${editor}@councils.example`
    && m.subject.includes('confirmed as still current'));
  assert.equal(nudges.length, 1, 'one nudge for the entry, however often the jobs ran');
  await runJobsAsAdmin(outbox);
  const again = await (await fetch(`${BASE}/preview/outbox?limit=100`)).json();
  assert.equal(again.mails.filter((m) => m.subject.includes(due.name)).length,
    json.mails.filter((m) => m.subject.includes(due.name)).length, 'confirmed: no nudge again');
  assert.deepEqual(outbox.errors, []);
});

test('a key contact deactivated through the preview\'s user port: the owner\'s editor is asked to name another', async () => {
  const name = `Street lighting fault reports ${Date.now().toString(36)}`;
  const created = await rest('hackney-editor', 'POST', 'solutions', {
    name, summary: `Summary of ${name}`, kind: 'software', phase: 'beta', ownerCouncil: 'E09000012',
    serviceAreas: ['parking'], keyContact: 'user-hackney-contact',
  });
  assert.equal(created.status, 201, JSON.stringify(created.json));
  assert.equal((await rest('hackney-editor', 'POST', `solutions/${created.json.key}/publish`, {})).status, 200);
  const deactivated = await fetch(`${BASE}/preview/users/hackney-contact/deactivate`, { method: 'POST' });
  assert.equal(deactivated.status, 204);

  const page = await pageAs(browser, 'hackney-editor');
  await runJobsAsAdmin(page);
  const mail = page.locator('article.preview-mail', { hasText: name })
    .filter({ hasText: 'hackney-editor@councils.example' }).filter({ hasText: /no active contact/ }).first();
  await mail.waitFor();
  await mail.scrollIntoViewIfNeeded();
  await shot(page, 'freshness-contact-handover');
  const json = await (await fetch(`${BASE}/preview/outbox?limit=100`)).json();
  assert.equal(json.mails.filter((m) => m.subject.includes(name) && m.to === 'hackney-contact@councils.example')
    .length, 0, 'the deactivated contact is told nothing');
  assert.deepEqual(page.errors, []);
});
