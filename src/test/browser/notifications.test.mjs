// Watch and be told (issue 17) in the browser. The preview's Outbox shows every mail its SMTP server received and
// runs every job once on request; the flows watch an entry as one demo user, change it as another, run the jobs
// and find the mail (and the notification). Writes notifications-*.png screenshots.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, pageAs, rest, runJobsAsAdmin, seriousViolations, shot } from './support.mjs';

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
  await runJobsAsAdmin(page);
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

test('"Run the jobs now" is an administrator\'s: a council editor sees no button and a post is refused with a 403',
  async () => {
    const page = await pageAs(browser, 'brighton-editor');
    await page.goto(`${BASE}/outbox`);
    await page.locator('#preview-run-jobs-admin-only').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Run the jobs now' }).count(), 0);
    assert.match(await page.locator('#preview-run-jobs-admin-only').textContent(), /Only an administrator/);
    const refused = await page.request.post(`${BASE}/preview/jobs/run`, { maxRedirects: 0 });
    assert.equal(refused.status(), 403);
    assert.match(await refused.text(), /Not allowed: only an administrator can run the jobs now\./);
    const viewer = await fetch(`${BASE}/preview/jobs/run`, { method: 'POST', redirect: 'manual',
      headers: { Cookie: 'preview-user=viewer' } });
    assert.equal(viewer.status, 403);
    assert.deepEqual(await seriousViolations(page), []);
    assert.deepEqual(page.errors, []);
  });

test('watch an entry with its button, another council changes it: the notification and the mail arrive', async () => {
  const entry = await published(`Resident parking permits ${RUN}`);
  const viewer = await pageAs(browser, 'viewer');
  await viewer.goto(`${BASE}${PAGES}${entry.key}`);
  const watch = viewer.getByRole('button', { name: 'Watch this entry' });
  await watch.waitFor();
  assert.equal(await watch.getAttribute('aria-pressed'), 'false');
  await watch.focus();
  await viewer.keyboard.press('Enter');
  await viewer.waitForSelector('button[data-watch-type=entry][aria-pressed=true]');
  assert.match(await viewer.locator('.cc-watch-status').textContent(), /You are watching/);
  assert.deepEqual(await seriousViolations(viewer), []);
  await shot(viewer, 'notifications-watch-entry');

  const changed = await rest('hackney-editor', 'PUT', `solutions/${entry.key}`, {
    version: entry.version, name: entry.name, summary: 'Permits for visitors too', kind: 'software',
    phase: 'beta', ownerCouncil: HACKNEY, serviceAreas: ['parking'],
  });
  assert.equal(changed.status, 200, JSON.stringify(changed.json));

  await viewer.goto(`${BASE}/plugins/servlet/connected-councils/notifications`);
  const item = viewer.locator('.cc-notify-item', { hasText: entry.name }).first();
  await item.waitFor();
  assert.match(await item.textContent(), /Hackney editor updated/);
  assert.ok(await item.locator('.aui-lozenge', { hasText: 'New' }).count() === 1);
  assert.ok(await viewer.locator('.cc-notify-watches a', { hasText: `${entry.name} (entry)` }).count() === 1);
  assert.deepEqual(await seriousViolations(viewer), []);
  await shot(viewer, 'notifications-page');
  await Promise.all([viewer.waitForEvent('load'), item.getByRole('button', { name: 'Mark as read' }).click()]);
  const read = viewer.locator('.cc-notify-item', { hasText: entry.name }).first();
  await read.waitFor();
  assert.equal(await read.locator('.aui-lozenge').count(), 0);
  assert.equal(await read.getByRole('button', { name: 'Mark as read' }).count(), 0);
  assert.deepEqual(viewer.errors, []);

  await runJobsAsAdmin(viewer);
  const mail = viewer.locator('article.preview-mail', { hasText: `updated ${entry.name}` }).first();
  await mail.waitFor();
  assert.equal((await mail.locator('.preview-mail-to').textContent()).trim(), 'viewer@councils.example');
  await viewer.goto(`${BASE}${PAGES}${entry.key}`);
  const again = viewer.getByRole('button', { name: 'Watch this entry' });
  await viewer.waitForSelector('button[data-watch-type=entry]:not([hidden])');
  assert.equal(await again.getAttribute('aria-pressed'), 'true');
  await again.click();
  await viewer.waitForSelector('button[data-watch-type=entry][aria-pressed=false]');
});

test('a mail\'s "stop" link turns that kind of e-mail off; the choices form saves each kind', async () => {
  const viewer = await pageAs(browser, 'viewer');
  await viewer.goto(`${BASE}/plugins/servlet/connected-councils/notifications?unsubscribe=status-report`);
  await viewer.getByRole('button', { name: 'Stop these e-mails' }).click();
  await viewer.waitForFunction(() => document.querySelector('.cc-notify-feedback').textContent === 'Saved.');
  assert.equal(await viewer.locator('select[name="status-report"]').inputValue(), 'off');
  await viewer.getByLabel('Status reports').selectOption('weekly');
  await viewer.getByRole('button', { name: 'Save e-mail choices' }).click();
  await viewer.waitForFunction(() => document.querySelector('.cc-notify-feedback').textContent === 'Saved.');
  const choices = await rest('viewer', 'GET', 'notifications/choices');
  assert.deepEqual(choices.json.find((c) => c.kind === 'status-report'), { kind: 'status-report', choice: 'weekly' });
  assert.deepEqual(await seriousViolations(viewer), []);
  await shot(viewer, 'notifications-choices');
  assert.equal((await rest('viewer', 'PUT', 'notifications/choices/status-report', { choice: 'immediate' })).status,
    200);
});

test('the working group and the council profile have a keyboard-usable watch button', async () => {
  const viewer = await pageAs(browser, 'hackney-editor');
  await viewer.goto(`${BASE}/councils/E06000043`);
  const council = viewer.getByRole('button', { name: 'Watch this council' });
  await council.waitFor();
  await council.focus();
  await viewer.keyboard.press('Space');
  await viewer.waitForSelector('button[data-watch-type=council][aria-pressed=true]');
  const box = await council.boundingBox();
  assert.ok(box.height >= 24 && box.width >= 24, 'target at least 24 by 24 px');
  assert.deepEqual(await seriousViolations(viewer), []);
  const councilName = (await rest('hackney-editor', 'GET', 'councils/E06000043')).json.name;
  const list = await pageAs(browser, 'hackney-editor');
  await list.goto(`${BASE}/plugins/servlet/connected-councils/notifications`);
  const watched = list.locator('.cc-notify-watches li', { hasText: `${councilName} (council)` });
  assert.equal(await watched.count(), 1, '"What I watch" names the council');
  assert.equal(await list.locator('.cc-notify-watches li', { hasText: 'E06000043' }).count(), 0, 'not its code');
  assert.deepEqual(await seriousViolations(list), []);
  await watched.scrollIntoViewIfNeeded();
  await shot(list, 'notifications-watch-names');
  // Brighton has a space named after its code (the preview gives the demo councils with editors one): the name links
  // to the space's home page, where its profile is
  const link = watched.getByRole('link', { name: `${councilName} (council)` });
  assert.equal(await link.count(), 1, 'the watched council links to its space home page');
  assert.match(await link.getAttribute('href'), /\/pages\/viewpage\.action\?pageId=\d+$/);
  await link.click();
  await list.waitForURL(/\/councils\/E06000043$/);
  await council.click();
  await viewer.waitForSelector('button[data-watch-type=council][aria-pressed=false]');

  const groups = await rest('hackney-editor', 'GET', 'working-groups?limit=1');
  const key = groups.json.results[0].key;
  await viewer.goto(`${BASE}/groups/${key}`);
  const group = viewer.getByRole('button', { name: 'Watch this group' });
  await group.waitFor();
  await group.click();
  await viewer.waitForSelector('button[data-watch-type=group][aria-pressed=true]');
  assert.deepEqual(await seriousViolations(viewer), []);
  await shot(viewer, 'notifications-watch-group');
  const groupName = (await rest('hackney-editor', 'GET', `working-groups/${key}`)).json.group.name;
  await list.goto(`${BASE}/plugins/servlet/connected-councils/notifications`);
  assert.equal(await list.locator('.cc-notify-watches li', { hasText: `${groupName} (working group)` }).count(), 1,
    '"What I watch" names the group');
  await list.close();
  await group.click();
  await viewer.waitForSelector('button[data-watch-type=group][aria-pressed=false]');
  assert.deepEqual(viewer.errors, []);
});

test('the admin page shows each job\'s runs and the mail settings, runs the jobs and sends a test e-mail', async () => {
  const page = await pageAs(browser, 'admin');
  await page.goto(`${BASE}/admin`, { waitUntil: 'networkidle' });
  if (/\/admin\/websudo/.test(page.url())) {
    await Promise.all([page.waitForURL(/\/admin$/), page.locator('form[action="/admin/websudo"] button').click()]);
  }
  const section = page.locator('[data-cc-notify-admin]');
  await section.locator('.cc-notify-jobs tbody tr').first().waitFor();
  const keys = await section.locator('.cc-notify-jobs tbody tr td:first-child').allTextContents();
  assert.ok(keys.includes('notify.immediate-mail') && keys.includes('notify.daily-digest'), keys.join());
  assert.match(await section.locator('[data-cc-mail=server]').textContent(), /smtp:\/\/127\.0\.0\.1:\d+/);

  await section.getByRole('button', { name: 'Run the jobs now' }).click();
  await section.locator('.cc-notify-admin-status.aui-message-confirmation').waitFor();
  assert.match(await section.locator('.cc-notify-admin-status').textContent(), /Ran every job once\. Mails sent: \d+\./);
  await section.getByRole('button', { name: 'Send me a test e-mail' }).click();
  await section.locator('.cc-notify-admin-status', { hasText: 'Test e-mail sent to admin@councils.example.' })
    .waitFor();
  assert.deepEqual(await seriousViolations(page), []);
  assert.deepEqual(page.errors, []);
  await section.screenshot({ path: `${process.env.SCREENSHOTS ?? 'target/screenshots'}/notifications-admin.png` });

  const json = await (await fetch(`${BASE}/preview/outbox?limit=5`)).json();
  assert.ok(json.mails.some((m) => m.to === 'admin@councils.example' && /Test e-mail/.test(m.subject)));
});
