// The fake Anthropic API checked with Anthropic's own SDK (@anthropic-ai/sdk
// pointed at it): if the official client cannot read the fake's messages,
// streams and errors, the fake is wrong, and so would be the gateway tests
// built on it. Then the SDK against the gateway's POST /v1/messages routed
// to a `kind: anthropic` provider with the fake behind it, and the official
// `openai` client against the same provider.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import Anthropic, {
  APIError,
  AuthenticationError,
  BadRequestError,
  InternalServerError,
  NotFoundError,
  RateLimitError,
} from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startFakeAnthropic, startGateway } from './harness.mjs';

const KEY = 'sk-ant-e2e-0123456789abcdef';
let fake;
let direct;

before(async () => {
  fake = await startFakeAnthropic();
  direct = new Anthropic({ baseURL: fake.url, apiKey: KEY, maxRetries: 0 });
});

after(async () => {
  if (fake) await fake.stop();
});

async function expectError(fn, cls, status) {
  try {
    await fn();
  } catch (err) {
    assert.ok(err instanceof cls, `expected ${cls.name}, got ${err?.constructor?.name}: ${err?.message}`);
    assert.equal(err.status, status, err.message);
    return err;
  }
  assert.fail(`expected ${cls.name}, but the call succeeded`);
}

test('fake: messages.create reads a message, its usage and the headers it was sent', async () => {
  const msg = await direct.messages.create({
    model: 'claude-sonnet-4-5',
    max_tokens: 64,
    system: 'Be brief.',
    messages: [{ role: 'user', content: 'hello there' }],
  });
  assert.equal(msg.type, 'message');
  assert.match(msg.id, /^msg_/);
  assert.deepEqual(msg.content, [{ type: 'text', text: 'echo: hello there' }]);
  assert.equal(msg.stop_reason, 'end_turn');
  assert.equal(msg.stop_sequence, null);
  assert.equal(msg.usage.input_tokens, 4);
  assert.equal(msg.usage.output_tokens, 3);
  const sent = (await fake.requests()).at(-1);
  assert.equal(sent.path, '/v1/messages');
  assert.equal(sent.api_key, KEY);  // this SDK sends it as Authorization: Bearer
  assert.equal(sent.anthropic_version, '2026-10-21');  // and names the current API version
});

test('fake: the SDK assembles a stream of text, thinking and usage', async () => {
  const stream = direct.messages.stream({
    model: 'thinking',
    max_tokens: 64,
    messages: [{ role: 'user', content: 'one two three' }],
  });
  const types = [];
  stream.on('streamEvent', (e) => types.push(e.type));
  let text = '';
  stream.on('text', (t) => { text += t; });
  const msg = await stream.finalMessage();
  assert.equal(text, 'echo: one two three');
  assert.equal(msg.content[0].type, 'thinking');
  assert.equal(msg.content[0].thinking, 'Let me think about that.');
  assert.ok(msg.content[0].signature.length > 0);
  assert.equal(msg.content[1].text, 'echo: one two three');
  assert.equal(msg.stop_reason, 'end_turn');
  assert.equal(msg.usage.output_tokens, 9);
  assert.equal(types[0], 'message_start');
  assert.equal(types.at(-1), 'message_stop');
  assert.ok(types.includes('content_block_delta'));
});

test('fake: tool use, parallel and streamed, and the results sent back', async () => {
  const tools = [
    { name: 'weather', input_schema: { type: 'object', properties: { text: { type: 'string' } } } },
    { name: 'time', input_schema: { type: 'object' } },
  ];
  const msg = await direct.messages.create({
    model: 'parallel-calls', max_tokens: 64, tools, messages: [{ role: 'user', content: 'Oslo' }],
  });
  assert.equal(msg.stop_reason, 'tool_use');
  assert.deepEqual(msg.content.map((b) => [b.type, b.name, b.input]),
    [['tool_use', 'weather', { text: 'Oslo' }], ['tool_use', 'time', { text: 'Oslo' }]]);

  const streamed = await direct.messages.stream({
    model: 'claude', max_tokens: 64, tools, tool_choice: { type: 'tool', name: 'time' },
    messages: [{ role: 'user', content: 'now' }],
  }).finalMessage();
  assert.equal(streamed.content[0].name, 'time');
  assert.deepEqual(streamed.content[0].input, { text: 'now' });  // input_json_delta joined

  const next = await direct.messages.create({
    model: 'claude', max_tokens: 64, tools,
    messages: [
      { role: 'user', content: 'Oslo' },
      { role: 'assistant', content: msg.content },
      { role: 'user', content: [
        { type: 'tool_result', tool_use_id: msg.content[0].id, content: 'cold' },
        { type: 'tool_result', tool_use_id: msg.content[1].id, content: [{ type: 'text', text: 'noon' }] },
      ] },
    ],
  });
  assert.equal(next.content[0].text, `results: ${msg.content[0].id}=cold; ${msg.content[1].id}=noon;`);

  // A result for a call never made is refused as Anthropic refuses it.
  await expectError(() => direct.messages.create({
    model: 'claude', max_tokens: 64,
    messages: [{ role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_x', content: 'x' }] }],
  }), BadRequestError, 400);
});

test('fake: stop sequences, max_tokens, images and JSON outputs', async () => {
  let msg = await direct.messages.create({
    model: 'claude', max_tokens: 64, stop_sequences: ['three'],
    messages: [{ role: 'user', content: 'one two three four' }],
  });
  assert.equal(msg.stop_reason, 'stop_sequence');
  assert.equal(msg.stop_sequence, 'three');
  msg = await direct.messages.create({
    model: 'claude', max_tokens: 2, messages: [{ role: 'user', content: 'one two three four' }],
  });
  assert.equal(msg.stop_reason, 'max_tokens');
  msg = await direct.messages.create({
    model: 'claude', max_tokens: 64,
    messages: [{ role: 'user', content: [
      { type: 'text', text: 'what is it' },
      { type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'iVBORw0KGgoAAAANSUhEUg==' } },
    ] }],
  });
  assert.equal(msg.content[0].text, 'echo: what is it [image image/png 16 bytes]');
  msg = await direct.messages.create({
    model: 'claude', max_tokens: 64, messages: [{ role: 'user', content: 'data' }],
    output_config: { format: { type: 'json_schema', schema: { type: 'object', properties: { echo: { type: 'string' } }, required: ['echo'], additionalProperties: false } } },
  });
  assert.deepEqual(JSON.parse(msg.content[0].text), { echo: 'data' });
});

test('fake: errors become the SDK\'s classes', async () => {
  const create = (model, extra = {}) => direct.messages.create({
    model, max_tokens: 8, messages: [{ role: 'user', content: 'x' }], ...extra,
  });
  let err = await expectError(() => create('error-529'), InternalServerError, 529);
  assert.equal(err.error.error.type, 'overloaded_error');
  err = await expectError(() => create('error-429'), RateLimitError, 429);
  assert.equal(err.error.error.type, 'rate_limit_error');
  assert.equal(err.headers.get('retry-after'), '0');
  assert.equal(err.headers.get('anthropic-ratelimit-requests-remaining'), '0');
  await expectError(() => create('error-404'), NotFoundError, 404);
  err = await expectError(() => create('error-413'), APIError, 413);
  assert.equal(err.error.error.type, 'request_too_large');
  await expectError(() => create('claude', { max_tokens: 0 }), BadRequestError, 400);
  // This SDK speaks API version 2026-10-21, which no longer takes temperature.
  err = await expectError(() => create('claude', { temperature: 0.5 }), BadRequestError, 400);
  assert.match(err.message, /temperature: Extra inputs are not permitted/);
  const anon = new Anthropic({ baseURL: fake.url, apiKey: 'fail-auth', maxRetries: 0 });
  await expectError(() => anon.messages.create({ model: 'claude', max_tokens: 8, messages: [{ role: 'user', content: 'x' }] }),
    AuthenticationError, 401);
  // An error event mid-stream: the SDK raises it.
  await assert.rejects(
    direct.messages.stream({ model: 'stream-error', max_tokens: 8, messages: [{ role: 'user', content: 'a b' }] }).finalMessage(),
    (e) => e instanceof APIError && /Overloaded/.test(e.message),
  );
});

const LEDGER = path.join(tmpdir(), `switchyard-e2e-anthropic-out-${process.pid}.db`);

function anthropicConfig(fakeURL) {
  return `server:
  listen: "127.0.0.1:0"
  threads: 1
providers:
  - name: anthropic
    kind: anthropic
    base_url: ${fakeURL}/v1
    api_key_env: E2E_ANTHROPIC_KEY
models:
  - alias: claude-sonnet-4-5
    deployments: [{ provider: anthropic, model: claude-sonnet-4-5, side: cloud }]
  - alias: claude-thinking
    deployments: [{ provider: anthropic, model: thinking, side: cloud }]
  - alias: claude-overloaded
    deployments: [{ provider: anthropic, model: error-529, side: cloud }]
  - alias: claude-limited
    deployments: [{ provider: anthropic, model: error-429, side: cloud }]
routing:
  retry: { max_attempts: 2, initial_backoff_ms: 1, max_backoff_ms: 2 }
ledger:
  path: ${LEDGER}
`;
}

test('gateway: the SDK through /v1/messages to kind anthropic, whole, streamed and failing', async () => {
  const gw = await startGateway({ configText: anthropicConfig(fake.url), env: { E2E_ANTHROPIC_KEY: KEY } });
  try {
    const client = new Anthropic({ baseURL: gw.url, apiKey: 'sk-client-e2e', maxRetries: 0 });
    await fake.reset();
    const msg = await client.messages.create({
      model: 'claude-sonnet-4-5', max_tokens: 64, system: 'Be brief.',
      messages: [{ role: 'user', content: 'hello through the gateway' }],
    });
    assert.deepEqual(msg.content, [{ type: 'text', text: 'echo: hello through the gateway' }]);
    assert.equal(msg.stop_reason, 'end_turn');
    const sent = (await fake.requests()).at(-1);
    assert.equal(sent.api_key, KEY);  // the gateway's key, not the client's
    assert.equal(sent.anthropic_version, '2023-06-01');
    assert.deepEqual(JSON.parse(sent.body), {
      model: 'claude-sonnet-4-5', max_tokens: 64, system: 'Be brief.',
      messages: [{ role: 'user', content: 'hello through the gateway' }],
    });

    const stream = client.messages.stream({
      model: 'claude-thinking', max_tokens: 64, messages: [{ role: 'user', content: 'one two' }],
    });
    let text = '';
    stream.on('text', (t) => { text += t; });
    const final = await stream.finalMessage();
    assert.equal(text, 'echo: one two');
    assert.equal(final.content[0].type, 'thinking');
    assert.ok(final.content[0].signature.length > 0);

    const overloaded = await expectError(() => client.messages.create({
      model: 'claude-overloaded', max_tokens: 8, messages: [{ role: 'user', content: 'x' }],
    }), InternalServerError, 529);
    assert.equal(overloaded.error.error.type, 'overloaded_error');
    await expectError(() => client.messages.create({
      model: 'claude-limited', max_tokens: 8, messages: [{ role: 'user', content: 'x' }],
    }), RateLimitError, 429);
    const calls = (await fake.requests()).filter((r) => JSON.parse(r.body).model === 'error-529');
    assert.equal(calls.length, 2);  // retried once by the gateway

    // The official openai client in front of the same provider.
    const openai = new OpenAI({ baseURL: gw.baseURL, apiKey: 'sk-client-e2e', maxRetries: 0 });
    const chat = await openai.chat.completions.create({
      model: 'claude-sonnet-4-5', messages: [{ role: 'user', content: 'hi from openai' }],
    });
    assert.equal(chat.choices[0].message.content, 'echo: hi from openai');
    assert.equal(JSON.parse((await fake.requests()).at(-1).body).max_tokens, 4096);
  } finally {
    const exit = await gw.stop();
    for (const suffix of ['', '-wal', '-shm']) await rm(LEDGER + suffix, { force: true });
    assert.deepEqual(exit, { code: 0, signal: null }, gw.proc.output());
  }
});
