// The gateway's other endpoints as clients see them: the model list through
// the SDK, and health, readiness and metrics as plain HTTP.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import OpenAI from 'openai';
import { startStack } from './harness.mjs';

let stack;
let client;

before(async () => {
  stack = await startStack();
  client = new OpenAI({ baseURL: stack.gateway.baseURL, apiKey: 'sk-client-e2e', maxRetries: 0 });
});

after(async () => {
  if (!stack) return;
  const exit = await stack.stop();
  assert.deepEqual(exit, { code: 0, signal: null }, `gateway did not exit cleanly\n${stack.gateway.proc.output()}`);
});

test('models.list() returns the configured aliases', async () => {
  const ids = [];
  for await (const model of client.models.list()) {
    assert.equal(model.object, 'model');
    assert.equal(typeof model.created, 'number');
    assert.equal(typeof model.owned_by, 'string');
    ids.push(model.id);
  }
  assert.deepEqual(
    [...ids].sort(),
    ['always-500', 'cut-stream', 'gpt-4o-mini', 'upstream-400', 'with-fallback'],
  );
});

test('models.list() carries x-request-id', async () => {
  const { response } = await client.models.list().withResponse();
  assert.equal(response.status, 200);
  assert.ok(response.headers.get('x-request-id'), 'x-request-id missing on /v1/models');
});

test('GET /healthz and /readyz answer 200', async () => {
  for (const path of ['/healthz', '/readyz']) {
    const res = await fetch(`${stack.gateway.url}${path}`);
    assert.equal(res.status, 200, `${path} answered ${res.status}`);
    await res.arrayBuffer();
  }
});

test('GET /metrics is Prometheus text and counts the gateway overhead', async () => {
  await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'count me' }] });
  const res = await fetch(`${stack.gateway.url}/metrics`);
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /^text\/plain/);
  const text = await res.text();
  const count = text.match(/^switchyard_gateway_overhead_seconds_count(?:\{[^}]*\})? (\S+)$/m);
  const sum = text.match(/^switchyard_gateway_overhead_seconds_sum(?:\{[^}]*\})? (\S+)$/m);
  assert.ok(count && sum, `switchyard_gateway_overhead_seconds _sum/_count missing:\n${text}`);
  assert.ok(Number(count[1]) >= 1, 'the overhead was not counted for a served request');
  assert.ok(Number(sum[1]) > 0, 'the overhead sum is not positive');
});
