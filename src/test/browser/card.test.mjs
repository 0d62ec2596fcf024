// The entry's card on a Confluence page (the cc-solution macro; the preview's /cards/{key}) and its short "declare"
// form, which asks only for the state (review of the last stop): a council that declared with details on the entry
// page changes its state from the card, and the release, hosting, supplier and own saving it recorded are kept.
// Writes card-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, pageAs, rest, seriousViolations, shot, tabTo } from './support.mjs';

const HACKNEY = 'E09000012';
const BRIGHTON = 'E06000043';
const RUN = Date.now().toString(36);

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('declaring again from the card keeps the details given on the entry page', async () => {
  const created = await rest('brighton-editor', 'POST', 'solutions', {
    name: `Street lighting fault reporter ${RUN}`, summary: `Residents report broken street lights ${RUN}`,
    kind: 'software', phase: 'live', ownerCouncil: BRIGHTON, serviceAreas: ['highways'],
  });
  assert.equal(created.status, 201, JSON.stringify(created.json));
  const key = created.json.key;
  assert.equal((await rest('brighton-editor', 'POST', `solutions/${key}/publish`, {})).status, 200);
  const declared = await rest('hackney-editor', 'PUT', `solutions/${key}/adoptions/${HACKNEY}`, {
    state: 'evaluating', since: '2026-09-01', release: '1.4', hosting: 'supplier-hosted',
    supplier: 'Example Lighting Ltd', annualSaving: { amount: 450000, currency: 'GBP' },
  });
  assert.ok([200, 201].includes(declared.status), JSON.stringify(declared.json));

  const page = await pageAs(browser, 'hackney-editor');
  await page.goto(`${BASE}/cards/${key}`, { waitUntil: 'networkidle' });
  const form = page.locator('form.cc-solution-declare');
  await form.waitFor();
  assert.equal(await form.getByLabel('Supplier').count(), 0, 'the card\'s form asks only for council and state');
  await form.getByLabel('Council', { exact: true }).selectOption(HACKNEY);
  await form.getByLabel('State', { exact: true }).selectOption('using');
  assert.deepEqual(await seriousViolations(page), [], 'axe on a page with a card');
  await tabTo(page, '.cc-solution-declare button[type="submit"]');
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: 'saved' }).waitFor();
  await shot(page, 'card-declared-again');

  const adoptions = await rest('viewer', 'GET', `solutions/${key}/adoptions`);
  const ours = adoptions.json.results.find((a) => a.council.code === HACKNEY);
  assert.equal(ours.state, 'using', 'the new state from the card');
  assert.equal(ours.since, '2026-09-01');
  assert.equal(ours.release, '1.4');
  assert.equal(ours.hosting, 'supplier-hosted');
  assert.equal(ours.supplier, 'Example Lighting Ltd');
  assert.equal(ours.annualSaving.amount, 450000);
  assert.deepEqual(page.errors, []);
});
