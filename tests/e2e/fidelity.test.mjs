// What the official `openai` client gets back through the gateway is what the
// upstream sent: logprobs (plain and in every stream chunk), service_tier;
// and models.retrieve, ids with '/' included (the SDK sends them escaped).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import OpenAI from 'openai';
import { gatewayConfig, startFakeUpstream, startGateway } from './harness.mjs';

let upstream;
let gateway;
let client;

before(async () => {
  const key = `sk-e2e-upstream-${randomBytes(12).toString('hex')}`;
  upstream = await startFakeUpstream();
  // The default configuration and one alias that names an organisation.
  const configText = gatewayConfig({ upstreamURL: upstream.url }).replace(
    'routing:',
    `  - alias: acme/support-bot
    deployments:
      - { provider: fake, model: gpt-4o-mini, side: cloud, name: acme-bot }
routing:`,
  );
  try {
    gateway = await startGateway({ configText, env: { FAKE_UPSTREAM_KEY: key } });
  } catch (err) {
    await upstream.stop().catch(() => {});
    throw err;
  }
  client = new OpenAI({ baseURL: gateway.baseURL, apiKey: 'sk-client-e2e', maxRetries: 0 });
});

after(async () => {
  let exit;
  try {
    if (gateway) exit = await gateway.stop();
  } finally {
    if (upstream) await upstream.stop().catch(() => {});
  }
  if (gateway) assert.deepEqual(exit, { code: 0, signal: null }, `gateway did not exit cleanly\n${gateway.proc.output()}`);
});

test('models.retrieve() returns the model object of an alias', async () => {
  const model = await client.models.retrieve('gpt-4o-mini');
  assert.equal(model.id, 'gpt-4o-mini');
  assert.equal(model.object, 'model');
  assert.equal(typeof model.created, 'number');
  assert.equal(model.owned_by, 'switchyard');
});

test('models.retrieve() finds an alias with a slash', async () => {
  const model = await client.models.retrieve('acme/support-bot');
  assert.equal(model.id, 'acme/support-bot');
  assert.equal(model.object, 'model');
});

test('models.retrieve() of an unknown model is a NotFoundError with code model_not_found', async () => {
  await assert.rejects(client.models.retrieve('gpt-5-nonexistent'), (err) => {
    assert.ok(err instanceof OpenAI.NotFoundError, `got ${err?.constructor?.name}: ${err?.message}`);
    assert.equal(err.status, 404);
    assert.equal(err.code, 'model_not_found');
    assert.equal(err.type, 'invalid_request_error');
    return true;
  });
});

test('logprobs come back with a plain completion', async () => {
  const completion = await client.chat.completions.create({
    model: 'gpt-4o-mini',
    logprobs: true,
    messages: [{ role: 'user', content: 'three small words' }],
  });
  const choice = completion.choices[0];
  assert.equal(choice.message.content, 'echo: three small words');
  assert.ok(choice.logprobs && Array.isArray(choice.logprobs.content), `no logprobs: ${JSON.stringify(choice)}`);
  assert.equal(choice.logprobs.content.map((t) => t.token).join(''), choice.message.content);
  for (const t of choice.logprobs.content) {
    assert.equal(t.logprob, -1.25e-5);
    assert.deepEqual(t.bytes, [...Buffer.from(t.token, 'utf8')]);
    assert.deepEqual(t.top_logprobs, []);
  }
  assert.equal(choice.logprobs.refusal, null);
});

test('logprobs come back in every streamed chunk', async () => {
  const stream = await client.chat.completions.create({
    model: 'gpt-4o-mini',
    stream: true,
    logprobs: true,
    messages: [{ role: 'user', content: 'stream these words' }],
  });
  let text = '';
  let tokens = '';
  for await (const chunk of stream) {
    const choice = chunk.choices[0];
    if (!choice?.delta?.content) continue;
    text += choice.delta.content;
    assert.ok(choice.logprobs, `chunk without logprobs: ${JSON.stringify(chunk)}`);
    tokens += choice.logprobs.content.map((t) => t.token).join('');
  }
  assert.equal(text, 'echo: stream these words');
  assert.equal(tokens, text);
});

test('service_tier passes through, plain and streamed', async () => {
  const completion = await client.chat.completions.create({
    model: 'gpt-4o-mini',
    service_tier: 'flex',
    messages: [{ role: 'user', content: 'hi' }],
  });
  assert.equal(completion.service_tier, 'flex');

  const stream = await client.chat.completions.create({
    model: 'gpt-4o-mini',
    stream: true,
    service_tier: 'default',
    messages: [{ role: 'user', content: 'hi' }],
  });
  let chunks = 0;
  for await (const chunk of stream) {
    assert.equal(chunk.service_tier, 'default', JSON.stringify(chunk));
    chunks += 1;
  }
  assert.ok(chunks > 0);
  const sent = (await upstream.requests()).filter((r) => r.path.endsWith('/chat/completions'));
  assert.ok(sent.some((r) => JSON.parse(r.body).service_tier === 'flex'), 'service_tier did not reach the upstream');
});
