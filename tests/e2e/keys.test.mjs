// Virtual keys as the official `openai` client sees them: a gateway with
// `keys.required: true`, a key created with `switchyard keys create` (the CLI,
// beside the running gateway, which picks it up within keys.refresh_ms), a
// 200 with it, and an AuthenticationError (401) with a wrong key, a missing
// one or a revoked one — whose message never repeats the key. The admin API
// creates a second key the same way over HTTP.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { randomBytes } from 'node:crypto';
import OpenAI, { AuthenticationError, RateLimitError } from 'openai';
import { SWITCHYARD_BIN, gatewayConfig, startFakeUpstream, startGateway } from './harness.mjs';

const run = promisify(execFile);
const adminKey = `adm-e2e-${randomBytes(16).toString('hex')}`;
let upstream;
let gateway;

before(async () => {
  upstream = await startFakeUpstream();
  gateway = await startGateway({
    configText: `${gatewayConfig({ upstreamURL: upstream.url })}keys:\n  required: true\n  refresh_ms: 50\n`,
    env: { FAKE_UPSTREAM_KEY: 'sk-e2e-upstream-key', SWITCHYARD_ADMIN_KEY: adminKey },
  });
});

after(async () => {
  if (gateway) {
    const exit = await gateway.stop();
    assert.deepEqual(exit, { code: 0, signal: null }, `gateway did not exit cleanly\n${gateway.proc.output()}`);
    for (const line of gateway.proc.stderr.split('\n'))
      assert.ok(!line.includes(adminKey) && !line.includes('sk-sy-'), `a key in the log: ${line}`);
  }
  if (upstream) await upstream.stop();
});

async function cli(...args) {
  const { stdout } = await run(SWITCHYARD_BIN, ['keys', ...args, '--config', gateway.configPath, '--json']);
  return JSON.parse(stdout);
}

const ask = (client) =>
  client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }] });

async function expectAuthError(client, what) {
  try {
    await ask(client);
  } catch (err) {
    assert.ok(err instanceof AuthenticationError, `${what}: expected AuthenticationError, got ${err?.constructor?.name}: ${err?.message}`);
    assert.equal(err.status, 401);
    assert.equal(err.code, 'invalid_api_key');
    return err;
  }
  assert.fail(`${what}: the call succeeded`);
}

// The CLI wrote to the database; the gateway sees it at its next refresh.
async function eventually(fn) {
  for (let i = 0; ; ++i) {
    try {
      return await fn();
    } catch (err) {
      if (i >= 100) throw err;
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}

test('a key made by the CLI gets a 200; wrong, missing and revoked keys an AuthenticationError', async () => {
  const created = await cli('create', '--team', 'e2e', '--name', 'openai-client', '--rpm', '100');
  assert.match(created.key, /^sk-sy-[0-9a-f]{12}-[0-9a-f]{64}$/);
  assert.equal(created.team, 'e2e');
  const client = new OpenAI({ baseURL: gateway.baseURL, apiKey: created.key, maxRetries: 0 });
  const answer = await eventually(() => ask(client));
  assert.equal(answer.object, 'chat.completion');

  const wrongKey = created.key.slice(0, -4) + (created.key.endsWith('0000') ? '1111' : '0000');
  const wrong = await expectAuthError(new OpenAI({ baseURL: gateway.baseURL, apiKey: wrongKey, maxRetries: 0 }), 'wrong key');
  assert.ok(!wrong.message.includes(wrongKey.slice(-20)), `the error repeats the key: ${wrong.message}`);
  const foreign = await expectAuthError(new OpenAI({ baseURL: gateway.baseURL, apiKey: 'sk-proj-not-ours', maxRetries: 0 }), 'provider key');
  assert.match(foreign.message, /sk-sy-/);

  const shown = await cli('show', created.id);
  assert.equal(shown.key, undefined, 'show never prints the secret');
  const revoked = await cli('revoke', created.id);
  assert.equal(revoked.status, 'revoked');
  await eventually(async () => {
    const err = await expectAuthError(client, 'revoked key');
    assert.match(err.message, /revoked/);
  });
});

test('the admin API creates a key whose RPM limit is a RateLimitError', async () => {
  const r = await fetch(`${gateway.url}/admin/keys`, {
    method: 'POST',
    headers: { authorization: `Bearer ${adminKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ team: 'e2e', rpm: 1 }),
  });
  assert.equal(r.status, 201);
  const { key } = await r.json();
  const client = new OpenAI({ baseURL: gateway.baseURL, apiKey: key, maxRetries: 0 });
  await ask(client);
  try {
    await ask(client);
    assert.fail('the second request within a minute passed an RPM of 1');
  } catch (err) {
    assert.ok(err instanceof RateLimitError, `expected RateLimitError, got ${err?.constructor?.name}: ${err?.message}`);
    assert.equal(err.code, 'rpm_limit_exceeded');
    assert.ok(Number(err.headers.get('retry-after')) >= 1, 'no Retry-After');
  }
  const denied = await fetch(`${gateway.url}/admin/keys`, { headers: { authorization: `Bearer ${key}` } });
  assert.equal(denied.status, 401, 'a virtual key is not the admin key');
});
