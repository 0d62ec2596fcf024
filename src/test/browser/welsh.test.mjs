// The app in Welsh (issue 25): a council officer picks Cymraeg beside the user switcher, and the register, an entry
// page, the scripts' texts and the lang attributes all follow, with no serious WCAG 2.2 AA violation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { BASE, SHOTS, launch, pageAs, seriousViolations, shot, rest } from './support.mjs';

let browser;
let key;
const NAME = `Canfod diwrnod casglu gwastraff ${Date.now()}`;

before(async () => {
  browser = await launch();
  const created = await rest('brighton-editor', 'POST', 'solutions', {
    name: NAME, summary: 'Mae trigolion yn gweld pryd y caiff eu biniau eu casglu.', kind: 'service',
    phase: 'live', ownerCouncil: 'E06000043', serviceAreas: ['waste'],
  });
  assert.equal(created.status, 201, JSON.stringify(created.json));
  key = created.json.key;
  assert.equal((await rest('brighton-editor', 'POST', `solutions/${key}/publish`, {})).status, 200);
});
after(async () => { await browser?.close(); });

/** A page acting as {@code user} with the preview's language cookie already set to Welsh. */
async function welshPageAs(user) {
  const page = await pageAs(browser, user);
  await browser.addCookies([{ name: 'preview-locale', value: 'cy_GB', url: BASE }]);
  return page;
}

test('a viewer switches the register to Welsh beside the user switcher, and filters it in Welsh', async () => {
  const page = await pageAs(browser, 'viewer');
  await page.goto(`${BASE}/register`, { waitUntil: 'networkidle' });
  assert.equal(await page.getAttribute('html', 'lang'), 'en-GB');
  assert.equal(await page.locator('#preview-locale option[value="cy_GB"]').getAttribute('lang'), 'cy');

  await page.getByLabel('Language', { exact: true }).selectOption('cy_GB');
  await Promise.all([page.waitForURL(/\/register$/), page.getByRole('button', { name: 'Change', exact: true }).click()]);
  await page.waitForLoadState('networkidle');

  assert.equal(await page.getAttribute('html', 'lang'), 'cy');
  assert.equal(await page.locator('h1').innerText(), 'Cofrestr datrysiadau');
  assert.equal(await page.locator('.cc-register').getAttribute('lang'), 'cy', 'the macro root says its language');
  assert.equal(await page.locator('#preview-locale').inputValue(), 'cy_GB', 'the selector shows the language in use');
  await Promise.all([
    page.waitForResponse((r) => r.url().includes('/solutions.html?') && r.url().includes('q=')),
    page.getByLabel('Chwilio', { exact: true }).fill(NAME),
  ]);
  const row = page.locator('tbody tr', { hasText: NAME });
  await row.waitFor();
  assert.equal((await row.locator('td[data-column="phase"]').textContent()).trim(), 'Byw');
  assert.match(await page.locator('.cc-register-status').innerText(), /^Yn dangos 1 o 1 datrysiad$/);
  assert.equal(await page.getByRole('button', { name: 'Clirio\'r hidlwyr' }).count() > 0, true);
  // service-area names are the admins' data with a Welsh name beside the English (the seeded ones have theirs)
  assert.equal((await page.locator('.cc-register option[value="waste"]').first().textContent()).trim(),
    'Gwastraff ac ailgylchu');
  assert.equal(await page.locator('.cc-register option', { hasText: 'Waste and recycling' }).count(), 0);

  assert.deepEqual(await seriousViolations(page), [], 'axe on the Welsh register');
  assert.deepEqual(page.errors, []);
  await page.getByLabel('Chwilio', { exact: true }).fill('');
  await page.waitForLoadState('networkidle');
  await shot(page, 'welsh-register');
});

test('an editor declares adoption on an entry page in Welsh, and the script answers in Welsh', async () => {
  const page = await welshPageAs('hackney-editor');
  await page.goto(`${BASE}/solutions/${key}`, { waitUntil: 'networkidle' });

  assert.equal(await page.getAttribute('html', 'lang'), 'cy');
  assert.equal(await page.locator('h1').innerText(), NAME);
  assert.equal(await page.locator('.cc-entry-page').getAttribute('lang'), 'cy');
  await page.getByText('Cyngor perchennog', { exact: true }).first().waitFor();
  await page.getByLabel('Cyngor', { exact: true }).selectOption('E09000012');
  await page.getByLabel('Cyflwr', { exact: true }).selectOption('using');
  await page.getByRole('button', { name: 'Datgan mabwysiadu', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Mabwysiad wedi\'i gadw' }).waitFor();

  const adoptions = await rest('viewer', 'GET', `solutions/${key}/adoptions`);
  assert.equal(adoptions.json.results.find((a) => a.council.code === 'E09000012').state, 'using');
  assert.deepEqual(await seriousViolations(page), [], 'axe on the Welsh entry page');
  assert.deepEqual(page.errors, []);
  await shot(page, 'welsh-entry');
});

test('every preview page in Welsh says lang="cy", keeps its macros Welsh and has no serious WCAG 2.2 AA violation', async () => {
  const page = await welshPageAs('brighton-editor');
  for (const url of ['/', '/figures', '/councils/E06000043', '/groups', '/portfolio', `/solutions/${key}`]) {
    await page.goto(BASE + url, { waitUntil: 'networkidle' });
    assert.equal(await page.getAttribute('html', 'lang'), 'cy', url);
    for (const root of await page.locator('main [lang]').all()) {
      assert.equal(await root.getAttribute('lang'), 'cy', `a macro root on ${url}`);
    }
    assert.deepEqual(await seriousViolations(page), [], `axe on ${url} in Welsh`);
    assert.deepEqual(page.errors, [], `script errors on ${url}`);
  }
});

test('an admin confirms WebSudo and uses the admin page in Welsh; longer Welsh row actions keep their target size', async () => {
  const page = await welshPageAs('admin');
  await page.goto(`${BASE}/admin`, { waitUntil: 'networkidle' });
  assert.equal(await page.getAttribute('html', 'lang'), 'cy');
  await Promise.all([page.waitForURL(/\/admin$/), page.locator('form[action="/admin/websudo"] button').click()]);
  await page.waitForLoadState('networkidle');

  assert.equal(await page.locator('.cc-admin').getAttribute('lang'), 'cy');
  await page.getByRole('button', { name: 'Dirwyn i ben' }).first().waitFor();
  assert.equal(await page.getByRole('heading', { name: 'Meysydd gwasanaeth', exact: true }).count(), 1);
  const waste = page.locator('[data-cc-list="service-areas"] tbody tr', { hasText: 'Waste and recycling' });
  assert.match(await waste.innerText(), /Gwastraff ac ailgylchu/, 'the admin sees both names of an area');
  assert.equal(await page.getByLabel('Enw yn Gymraeg', { exact: true }).getAttribute('lang'), 'cy');
  assert.deepEqual(await seriousViolations(page), [], 'axe on the Welsh admin page');
  assert.deepEqual(page.errors, []);
});

/** The positions of {@code names} among the texts of {@code locator}'s elements, failing on any missing. */
async function positions(locator, names) {
  const texts = (await locator.allInnerTexts()).map((t) => t.trim());
  return names.map((name) => {
    const at = texts.indexOf(name);
    assert.ok(at >= 0, `${name} in ${texts.join(' | ')}`);
    return at;
  });
}

test('a Welsh reader reads a notification naming its service area in Welsh, and the areas in Welsh order', async () => {
  // the viewer watches Brighton; Brighton's editor re-assesses waste at its current level (no other file's figures move)
  const BRIGHTON = 'E06000043';
  const current = await rest('viewer', 'GET', `maturity/councils/${BRIGHTON}`);
  const waste = current.json.results.find((a) => a.area === 'waste');
  const level = waste ? waste.level : 2;
  const watched = (await rest('viewer', 'GET', `watches/council/${BRIGHTON}`)).json.watching;
  assert.equal((await rest('viewer', 'PUT', `watches/council/${BRIGHTON}`, { watching: true })).status, 200);
  try {
    const today = new Date().toISOString().slice(0, 10);
    const assessed = await rest('brighton-editor', 'POST', `maturity/councils/${BRIGHTON}/assessments`, {
      area: 'waste', level, date: today, justification: `Welsh flow ${Date.now()}`,
    });
    assert.equal(assessed.status, 201, JSON.stringify(assessed.json));

    const page = await welshPageAs('viewer');
    await page.goto(`${BASE}/plugins/servlet/connected-councils/notifications`, { waitUntil: 'networkidle' });
    assert.equal(await page.getAttribute('html', 'lang'), 'cy');
    const sentence = 'Aseswyd Brighton and Hove City Council \u2013 Gwastraff ac ailgylchu gan';
    const told = page.locator('.cc-notify-item', { hasText: sentence });
    await told.first().waitFor();
    assert.match(await told.first().innerText(), new RegExp(`ar lefel ${level}`));
    assert.equal(await page.locator('.cc-notify-item', { hasText: 'Waste and recycling' }).count(), 0, 'no English name');
    // the areas one may watch, in Welsh and in Welsh order (English order would be Housing, Planning, Waste)
    const [planning, wasteAt, housing] = await positions(page.locator('.cc-notify-areas .cc-watch'),
      ['Cynllunio', 'Gwastraff ac ailgylchu', 'Tai']);
    assert.ok(planning < wasteAt && wasteAt < housing, 'Cynllunio, Gwastraff ac ailgylchu, Tai');
    assert.deepEqual(await seriousViolations(page), [], 'axe on the Welsh notifications page');
    assert.deepEqual(page.errors, []);
    await shot(page, 'welsh-notifications');

    // the same notification over REST, in the language of the request
    const response = await fetch(`${BASE}/rest/connected-councils/1.0/notifications?limit=5`, {
      headers: { Cookie: 'preview-user=viewer; preview-locale=cy_GB' },
    });
    const messages = (await response.json()).results.map((n) => n.message);
    assert.ok(messages.some((m) => m.includes('Gwastraff ac ailgylchu')), messages.join(' | '));
  } finally {
    await rest('viewer', 'PUT', `watches/council/${BRIGHTON}`, { watching: Boolean(watched) });
  }
});

test('an admin picks an area for the level wording from a list the browser draws from REST, in Welsh', async () => {
  const page = await welshPageAs('admin');
  await page.goto(`${BASE}/admin`, { waitUntil: 'networkidle' });
  if (await page.locator('form[action="/admin/websudo"] button').count()) {
    await Promise.all([page.waitForURL(/\/admin$/), page.locator('form[action="/admin/websudo"] button').click()]);
    await page.waitForLoadState('networkidle');
  }
  const section = page.locator('[data-cc-level-wording]');
  const picker = section.locator('select[name="area"]');
  await picker.locator('option[value="waste"]').waitFor({ state: 'attached' });
  assert.equal((await picker.locator('option[value="waste"]').textContent()).trim(), 'Gwastraff ac ailgylchu');
  assert.equal(await picker.locator('option', { hasText: 'Waste and recycling' }).count(), 0);
  const [planning, wasteAt, housing] = await positions(picker.locator('option'),
    ['Cynllunio', 'Gwastraff ac ailgylchu', 'Tai']);
  assert.ok(planning < wasteAt && wasteAt < housing, 'the picker lists the areas in Welsh order');
  await picker.scrollIntoViewIfNeeded();
  assert.deepEqual(await seriousViolations(page), [], 'axe on the Welsh admin page with the wording picker');
  assert.deepEqual(page.errors, []);
  // the wording section only: the whole admin page is ten screens tall
  await section.screenshot({ path: path.join(SHOTS, 'welsh-level-wording.png') });
});

test('REST errors come in the language of the request, and English comes back when chosen', async () => {
  const response = await fetch(`${BASE}/rest/connected-councils/1.0/solutions/CC-999999`, {
    headers: { Cookie: 'preview-user=viewer; preview-locale=cy_GB' },
  });
  assert.equal(response.status, 404);
  assert.match((await response.json()).errors[0].message, /^Does dim byd yma/);

  const page = await welshPageAs('viewer');
  await page.goto(`${BASE}/register`, { waitUntil: 'networkidle' });
  await page.getByLabel('Iaith', { exact: true }).selectOption('en_GB');
  await Promise.all([page.waitForURL(/\/register$/), page.getByRole('button', { name: 'Newid iaith' }).click()]);
  assert.equal(await page.getAttribute('html', 'lang'), 'en-GB');
  assert.equal(await page.locator('h1').innerText(), 'Solutions register');
});
