// The digital council in the browser: Brighton and Hove's editor assesses "Waste and recycling" at level 3 with
// evidence, Hackney's editor questions it, and the heat map and Brighton's profile show both; every page is
// axe-clean. The map is a page of councils: its pager (keyboard) shows the next page. Writes screenshots of the heat
// map (its first and second page) and the profile (maturity-*.png).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, pageAs, rest, seriousViolations, shot } from './support.mjs';

const BRIGHTON = 'E06000043';
const HACKNEY = 'E09000012';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('an editor assesses waste at level 3 with evidence, another council questions it, map and profile show it',
  async () => {
    const entries = await rest('brighton-editor', 'GET', 'solutions?limit=100');
    const own = entries.json.results.find((s) => s.ownerCouncil?.code === BRIGHTON);
    assert.ok(own, 'Brighton owns a demo entry to cite as evidence');
    const justification = `Bins, bulky waste and garden waste are booked and tracked online (${Date.now()}).`;

    const editor = await pageAs(browser, 'brighton-editor');
    await editor.goto(`${BASE}/maturity`);
    await editor.selectOption('#assess-council', BRIGHTON);
    await editor.selectOption('#assess-area', 'waste');
    await editor.click('label[for=assess-level-3]');
    await editor.fill('#assess-justification', justification);
    await editor.fill('#assess-entries', own.key);
    await editor.fill('#assess-links', 'https://wiki.example.org/display/BH/Waste+service+redesign');
    await editor.click('#maturity-assess button[type=submit]');
    await editor.waitForSelector('#assess-result.aui-message-success');
    assert.deepEqual(await seriousViolations(editor), []);

    const peer = await pageAs(browser, 'hackney-editor');
    await peer.goto(`${BASE}/maturity`);
    await peer.selectOption('#review-assessed', BRIGHTON);
    await peer.selectOption('#review-area', 'waste');
    await peer.selectOption('#review-council', HACKNEY);
    await peer.click('label[for=review-question]');
    await peer.fill('#review-comment', 'Is the garden waste round end-to-end too, or still phoned through?');
    await peer.click('#maturity-review button[type=submit]');
    await peer.waitForSelector('#review-result.aui-message-success');

    const viewer = await pageAs(browser, 'viewer');
    await viewer.goto(`${BASE}/maturity?type=unitary&nation=england`);
    const row = viewer.locator('.cc-maturity-map table tbody tr', { hasText: 'Brighton and Hove' });
    const headers = await viewer.locator('.cc-maturity-map table thead th').allTextContents();
    const waste = headers.findIndex((h) => h.trim() === 'Waste and recycling');
    assert.ok(waste > 0, 'the table has a Waste and recycling column');
    assert.equal((await row.locator('th, td').nth(waste).textContent()).trim(), '3 End-to-end digital');
    // on screen the browser draws the picture from the table (web/maturity/heat-map.js); export keeps the server's
    const drawn = viewer.locator('.cc-maturity-map .cc-maturity-canvas svg.cc-maturity-drawn');
    await drawn.waitFor();
    assert.equal(await drawn.getAttribute('role'), 'img');
    assert.ok(await drawn.getAttribute('aria-labelledby'));
    assert.ok(await drawn.locator('text', { hasText: 'Brighton and Hove' }).count() === 1);
    const rowCount = await viewer.locator('.cc-maturity-map table tbody tr').count();
    assert.equal(await drawn.locator('g').count(), rowCount, 'one drawn row per table row');
    const brightonCells = drawn.locator('g', { hasText: 'Brighton and Hove' }).locator('rect');
    const cell = brightonCells.nth(waste - 1);
    assert.match(await cell.locator('title').textContent(), /Brighton and Hove.*, Waste and recycling: 3 End-to-end digital/);
    assert.equal(await cell.getAttribute('fill'), '#74a9cf');
    await viewer.locator('.cc-maturity-canvas').focus();
    assert.ok(await viewer.evaluate(() => document.activeElement.classList.contains('cc-maturity-canvas')),
      'the picture scrolls from the keyboard');
    // the map is a page of councils (25 by default): the pager, keyboard-usable, asks REST for the next page,
    // rebuilds the table and draws the picture again
    const map = viewer.locator('.cc-maturity-map');
    const status = map.locator('.cc-maturity-showing');
    const total = Number(await map.getAttribute('data-total'));
    assert.ok(total > 25, `more English unitary councils than a page holds (${total})`);
    assert.match(await status.textContent(), new RegExp(`Showing councils 1 to 25 of ${total}\\.`));
    assert.equal(rowCount, 25);
    const previous = map.locator('.cc-maturity-pager button.cc-maturity-previous');
    const next = map.locator('.cc-maturity-pager button.cc-maturity-next');
    assert.ok(await previous.isDisabled(), 'no page before the first');
    assert.deepEqual(await seriousViolations(viewer), []);
    assert.deepEqual(viewer.errors, []);
    await shot(viewer, 'maturity-heat-map');

    const firstCouncil = (await map.locator('table tbody tr th').first().textContent()).trim();
    await next.focus();
    await viewer.keyboard.press('Enter');
    await viewer.waitForFunction(() => /Showing councils 26 to/.test(
      document.querySelector('.cc-maturity-map .cc-maturity-showing').textContent));
    const secondPage = await map.locator('table tbody tr th').allTextContents();
    assert.ok(secondPage.length > 0 && !secondPage.map((t) => t.trim()).includes(firstCouncil),
      'the next page holds other councils');
    assert.equal(await drawn.locator('g').count(), secondPage.length, 'the picture is drawn again for the page');
    assert.equal(await map.locator('.cc-maturity-canvas svg').count(), 1, 'one picture, not two');
    assert.ok(!(await previous.isDisabled()));
    assert.deepEqual(await seriousViolations(viewer), []);
    await shot(viewer, 'maturity-heat-map-page-2');
    await previous.click();
    await viewer.waitForFunction(() => /Showing councils 1 to 25/.test(
      document.querySelector('.cc-maturity-map .cc-maturity-showing').textContent));
    assert.equal((await map.locator('table tbody tr th').first().textContent()).trim(), firstCouncil);
    assert.ok(await viewer.evaluate(() => document.activeElement.classList.contains('cc-maturity-next')),
      'focus moves to the button still usable');
    assert.deepEqual(viewer.errors, []);

    // an export shows the first page and says which councils it shows, with no pager or script
    await viewer.goto(`${BASE}/maturity?type=unitary&nation=england&output=pdf`);
    assert.match(await viewer.locator('.cc-maturity-map .cc-maturity-showing').textContent(),
      new RegExp(`Showing councils 1 to 25 of ${total}\\.`));
    assert.ok(await viewer.locator('.cc-maturity-map .cc-maturity-online').count() === 1);
    assert.equal(await viewer.locator('.cc-maturity-map .cc-maturity-pager').count(), 0);
    assert.equal(await viewer.locator('.cc-maturity-map svg g').count(), 25, 'the server drew the page');

    await viewer.goto(`${BASE}/councils/${BRIGHTON}`);
    const assessment = viewer.locator('.cc-maturity-assessment', { hasText: justification });
    await assessment.waitFor();
    assert.match(await assessment.locator('h5').textContent(), /Waste and recycling .* 3 End-to-end digital/);
    assert.ok(await assessment.locator(`a[href$="/solutions/${own.key}"]`).count() === 1);
    const review = assessment.locator('.cc-maturity-reviews li', { hasText: 'London Borough of Hackney' });
    assert.match(await review.textContent(), /Questioned.*garden waste round/s);
    assert.deepEqual(await seriousViolations(viewer), []);
    assert.deepEqual(viewer.errors, []);
    await shot(viewer, 'maturity-profile');
    assert.deepEqual([...editor.dialogs, ...peer.dialogs, ...viewer.dialogs], []);
  });
