// Chat Completions through the gateway with the official `openai` client:
// plain answers, streamed answers with usage, tool calls, and the
// x-switchyard-* headers that say where each request went.
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

function assertRoutingHeaders(headers, { deployment, side }) {
  const requestId = headers.get('x-request-id');
  assert.ok(requestId && requestId.length > 0, 'x-request-id is missing or empty');
  assert.equal(headers.get('x-switchyard-deployment'), deployment);
  assert.equal(headers.get('x-switchyard-side'), side);
  const reason = headers.get('x-switchyard-route-reason');
  assert.ok(reason && reason.length > 0, 'x-switchyard-route-reason is missing or empty');
  return requestId;
}

test('non-streaming chat: content, usage and routing headers', async () => {
  const { data, response, request_id } = await client.chat.completions
    .create({
      model: 'gpt-4o-mini',
      messages: [
        { role: 'system', content: 'You are a terse assistant.' },
        { role: 'user', content: 'What is the capital of France?' },
      ],
      temperature: 0,
      max_tokens: 64,
    })
    .withResponse();

  assert.equal(response.status, 200);
  assert.equal(data.object, 'chat.completion');
  assert.equal(data.model.length > 0, true, 'model is empty');
  assert.equal(data.choices.length, 1);
  assert.equal(data.choices[0].index, 0);
  assert.equal(data.choices[0].message.role, 'assistant');
  assert.equal(data.choices[0].message.content, 'echo: What is the capital of France?');
  assert.equal(data.choices[0].finish_reason, 'stop');
  assert.ok(data.usage, 'usage is missing');
  assert.ok(data.usage.prompt_tokens > 0, 'prompt_tokens should be > 0');
  assert.ok(data.usage.completion_tokens > 0, 'completion_tokens should be > 0');
  assert.equal(data.usage.total_tokens, data.usage.prompt_tokens + data.usage.completion_tokens);

  const requestId = assertRoutingHeaders(response.headers, { deployment: 'fake-gpt-4o-mini', side: 'cloud' });
  // The SDK exposes x-request-id as the request id, the value users quote in bug reports.
  assert.equal(request_id, requestId);
});

test('the upstream receives the upstream model name and the client messages', async () => {
  await stack.upstream.reset();
  await client.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: 'forwarded?' }],
  });
  const seen = await stack.upstream.requests();
  assert.equal(seen.length, 1, `expected one upstream request, got ${JSON.stringify(seen)}`);
  assert.equal(seen[0].path, '/v1/chat/completions');
  const body = JSON.parse(seen[0].body);
  assert.equal(body.model, 'gpt-4o-mini');
  assert.equal(body.messages.at(-1).role, 'user');
  assert.equal(body.messages.at(-1).content, 'forwarded?');
  assert.notEqual(body.stream, true);
});

test('fields the gateway does not model reach the upstream unchanged, nested ones too', async () => {
  await stack.upstream.reset();
  const stream = await client.chat.completions.create({
    model: 'gpt-4o-mini',
    stream: true,
    stream_options: { include_usage: true, include_obfuscation: false },
    messages: [
      { role: 'user', content: [{ type: 'text', text: 'Hi', cache_control: { type: 'ephemeral' } }] },
      { role: 'assistant', content: [{ type: 'refusal', refusal: 'I cannot.' }], reasoning_content: 'hmm' },
      { role: 'user', content: 'Try again.' },
    ],
    tools: [{ type: 'function', function: { name: 'f', parameters: { type: 'object' }, 'x-priority': 1.5 } }],
    tool_choice: { type: 'function', function: { name: 'f' }, 'x-hint': 'now' },
    response_format: { type: 'json_schema', json_schema: { name: 'n', schema: { maximum: 2.5 } }, 'x-mode': 'lax' },
  });
  for await (const _ of stream) { /* drain */ }
  const seen = await stack.upstream.requests();
  assert.equal(seen.length, 1);
  const body = JSON.parse(seen[0].body);
  assert.deepEqual(body.messages[0].content[0].cache_control, { type: 'ephemeral' });
  assert.deepEqual(body.messages[1].content, [{ type: 'refusal', refusal: 'I cannot.' }]);
  assert.equal(body.messages[1].reasoning_content, 'hmm');
  assert.equal(body.stream_options.include_obfuscation, false);
  assert.equal(body.tools[0].function['x-priority'], 1.5);
  assert.equal(body.tool_choice['x-hint'], 'now');
  assert.equal(body.response_format['x-mode'], 'lax');
  assert.deepEqual(body.response_format.json_schema, { name: 'n', schema: { maximum: 2.5 } });
});

test('every response gets its own x-request-id', async () => {
  const ids = new Set();
  for (let i = 0; i < 3; i++) {
    const { response } = await client.chat.completions
      .create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: `hello ${i}` }] })
      .withResponse();
    ids.add(response.headers.get('x-request-id'));
  }
  assert.equal(ids.size, 3, `x-request-id values repeat: ${[...ids].join(', ')}`);
});

test('streaming chat with include_usage: assembled content and final usage', async () => {
  const { data: stream, response } = await client.chat.completions
    .create({
      model: 'gpt-4o-mini',
      messages: [
        { role: 'system', content: 'You are a terse assistant.' },
        { role: 'user', content: 'Stream these five words please' },
      ],
      stream: true,
      stream_options: { include_usage: true },
    })
    .withResponse();

  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type') ?? '', /^text\/event-stream/);
  assertRoutingHeaders(response.headers, { deployment: 'fake-gpt-4o-mini', side: 'cloud' });

  let content = '';
  let role;
  let finishReason;
  let usage;
  let chunks = 0;
  const ids = new Set();
  for await (const chunk of stream) {
    chunks++;
    assert.equal(chunk.object, 'chat.completion.chunk');
    ids.add(chunk.id);
    if (chunk.usage) {
      assert.equal(usage, undefined, 'usage arrived twice');
      usage = chunk.usage;
      assert.deepEqual(chunk.choices, [], 'the usage chunk must have an empty choices array');
      continue;
    }
    assert.equal(usage, undefined, 'a content chunk came after the usage chunk');
    const choice = chunk.choices[0];
    assert.ok(choice, 'chunk without choices before the usage chunk');
    if (choice.delta.role) role = choice.delta.role;
    if (choice.delta.content) content += choice.delta.content;
    if (choice.finish_reason) finishReason = choice.finish_reason;
  }

  assert.ok(chunks >= 4, `expected several chunks, got ${chunks}`);
  assert.equal(ids.size, 1, 'all chunks of one completion share one id');
  assert.equal(role, 'assistant');
  assert.equal(content, 'echo: Stream these five words please');
  assert.equal(finishReason, 'stop');
  assert.ok(usage, 'no usage chunk although stream_options.include_usage was set');
  assert.ok(usage.prompt_tokens > 0);
  assert.ok(usage.completion_tokens > 0);
  assert.equal(usage.total_tokens, usage.prompt_tokens + usage.completion_tokens);
});

test('streaming without include_usage sends no usage chunk', async () => {
  const stream = await client.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: 'no usage please' }],
    stream: true,
  });
  let content = '';
  for await (const chunk of stream) {
    assert.ok(!chunk.usage, `unexpected usage chunk: ${JSON.stringify(chunk)}`);
    content += chunk.choices[0]?.delta?.content ?? '';
  }
  assert.equal(content, 'echo: no usage please');
});

test('the streaming helper (chat.completions.stream) assembles the final message', async () => {
  const runner = client.chat.completions.stream({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: 'helper stream' }],
    stream_options: { include_usage: true },
  });
  const final = await runner.finalChatCompletion();
  assert.equal(final.choices[0].message.content, 'echo: helper stream');
  assert.equal(final.choices[0].finish_reason, 'stop');
  assert.ok(final.usage && final.usage.total_tokens > 0, 'final completion has no usage');
});

const weatherTool = {
  type: 'function',
  function: {
    name: 'get_weather',
    description: 'Current weather for a city',
    parameters: {
      type: 'object',
      properties: { city: { type: 'string' } },
      required: ['city'],
    },
  },
};

test('tool calls round-trip: the model calls a tool, the tool result goes back', async () => {
  const messages = [{ role: 'user', content: 'What is the weather in Paris?' }];
  const first = await client.chat.completions.create({
    model: 'gpt-4o-mini',
    messages,
    tools: [weatherTool],
    tool_choice: 'required',
  });
  const choice = first.choices[0];
  assert.equal(choice.finish_reason, 'tool_calls');
  assert.ok(Array.isArray(choice.message.tool_calls) && choice.message.tool_calls.length >= 1,
    `expected tool_calls, got ${JSON.stringify(choice.message)}`);
  const call = choice.message.tool_calls[0];
  assert.equal(call.type, 'function');
  assert.equal(call.function.name, 'get_weather');
  assert.ok(call.id && call.id.length > 0, 'tool call without id');
  assert.doesNotThrow(() => JSON.parse(call.function.arguments), 'tool arguments are not JSON');

  // Second turn: the assistant's tool call and the tool's answer go back up.
  await stack.upstream.reset();
  const second = await client.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [
      ...messages,
      choice.message,
      { role: 'tool', tool_call_id: call.id, content: '{"temperature_c": 21, "sky": "clear"}' },
      { role: 'user', content: 'Thanks, summarise it.' },
    ],
    tools: [weatherTool],
  });
  assert.equal(second.choices[0].message.content, 'echo: Thanks, summarise it.');
  assert.equal(second.choices[0].finish_reason, 'stop');

  const seen = await stack.upstream.requests();
  assert.equal(seen.length, 1);
  const sent = JSON.parse(seen[0].body);
  const assistant = sent.messages.find((m) => m.role === 'assistant');
  assert.ok(assistant, 'the assistant message did not reach the upstream');
  assert.equal(assistant.tool_calls?.[0]?.id, call.id);
  assert.equal(assistant.tool_calls[0].function.name, 'get_weather');
  assert.equal(assistant.tool_calls[0].function.arguments, call.function.arguments);
  const tool = sent.messages.find((m) => m.role === 'tool');
  assert.ok(tool, 'the tool message did not reach the upstream');
  assert.equal(tool.tool_call_id, call.id);
  assert.equal(tool.content, '{"temperature_c": 21, "sky": "clear"}');
  assert.equal(sent.tools?.[0]?.function?.name, 'get_weather');
  assert.deepEqual(sent.tools[0].function.parameters, weatherTool.function.parameters);
});

test('a streamed tool call assembles into name and JSON arguments', async () => {
  const runner = client.chat.completions.stream({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: 'Weather in Oslo?' }],
    tools: [weatherTool],
    tool_choice: { type: 'function', function: { name: 'get_weather' } },
  });
  const final = await runner.finalChatCompletion();
  const call = final.choices[0].message.tool_calls?.[0];
  assert.ok(call, `no tool call in ${JSON.stringify(final.choices[0])}`);
  assert.equal(call.function.name, 'get_weather');
  assert.doesNotThrow(() => JSON.parse(call.function.arguments));
  assert.equal(final.choices[0].finish_reason, 'tool_calls');
});
