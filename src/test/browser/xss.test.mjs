// Stored XSS in the browser: one council, one entry and one group whose every field holds a different payload from
// the shared corpus (src/test/resources/security/xss-payloads.json, also read by StoredXssDbTest); each page that
// shows them is visited once, and a dialog or a payload that ran (window.__xss) fails the test.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { BASE, launch, pageAs, shot } from './support.mjs';

const PAYLOADS = JSON.parse(fs.readFileSync('src/test/resources/security/xss-payloads.json', 'utf8'));

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Calls the REST API as a demo user inside a WebSudo session (the admin resources may ask for one). */
async function call(user, method, relative, body) {
  const response = await fetch(`${BASE}/rest/connected-councils/1.0/${relative}`, {
    method,
    headers: { 'Content-Type': 'application/json', Cookie: `preview-user=${user}; preview-websudo=confirmed` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  assert.ok(response.status < 300, `${method} ${relative}: ${response.status} ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : null;
}

/** The next payload of the corpus, each field its own; cut to the field's limit. */
let next = 0;
function payload(max = 120) {
  const p = PAYLOADS[next++ % PAYLOADS.length];
  return p.length > max ? p.slice(0, max) : p;
}

test('one council, entry and group holding a different payload in every field run no script on any page', async () => {
  const code = `XSS-${Date.now() % 1_000_000}`;
  const area = `xss-${Date.now() % 1_000_000}`;
  await call('admin', 'PUT', `admin/councils/${code}`, { name: payload(), type: 'unitary', region: payload() });
  await call('admin', 'PUT', `admin/service-areas/${area}`, { name: payload() });
  const entry = await call('admin', 'POST', 'solutions', {
    name: payload(), summary: payload(200), description: payload(50_000), citizenOutcomes: payload(10_000),
    keyContact: payload(255), kind: 'software', phase: 'beta', ownerCouncil: code, serviceAreas: [area],
    landingUrl: `https://example.org/?q=${encodeURIComponent(payload())}`,
    repositoryUrl: `https://example.org/repo#${encodeURIComponent(payload())}`,
  });
  await call('admin', 'POST', `solutions/${entry.key}/publish`, {});
  await call('admin', 'POST', `solutions/${entry.key}/reports`, {
    date: new Date().toISOString().slice(0, 10), rag: 'red', summary: payload(5_000), achievements: payload(5_000),
    nextSteps: payload(5_000), risks: payload(5_000),
  });
  const group = await call('admin', 'POST', 'working-groups', {
    name: payload(), aim: payload(2_000), serviceAreas: [area], model: 'community-of-practice',
    cadence: payload(), exitCriteria: payload(2_000), linkedSolutions: [entry.key], leadCouncil: code,
    memberCouncils: [],
  });
  const groupKey = group.key ?? group.group?.key;
  await call('admin', 'POST', `working-groups/${groupKey}/reports`, {
    date: new Date().toISOString().slice(0, 10), rag: 'amber', summary: payload(5_000),
    achievements: payload(5_000), nextSteps: payload(5_000), risks: payload(5_000),
  });
  await call('hackney-editor', 'POST', `working-groups/${groupKey}/join-requests`, {
    council: 'E09000012', role: 'member', message: payload(1_000),
  });
  assert.ok(next >= 20, `${next} fields hold a payload`);

  const pages = [`/solutions/${entry.key}`, '/register', '/figures', `/councils/${code}`, `/groups/${groupKey}`,
    '/groups', '/portfolio', '/admin'];
  const page = await pageAs(browser, 'admin');
  await page.context().addCookies([{ name: 'preview-websudo', value: 'confirmed', url: BASE }]);
  for (const url of pages) {
    await page.goto(BASE + url, { waitUntil: 'networkidle' });
    assert.equal(await page.evaluate(() => window.__xss), undefined, `a payload ran on ${url}`);
    assert.deepEqual(page.dialogs, [], `dialogs on ${url}`);
    assert.deepEqual(page.errors, [], `script errors on ${url}`);
  }
  await page.goto(`${BASE}/register`, { waitUntil: 'networkidle' });
  await Promise.all([
    page.waitForResponse((r) => r.url().includes('/solutions.html?')),
    page.getByLabel('Search').fill('script'),
  ]);
  await page.waitForLoadState('networkidle');
  assert.equal(await page.evaluate(() => window.__xss), undefined, 'a payload ran in the later rows');
  assert.deepEqual(page.dialogs, [], 'dialogs in the later rows');
  console.log(`stored XSS in the browser: ${next} fields, ${pages.length + 1} pages`);
  await shot(page, 'xss-corpus');
});
