// Issues 19 and 24 in the browser: a council's profile shows the map of where the solutions it uses come from and
// its maturity beside the median of its type; the adoption figures map the adopting councils; an admin rewords a
// maturity level in English and Welsh, and Welsh readers get the Welsh. Every page is axe-clean. Writes
// council-more-profile.png, council-more-figures.png and council-more-admin-wording.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { adminPage, BASE, SHOTS, launch, pageAs, seriousViolations, shot } from './support.mjs';

const LEEDS = 'E08000035';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('a council profile shows the map of the solutions it uses by owner and its maturity beside its type', async () => {
  const page = await pageAs(browser, 'viewer');
  await page.goto(`${BASE}/councils/${LEEDS}`);

  const pictures = page.locator('.cc-council .cc-council-pictures');
  await pictures.waitFor();
  const map = pictures.locator('figure.cc-map');
  assert.equal(await map.locator('svg[role=img] title').first().textContent(),
    'Where the solutions Leeds City Council uses come from');
  assert.ok(await map.locator('table.cc-map-table tbody tr', { hasText: 'This council' }).count() === 1);
  const owner = map.locator('table.cc-map-table tbody tr', { hasText: 'Brighton and Hove City Council' });
  assert.match(await owner.textContent(), /Owner of: .*Bin collection day finder/,
    'the owner of the entries Leeds uses is on the map, naming them');
  assert.ok(await map.locator('svg path title', { hasText: 'Brighton and Hove City Council: Owner of' }).count() === 1,
    'and drawn where it is');
  const maturity = pictures.locator('.cc-council-maturity');
  assert.match(await maturity.locator('.cc-detail').textContent(), /median of Metropolitan borough councils/i);
  const rows = maturity.locator('table tbody tr');
  assert.ok(await rows.count() >= 20, 'a row per active service area');
  assert.ok(await maturity.locator('svg rect').count() === await rows.count(), 'a bar per row');
  assert.deepEqual(await seriousViolations(page), []);
  assert.deepEqual(page.errors, []);
  await shot(page, 'council-more-profile');
});

test('the adoption figures map each adopting council once, with a legend and a table', async () => {
  const page = await pageAs(browser, 'viewer');
  await page.goto(`${BASE}/figures`);

  const map = page.locator('.cc-figures figure.cc-map');
  await map.waitFor();
  assert.equal(await map.locator('table caption').textContent(), 'Councils that adopted the entries counted here');
  const names = await map.locator('table tbody tr td:first-child').allTextContents();
  assert.ok(names.length > 0);
  assert.equal(new Set(names).size, names.length, 'each council once');
  assert.deepEqual(await map.locator('.cc-map-legend li').allTextContents().then((l) => l.map((t) => t.trim())),
    ['Using', 'Evaluating', 'Stopped']);
  assert.deepEqual(await seriousViolations(page), []);
  await shot(page, 'council-more-figures');
});

test('an admin rewords a level in English and Welsh; Welsh readers see the Welsh, others the English', async () => {
  const english = `Repairs reported and tracked online (${Date.now()})`;
  const welsh = `Atgyweiriadau yn cael eu hadrodd a'u holrhain ar-lein (${Date.now()})`;
  const page = await adminPage(browser);
  const section = page.locator('[data-cc-level-wording]');
  await section.scrollIntoViewIfNeeded();
  await section.locator('select[name=area] option[value=housing]').waitFor({ state: 'attached' });
  await section.locator('select[name=area]').selectOption('housing');
  const level3 = section.locator('form[data-level="3"]');
  await level3.waitFor();
  assert.match(await level3.locator('h3').textContent(), /Level 3: End-to-end digital/);

  await level3.locator('textarea[name=wording]').fill('');
  await level3.locator('textarea[name=wordingCy]').fill(welsh);
  await level3.locator('button[type=submit]').click();
  await level3.locator('.error').waitFor();
  assert.equal(await level3.locator('textarea[name=wording]').getAttribute('aria-invalid'), 'true',
    'Welsh without English is refused beside the English field');

  await level3.locator('textarea[name=wording]').fill(english);
  await level3.locator('textarea[name=wordingCy]').fill(welsh);
  await level3.locator('button[type=submit]').click();
  await section.locator('.cc-admin-wording-status.aui-message-success').waitFor();
  await section.locator('form[data-level="3"] textarea[name=wording]').waitFor();
  assert.equal(await section.locator('form[data-level="3"] textarea[name=wordingCy]').inputValue(), welsh);
  assert.deepEqual(await seriousViolations(page), []);
  assert.deepEqual(page.errors, []);
  await section.screenshot({ path: `${SHOTS}/council-more-admin-wording.png` });

  const read = async (locale) => {
    const response = await fetch(`${BASE}/rest/connected-councils/1.0/maturity/levels/housing`, {
      headers: { Cookie: `preview-user=viewer; preview-locale=${locale}` },
    });
    return (await response.json()).find((l) => l.level === 3).description;
  };
  assert.equal(await read('cy_GB'), welsh);
  assert.equal(await read('en_GB'), english);
  assert.deepEqual(page.dialogs, []);
});
