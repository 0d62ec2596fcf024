// A group's charter and history on its page, and the groups an entry's page lists (issues 16 and 15), in Chromium.
// Each test makes its own groups and entries with unique names, so it touches no other file's data.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { BASE, SHOTS, launch, pageAs, seriousViolations, rest } from './support.mjs';

const BRIGHTON = 'E06000043';
const HACKNEY = 'E09000012';
const PAGES = '/plugins/servlet/connected-councils/solutions/';
const RUN = Date.now().toString(36);
let browser;
let groups = 0;

before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function newGroup(extra = {}) {
  const created = await rest('brighton-editor', 'POST', 'working-groups', {
    name: `Charter forum ${RUN} ${++groups}`, aim: 'Run one missed-bin service for every member.',
    leadCouncil: BRIGHTON, serviceAreas: ['waste'], model: 'co-development', memberCouncils: [], ...extra,
  });
  assert.equal(created.status, 201, JSON.stringify(created.json));
  return created.json;
}

async function groupPage(user, key) {
  const page = await pageAs(browser, user);
  await page.goto(`${BASE}/groups/${key}`, { waitUntil: 'networkidle' });
  return page;
}

/** A screenshot of one part of the page. */
async function part(locator, name) {
  await locator.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

async function andReload(page, click) {
  await Promise.all([page.waitForEvent('load'), click()]);
  await page.waitForLoadState('networkidle');
}

async function hackneyJoins(key) {
  const asked = await rest('hackney-editor', 'POST', `working-groups/${key}/join-requests`,
    { council: HACKNEY, role: 'member' });
  assert.equal(asked.status, 201);
  assert.equal((await rest('brighton-editor', 'POST',
    `working-groups/${key}/join-requests/${asked.json.id}/approve`, {})).status, 200);
}

test('the lead records the charter, a member joins and commits, the lead marks it at risk; the history shows it all',
  async () => {
    const { key } = await newGroup();
    const brighton = await groupPage('brighton-editor', key);
    const form = brighton.locator('.cc-wg-commit');
    await form.getByLabel('Council').selectOption(BRIGHTON);
    await form.getByLabel('Role').fill('hosts the service');
    await form.getByLabel('Agreed by its editors on').fill('2031-01-01');
    await form.getByRole('button', { name: 'Save the commitment' }).click();
    await brighton.getByRole('status').filter({ hasText: 'Agreed by its editors on: Must not be in the future.' })
      .waitFor();
    await form.getByLabel('Agreed by its editors on').fill('2026-11-02');
    await form.getByLabel('People-days a month').fill('1.5');
    await andReload(brighton, () => form.getByRole('button', { name: 'Save the commitment' }).click());
    await brighton.locator('.cc-wg-charter-table tr', { hasText: 'hosts the service' }).waitFor();

    await hackneyJoins(key);
    const hackney = await groupPage('hackney-editor', key);
    const own = hackney.locator('.cc-wg-commit');
    assert.deepEqual(await own.getByLabel('Council').locator('option').allTextContents(),
      ['London Borough of Hackney'], 'a member records only its own council');
    await own.getByLabel('People-days a month').fill('2.5');
    await own.getByLabel('Money a year (GBP)').fill('5000');
    await own.getByLabel('Role').fill('tests with residents');
    await andReload(hackney, () => own.getByRole('button', { name: 'Save the commitment' }).click());
    assert.equal(await hackney.locator('.cc-wg-mark').count(), 0, 'only the lead marks commitments');

    // a new page: the demo user is a cookie of the browser, so the earlier page would reload as Hackney
    const lead = await groupPage('brighton-editor', key);
    const row = lead.locator('.cc-wg-charter-table tr', { hasText: 'London Borough of Hackney' });
    assert.match(await row.innerText(), /2\.5\s+£5,000\.00\s+tests with residents/);
    await andReload(lead, () => row.getByRole('button', { name: 'Mark at risk' }).click());
    await lead.locator('.cc-wg-charter-table tr', { hasText: 'London Borough of Hackney' })
      .locator('.aui-lozenge', { hasText: 'At risk' }).waitFor();

    const history = lead.locator('.cc-wg-history-table tbody tr');
    const lines = await history.allInnerTexts();
    assert.match(lines[0], /Brighton editor\s+London Borough of Hackney.s commitment marked At risk/);
    assert.match(lines[1], /Hackney editor\s+London Borough of Hackney recorded its commitment: tests with residents/);
    assert.match(lines[2], /Brighton editor\s+London Borough of Hackney joined as Member/);
    assert.match(lines[3], /Hackney editor\s+London Borough of Hackney asked to join as Member/);
    assert.match(lines[4], /Brighton and Hove City Council recorded its commitment: hosts the service/);
    assert.match(lines.at(-1), /Brighton editor\s+Set up the group, led by Brighton and Hove City Council/);
    assert.deepEqual(await seriousViolations(lead), [], 'axe on the charter and history');
    await part(lead.locator('.cc-wg-charter'), 'groups-charter');

    // the whole charter as CSV, from the link under the table, with the lead's session
    const csvLink = lead.locator('.cc-wg-charter-csv');
    assert.match(await csvLink.getAttribute('href'), /\/rest\/connected-councils\/1\.0\/working-groups\/WG-\d+\/charter\/export$/);
    const csv = await lead.request.get(new URL(await csvLink.getAttribute('href'), lead.url()).href);
    assert.equal(csv.status(), 200);
    assert.match(csv.headers()['content-type'], /^text\/csv/);
    const csvText = await csv.text();
    assert.match(csvText, /^\uFEFF?council_code,council,people_days_per_month,money_per_year_gbp,role,agreed_on,progress/);
    assert.match(csvText, /E09000012,London Borough of Hackney,[^\n]*tests with residents[^\n]*,at-risk/);
    await part(lead.locator('.cc-wg-history'), 'groups-history');

    // the lead's next status report marks Hackney's commitment met, from the report form
    const reporting = await groupPage('brighton-editor', key);
    const report = reporting.locator('.cc-status-report-form');
    const mark = report.getByLabel('Commitment of London Borough of Hackney');
    assert.equal(await mark.inputValue(), 'at-risk', 'the choice starts from the mark now');
    await report.locator('.cc-status-report-rag label', { hasText: 'Green' }).click();
    await report.locator('textarea[name="summary"]').fill(`Hackney delivered its testing ${key}`);
    await mark.selectOption('met');
    await report.getByRole('button', { name: 'Save report' }).click();
    await reporting.getByRole('status').filter({ hasText: 'Report saved.' }).first().waitFor();
    assert.deepEqual(await seriousViolations(reporting), [], 'axe on the report form with its marks');
    await reporting.reload({ waitUntil: 'networkidle' });
    await reporting.locator('.cc-wg-charter-table tr', { hasText: 'London Borough of Hackney' })
      .locator('.aui-lozenge', { hasText: 'Met' }).waitFor();
    const after = await reporting.locator('.cc-wg-history-table tbody tr').allInnerTexts();
    assert.ok(after.some((l) => /Brighton editor\s+Wrote a status report: Green/.test(l)), after.join('\n'));
    assert.deepEqual(reporting.errors, []);
    assert.deepEqual(lead.errors, []);
    assert.deepEqual(brighton.errors, []);
    assert.deepEqual(hackney.errors, []);
  });

test('the history pages through older lines, ten at a time', async () => {
  const { key } = await newGroup();
  for (const status of ['active', 'paused', 'active', 'paused', 'active', 'paused', 'active', 'paused', 'active',
    'paused']) {
    assert.equal((await rest('brighton-editor', 'POST', `working-groups/${key}/status`, { status })).status, 200);
  }
  const viewer = await groupPage('viewer', key);
  const rows = viewer.locator('.cc-wg-history-table tbody tr');
  assert.equal(await rows.count(), 10);
  assert.match(await rows.first().innerText(), /Changed the status: Active → Paused/);
  await viewer.getByRole('button', { name: 'Older lines' }).click();
  await viewer.getByRole('button', { name: 'Newer lines' }).waitFor();
  assert.equal(await rows.count(), 1);
  assert.match(await rows.first().innerText(), /Set up the group/);
  assert.deepEqual(await seriousViolations(viewer), [], 'axe on the second page of history');
  await viewer.getByRole('button', { name: 'Newer lines' }).click();
  await viewer.getByRole('button', { name: 'Older lines' }).waitFor();
  assert.equal(await rows.count(), 10);
  assert.deepEqual(viewer.errors, []);
});

test('an entry page lists the working groups that link it, with their status', async () => {
  const name = `Missed bin report ${RUN}`;
  const created = await rest('brighton-editor', 'POST', 'solutions', {
    name, summary: `Summary of ${name}`, kind: 'software', phase: 'beta', ownerCouncil: BRIGHTON,
    serviceAreas: ['waste'],
  });
  assert.equal(created.status, 201, JSON.stringify(created.json));
  const entry = created.json.key;
  assert.equal((await rest('brighton-editor', 'POST', `solutions/${entry}/publish`, {})).status, 200);
  const group = await newGroup({ linkedSolutions: [entry] });

  const page = await pageAs(browser, 'viewer');
  await page.goto(`${BASE}${PAGES}${entry}`, { waitUntil: 'networkidle' });
  const section = page.locator('section', { has: page.getByRole('heading', { name: 'Working groups' }) });
  await section.waitFor();
  assert.match(await section.innerText(), new RegExp(`${group.name}\\s+${group.key}, Forming, no project page yet`));
  assert.deepEqual(await seriousViolations(page), [], 'axe on the entry page with its groups');
  await part(section, 'groups-entry-page');
  assert.deepEqual(page.errors, []);
});
