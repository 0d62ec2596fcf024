// What a council officer clicks through in the local preview, in real Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, SHOTS, launch, pageAs, seriousViolations, shot, rest, tabTo } from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function keyOf(user, name) {
  const found = await rest(user, 'GET', `solutions?q=${encodeURIComponent(name)}&limit=5`);
  assert.equal(found.status, 200);
  const match = found.json.results.find((s) => s.name === name);
  assert.ok(match, `${name} is in the demo data`);
  return match.key;
}

const PAGES = ['/', '/register', '/figures', '/councils/E06000043'];

test('every preview page loads without script errors and without serious WCAG 2.2 AA violations', async () => {
  const page = await pageAs(browser, 'viewer');
  const bins = await keyOf('viewer', 'Bin collection day finder');
  for (const url of [...PAGES, `/solutions/${bins}`]) {
    await page.goto(BASE + url, { waitUntil: 'networkidle' });
    assert.deepEqual(await seriousViolations(page), [], `axe on ${url}`);
    assert.deepEqual(page.errors, [], `script errors on ${url}`);
    await shot(page, url === '/' ? 'home' : url.slice(1).replaceAll('/', '-'));
  }
});

test('a viewer filters and searches the register, and the shared URL shows the same view', async () => {
  const page = await pageAs(browser, 'viewer');
  await page.goto(`${BASE}/register`, { waitUntil: 'networkidle' });

  await Promise.all([
    page.waitForResponse((r) => r.url().includes('/solutions.html?') && r.url().includes('phase=beta')),
    page.getByLabel('Phase', { exact: true }).selectOption('beta'),
  ]);
  await page.waitForURL(/cc\.phase=beta/);
  await page.waitForFunction(() => [...document.querySelectorAll('tbody td[data-column="phase"]')]
    .every((td) => td.innerText.trim().toUpperCase() === 'BETA'));
  const phases = await page.locator('tbody td[data-column="phase"]').allInnerTexts();
  assert.ok(phases.length > 0, 'beta entries are listed');
  assert.ok(phases.every((p) => p.trim().toUpperCase() === 'BETA'), `only beta rows: ${phases}`);

  await Promise.all([
    page.waitForResponse((r) => r.url().includes('/solutions.html?') && r.url().includes('q=reporting')),
    page.getByLabel('Search').fill('reporting'),
  ]);
  await page.waitForURL(/cc\.q=reporting/);
  await page.waitForFunction(() => document.querySelectorAll('tbody tr').length < 10);
  const names = await page.locator('tbody td[data-column="name"]').allInnerTexts();
  assert.ok(names.some((n) => n.includes('Damp and mould reporting')), `search finds it: ${names}`);
  await shot(page, 'register-filtered');

  const shared = page.url();
  const other = await pageAs(browser, 'viewer');
  await other.goto(shared, { waitUntil: 'networkidle' });
  await other.waitForFunction((n) => document.querySelectorAll('tbody tr').length === n, names.length);
  assert.deepEqual(await other.locator('tbody td[data-column="name"]').allInnerTexts(), names);
  assert.equal(await other.getByLabel('Phase', { exact: true }).inputValue(), 'beta');
});

test('a register row opens the entry page with its card', async () => {
  const page = await pageAs(browser, 'viewer');
  await page.goto(`${BASE}/register`, { waitUntil: 'networkidle' });

  const link = page.locator('tbody a.cc-name').first();
  const name = (await link.innerText()).trim();
  await Promise.all([page.waitForURL(/\/plugins\/servlet\/connected-councils\/solutions\/CC-\d+$/), link.click()]);

  await page.waitForLoadState('networkidle');
  assert.equal((await page.locator('.cc-solution-name').innerText()).trim(), name);
  assert.deepEqual(page.errors, []);
  await shot(page, 'solution-from-register');
});

test('the register pages forward, and the later page is rendered like the first', async () => {
  const page = await pageAs(browser, 'viewer');
  await page.goto(`${BASE}/register`, { waitUntil: 'networkidle' });
  const keysOf = () => page.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.key));
  const firstKeys = await keysOf();
  assert.equal(firstKeys.length, 25, 'the first page is full');

  await Promise.all([
    page.waitForResponse((r) => r.url().includes('/solutions.html?') && r.url().includes('start=25')),
    page.locator('button.cc-register-next').click(),
  ]);
  await page.waitForURL(/cc\.start=25/);
  await page.waitForFunction((k) => document.querySelector('tbody tr')?.dataset.key !== k, firstKeys[0]);
  const keys = await keysOf();
  assert.ok(keys.length > 0, 'the second page has rows');
  assert.ok(keys.every((k) => !firstKeys.includes(k)), 'and none of the first page');
  assert.equal(await page.locator('tbody td[data-column="name"] a.cc-name').count(), keys.length);
  assert.equal(await page.locator('tbody td[data-column="phase"] .aui-lozenge').count(), keys.length);
  assert.match(await page.locator('.cc-register-status').innerText(), new RegExp(`Showing ${keys.length} of \\d+`));
  assert.equal(await page.locator('button.cc-register-previous').isDisabled(), false);
  assert.deepEqual(await seriousViolations(page), [], 'axe on the second page');
  assert.deepEqual(page.errors, []);
  await shot(page, 'register-page-2');
});

test('the register filters work with the keyboard alone', async () => {
  const page = await pageAs(browser, 'viewer');
  await page.goto(`${BASE}/register`, { waitUntil: 'networkidle' });

  await tabTo(page, 'select[name="phase"]');
  await Promise.all([
    page.waitForResponse((r) => r.url().includes('/solutions.html?') && r.url().includes('phase=')),
    page.keyboard.press('ArrowDown'),
  ]);
  await page.waitForURL(/cc\.phase=/);
  await tabTo(page, 'button.cc-register-clear');
  await page.keyboard.press('Enter');
  await page.waitForLoadState('networkidle');

  assert.ok(!page.url().includes('cc.phase'), `clear removes the filter: ${page.url()}`);
  assert.deepEqual(page.errors, []);
});

test('an entry not confirmed for months carries a lozenge in the filtered register and on its card until confirmed', async () => {
  const all = await rest('viewer', 'GET', 'solutions?limit=100&sort=name');
  const due = all.json.results.find((s) => s.confirmationDue);
  assert.ok(due, 'the demo data has entries due for confirmation');
  assert.ok(all.json.results.some((s) => s.state === 'published' && !s.confirmationDue), 'and current ones');

  const page = await pageAs(browser, 'viewer');
  await page.goto(`${BASE}/register`, { waitUntil: 'networkidle' });
  await Promise.all([
    page.waitForResponse((r) => r.url().includes('/solutions.html?') && r.url().includes('q=')),
    page.getByLabel('Search').fill(due.name),
  ]);
  const row = page.locator(`tbody tr[data-key="${due.key}"]`);
  await row.waitFor();
  assert.match(await row.locator('td[data-column="name"] .cc-confirmation-due').innerText(),
    /not confirmed for over 180 days/i);
  assert.deepEqual(await seriousViolations(page), [], 'axe on the register with a due entry');
  await shot(page, 'register-confirmation-due');

  const owner = await pageAs(browser, 'admin');
  await owner.goto(`${BASE}/solutions/${due.key}`, { waitUntil: 'networkidle' });
  const lozenge = owner.locator('.cc-entry-lozenges .cc-confirmation-due');
  assert.match(await lozenge.innerText(), /not confirmed for over 180 days/i);
  assert.deepEqual(await seriousViolations(owner), [], 'axe on a due card');
  await shot(owner, 'solution-confirmation-due');
  await owner.locator('.cc-entry-action[data-action="confirm"]').click();
  await owner.getByRole('status').filter({ hasText: 'still current' }).waitFor();
  assert.equal(await lozenge.count(), 0, 'the lozenge goes once confirmed');
  const after = await rest('viewer', 'GET', `solutions/${due.key}`);
  assert.equal(after.json.confirmationDue, false);
  assert.deepEqual(owner.errors, []);
  assert.deepEqual(page.errors, []);
});

test('council B declares "we use this", council A confirms it, and the card shows it verified', async () => {
  const key = await keyOf('viewer', 'Bin collection day finder');

  const hackney = await pageAs(browser, 'hackney-editor');
  await hackney.goto(`${BASE}/solutions/${key}`, { waitUntil: 'networkidle' });
  await hackney.getByLabel('Council', { exact: true }).selectOption('E09000012');
  await hackney.getByLabel('State', { exact: true }).selectOption('using');
  await tabTo(hackney, '.cc-solution-declare button[type="submit"]');
  await hackney.keyboard.press('Enter');
  await hackney.getByRole('status').filter({ hasText: 'saved' }).waitFor();
  await shot(hackney, 'solution-declared');

  const brighton = await pageAs(browser, 'brighton-editor');
  await brighton.goto(`${BASE}/solutions/${key}`, { waitUntil: 'networkidle' });
  await brighton.locator('.cc-solution-confirm-adoption[data-council="E09000012"]').click();
  await brighton.getByRole('status').filter({ hasText: 'confirmed' }).waitFor();

  const adoptions = await rest('viewer', 'GET', `solutions/${key}/adoptions`);
  const hackneys = adoptions.json.results.find((a) => a.council.code === 'E09000012');
  assert.equal(hackneys.state, 'using');
  assert.ok(hackneys.confirmedAt, 'confirmed by the owner council');
  await brighton.reload({ waitUntil: 'networkidle' });
  await shot(brighton, 'solution-confirmed');
});

test('a stored script in a solution name and link never runs', async () => {
  const payload = '"><img src=x onerror=alert(1)><script>alert(2)</script>';
  const created = await rest('brighton-editor', 'POST', 'solutions', {
    name: payload, summary: `Summary ${payload}`, kind: 'software', phase: 'beta', ownerCouncil: 'E06000043',
    serviceAreas: ['waste'], landingUrl: 'https://example.org/?q=%22%3E%3Cscript%3Ealert(3)%3C/script%3E',
  });
  assert.equal(created.status, 201, JSON.stringify(created.json));
  const key = created.json.key;
  assert.equal((await rest('brighton-editor', 'POST', `solutions/${key}/publish`, {})).status, 200);

  const page = await pageAs(browser, 'viewer');
  for (const url of [`/solutions/${key}`, '/register', '/councils/E06000043']) {
    await page.goto(BASE + url, { waitUntil: 'networkidle' });
  }
  await page.goto(`${BASE}/register`, { waitUntil: 'networkidle' });
  await Promise.all([
    page.waitForResponse((r) => r.url().includes('/solutions.html?') && r.url().includes('q=summary')),
    page.getByLabel('Search').fill('summary'),
  ]);
  await page.locator('tbody td[data-column="name"]', { hasText: 'alert(2)' }).first().waitFor();

  assert.deepEqual(page.dialogs, [], 'no alert from stored data');
  assert.equal(await page.locator('img[src="x"]').count(), 0);
  await shot(page, 'xss-inert');
});

test('an admin confirms WebSudo and reaches the admin page; a viewer is refused', async () => {
  const page = await pageAs(browser, 'admin');
  await page.goto(`${BASE}/admin`, { waitUntil: 'networkidle' });
  assert.match(page.url(), /\/admin\/websudo/);
  await Promise.all([page.waitForURL(/\/admin$/), page.locator('form[action="/admin/websudo"] button').click()]);
  await page.waitForLoadState('networkidle');
  assert.ok(await page.locator('.cc-admin, [data-cc-admin], main form').count() > 0, 'admin page content');
  assert.deepEqual(await seriousViolations(page), [], 'axe on /admin');
  assert.deepEqual(page.errors, []);
  await shot(page, 'admin');

  const viewer = await pageAs(browser, 'viewer');
  const response = await viewer.goto(`${BASE}/admin`, { waitUntil: 'networkidle' });
  assert.equal(response.status(), 403);
});

test('an editor creates a working group through the project-page form, reports once, and the portfolio shows it', async () => {
  const page = await pageAs(browser, 'brighton-editor');
  await page.goto(`${BASE}/groups/new`, { waitUntil: 'networkidle' });
  assert.deepEqual(await seriousViolations(page), [], 'axe on /groups/new');
  await page.getByLabel('Name', { exact: true }).fill('Street defects data group');
  await page.getByLabel('Aim', { exact: true }).fill('Agree one open format for pothole and street-defect reports.');
  await page.getByLabel('Lead council').selectOption('E06000043');
  await page.getByLabel('Service area').selectOption('highways');
  await page.getByLabel('Collaboration model').selectOption('joint-discovery');
  await page.getByLabel('Member councils').selectOption(['E09000012']);
  await Promise.all([page.waitForURL(/\/groups\/WG-\d+$/), page.getByRole('button', { name: /Create the group/ }).click()]);
  await page.waitForLoadState('networkidle');
  const key = page.url().split('/').pop();

  const group = await rest('brighton-editor', 'GET', `working-groups/${key}`);
  assert.equal(group.status, 200);
  assert.equal(group.json.group.name, 'Street defects data group');
  assert.ok(group.json.group.projectPageId, 'the group stores its project page');
  assert.ok(await page.locator('.cc-working-group').filter({ hasText: 'Street defects data group' }).count() > 0);

  await page.locator('.cc-status-report-rag label', { hasText: 'Amber' }).click();
  assert.ok(await page.locator('.cc-status-report-rag input[value="amber"]').isChecked(), 'clicking the label picks Amber');
  await page.locator('.cc-status-report-form textarea[name="summary"]').fill('Pilot started with two councils.');
  await page.locator('.cc-status-report-form button[type="submit"]').click();
  await page.locator('.cc-status-report-history').filter({ hasText: 'Pilot started with two councils.' }).waitFor();
  assert.deepEqual(page.errors, []);
  await shot(page, 'group-reported');

  await page.goto(`${BASE}/portfolio`, { waitUntil: 'networkidle' });
  const row = page.locator('tr', { hasText: 'Street defects data group' });
  await row.first().waitFor();
  assert.ok((await row.first().innerText()).includes('Pilot started with two councils.'));
  assert.deepEqual(await seriousViolations(page), [], 'axe on /portfolio');
  await shot(page, 'portfolio');
});

test('the groups index and a demo group page render for a viewer', async () => {
  const page = await pageAs(browser, 'viewer');
  await page.goto(`${BASE}/groups`, { waitUntil: 'networkidle' });
  const first = page.locator('tbody a').first();
  await Promise.all([page.waitForURL(/\/groups\/WG-\d+$/), first.click()]);
  await page.waitForLoadState('networkidle');
  assert.ok(await page.locator('.cc-working-group').count() > 0);
  assert.deepEqual(await seriousViolations(page), [], 'axe on a group page');
  assert.deepEqual(page.errors, []);
  await shot(page, 'group-page');
});

/** The register's total as the admin sees it (drafts included). */
async function registerTotal() {
  const page = await rest('admin', 'GET', 'solutions?limit=1');
  assert.equal(page.status, 200);
  return page.json.total;
}

test('an admin imports solutions from CSV: problems listed by line, a check that writes nothing, then every row with progress', async () => {
  const ROWS = 500;
  const templateUrl = `${BASE}/rest/connected-councils/1.0/admin/import/solutions/template.csv`;
  // admin REST calls need a WebSudo session, as the admin page does
  const refused = await fetch(templateUrl, { headers: { Cookie: 'preview-user=admin' } });
  assert.equal(refused.status, 401);
  await refused.text();
  const template = await fetch(templateUrl, { headers: { Cookie: 'preview-user=admin; preview-websudo=confirmed' } });
  assert.equal(template.status, 200);
  const header = (await template.text()).replace(/^\uFEFF/, '').trim().split(',');
  const values = { summary: 'Imported in the browser test', kind: 'software', phase: 'beta',
    ownerCouncil: 'E06000043', serviceAreas: 'waste' };
  const csv = (bad) => {
    const lines = [header.join(',')];
    for (let i = 1; i <= ROWS; i++) {
      const row = { ...values, name: `Browser import ${i}`, ...(bad[i] ?? {}) };
      lines.push(header.map((column) => row[column] ?? '').join(','));
    }
    return `${lines.join('\r\n')}\r\n`;
  };
  const choose = (page, text) => page.locator('#cc-admin-import-file').setInputFiles(
    { name: 'solutions.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
  const press = async (page, run) => {
    await page.locator(`[data-cc-import-run="${run}"]`).focus();
    await page.keyboard.press('Enter');
  };
  const before = await registerTotal();

  const page = await pageAs(browser, 'admin');
  await page.goto(`${BASE}/admin`, { waitUntil: 'networkidle' });
  if (/\/admin\/websudo/.test(page.url())) {
    await Promise.all([page.waitForURL(/\/admin$/), page.locator('form[action="/admin/websudo"] button').click()]);
    await page.waitForLoadState('networkidle');
  }
  const section = page.locator('[data-cc-import]');
  await section.scrollIntoViewIfNeeded();
  assert.ok(await page.locator('#cc-admin-import-solutions').isChecked(), 'solutions are the default');
  assert.equal(await section.locator('a[href$="/admin/import/solutions/template.csv"]').count(), 1);
  assert.equal(await section.locator('a[href$="/admin/import/councils/template.csv"]').count(), 1);

  // Two bad rows (data rows 120 and 321, so lines 121 and 322): every problem listed, nothing written.
  await choose(page, csv({ 120: { phase: 'gamma' }, 321: { kind: 'gizmo' } }));
  await press(page, 'import');
  await section.locator('.cc-admin-import-message.aui-message-error').waitFor();
  const lines = await section.locator('.cc-admin-import-errors tbody tr td:first-child').allInnerTexts();
  assert.deepEqual(lines.sort(), ['121', '322']);
  const problems = await section.locator('.cc-admin-import-errors tbody').innerText();
  assert.match(problems, /gamma/);
  assert.match(problems, /gizmo/);
  assert.match(await section.locator('.cc-admin-import-message').innerText(), /Nothing was written/);
  assert.equal(await registerTotal(), before, 'a refused file writes nothing');
  assert.deepEqual(await seriousViolations(page), [], 'axe on the import errors');
  await section.screenshot({ path: `${SHOTS}/admin-import-errors.png` });

  // The good file, checked first: no problems, nothing written yet.
  await choose(page, csv({}));
  await press(page, 'check');
  await section.locator('.cc-admin-import-message.aui-message-success').waitFor();
  assert.equal(await section.locator('.cc-admin-import-message').innerText(),
    `${ROWS} rows checked: no problems found \u2014 nothing written yet.`);
  assert.ok(await section.locator('.cc-admin-import-errors').isHidden());
  assert.equal(await registerTotal(), before, 'a check writes nothing');

  // The import itself: what the progress text shows is recorded as it changes, while the rows are written.
  await page.evaluate(() => {
    const text = document.querySelector('.cc-admin-import-progress-text');
    const button = document.querySelector('[data-cc-import-run="import"]');
    window.ccProgressSeen = [];
    new MutationObserver(() => window.ccProgressSeen.push({ text: text.textContent, disabled: button.disabled }))
      .observe(text, { childList: true, characterData: true, subtree: true });
  });
  const started = Date.now();
  await press(page, 'import');
  await section.locator('.cc-admin-import-message.aui-message-success').waitFor({ timeout: 120_000 });
  console.log(`imported ${ROWS} rows through the admin page in ${((Date.now() - started) / 1000).toFixed(2)} s`);
  assert.equal(await section.locator('.cc-admin-import-message').innerText(), `${ROWS} solutions imported.`);
  const seen = await page.evaluate(() => window.ccProgressSeen);
  const shown = seen.map((s) => ({ m: /^Imported ([\d,]+) of ([\d,]+) rows$/.exec(s.text), disabled: s.disabled }))
    .filter((s) => s.m).map((s) => ({ done: Number(s.m[1].replaceAll(',', '')),
      total: Number(s.m[2].replaceAll(',', '')), disabled: s.disabled }));
  const between = shown.filter((p) => p.done > 0 && p.done < p.total && p.total === ROWS);
  assert.ok(between.length > 0,
    `a progress value between 0 and ${ROWS} was shown while it ran; seen: ${JSON.stringify(seen.slice(0, 20))}`);
  assert.ok(between.every((p) => p.disabled), 'the buttons are disabled while it runs');
  console.log(`progress texts seen while importing ${ROWS} rows: ${shown.length}`);
  assert.equal(await registerTotal(), before + ROWS, 'every row was written');
  assert.ok(await page.locator('[data-cc-import-run="import"]').isEnabled(), 'buttons are enabled again');
  assert.deepEqual(await seriousViolations(page), [], 'axe on the import section');
  assert.deepEqual(page.errors, []);
  await section.screenshot({ path: `${SHOTS}/admin-import.png` });
});
