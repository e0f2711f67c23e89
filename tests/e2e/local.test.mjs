// The in-process llama.cpp engine (provider kind llama) through the gateway,
// with the official `openai` client: a tiny random-weight model, so the tests
// check the shape of answers and streams, usage and headers, not wording.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import OpenAI from 'openai';
import { localEngineConfig, makeTinyModel, startGateway } from './harness.mjs';

let model;
let gateway;
let client;

before(async () => {
  model = await makeTinyModel();
  if (!model) return;
  gateway = await startGateway({
    configText: localEngineConfig({
      modelFile: model.file,
      writtenBy: 'tests/e2e/local.test.mjs',
      contextSize: 1024,
    }),
    env: { OMP_WAIT_POLICY: 'passive' },
  });
  client = new OpenAI({ baseURL: gateway.baseURL, apiKey: 'sk-client-e2e', maxRetries: 0 });
});

after(async () => {
  try {
    if (gateway) {
      const exit = await gateway.stop();
      assert.deepEqual(exit, { code: 0, signal: null }, `gateway did not exit cleanly\n${gateway.proc.output()}`);
    }
  } finally {
    if (model) await model.remove();
  }
});

const messages = [
  { role: 'system', content: 'You are a terse assistant.' },
  { role: 'user', content: 'Say something.' },
];

test('non-streaming chat from the in-process model', async (t) => {
  if (!model) return t.skip('no in-process engine in this build');
  const { data, response } = await client.chat.completions
    .create({ model: 'local-tiny', messages, max_tokens: 6, seed: 7 })
    .withResponse();
  assert.equal(response.headers.get('x-switchyard-side'), 'local');
  assert.equal(response.headers.get('x-switchyard-deployment'), 'engine/tiny-llama');
  assert.match(data.id, /^chatcmpl-/);
  assert.equal(data.object, 'chat.completion');
  assert.equal(data.model, 'tiny-llama');
  assert.equal(data.choices.length, 1);
  assert.equal(data.choices[0].message.role, 'assistant');
  assert.equal(typeof data.choices[0].message.content, 'string');
  assert.ok(['stop', 'length'].includes(data.choices[0].finish_reason));
  assert.ok(data.usage.prompt_tokens > 0);
  assert.ok(data.usage.completion_tokens >= 1 && data.usage.completion_tokens <= 6);
  assert.equal(data.usage.total_tokens, data.usage.prompt_tokens + data.usage.completion_tokens);

  // Same seed, same answer.
  const again = await client.chat.completions.create({ model: 'local-tiny', messages, max_tokens: 6, seed: 7 });
  assert.equal(again.choices[0].message.content, data.choices[0].message.content);
});

test('streaming chat from the in-process model', async (t) => {
  if (!model) return t.skip('no in-process engine in this build');
  const stream = await client.chat.completions.create({
    model: 'local-tiny',
    messages,
    max_tokens: 5,
    seed: 3,
    stream: true,
    stream_options: { include_usage: true },
  });
  let text = '';
  let finish = null;
  let usage = null;
  let first = true;
  for await (const chunk of stream) {
    assert.equal(chunk.object, 'chat.completion.chunk');
    if (chunk.usage) usage = chunk.usage;
    for (const choice of chunk.choices) {
      if (first) assert.equal(choice.delta.role, 'assistant');
      first = false;
      text += choice.delta.content ?? '';
      if (choice.finish_reason) finish = choice.finish_reason;
    }
  }
  assert.equal(finish, 'length');
  assert.ok(usage, 'no usage chunk');
  assert.equal(usage.completion_tokens, 5);
  assert.equal(typeof text, 'string');

  // The same request without streaming gives the same text.
  const whole = await client.chat.completions.create({ model: 'local-tiny', messages, max_tokens: 5, seed: 3 });
  assert.equal(whole.choices[0].message.content, text);
});

test('a prompt longer than the context is a 400 the client can read', async (t) => {
  if (!model) return t.skip('no in-process engine in this build');
  const long = Array.from({ length: 800 }, (_, i) => `word${i}`).join(' ');
  await assert.rejects(
    client.chat.completions.create({ model: 'local-tiny', messages: [{ role: 'user', content: long }] }),
    (err) => {
      assert.equal(err.status, 400);
      assert.equal(err.code, 'context_length_exceeded');
      return true;
    },
  );
});

// Tools whose argument grammars are finite (tests/local/test_tools.hpp), so a
// random-weight model's constrained call ends.
const tools = [
  {
    type: 'function',
    function: {
      name: 'get_weather',
      description: 'Current weather in a city',
      parameters: {
        type: 'object',
        properties: {
          city: { type: 'string', enum: ['Paris', 'Rome'] },
          days: { type: 'integer' },
          units: { type: 'string', maxLength: 6 },
        },
        required: ['city', 'days'],
      },
    },
  },
  {
    type: 'function',
    function: {
      name: 'get_time',
      description: 'The time in a zone',
      parameters: { type: 'object', properties: { utc: { type: 'boolean' } }, required: ['utc'] },
    },
  },
];

function assertValidCall(name, args) {
  const parsed = JSON.parse(args);
  if (name === 'get_weather') {
    assert.ok(['Paris', 'Rome'].includes(parsed.city), args);
    assert.ok(Number.isInteger(parsed.days), args);
    for (const key of Object.keys(parsed)) assert.ok(['city', 'days', 'units'].includes(key), args);
  } else {
    assert.equal(name, 'get_time');
    assert.equal(typeof parsed.utc, 'boolean', args);
  }
}

const weather = [{ role: 'user', content: 'What is the weather in Paris?' }];

test('tool_choice required: the local model answers with a tool call', async (t) => {
  if (!model) return t.skip('no in-process engine in this build');
  const data = await client.chat.completions.create({
    model: 'local-tiny',
    messages: weather,
    tools,
    tool_choice: 'required',
    parallel_tool_calls: false,
    max_tokens: 200,
    seed: 3,
  });
  const choice = data.choices[0];
  assert.equal(choice.finish_reason, 'tool_calls');
  assert.equal(choice.message.content, null);
  assert.equal(choice.message.tool_calls.length, 1);
  const call = choice.message.tool_calls[0];
  assert.match(call.id, /^call_[0-9A-Za-z]{24}$/);
  assert.equal(call.type, 'function');
  assertValidCall(call.function.name, call.function.arguments);

  // The call and its result go back in the history; the answer may be anything.
  const next = await client.chat.completions.create({
    model: 'local-tiny',
    messages: [
      ...weather,
      choice.message,
      { role: 'tool', tool_call_id: call.id, content: '{"temp_c": 21}' },
    ],
    tools,
    tool_choice: 'none',
    max_tokens: 4,
    seed: 3,
  });
  assert.equal(typeof next.choices[0].message.content, 'string');
});

test('a named tool_choice streams as tool-call deltas', async (t) => {
  if (!model) return t.skip('no in-process engine in this build');
  const stream = await client.chat.completions.create({
    model: 'local-tiny',
    messages: weather,
    tools,
    tool_choice: { type: 'function', function: { name: 'get_weather' } },
    max_tokens: 200,
    seed: 4,
    stream: true,
  });
  let id = null;
  let name = null;
  let args = '';
  let finish = null;
  for await (const chunk of stream) {
    for (const choice of chunk.choices) {
      assert.ok(!choice.delta.content, `content streamed: ${choice.delta.content}`);
      for (const tc of choice.delta.tool_calls ?? []) {
        assert.equal(tc.index, 0);
        if (tc.id) {
          assert.equal(id, null, 'a second id');
          id = tc.id;
          name = tc.function.name;
        }
        args += tc.function?.arguments ?? '';
      }
      if (choice.finish_reason) finish = choice.finish_reason;
    }
  }
  assert.match(id, /^call_/);
  assert.equal(name, 'get_weather');
  assert.equal(finish, 'tool_calls');
  assertValidCall(name, args);
});
