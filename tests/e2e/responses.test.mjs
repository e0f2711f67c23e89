// OpenAI's Responses API (POST /v1/responses, the stateless subset) through
// the gateway with the official `openai` client: client.responses.create
// whole and streamed (the SDK's own event parser and output_text), function
// calls both ways, the stateless refusals as the SDK's BadRequestError, a
// failure mid-stream (`error`, then `response.failed`, as OpenAI's API ends
// a stream), and the in-process engine answering the same client.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import OpenAI from 'openai';
import { localEngineConfig, makeTinyModel, startGateway, startStack } from './harness.mjs';

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

const weatherTool = {
  type: 'function',
  name: 'get_weather',
  description: 'The weather in a city',
  parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
  strict: false,
};

test('responses.create: a Response object, output_text, usage', async () => {
  await stack.upstream.reset();
  const { data, response } = await client.responses
    .create({
      model: 'gpt-4o-mini',
      instructions: 'You are a terse assistant.',
      input: 'What is the capital of France?',
      max_output_tokens: 64,
      metadata: { ticket: 'T-7' },
    })
    .withResponse();
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('x-switchyard-side'), 'cloud');
  assert.equal(data.object, 'response');
  assert.match(data.id, /^resp_/);
  assert.equal(data.status, 'completed');
  assert.equal(data.instructions, 'You are a terse assistant.');
  assert.deepEqual(data.metadata, { ticket: 'T-7' });
  assert.equal(data.output_text, 'echo: What is the capital of France?');
  assert.equal(data.output[0].type, 'message');
  assert.equal(data.output[0].content[0].type, 'output_text');
  assert.ok(data.usage.input_tokens > 0 && data.usage.output_tokens > 0, JSON.stringify(data.usage));
  assert.equal(data.usage.total_tokens, data.usage.input_tokens + data.usage.output_tokens);

  // The upstream was spoken to in Chat Completions.
  const seen = await stack.upstream.requests();
  assert.equal(seen.length, 1);
  assert.equal(seen[0].path, '/v1/chat/completions');
  const body = JSON.parse(seen[0].body);
  assert.deepEqual(body.messages, [
    { role: 'system', content: 'You are a terse assistant.' },
    { role: 'user', content: 'What is the capital of France?' },
  ]);
  assert.equal(body.max_completion_tokens, 64);
});

test('responses.create with stream: the SDK reads the semantic events', async () => {
  const stream = await client.responses.create({ model: 'gpt-4o-mini', input: 'stream this please', stream: true });
  const types = [];
  let text = '';
  let completed;
  let sequence = 0;
  for await (const event of stream) {
    assert.equal(event.sequence_number, sequence++, JSON.stringify(event));
    if (types.at(-1) !== event.type) types.push(event.type);
    if (event.type === 'response.output_text.delta') text += event.delta;
    if (event.type === 'response.completed') completed = event.response;
  }
  assert.deepEqual(types, [
    'response.created',
    'response.in_progress',
    'response.output_item.added',
    'response.content_part.added',
    'response.output_text.delta',
    'response.output_text.done',
    'response.content_part.done',
    'response.output_item.done',
    'response.completed',
  ]);
  assert.equal(text, 'echo: stream this please');
  assert.equal(completed.status, 'completed');
  assert.equal(completed.output[0].content[0].text, text);
  assert.ok(completed.usage.output_tokens > 0, JSON.stringify(completed.usage));

  // The SDK's stream helper assembles the same Response.
  const final = await client.responses.stream({ model: 'gpt-4o-mini', input: 'helper too' }).finalResponse();
  assert.equal(final.output_text, 'echo: helper too');
});

test('function calls: the model calls, the output goes back', async () => {
  const first = await client.responses.create({
    model: 'gpt-4o-mini',
    input: [{ role: 'user', content: 'Weather in Paris?' }],
    tools: [weatherTool],
    tool_choice: 'required',
  });
  const call = first.output.find((item) => item.type === 'function_call');
  assert.ok(call, JSON.stringify(first.output));
  assert.equal(call.name, 'get_weather');
  assert.ok(call.call_id.length > 0);
  JSON.parse(call.arguments);

  // Streamed, the arguments arrive as deltas that add up to the done event's.
  const stream = await client.responses.create({
    model: 'gpt-4o-mini',
    input: 'Weather in Paris?',
    tools: [weatherTool],
    tool_choice: { type: 'function', name: 'get_weather' },
    stream: true,
  });
  let args = '';
  let done;
  for await (const event of stream) {
    if (event.type === 'response.function_call_arguments.delta') args += event.delta;
    if (event.type === 'response.function_call_arguments.done') done = event;
  }
  assert.ok(done, 'no function_call_arguments.done event');
  assert.equal(done.arguments, args);

  await stack.upstream.reset();
  const second = await client.responses.create({
    model: 'gpt-4o-mini',
    input: [
      { role: 'user', content: 'Weather in Paris?' },
      { type: 'function_call', call_id: call.call_id, name: call.name, arguments: call.arguments },
      { type: 'function_call_output', call_id: call.call_id, output: 'sunny, 21C' },
    ],
    tools: [weatherTool],
  });
  assert.equal(second.status, 'completed');
  const sent = JSON.parse((await stack.upstream.requests())[0].body);
  assert.equal(sent.messages[1].role, 'assistant');
  assert.equal(sent.messages[1].tool_calls[0].id, call.call_id);
  assert.deepEqual(sent.messages[2], { role: 'tool', content: 'sunny, 21C', tool_call_id: call.call_id });
});

test('what needs a stored response is refused as a BadRequestError naming the param', async () => {
  await stack.upstream.reset();
  for (const [params, param] of [
    [{ previous_response_id: 'resp_123' }, 'previous_response_id'],
    [{ background: true }, 'background'],
    [{ tools: [{ type: 'web_search' }] }, 'tools[0].type'],
  ]) {
    const err = await client.responses.create({ model: 'gpt-4o-mini', input: 'hi', ...params }).then(
      () => assert.fail(`accepted ${JSON.stringify(params)}`),
      (e) => e,
    );
    assert.ok(err instanceof OpenAI.BadRequestError, String(err));
    assert.equal(err.status, 400);
    assert.equal(err.param, param);
    assert.equal(err.type, 'invalid_request_error');
  }
  assert.equal((await stack.upstream.requests()).length, 0);
});

test('a failure mid-stream: the SDK throws the upstream error; the wire ends with response.failed', async () => {
  // The SDK's own stream: the events before the cut, then an APIError at
  // the `error` event, as with OpenAI's API.
  const stream = await client.responses.create({ model: 'cut-stream', input: 'one two three four five', stream: true });
  const types = [];
  const err = await (async () => {
    for await (const event of stream) types.push(event.type);
  })().then(
    () => assert.fail(`the stream ended without an error: ${types}`),
    (e) => e,
  );
  assert.ok(err instanceof OpenAI.APIError, String(err));
  assert.ok(err.message.length > 0);
  assert.equal(types[0], 'response.created');
  assert.ok(types.includes('response.output_text.delta'), String(types));
  assert.ok(!types.includes('response.completed'), String(types));

  // responses.stream's finalResponse rejects the same way.
  const runner = client.responses.stream({ model: 'cut-stream', input: 'one two three four five' });
  await assert.rejects(runner.finalResponse(), (e) => e instanceof OpenAI.APIError);

  // On the wire: `error`, then `response.failed` with the Response and its error, then the end.
  const r = await fetch(`${stack.gateway.baseURL}/responses`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer sk-client-e2e' },
    body: JSON.stringify({ model: 'cut-stream', input: 'one two three four five', stream: true }),
  });
  assert.equal(r.status, 200);
  const events = (await r.text())
    .split('\n\n')
    .filter((e) => e.startsWith('event: '))
    .map((e) => JSON.parse(e.slice(e.indexOf('\ndata: ') + 7)));
  const [error, failed] = events.slice(-2);
  assert.equal(error.type, 'error');
  assert.equal(typeof error.error.message, 'string');
  assert.equal(failed.type, 'response.failed');
  assert.equal(failed.response.status, 'failed');
  assert.deepEqual(failed.response.error, { code: 'server_error', message: error.error.message });
  assert.equal(failed.response.id, events[0].response.id);
  assert.equal(failed.sequence_number, events.length - 1);
});

test('the in-process engine answers responses.create, whole and streamed', async (t) => {
  const model = await makeTinyModel();
  if (!model) return t.skip('this build has no in-process engine');
  const gw = await startGateway({
    configText: localEngineConfig({ modelFile: model.file, writtenBy: 'responses.test.mjs', alias: 'local-tiny' }),
  });
  try {
    const local = new OpenAI({ baseURL: gw.baseURL, apiKey: 'sk-e2e-dummy', maxRetries: 0 });
    const res = await local.responses.create({ model: 'local-tiny', input: 'hello', max_output_tokens: 6 });
    assert.equal(res.object, 'response');
    assert.equal(res.model, 'tiny-llama');
    assert.ok(['completed', 'incomplete'].includes(res.status), res.status);
    if (res.status === 'incomplete') assert.equal(res.incomplete_details.reason, 'max_output_tokens');
    assert.ok(res.usage.output_tokens >= 1 && res.usage.output_tokens <= 6, JSON.stringify(res.usage));

    const final = await local.responses
      .stream({ model: 'local-tiny', input: 'count', max_output_tokens: 6 })
      .finalResponse();
    assert.ok(['completed', 'incomplete'].includes(final.status), final.status);
    assert.ok(final.usage.output_tokens >= 1, JSON.stringify(final.usage));
  } finally {
    await gw.stop();
    await model.remove();
  }
});
