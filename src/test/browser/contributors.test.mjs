// Contributors keep their council's entries right from the app's own pages (issue 15): the editor, the entry page's
// actions, similar entries before publishing, publiccode.yml import and adoption details. Every entry made here
// carries this run's marker in its name, so the file neither depends on nor disturbs the other files' data.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, pageAs, seriousViolations, shot, rest, tabTo } from './support.mjs';

const RUN = `t${Date.now().toString(36)}`;
const PAGES = '/plugins/servlet/connected-councils/solutions/';
const BRIGHTON = 'E06000043';
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** A new draft of Brighton's, made over REST as its editor. */
async function draft(name, extra = {}) {
  const created = await rest('brighton-editor', 'POST', 'solutions', {
    name, summary: `Summary of ${name}`, kind: 'software', phase: 'beta', ownerCouncil: BRIGHTON,
    serviceAreas: ['housing'], ...extra,
  });
  assert.equal(created.status, 201, JSON.stringify(created.json));
  return created.json;
}

async function published(name) {
  const entry = await draft(name);
  assert.equal((await rest('brighton-editor', 'POST', `solutions/${entry.key}/publish`, {})).status, 200);
  return entry;
}

test('create with errors, fix them, save a draft, see similar entries, publish', async () => {
  const page = await pageAs(browser, 'brighton-editor');
  await page.goto(`${BASE}/register`, { waitUntil: 'networkidle' });
  await Promise.all([page.waitForURL(new RegExp(`${PAGES}new$`)),
    page.getByRole('link', { name: 'Add to the register' }).first().click()]);
  await page.waitForSelector('.cc-editor-form:not([hidden])');
  assert.deepEqual(await seriousViolations(page), [], 'axe on the empty editor');

  const name = `Bin day reminder ${RUN}`;
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('One-off cost', { exact: true }).fill('12 thousand');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await page.waitForSelector('.cc-editor-summary:not([hidden])');
  assert.match(await page.locator('[data-error-for="oneOffCost"]').innerText(), /amount/i);

  await page.getByLabel('One-off cost', { exact: true }).fill('12,500.50');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await page.waitForFunction(() => document.querySelector('[data-error-for="summary"]')?.textContent.trim());
  for (const field of ['summary', 'kind', 'phase', 'serviceAreas']) {
    assert.notEqual((await page.locator(`[data-error-for="${field}"]`).innerText()).trim(), '', `${field} error`);
  }
  assert.equal(await page.getByLabel('Name').inputValue(), name, 'what was typed is kept');
  assert.equal(await page.getByLabel('Summary').getAttribute('aria-invalid'), 'true');
  assert.deepEqual(await seriousViolations(page), [], 'axe on the editor showing errors');
  await shot(page, 'contributors-editor');

  await page.getByLabel('Summary').fill('Residents find their next bin collection day and get a reminder');
  await page.locator('.cc-similar:not([hidden]) .cc-similar-item').first().waitFor();
  const offered = await page.locator('.cc-similar .cc-similar-name').allInnerTexts();
  assert.ok(offered.length >= 1 && offered.length <= 5, `up to five similar entries: ${offered}`);
  assert.ok(offered.some((n) => /bin/i.test(n)), `the bin finder is offered: ${offered}`);
  assert.match(await page.locator('.cc-similar-adopt').first().getAttribute('href'), /solutions\/CC-\d+#/);
  assert.deepEqual(await seriousViolations(page), [], 'axe on the editor with similar entries');
  await shot(page, 'contributors-similar-entries');

  await page.getByLabel('Kind').selectOption('software');
  await page.getByLabel('Phase').selectOption('beta');
  await page.locator('label', { hasText: 'Waste and recycling' }).click();
  assert.equal(await page.getByRole('checkbox', { name: 'Waste and recycling' }).isChecked(), true);
  await tabTo(page, 'button.cc-editor-save');
  await Promise.all([page.waitForURL(new RegExp(`${PAGES}CC-\\d+$`)), page.keyboard.press('Enter')]);
  await page.waitForLoadState('networkidle');
  assert.equal((await page.locator('h1.cc-solution-name').innerText()).trim(), name);
  assert.match(await page.locator('.cc-entry-lozenges').innerText(), /Draft/i);
  assert.match(await page.locator('.cc-entry-page').innerText(), /£12,500\.50/);

  await page.getByRole('button', { name: 'Publish' }).click();
  await page.locator('.cc-entry-panel .cc-similar-item').first().waitFor();
  assert.ok(await page.locator('.cc-entry-panel .cc-similar-owner').count() >= 1, 'owners are named');
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Publish anyway' }).click()]);
  await page.waitForLoadState('networkidle');
  assert.doesNotMatch(await page.locator('.cc-entry-lozenges').innerText(), /Draft/i);
  assert.equal(await page.getByRole('button', { name: 'Publish' }).count(), 0);
  assert.match(await page.locator('.cc-entry-history').innerText(), /published/);
  assert.deepEqual(await seriousViolations(page), [], 'axe on the entry page');
  assert.deepEqual(page.errors, []);
  await shot(page, 'contributors-entry-page');
});

test('a save against an older version shows what changed and re-applies the editor\'s own changes', async () => {
  const entry = await draft(`Pothole reporting ${RUN}`);
  const page = await pageAs(browser, 'brighton-editor');
  await page.goto(`${BASE}${PAGES}${entry.key}/edit`, { waitUntil: 'networkidle' });
  await page.waitForFunction((n) => document.querySelector('input[name="name"]').value === n, entry.name);

  const theirs = await rest('brighton-editor', 'PUT', `solutions/${entry.key}`, {
    version: entry.version, name: entry.name, summary: 'Changed by a colleague', kind: 'software', phase: 'beta',
    ownerCouncil: BRIGHTON, serviceAreas: ['housing'],
  });
  assert.equal(theirs.status, 200);
  await page.getByLabel('Description').fill('Written while the colleague saved');
  await page.getByRole('button', { name: 'Save changes' }).click();

  const conflict = page.locator('.cc-editor-conflict:not([hidden])');
  await conflict.waitFor();
  const row = conflict.locator('tr[data-field="summary"]');
  assert.match(await row.innerText(), /Changed by a colleague/);
  assert.equal(await page.getByLabel('Description').inputValue(), 'Written while the colleague saved');
  assert.deepEqual(await seriousViolations(page), [], 'axe on the conflict');
  await Promise.all([page.waitForURL(new RegExp(`${PAGES}${entry.key}$`)),
    page.getByRole('button', { name: /Re-apply my changes/ }).click()]);

  const stored = await rest('brighton-editor', 'GET', `solutions/${entry.key}`);
  assert.equal(stored.json.summary, 'Changed by a colleague', 'their change is kept');
  assert.equal(stored.json.description, 'Written while the colleague saved', 'and mine is on top');
  assert.deepEqual(page.errors, []);
});

test('an owner retires an entry with what was learned and what replaces it', async () => {
  const replacement = await published(`Garden waste bookings ${RUN}`);
  const entry = await published(`Garden waste phone line ${RUN}`);
  const page = await pageAs(browser, 'brighton-editor');
  await page.goto(`${BASE}${PAGES}${entry.key}`, { waitUntil: 'networkidle' });

  await page.getByRole('button', { name: 'Retire' }).click();
  const form = page.locator('form.cc-entry-retire');
  await form.waitFor();
  assert.deepEqual(await seriousViolations(page), [], 'axe on the retire form');
  await form.getByLabel('Why it is retired').fill('Replaced by online bookings');
  await form.getByLabel('What was learned').fill('Residents preferred booking online; keep a phone line for few.');
  await form.getByLabel('Replaced by (optional)').fill(replacement.key);
  await Promise.all([page.waitForEvent('load'), form.getByRole('button', { name: 'Retire entry' }).click()]);
  await page.waitForLoadState('networkidle');

  assert.match(await page.locator('.cc-entry-lozenges').innerText(), /Retired/i);
  const text = await page.locator('.cc-entry-page').innerText();
  assert.match(text, /Replaced by online bookings/);
  assert.match(text, /Residents preferred booking online/);
  assert.equal(await page.getByRole('button', { name: 'Retire' }).count(), 0, 'no second retirement');
  const stored = await rest('viewer', 'GET', `solutions/${entry.key}`);
  assert.equal(stored.json.retirement.replacedBy, replacement.key);
  assert.deepEqual(page.errors, []);
});

test('an owner deletes a draft that was never published; others are not offered it', async () => {
  const entry = await draft(`Abandoned idea ${RUN}`);
  const other = await pageAs(browser, 'hackney-editor');
  const hidden = await other.goto(`${BASE}${PAGES}${entry.key}`, { waitUntil: 'networkidle' });
  assert.equal(hidden.status(), 404, 'another council does not see the draft');
  const editor = await other.goto(`${BASE}${PAGES}${entry.key}/edit`, { waitUntil: 'networkidle' });
  assert.equal(editor.status(), 404, 'nor its editor');

  const page = await pageAs(browser, 'brighton-editor');
  await page.goto(`${BASE}${PAGES}${entry.key}`, { waitUntil: 'networkidle' });
  await page.getByRole('button', { name: 'Delete draft' }).click();
  await page.getByRole('button', { name: 'Delete for good' }).click();
  await page.locator('.cc-entry-deleted').waitFor();
  assert.equal((await rest('brighton-editor', 'GET', `solutions/${entry.key}`)).status, 404);

  const live = await published(`Kept entry ${RUN}`);
  await page.goto(`${BASE}${PAGES}${live.key}`, { waitUntil: 'networkidle' });
  assert.equal(await page.getByRole('button', { name: 'Delete draft' }).count(), 0, 'a published entry has none');
  assert.deepEqual(page.errors, []);
});

test('a publiccode.yml file is checked, then becomes a draft', async () => {
  const name = `Parking permits ${RUN}`;
  const yaml = ['publiccodeYmlVersion: "0.7"', `name: ${name}`, 'url: https://github.com/example/parking-permits',
    'platforms:', '  - web', 'developmentStatus: beta', 'softwareType: standalone/web', 'description:', '  en:',
    '    shortDescription: Residents apply for and renew parking permits online.',
    '    longDescription: >',
    '      Residents and visitors apply for, pay for and renew their parking permits online, see the zones',
    '      they cover and get a reminder before a permit runs out; officers check permits against number plates.',
    '    features:', '      - Apply and renew online', 'legal:', '  license: MIT',
    'maintenance:', '  type: internal', '  contacts:', '    - name: Jane Smith', 'localisation:',
    '  localisationReady: false', '  availableLanguages:', '    - en', 'monochromeLogo: img/logo-mono.svg', ''].join('\n');
  const page = await pageAs(browser, 'brighton-editor');
  await page.goto(`${BASE}${PAGES}new`, { waitUntil: 'networkidle' });
  await Promise.all([page.waitForURL(new RegExp(`${PAGES}import$`)),
    page.getByRole('link', { name: /publiccode\.yml/ }).click()]);
  await page.waitForSelector('.cc-import-form:not([hidden])');
  assert.deepEqual(await seriousViolations(page), [], 'axe on the import page');

  await page.getByLabel('Service area').selectOption('parking');
  await page.getByLabel('publiccode.yml file').setInputFiles({ name: 'publiccode.yml', mimeType: 'application/yaml',
    buffer: Buffer.from(yaml) });
  const result = page.locator('.cc-import-result:not([hidden])');
  await result.locator('tr[data-field="name"]').waitFor();
  assert.match(await result.locator('tr[data-field="name"]').innerText(), new RegExp(name));
  const deprecatedLine = yaml.split('\n').indexOf('monochromeLogo: img/logo-mono.svg') + 1;
  assert.match(await result.innerText(), new RegExp(`Line ${deprecatedLine}`),
    'the deprecated key is a warning with its line');
  assert.equal(await page.getByLabel('publiccode.yml text').inputValue(), yaml, 'the file is shown as text');
  assert.equal((await rest('brighton-editor', 'GET', `solutions?q=${encodeURIComponent(name)}&state=draft`))
    .json.total, 0, 'the check wrote nothing');
  assert.deepEqual(await seriousViolations(page), [], 'axe on the checked import');

  await Promise.all([page.waitForURL(new RegExp(`${PAGES}CC-\\d+$`)),
    page.getByRole('button', { name: 'Create the draft' }).click()]);
  await page.waitForLoadState('networkidle');
  assert.equal((await page.locator('h1.cc-solution-name').innerText()).trim(), name);
  assert.match(await page.locator('.cc-entry-lozenges').innerText(), /Draft/i);
  assert.deepEqual(page.errors, []);
});

test('another council declares adoption with its release, hosting, supplier and saving', async () => {
  const entry = await published(`Council tax chatbot ${RUN}`);
  const page = await pageAs(browser, 'hackney-editor');
  await page.goto(`${BASE}${PAGES}${entry.key}`, { waitUntil: 'networkidle' });
  const form = page.locator('form.cc-solution-declare');
  await form.waitFor();
  assert.equal(await page.getByRole('button', { name: 'Retire' }).count(), 0, 'no owner actions for another council');
  await form.getByLabel('State', { exact: true }).selectOption('using');
  await form.getByLabel('Version or release').fill('2.3');
  await form.getByLabel('How it runs').selectOption('supplier-hosted');
  await form.getByLabel('Supplier').fill('Example Digital Ltd');
  await form.getByLabel('Our annual saving').fill('8000');
  assert.deepEqual(await seriousViolations(page), [], 'axe on the declare form');
  await form.getByRole('button', { name: 'Declare adoption' }).click();
  await page.waitForFunction(() => document.querySelector('.cc-entry-adoption .cc-solution-feedback')
    ?.textContent.trim());

  const adoptions = await rest('hackney-editor', 'GET', `solutions/${entry.key}/adoptions`);
  const ours = adoptions.json.results.find((a) => a.council.code === 'E09000012');
  assert.equal(ours.state, 'using');
  assert.equal(ours.release, '2.3');
  assert.equal(ours.hosting, 'supplier-hosted');
  assert.equal(ours.supplier, 'Example Digital Ltd');
  assert.equal(ours.annualSaving.amount, 800000);
  await page.reload({ waitUntil: 'networkidle' });
  assert.match(await page.locator('.cc-adopters').innerText(), /Example Digital Ltd/);
  assert.deepEqual(page.errors, []);
});
