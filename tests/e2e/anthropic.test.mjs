// The official `@anthropic-ai/sdk` against the gateway's POST /v1/messages:
// whole and streamed messages, tool use both ways, count_tokens, and errors
// the SDK must parse into its own classes. Served by the fake OpenAI
// upstream (a cloud deployment: the gateway translates both ways) and by
// the in-process engine serving a tiny random-weight model.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import Anthropic, {
  AuthenticationError,
  BadRequestError,
  InternalServerError,
  NotFoundError,
  RateLimitError,
} from '@anthropic-ai/sdk';
import { gatewayConfig, makeTinyModel, localEngineConfig, startGateway, startStack } from './harness.mjs';

let stack;
let client;

before(async () => {
  stack = await startStack();
  // The SDK adds /v1 itself; the key goes in x-api-key. maxRetries 0: every
  // error below must reach the test on the first try.
  client = new Anthropic({ baseURL: stack.gateway.url, apiKey: 'sk-ant-e2e-dummy', maxRetries: 0 });
});

after(async () => {
  if (!stack) return;
  const exit = await stack.stop();
  assert.deepEqual(exit, { code: 0, signal: null }, `gateway did not exit cleanly\n${stack.gateway.proc.output()}`);
});

test('messages.create: an Anthropic message from an OpenAI-compatible upstream', async () => {
  await stack.upstream.reset();
  const msg = await client.messages.create({
    model: 'gpt-4o-mini',
    max_tokens: 64,
    system: 'Be brief.',
    messages: [{ role: 'user', content: 'hello from the anthropic sdk' }],
  });
  assert.equal(msg.type, 'message');
  assert.equal(msg.role, 'assistant');
  assert.match(msg.id, /^msg_/);
  assert.equal(msg.content[0].type, 'text');
  assert.match(msg.content[0].text, /echo: hello from the anthropic sdk/);
  assert.equal(msg.stop_reason, 'end_turn');
  assert.ok(msg.usage.input_tokens > 0 && msg.usage.output_tokens > 0, JSON.stringify(msg.usage));
  const seen = await stack.upstream.requests();
  assert.equal(seen.length, 1);
  const sent = JSON.parse(seen[0].body);
  assert.deepEqual(sent.messages[0], { role: 'system', content: 'Be brief.' });
  assert.equal(sent.max_tokens, 64);
});

test('messages.stream: the SDK assembles the streamed events', async () => {
  const events = [];
  const stream = client.messages.stream({
    model: 'gpt-4o-mini',
    max_tokens: 64,
    messages: [{ role: 'user', content: 'stream this please' }],
  });
  stream.on('streamEvent', (e) => events.push(e.type));
  const text = [];
  stream.on('text', (t) => text.push(t));
  const msg = await stream.finalMessage();
  assert.match(msg.content[0].text, /echo: stream this please/);
  assert.equal(text.join(''), msg.content[0].text);
  assert.equal(msg.stop_reason, 'end_turn');
  assert.ok(msg.usage.output_tokens > 0, JSON.stringify(msg.usage));
  assert.ok(msg.usage.input_tokens > 0, JSON.stringify(msg.usage));
  assert.equal(events[0], 'message_start');
  assert.equal(events.at(-1), 'message_stop');
  assert.ok(events.includes('content_block_delta'));
  assert.ok(events.includes('message_delta'));
});

test('tool use both ways: tool_use block, then a tool_result turn', async () => {
  await stack.upstream.reset();
  const tools = [
    {
      name: 'get_weather',
      description: 'Current weather in a city',
      input_schema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
    },
  ];
  const first = await client.messages.create({
    model: 'gpt-4o-mini',
    max_tokens: 64,
    tools,
    tool_choice: { type: 'any' },
    messages: [{ role: 'user', content: 'Weather in Paris?' }],
  });
  assert.equal(first.stop_reason, 'tool_use');
  const call = first.content.find((b) => b.type === 'tool_use');
  assert.ok(call, JSON.stringify(first.content));
  assert.equal(call.name, 'get_weather');
  assert.equal(typeof call.input, 'object');

  // Streamed, the SDK rebuilds the input from input_json_delta events.
  const streamed = await client.messages
    .stream({ model: 'gpt-4o-mini', max_tokens: 64, tools, tool_choice: { type: 'any' },
      messages: [{ role: 'user', content: 'Weather in Paris?' }] })
    .finalMessage();
  const streamedCall = streamed.content.find((b) => b.type === 'tool_use');
  assert.ok(streamedCall, JSON.stringify(streamed.content));
  assert.deepEqual(streamedCall.input, call.input);

  const second = await client.messages.create({
    model: 'gpt-4o-mini',
    max_tokens: 64,
    tools,
    messages: [
      { role: 'user', content: 'Weather in Paris?' },
      { role: 'assistant', content: first.content },
      { role: 'user', content: [{ type: 'tool_result', tool_use_id: call.id, content: '18C, sunny' }] },
    ],
  });
  assert.equal(second.stop_reason, 'end_turn');
  const seen = await stack.upstream.requests();
  const sent = JSON.parse(seen.at(-1).body);
  const toolMessage = sent.messages.find((m) => m.role === 'tool');
  assert.deepEqual(toolMessage, { role: 'tool', content: '18C, sunny', tool_call_id: call.id });
});

test('count_tokens: an estimate for a cloud deployment, in Anthropic\'s shape', async () => {
  const r = await client.messages.countTokens({
    model: 'gpt-4o-mini',
    system: 'Be brief.',
    messages: [{ role: 'user', content: 'How many tokens is this sentence?' }],
  });
  assert.equal(typeof r.input_tokens, 'number');
  assert.ok(r.input_tokens > 5 && r.input_tokens < 40, JSON.stringify(r));
});

// Runs `fn`, expects it to throw an instance of `type`, and returns the error.
async function expectError(fn, type) {
  try {
    await fn();
  } catch (err) {
    assert.ok(err instanceof type, `expected ${type.name}, got ${err?.constructor?.name}: ${err?.message}`);
    return err;
  }
  assert.fail(`expected ${type.name}, but the call succeeded`);
}

test('errors: the SDK raises its own classes with Anthropic error types', async () => {
  await stack.upstream.reset();
  const notFound = await expectError(
    () => client.messages.create({ model: 'no-such-model-xyz', max_tokens: 8, messages: [{ role: 'user', content: 'hi' }] }),
    NotFoundError,
  );
  assert.equal(notFound.status, 404);
  assert.equal(notFound.error?.type, 'error');
  assert.equal(notFound.error?.error?.type, 'not_found_error');
  assert.match(notFound.message, /no-such-model-xyz/);
  assert.ok(notFound.headers?.get('x-request-id'), 'the error response has no x-request-id');

  const noMax = await expectError(
    () => client.messages.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }] }),
    BadRequestError,
  );
  assert.equal(noMax.error?.error?.type, 'invalid_request_error');
  assert.match(noMax.message, /max_tokens/);

  const upstream400 = await expectError(
    () => client.messages.create({ model: 'upstream-400', max_tokens: 8, messages: [{ role: 'user', content: 'hi' }] }),
    BadRequestError,
  );
  assert.equal(upstream400.status, 400);

  const server = await expectError(
    () => client.messages.create({ model: 'always-500', max_tokens: 8, messages: [{ role: 'user', content: 'hi' }] }),
    InternalServerError,
  );
  assert.ok(server.status >= 500, String(server.status));
  assert.equal(server.error?.error?.type, 'api_error');

  // Streaming: the error comes before any event, as an exception.
  await expectError(
    () => client.messages.stream({ model: 'no-such-model-xyz', max_tokens: 8, messages: [{ role: 'user', content: 'hi' }] }).finalMessage(),
    NotFoundError,
  );
  assert.equal((await stack.upstream.requests()).filter((r) => !r.body.includes('error-')).length, 0);
});

test('errors: a rate limit and a key the gateway refuses', async () => {
  const base = gatewayConfig({ upstreamURL: stack.upstream.url });
  const env = { FAKE_UPSTREAM_KEY: stack.upstreamKey };
  // An upstream's 429 (retried once, then passed on): RateLimitError.
  const limited = await startGateway({
    configText: base.replace(
      'models:\n',
      'models:\n  - alias: rate-limited\n    deployments:\n      - { provider: fake, model: error-429, side: cloud }\n',
    ),
    env,
  });
  try {
    const c = new Anthropic({ baseURL: limited.url, apiKey: 'sk-ant-e2e-dummy', maxRetries: 0 });
    const err = await expectError(
      () => c.messages.create({ model: 'rate-limited', max_tokens: 8, messages: [{ role: 'user', content: 'hi' }] }),
      RateLimitError,
    );
    assert.equal(err.status, 429);
    assert.equal(err.error?.error?.type, 'rate_limit_error');
  } finally {
    await limited.stop();
  }
  // keys.required: a provider's key in x-api-key is not a virtual key: 401.
  const strict = await startGateway({ configText: base + 'keys:\n  required: true\n', env });
  try {
    const c = new Anthropic({ baseURL: strict.url, apiKey: 'sk-ant-not-a-virtual-key', maxRetries: 0 });
    const err = await expectError(
      () => c.messages.create({ model: 'gpt-4o-mini', max_tokens: 8, messages: [{ role: 'user', content: 'hi' }] }),
      AuthenticationError,
    );
    assert.equal(err.status, 401);
    assert.equal(err.error?.error?.type, 'authentication_error');
  } finally {
    await strict.stop();
  }
});

test('the in-process engine answers the Anthropic SDK, whole and streamed', async (t) => {
  const model = await makeTinyModel();
  if (!model) return t.skip('this build has no in-process engine');
  const gw = await startGateway({
    configText: localEngineConfig({ modelFile: model.file, writtenBy: 'anthropic.test.mjs', alias: 'local-tiny' }),
  });
  try {
    const local = new Anthropic({ baseURL: gw.url, apiKey: 'sk-ant-e2e-dummy', maxRetries: 0 });
    const msg = await local.messages.create({
      model: 'local-tiny',
      max_tokens: 6,
      messages: [{ role: 'user', content: 'hello' }],
    });
    assert.equal(msg.type, 'message');
    assert.equal(msg.model, 'tiny-llama');
    assert.ok(msg.usage.output_tokens >= 1 && msg.usage.output_tokens <= 6, JSON.stringify(msg.usage));
    assert.ok(['end_turn', 'max_tokens'].includes(msg.stop_reason), msg.stop_reason);

    const streamed = await local.messages
      .stream({ model: 'local-tiny', max_tokens: 6, messages: [{ role: 'user', content: 'count' }] })
      .finalMessage();
    assert.ok(['end_turn', 'max_tokens'].includes(streamed.stop_reason), streamed.stop_reason);
    assert.ok(streamed.usage.output_tokens >= 1, JSON.stringify(streamed.usage));

    // count_tokens with the model's own tokenizer and chat template: more
    // text is more tokens, and the count is what the engine reads.
    const short = await local.messages.countTokens({ model: 'local-tiny', messages: [{ role: 'user', content: 'hello' }] });
    const long = await local.messages.countTokens({
      model: 'local-tiny',
      messages: [{ role: 'user', content: 'hello '.repeat(40) }],
    });
    assert.ok(long.input_tokens > short.input_tokens + 30, `${short.input_tokens} vs ${long.input_tokens}`);
    const asked = await local.messages.create({ model: 'local-tiny', max_tokens: 1, messages: [{ role: 'user', content: 'hello' }] });
    assert.equal(asked.usage.input_tokens + (asked.usage.cache_read_input_tokens ?? 0), short.input_tokens);
  } finally {
    await gw.stop();
    await model.remove();
  }
});
