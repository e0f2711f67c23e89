// Fallback and credentials: a failing deployment is retried, then the next
// one answers and the headers say so; the provider key from the environment
// reaches the upstream as a Bearer token and never the gateway's own output.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import OpenAI from 'openai';
import { startStack } from './harness.mjs';

let stack;
let client;
let stopped = false;
const CLIENT_KEY = 'sk-client-e2e-fallback';

before(async () => {
  stack = await startStack();
  client = new OpenAI({ baseURL: stack.gateway.baseURL, apiKey: CLIENT_KEY, maxRetries: 0 });
});

after(async () => {
  if (stack && !stopped) await stack.stop();
});

test('with-fallback: the primary fails, the secondary answers, headers name it', async () => {
  await stack.upstream.reset();
  const { data, response } = await client.chat.completions
    .create({ model: 'with-fallback', messages: [{ role: 'user', content: 'fall back please' }] })
    .withResponse();

  assert.equal(response.status, 200);
  assert.equal(data.choices[0].message.content, 'echo: fall back please');
  assert.equal(response.headers.get('x-switchyard-deployment'), 'secondary');
  assert.equal(response.headers.get('x-switchyard-side'), 'cloud');
  const reason = response.headers.get('x-switchyard-route-reason');
  assert.ok(reason && reason.length > 0, 'x-switchyard-route-reason is missing');
  assert.ok(response.headers.get('x-request-id'), 'x-request-id is missing');

  // The upstream saw the primary twice (max_attempts 2), then the secondary once.
  const models = (await stack.upstream.requests()).map((r) => JSON.parse(r.body).model);
  assert.deepEqual(models, ['error-500', 'error-500', 'gpt-4o-mini']);
});

test('with-fallback streamed: the stream comes from the secondary', async () => {
  const { data: stream, response } = await client.chat.completions
    .create({
      model: 'with-fallback',
      messages: [{ role: 'user', content: 'stream after fallback' }],
      stream: true,
      stream_options: { include_usage: true },
    })
    .withResponse();
  assert.equal(response.headers.get('x-switchyard-deployment'), 'secondary');
  let content = '';
  let usage;
  for await (const chunk of stream) {
    content += chunk.choices[0]?.delta?.content ?? '';
    if (chunk.usage) usage = chunk.usage;
  }
  assert.equal(content, 'echo: stream after fallback');
  assert.ok(usage && usage.total_tokens > 0, 'no usage after fallback');
});

test('the provider key from FAKE_UPSTREAM_KEY goes upstream as Bearer, the client key does not', async () => {
  await stack.upstream.reset();
  await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'key?' }] });
  const seen = await stack.upstream.requests();
  assert.equal(seen.length, 1);
  assert.equal(seen[0].authorization, `Bearer ${stack.upstreamKey}`);
  for (const r of seen) {
    assert.ok(!r.authorization.includes(CLIENT_KEY), 'the client key leaked to the upstream');
    assert.ok(!r.body.includes(CLIENT_KEY), 'the client key leaked into the upstream body');
  }
});

test('SIGTERM: the gateway exits 0 and never printed the provider key', async () => {
  // Some traffic first, including failures, which are the likeliest to be logged.
  await client.chat.completions.create({ model: 'with-fallback', messages: [{ role: 'user', content: 'x' }] });
  await client.chat.completions
    .create({ model: 'no-such-model', messages: [{ role: 'user', content: 'x' }] })
    .catch(() => {});

  const exit = await stack.stop();
  stopped = true;
  const { stdout, stderr } = stack.gateway.proc;
  assert.deepEqual(exit, { code: 0, signal: null }, `gateway did not exit cleanly\n${stack.gateway.proc.output()}`);
  assert.match(stdout, /switchyard listening on http:\/\/127\.0\.0\.1:\d+/);
  assert.ok(!stdout.includes(stack.upstreamKey), 'the provider key appeared on the gateway stdout');
  assert.ok(!stderr.includes(stack.upstreamKey), 'the provider key appeared on the gateway stderr');
  // Nor any long prefix of it (a "redacted" log line that shows most of the key).
  const prefix = stack.upstreamKey.slice(0, 24);
  assert.ok(!(stdout + stderr).includes(prefix), 'a prefix of the provider key appeared in the gateway output');
});
