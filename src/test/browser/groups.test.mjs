// Working groups run from their page (issue 16): the lead's and member's panels of cc-working-group, in Chromium.
// Each test makes its own groups with unique names, led by Brighton and Hove, so it touches no other file's data.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, pageAs, seriousViolations, shot, rest } from './support.mjs';

const BRIGHTON = 'E06000043';
const HACKNEY = 'E09000012';
const LEEDS = 'E08000035';
const RUN = Date.now().toString(36);
let browser;
let groups = 0;

before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** A new group led by Brighton and Hove, made over REST (so it has no project page). */
async function newGroup(model = 'co-development', name = `Shared forms ${RUN} ${++groups}`) {
  const created = await rest('brighton-editor', 'POST', 'working-groups', {
    name, aim: 'Build one set of online forms for council tax and benefits.', leadCouncil: BRIGHTON,
    serviceAreas: ['waste'], model, memberCouncils: [],
  });
  assert.equal(created.status, 201, JSON.stringify(created.json));
  return created.json.key;
}

async function groupPage(user, key) {
  const page = await pageAs(browser, user);
  await page.goto(`${BASE}/groups/${key}`, { waitUntil: 'networkidle' });
  return page;
}

/** Clicks and waits for the page the panel reloads into. */
async function andReload(page, click) {
  await Promise.all([page.waitForEvent('load'), click()]);
  await page.waitForLoadState('networkidle');
}

async function members(key) {
  const read = await rest('viewer', 'GET', `working-groups/${key}/members`);
  return Object.fromEntries(read.json.results.map((m) => [m.council.code, m.role]));
}

async function hackneyJoins(key) {
  const asked = await rest('hackney-editor', 'POST', `working-groups/${key}/join-requests`,
    { council: HACKNEY, role: 'member' });
  assert.equal(asked.status, 201);
  assert.equal((await rest('brighton-editor', 'POST',
    `working-groups/${key}/join-requests/${asked.json.id}/approve`, {})).status, 200);
}

test('a council asks to join, the lead approves from its panel, and the member appears', async () => {
  const key = await newGroup();
  const hackney = await groupPage('hackney-editor', key);
  await hackney.locator('.cc-working-group-join').getByLabel('Council').selectOption(HACKNEY);
  await hackney.locator('.cc-working-group-join button[type="submit"]').click();
  await hackney.getByRole('status').filter({ hasText: 'Request sent' }).waitFor();

  const brighton = await groupPage('brighton-editor', key);
  const request = brighton.locator('.cc-wg-request', { hasText: 'London Borough of Hackney' });
  await request.waitFor();
  assert.deepEqual(await seriousViolations(brighton), [], 'axe on the lead panel with a request');
  await shot(brighton, 'groups-lead-panel');
  await andReload(brighton, () => request.getByRole('button', { name: 'Approve' }).click());

  await brighton.getByRole('status').filter({ hasText: 'Done' }).waitFor();
  assert.equal(await brighton.locator('.cc-working-group-members li', { hasText: 'London Borough of Hackney' })
    .count(), 1);
  assert.equal((await members(key))[HACKNEY], 'member');
  assert.deepEqual(brighton.errors, []);
  assert.deepEqual(hackney.errors, []);
});

test('the lead declines with a reason and the requesting council reads it; a second decision is refused in words',
  async () => {
    const key = await newGroup();
    await rest('hackney-editor', 'POST', `working-groups/${key}/join-requests`, { council: HACKNEY, role: 'member' });
    const brighton = await groupPage('brighton-editor', key);
    const late = await groupPage('brighton-editor', key);
    const request = brighton.locator('.cc-wg-request').first();
    await request.getByRole('button', { name: 'Decline' }).click();
    await brighton.getByRole('status').filter({ hasText: 'reason' }).waitFor();
    await request.getByLabel('Reason (needed to decline)').fill('We are full until April; ask again then.');
    await andReload(brighton, () => request.getByRole('button', { name: 'Decline' }).click());

    await late.locator('.cc-wg-request').first().getByRole('button', { name: 'Approve' }).click();
    await late.getByRole('status').filter({ hasText: 'already been decided' }).waitFor();

    const hackney = await groupPage('hackney-editor', key);
    const mine = hackney.locator('.cc-wg-member-panel');
    await mine.getByText('We are full until April; ask again then.').waitFor();
    assert.match(await mine.textContent(), /Declined/);
    assert.deepEqual(await seriousViolations(hackney), [], 'axe on the member panel');
  });

test('the lead invites a council through the type-ahead and the invited council accepts from its profile', async () => {
  const key = await newGroup();
  const brighton = await groupPage('brighton-editor', key);
  const invite = brighton.locator('.cc-wg-invite');
  const suggested = brighton.waitForResponse((r) => r.url().includes('/councils?') && r.url().includes('q=Hackney'));
  await invite.getByLabel('Invite a council').fill('Hackney');
  await suggested;
  // The response arrives before the script has filled the list: wait for the suggestion itself.
  await brighton.locator(`datalist option[value="${HACKNEY}"]`).first().waitFor({ state: 'attached' });
  await invite.getByLabel('Invite a council').fill(HACKNEY);
  await invite.getByLabel('Role').selectOption('observer');
  await andReload(brighton, () => invite.getByRole('button', { name: 'Send invitation' }).click());
  await brighton.locator('.cc-wg-invitations li', { hasText: 'Invited as observer' }).waitFor();
  assert.match((await brighton.locator('.cc-wg-history-table tbody tr').allInnerTexts())[0],
    /Brighton editor\s+London Borough of Hackney was invited to join as Observer/, 'the invitation is in the history');

  const hackney = await pageAs(browser, 'hackney-editor');
  await hackney.goto(`${BASE}/councils/${HACKNEY}`, { waitUntil: 'networkidle' });
  const waiting = hackney.locator('.cc-council-invitations li', { hasText: key });
  assert.match(await waiting.textContent(), /Invited as observer/);
  assert.deepEqual(await seriousViolations(hackney), [], 'axe on the profile with an invitation');
  await shot(hackney, 'groups-profile-invitation');
  await andReload(hackney, () => waiting.getByRole('button', { name: 'Accept' }).click());
  assert.equal((await members(key))[HACKNEY], 'observer');
  assert.equal(await hackney.locator('.cc-council-invitations li', { hasText: key }).count(), 0, 'answered');
  await hackney.getByRole('status').filter({ hasText: 'Done' }).waitFor();
  assert.deepEqual(hackney.errors, []);
});

test('the lead offers the hand-over, the member accepts, and the lead changes', async () => {
  const key = await newGroup();
  await hackneyJoins(key);
  const brighton = await groupPage('brighton-editor', key);
  const offer = brighton.locator('.cc-wg-offer-lead');
  await offer.getByLabel('Offer the lead to').selectOption(HACKNEY);
  await andReload(brighton, () => offer.getByRole('button', { name: 'Offer the lead' }).click());
  await brighton.locator('.cc-wg-invitations li', { hasText: 'Offered the lead' }).waitFor();

  const hackney = await groupPage('hackney-editor', key);
  await andReload(hackney, () => hackney.locator('.cc-wg-answer').getByRole('button', { name: 'Accept' }).click());
  const group = await rest('viewer', 'GET', `working-groups/${key}`);
  assert.equal(group.json.group.leadCouncil.code, HACKNEY);
  await hackney.locator('.cc-wg-lead-panel').waitFor();
  assert.equal((await members(key))[BRIGHTON], 'member');
});

test('a member steps back, the lead changes its role and removes it (twice is refused), and it leaves', async () => {
  const key = await newGroup();
  await hackneyJoins(key);
  const hackney = await groupPage('hackney-editor', key);
  await andReload(hackney, () => hackney.getByRole('button', { name: 'Step back to observer' }).click());
  assert.equal((await members(key))[HACKNEY], 'observer');

  const brighton = await groupPage('brighton-editor', key);
  const stale = await groupPage('brighton-editor', key);
  const row = brighton.locator(`tr[data-council="${HACKNEY}"]`);
  await row.getByRole('combobox').selectOption('member');
  await andReload(brighton, () => row.getByRole('button', { name: 'Change role' }).click());
  assert.equal((await members(key))[HACKNEY], 'member');
  await andReload(brighton, () => brighton.locator(`tr[data-council="${HACKNEY}"]`)
    .getByRole('button', { name: 'Remove from group' }).click());
  assert.equal((await members(key))[HACKNEY], undefined);

  await stale.locator(`tr[data-council="${HACKNEY}"]`).getByRole('button', { name: 'Remove from group' }).click();
  await stale.getByRole('status').filter({ hasText: 'not in this working group' }).waitFor();

  await hackneyJoins(key);
  const rejoined = await groupPage('hackney-editor', key);
  await andReload(rejoined, () => rejoined.getByRole('button', { name: 'Leave the group' }).click());
  assert.equal((await members(key))[HACKNEY], undefined, 'left');
  assert.deepEqual(rejoined.errors, []);
});

test('forming to active is blocked by the funding-bid rule in words, then allowed with a third partner', async () => {
  const key = await newGroup('funding-bid-consortium', `Repairs bid ${RUN}`);
  await hackneyJoins(key);
  const brighton = await groupPage('brighton-editor', key);
  const rule = brighton.locator('.cc-wg-rule');
  assert.match(await rule.textContent(), /at least 3 partner councils .* it has 2/);
  await brighton.getByLabel('New status').selectOption('active');
  await brighton.getByRole('button', { name: 'Change status' }).click();
  await brighton.getByRole('status').filter({ hasText: 'at least 3 partner councils' }).waitFor();

  assert.equal((await rest('admin', 'PUT', `working-groups/${key}/members/${LEEDS}`, { role: 'member' })).status,
    200);
  await brighton.reload({ waitUntil: 'networkidle' });
  assert.equal(await brighton.locator('.cc-wg-rule').count(), 0, 'the rule no longer blocks');
  await brighton.getByLabel('New status').selectOption('active');
  await andReload(brighton, () => brighton.getByRole('button', { name: 'Change status' }).click());
  const group = await rest('viewer', 'GET', `working-groups/${key}`);
  assert.equal(group.json.group.status, 'active');
});

test('the lead edits the aim and links a register entry found by the type-ahead; it shows name, phase and owner',
  async () => {
    const key = await newGroup();
    const brighton = await groupPage('brighton-editor', key);
    const form = brighton.locator('.cc-wg-details');
    await form.getByLabel('Aim').fill('One set of online forms, tested with residents in three councils.');
    const suggested = brighton.waitForResponse((r) => r.url().includes('/solutions?') && r.url().includes('q=bin'));
    await form.getByLabel('Link a register entry').fill('bin');
    await suggested;
    const entry = await brighton.locator('datalist[id$="-entries"] option').first().getAttribute('value');
    await form.getByLabel('Link a register entry').fill(entry);
    await form.getByRole('button', { name: 'Add to the list' }).click();
    await andReload(brighton, () => form.getByRole('button', { name: 'Save details' }).click());

    await brighton.getByText('One set of online forms, tested with residents').first().waitFor();
    const linked = brighton.locator('.cc-wg-linked li').first();
    assert.equal(await linked.locator('a').textContent(), entry);
    assert.notEqual((await linked.locator('.cc-wg-linked-name').textContent()).trim(), '');
    assert.notEqual((await linked.locator('.cc-wg-linked-phase').textContent()).trim(), '');
    assert.notEqual((await linked.locator('.cc-wg-linked-owner').textContent()).trim(), '');
  });

test('a group made over REST gets its project page from the lead panel', async () => {
  const key = await newGroup();
  assert.equal((await rest('viewer', 'GET', `working-groups/${key}`)).json.group.projectPageId ?? null, null);
  const brighton = await groupPage('brighton-editor', key);
  const form = brighton.locator('.cc-wg-project-page-form');
  const space = form.getByLabel('Space', { exact: true });
  assert.deepEqual(await space.locator('option').allTextContents(),
    ['Collaboration (COLLAB)', 'Digital services (DIGITAL)'], 'the spaces the lead may create pages in, by name');
  await space.selectOption('COLLAB');
  assert.deepEqual(await seriousViolations(brighton), []);
  await shot(brighton, 'groups-project-page-space');
  await andReload(brighton, () => form.getByRole('button', { name: 'Create the project page' }).click());

  const group = await rest('viewer', 'GET', `working-groups/${key}`);
  assert.ok(group.json.group.projectPageId, 'linked to its page');
  assert.equal(group.json.group.spaceKey, 'COLLAB');
  assert.equal(await brighton.locator('.cc-wg-project-page-form').count(), 0, 'offered no more');
  assert.deepEqual(brighton.errors, []);
});

test('a viewer sees neither panel', async () => {
  const key = await newGroup();
  const viewer = await groupPage('viewer', key);
  assert.equal(await viewer.locator('.cc-wg-lead-panel, .cc-wg-member-panel').count(), 0);
});

test('the group directory filters by words and model, keeps the filters in the address, and a shared address '
  + 'shows the same list', async () => {
  const wanted = await newGroup('joint-procurement', `Directory ${RUN} procurement`);
  const other = await newGroup('co-development', `Directory ${RUN} forms`);
  const brighton = await pageAs(browser, 'brighton-editor');
  await brighton.goto(`${BASE}/groups`, { waitUntil: 'networkidle' });
  const directory = brighton.locator('[data-cc-groups]');
  await directory.getByLabel('Words in name or aim').fill(`directory ${RUN}`);
  await directory.getByRole('button', { name: 'Show groups' }).click();
  await directory.getByRole('status').filter({ hasText: 'Showing 1 to 2 of 2 groups.' }).waitFor();
  assert.equal(await directory.locator(`tr[data-key="${other}"]`).count(), 1);
  await directory.getByLabel('Collaboration model').selectOption('joint-procurement');
  await directory.locator(`tr[data-key="${other}"]`).waitFor({ state: 'detached' });

  assert.equal(await directory.locator(`tr[data-key="${wanted}"]`).count(), 1);
  await directory.getByRole('status').filter({ hasText: 'Showing 1 to 1 of 1 groups.' }).waitFor();
  assert.match(await directory.locator('.cc-groups-counts').textContent(), /Forming\s+1/);
  const shared = new URL(brighton.url());
  assert.equal(shared.searchParams.get('cc.q'), `directory ${RUN}`);
  assert.equal(shared.searchParams.get('cc.model'), 'joint-procurement');
  await directory.getByLabel('Groups', { exact: true }).selectOption('true');
  await directory.getByRole('status').filter({ hasText: 'Showing 1 to 1 of 1 groups.' }).waitFor();
  assert.equal(new URL(brighton.url()).searchParams.get('cc.mine'), 'true');
  assert.deepEqual(await seriousViolations(brighton), [], 'axe on the group directory');
  await shot(brighton, 'groups-directory');

  const viewer = await pageAs(browser, 'viewer');
  await viewer.goto(shared.toString(), { waitUntil: 'networkidle' });
  const seen = viewer.locator('[data-cc-groups]');
  await seen.locator(`tr[data-key="${other}"]`).waitFor({ state: 'detached' });
  await seen.locator(`tr[data-key="${wanted}"]`).waitFor();
  assert.equal(await seen.locator('tbody tr').count(), 1);
  assert.equal(await seen.getByLabel('Words in name or aim').inputValue(), `directory ${RUN}`);
  assert.equal(await seen.getByLabel('Collaboration model').inputValue(), 'joint-procurement');
  await seen.getByRole('button', { name: 'Clear filters' }).click();
  await seen.locator(`tr[data-key="${other}"]`).waitFor();
  assert.equal(new URL(viewer.url()).searchParams.get('cc.model'), null);
  assert.deepEqual(brighton.errors, []);
  assert.deepEqual(viewer.errors, []);
});

test('the portfolio links a working group to its project page', async () => {
  const page = await pageAs(browser, 'brighton-editor');
  await page.goto(`${BASE}/portfolio`, { waitUntil: 'networkidle' });
  const link = page.locator('tr[data-key^="WG-"] .cc-portfolio-name a').first();
  await link.waitFor();
  const key = await link.locator('xpath=ancestor::tr').getAttribute('data-key');
  assert.match(await link.getAttribute('href'), /\/pages\/viewpage\.action\?pageId=\d+$/);
  await Promise.all([page.waitForURL(`${BASE}/groups/${key}`), link.click()]);
  await page.locator('[data-cc-working-group]').waitFor();
  assert.deepEqual(page.errors, []);
});
