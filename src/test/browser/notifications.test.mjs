// Watch and be told (issue 17) in the browser. The preview's Outbox shows every mail its SMTP server received and
// runs every job once on request; the flows watch an entry as one demo user, change it as another, run the jobs
// and find the mail (and the notification). Writes notifications-*.png screenshots.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, pageAs, rest, seriousViolations, shot } from './support.mjs';

const HACKNEY = 'E09000012';
const RUN = Date.now().toString(36);
const PAGES = '/plugins/servlet/connected-councils/solutions/';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** A published Hackney entry with a name unique to this run. */
async function published(name) {
  const created = await rest('hackney-editor', 'POST', 'solutions', {
    name, summary: `Summary of ${name}`, kind: 'software', phase: 'beta', ownerCouncil: HACKNEY,
    serviceAreas: ['parking'],
  });
  assert.equal(created.status, 201, JSON.stringify(created.json));
  const done = await rest('hackney-editor', 'POST', `solutions/${created.json.key}/publish`, {});
  assert.equal(done.status, 200, JSON.stringify(done.json));
  return done.json;
}

test('the Outbox shows a watcher\'s mail after "Run the jobs now", and its link opens the entry', async () => {
  const entry = await published(`Permit renewal reminders ${RUN}`);
  assert.equal((await rest('viewer', 'PUT', `watches/entry/${entry.key}`, { watching: true })).status, 200);
  const changed = await rest('hackney-editor', 'PUT', `solutions/${entry.key}`, {
    version: entry.version, name: entry.name, summary: 'Now with text message reminders', kind: 'software',
    phase: 'live', ownerCouncil: HACKNEY, serviceAreas: ['parking'],
  });
  assert.equal(changed.status, 200, JSON.stringify(changed.json));

  const page = await pageAs(browser, 'viewer');
  await page.goto(`${BASE}/outbox`);
  await page.getByRole('button', { name: 'Run the jobs now' }).click();
  await page.waitForURL(/\/outbox\?sent=/);
  assert.match(await page.locator('[role=status]').textContent(), /Ran every job once\. Mails sent: \d+\./);
  const mail = page.locator('article.preview-mail', { hasText: entry.name }).first();
  await mail.waitFor();
  assert.equal((await mail.locator('.preview-mail-to').textContent()).trim(), 'viewer@councils.example');
  assert.match(await mail.locator('h2').textContent(), new RegExp(`${entry.name}`));
  assert.match(await mail.locator('time').getAttribute('datetime'), /^\d{4}-\d\d-\d\dT/);
  assert.deepEqual(await seriousViolations(page), []);
  assert.deepEqual(page.errors, []);
  await shot(page, 'notifications-outbox');

  await mail.locator(`.preview-mail-body a[href$="${PAGES}${entry.key}"]`).click();
  await page.waitForURL(new RegExp(`${PAGES}${entry.key}$`));
  assert.match(await page.locator('h1, h2').first().textContent(), new RegExp(entry.name));

  const json = await (await fetch(`${BASE}/preview/outbox?limit=100`)).json();
  const mails = json.mails.filter((m) => m.subject.includes(entry.name));
  assert.equal(mails.length, 1, 'one mail about the change, sent once');
  assert.match(mails[0].html, new RegExp(`href="${BASE}${PAGES}${entry.key}"`));
  assert.equal((await rest('viewer', 'PUT', `watches/entry/${entry.key}`, { watching: false })).status, 200);
});
