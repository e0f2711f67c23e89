// The /ui dashboard in a real browser: Debian's headless Chromium driven by
// playwright-core. Known traffic goes through the gateway (local and cloud
// answers, a rule's local preference, a restricted request kept local, one
// refused for its class, one refused by a rule, a redacted one, a local
// engine's answer); the page is loaded, a wrong admin key is refused, the
// right one opens it, and every figure and table on the page must equal
// what the admin API answers — and the API what the traffic must produce.
// The page must load nothing from anywhere but the gateway, never put the
// key in a URL, send it only as a bearer header, and log no error (a
// content-security-policy violation is one). A screenshot is kept in the
// build's test-artefacts folder (SWITCHYARD_TEST_ARTEFACTS), with the
// /admin/dashboard answer it shows.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import { chromium } from 'playwright-core';
import { makeTinyModel, startFakeUpstream, startGateway } from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const CHROMIUM = process.env.CHROMIUM_BIN || '/usr/bin/chromium';
const ARTEFACTS = process.env.SWITCHYARD_TEST_ARTEFACTS || path.resolve(here, '../../build/test-artefacts');

const adminKey = `adm-e2e-${randomBytes(16).toString('hex')}`;
const upstreamKey = `sk-e2e-upstream-${randomBytes(12).toString('hex')}`;
const MARKER = `prompt-marker-${randomBytes(6).toString('hex')}`;
let upstream;
let gateway;
let model; // the tiny engine model, or null without llama.cpp
let supportKey;
const sent = []; // {status, id} per request, in order

function config(upstreamURL) {
  const engine = model
    ? `  - name: engine
    kind: llama
    model_path: ${model.file}
    context_size: 256
    threads: 1
    parallel: 1
    batch_size: 64
`
    : '';
  const engineModel = model
    ? `  - alias: tiny
    deployments:
      - { provider: engine, model: tiny-llama, side: local, name: engine-tiny }
`
    : '';
  return `# written by tests/e2e/dashboard.test.mjs
server:
  listen: 127.0.0.1:0
  threads: 1
providers:
  - name: fake
    kind: openai_compatible
    base_url: ${upstreamURL}/v1
    api_key_env: FAKE_UPSTREAM_KEY
${engine}models:
  - alias: hybrid
    deployments:
      - { provider: fake, model: gpt-4o-mini, side: local, name: local-box }
      - { provider: fake, model: gpt-4o-mini, side: cloud, name: cloud-mini, price: { input_per_1m: 0.15, output_per_1m: 0.6 } }
  - alias: cloud-only
    deployments:
      - { provider: fake, model: gpt-4o-mini, side: cloud, name: cloud-mini, price: { input_per_1m: 0.15, output_per_1m: 0.6 } }
${engineModel}routing:
  retry: { max_attempts: 1 }
  rules:
    - name: no-legal-advice
      when: { task: legal }
      then: { refuse: "legal questions go to the legal team" }
    - name: support-stays-local
      when: { team: support }
      then: { prefer: local }
    - name: cloud-by-default
      when: { model: hybrid, data_class: [public, internal] }
      then: { prefer: cloud }
keys:
  refresh_ms: 50
cost:
  reference: { input_per_1m: 2.5, output_per_1m: 10 }
`;
}

async function chat(model, content, headers = {}, extra = {}) {
  const r = await fetch(`${gateway.url}/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ model, messages: [{ role: 'user', content }], ...extra }),
  });
  await r.text();
  sent.push({ status: r.status, id: r.headers.get('x-request-id') });
  return r.status;
}

async function admin(pathAndQuery) {
  const r = await fetch(`${gateway.url}${pathAndQuery}`, { headers: { authorization: `Bearer ${adminKey}` } });
  const body = await r.text();
  assert.equal(r.status, 200, body);
  return JSON.parse(body);
}

before(async () => {
  model = await makeTinyModel();
  upstream = await startFakeUpstream();
  gateway = await startGateway({
    configText: config(upstream.url),
    env: { FAKE_UPSTREAM_KEY: upstreamKey, SWITCHYARD_ADMIN_KEY: adminKey },
  });
  const r = await fetch(`${gateway.url}/admin/keys`, {
    method: 'POST',
    headers: { authorization: `Bearer ${adminKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ team: 'support', name: 'support-bot' }),
  });
  const body = await r.text();
  assert.equal(r.status, 201, body);
  supportKey = JSON.parse(body).key;

  const support = { authorization: `Bearer ${supportKey}` };
  assert.equal(await chat('hybrid', `where is my order ${MARKER}`, support), 200); // local (rule)
  assert.equal(await chat('hybrid', `and the invoice ${MARKER}`, support), 200); // local (rule)
  assert.equal(await chat('hybrid', `hello ${MARKER}`), 200); // cloud (rule)
  assert.equal(await chat('cloud-only', `summarise this ${MARKER}`), 200); // cloud
  assert.equal(await chat('hybrid', `contract draft ${MARKER}`, { 'x-switchyard-data-class': 'restricted' }), 200); // local
  assert.equal(await chat('cloud-only', `salaries ${MARKER}`, { 'x-switchyard-data-class': 'restricted' }), 503); // refused
  assert.equal(await chat('hybrid', `can I sue ${MARKER}`, { 'x-switchyard-task': 'legal' }), 403); // refused by rule
  assert.equal(await chat('cloud-only', `mail bob@example.com ${MARKER}`), 200); // confidential, redacted, cloud
  if (model) assert.equal(await chat('tiny', 'hello engine', {}, { max_tokens: 8 }), 200); // the engine
});

after(async () => {
  if (gateway) {
    const exit = await gateway.stop();
    assert.deepEqual(exit, { code: 0, signal: null }, gateway.proc.output());
  }
  if (upstream) await upstream.stop();
  if (model) await model.remove();
});

const locals = () => (model ? 4 : 3);

test('the admin API counts the traffic', async () => {
  const d = await admin('/admin/dashboard?since=1h&buckets=60');
  assert.equal(d.totals.requests, sent.length);
  assert.equal(d.totals.local, locals());
  assert.equal(d.totals.cloud, 3);
  assert.equal(d.totals.refused, 2);
  assert.equal(d.totals.failed, 0);
  const restricted = d.privacy.classes.find((c) => c.data_class === 'restricted');
  assert.deepEqual(
    { local: restricted.local, cloud: restricted.cloud, refused: restricted.refused },
    { local: 1, cloud: 0, refused: 1 },
  );
  assert.deepEqual(d.privacy.refusals.map((r) => [r.status, r.rule]).sort(), [[403, 'no-legal-advice'], [503, 'default']].sort());
  assert.equal(d.top.rules.find((r) => r.name === 'support-stays-local').requests, 2);
  assert.ok(d.totals.savings_usd > 0, JSON.stringify(d.totals));
  if (model) {
    const engine = d.engines.find((e) => e.provider === 'engine');
    assert.ok(engine && engine.decoded_tokens > 0, JSON.stringify(d.engines));
  }
  const tail = await admin('/admin/requests?limit=50&since=1h');
  assert.deepEqual(tail.data.map((r) => r.request_id), sent.map((s) => s.id).reverse());
  for (const text of [JSON.stringify(d), JSON.stringify(tail)]) {
    for (const secret of [adminKey, upstreamKey, supportKey, MARKER, 'bob@example.com']) {
      assert.ok(!text.includes(secret), `a secret or prompt in the admin API's answer`);
    }
  }
});

test('the page shows what the admin API answers', async (t) => {
  assert.ok(existsSync(CHROMIUM), `Chromium not found at ${CHROMIUM}: run scripts/install-deps (Debian's chromium) or set CHROMIUM_BIN`);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  t.after(() => browser.close());
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  const requests = [];
  page.on('request', (r) => requests.push({ url: r.url(), authorization: r.headers().authorization }));

  await page.goto(`${gateway.url}/ui`);
  await page.locator('[data-testid="admin-key"]').waitFor({ state: 'visible' });
  // Nothing read before a key is given; the page and uPlot load cleanly.
  assert.equal(requests.filter((r) => r.url.includes('/admin/')).length, 0);
  assert.equal(await page.evaluate(() => typeof uPlot), 'function');
  assert.deepEqual(problems, []);

  // A wrong key: refused, the form says why and asks again.
  await page.fill('[data-testid="admin-key"]', 'adm-wrong-key');
  await page.click('[data-testid="sign-in"]');
  await page.locator('[data-testid="login-error"]').filter({ hasText: 'admin key' }).waitFor();
  // Every read the wrong key made has been answered (and its refusal
  // logged) before the log is cleared: under a sanitizer build the second
  // refusal can land after the form has shown the first.
  await page.waitForLoadState('networkidle');
  assert.equal(await page.evaluate(() => sessionStorage.length), 0);
  // The browser logs the refused reads themselves; nothing else.
  const refusedReads = (p) => /status of 401/.test(p);
  assert.deepEqual(problems.filter((p) => !refusedReads(p)), []);
  problems.length = 0;

  await page.fill('[data-testid="admin-key"]', adminKey);
  await page.click('[data-testid="sign-in"]');
  await page.locator('[data-testid="status"][data-loaded-at]').waitFor();
  // The key lives in this tab's sessionStorage only.
  assert.equal(await page.evaluate(() => sessionStorage.getItem('switchyard.adminKey')), adminKey);
  assert.equal(await page.evaluate(() => localStorage.length), 0);

  // The figures the page shows, read with its own query.
  const d = await admin('/admin/dashboard?since=1h&buckets=60');
  const tail = await admin('/admin/requests?limit=50&since=1h');
  const figure = async (name) => {
    const el = page.locator(`[data-testid="${name}"]`);
    return { text: (await el.textContent()).trim(), value: Number(await el.getAttribute('data-value')) };
  };
  const integer = (text) => Number(text.replaceAll(',', ''));
  const dollars = (text) => Number(text.replace('$', '').replaceAll(',', ''));
  for (const [name, want] of [
    ['requests', d.totals.requests],
    ['served', d.totals.served],
    ['local', d.totals.local],
    ['cloud', d.totals.cloud],
    ['refused', d.totals.refused],
    ['failed', d.totals.failed],
    ['escalated', d.cascade.escalated],
    ['cascades', d.cascade.runs],
  ]) {
    const f = await figure(name);
    assert.equal(integer(f.text), want, `${name}: the page shows ${f.text}, the API says ${want}`);
    assert.equal(f.value, want, name);
  }
  for (const [name, want] of [
    ['cost', d.totals.cost_usd],
    ['counterfactual', d.totals.counterfactual_usd],
    ['savings', d.totals.savings_usd],
  ]) {
    const f = await figure(name);
    assert.equal(f.value, want, name);
    assert.ok(Math.abs(dollars(f.text) - want) <= 5e-7, `${name}: the page shows ${f.text}, the API says ${want}`);
  }
  const share = await figure('local-share');
  assert.equal(share.text, `${((d.totals.local / (d.totals.local + d.totals.cloud)) * 100).toFixed(1)}%`);
  for (const [name, want] of [['p50', d.latency.all.p50_ms], ['p99', d.latency.all.p99_ms]]) {
    const f = await figure(name);
    assert.equal(f.value, want, name);
    assert.equal(f.text, want.toFixed(1), name);
  }

  // The tables, row by row.
  const table = (name) =>
    page.$$eval(`[data-testid="${name}"] tbody tr`, (rows) =>
      rows.map((tr) => [...tr.children].map((td) => td.dataset.value ?? td.textContent)),
    );
  assert.deepEqual(
    await table('privacy'),
    d.privacy.classes.map((c) => [c.data_class, ...['requests', 'local', 'cloud', 'refused', 'failed', 'redacted'].map((k) => String(c[k]))]),
  );
  assert.deepEqual(
    await table('refusals'),
    d.privacy.refusals.map((r) => [String(r.status), r.data_class, r.rule, String(r.requests)]),
  );
  for (const [name, rows] of [['top-rules', d.top.rules], ['top-teams', d.top.teams], ['top-models', d.top.models]]) {
    assert.deepEqual(
      await table(name),
      rows.slice(0, 10).map((r) => [r.name, String(r.requests), String(r.served), String(r.cost_usd), String(r.savings_usd)]),
      name,
    );
  }
  assert.deepEqual(
    (await table('latency')).map((r) => r.slice(1)),
    ['all', 'local', 'cloud', 'gateway'].map((s) => {
      const l = d.latency[s];
      return [l.count, l.p50_ms, l.p90_ms, l.p99_ms, l.max_ms].map(String);
    }),
  );
  if (model) {
    const engines = await table('engines');
    assert.equal(engines.length, d.engines.length);
    assert.equal(engines[0][0], 'engine');
    assert.equal(engines[0][4], String(d.engines[0].decoded_tokens));
  }
  // The live tail: the requests sent, newest first, with their statuses.
  const rows = await table('tail');
  assert.deepEqual(rows.map((r) => r[1]), tail.data.map((r) => r.request_id));
  assert.deepEqual(rows.map((r) => r[1]), sent.map((s) => s.id).reverse());
  assert.deepEqual(rows.map((r) => Number(r[8])), sent.map((s) => s.status).reverse());

  // The charts are drawn (uPlot, embedded in the gateway).
  assert.equal(await page.evaluate(() => typeof uPlot), 'function');
  assert.equal(await page.locator('#chart-share canvas').count(), 1);
  assert.equal(await page.locator('#chart-cost canvas').count(), 1);

  await mkdir(ARTEFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTEFACTS, 'dashboard.png'), fullPage: true });
  await writeFile(path.join(ARTEFACTS, 'dashboard.json'), JSON.stringify(d, null, 1));

  // Where the page went: only the gateway; the key never in a URL, and on
  // every admin read as a bearer header.
  const origin = new URL(gateway.url).origin;
  for (const r of requests) {
    assert.equal(new URL(r.url).origin, origin, `the page loaded ${r.url}`);
    assert.ok(!r.url.includes(adminKey), 'the admin key in a URL');
  }
  const reads = requests.filter((r) => r.url.includes('/admin/'));
  assert.ok(reads.length >= 2);
  const keyed = reads.filter((r) => r.authorization === `Bearer ${adminKey}`);
  assert.ok(keyed.length >= 2, 'the admin reads carry the key as a bearer header');
  assert.deepEqual(problems, []);

  // Forgetting the key clears it and hides the figures.
  await page.click('#signout');
  assert.equal(await page.evaluate(() => sessionStorage.length), 0);
  assert.equal(await page.locator('#dashboard').isHidden(), true);
});
