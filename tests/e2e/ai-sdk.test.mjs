// The Vercel AI SDK (`ai` with `@ai-sdk/openai`) against the gateway's OpenAI
// dialect: generateText, streamText, tools with a zod schema, embed and
// embedMany, errors and the x-switchyard-* headers. `openai.chat(...)` is the
// Chat Completions model (the provider's default `openai(...)` speaks the
// Responses API, which the gateway does not serve).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { APICallError, embed, embedMany, generateText, stepCountIs, streamText, tool } from 'ai';
import { createOpenAI } from '@ai-sdk/openai';
import { z } from 'zod';
import { gatewayConfig, startFakeUpstream, startGateway } from './harness.mjs';
import { withFailingModels, failingModelsEnv } from './failing-models.mjs';

let upstream;
let gateway;
let openai;

// The harness's configuration plus a model whose only deployment is on the
// local side (the fake's echo model, as a local server would answer), where
// restricted data may go, a cloud model that streams slowly, and an alias
// named like a reasoning model (the SDK then writes `developer` messages and
// `max_completion_tokens`).
function config(upstreamURL) {
  return withFailingModels(gatewayConfig({ upstreamURL }), upstreamURL).replace(
    'routing:',
    `  - alias: on-prem
    deployments:
      - { provider: fake, model: gpt-4o-mini, side: local, name: on-prem-echo }
  - alias: o4-mini
    deployments:
      - { provider: fake, model: gpt-4o-mini, side: cloud, name: reasoning-alias }
  - alias: slow-stream
    deployments:
      - { provider: fake, model: slow-300, side: cloud, name: slow-stream-upstream }
routing:`,
  );
}

before(async () => {
  upstream = await startFakeUpstream();
  try {
    gateway = await startGateway({ configText: config(upstream.url), env: { FAKE_UPSTREAM_KEY: 'sk-e2e-upstream-ai-sdk', ...failingModelsEnv } });
  } catch (err) {
    await upstream.stop();
    throw err;
  }
  openai = createOpenAI({ baseURL: gateway.baseURL, apiKey: 'sk-client-e2e' });
});

after(async () => {
  try {
    if (gateway) {
      const exit = await gateway.stop();
      assert.deepEqual(exit, { code: 0, signal: null }, `gateway did not exit cleanly\n${gateway.proc.output()}`);
    }
  } finally {
    if (upstream) await upstream.stop();
  }
});

test('generateText: text, finish reason, usage and routing headers', async () => {
  const result = await generateText({
    model: openai.chat('gpt-4o-mini'),
    system: 'You are a terse assistant.',
    prompt: 'What is the capital of France?',
    maxRetries: 0,
  });
  assert.equal(result.text, 'echo: What is the capital of France?');
  assert.equal(result.finishReason, 'stop');
  assert.ok(result.usage.inputTokens > 0, `inputTokens: ${result.usage.inputTokens}`);
  assert.ok(result.usage.outputTokens > 0, `outputTokens: ${result.usage.outputTokens}`);
  assert.equal(result.usage.totalTokens, result.usage.inputTokens + result.usage.outputTokens);
  const h = result.response.headers;
  assert.ok(h['x-request-id'], 'x-request-id missing');
  assert.equal(h['x-switchyard-deployment'], 'fake-gpt-4o-mini');
  assert.equal(h['x-switchyard-side'], 'cloud');
  assert.equal(h['x-switchyard-data-class'], 'public');
  assert.ok(result.response.id, 'response id missing');
  assert.ok(result.response.modelId, 'response model missing');
});

test('streamText: text assembled from the deltas, usage, finish reason, headers', async () => {
  const result = streamText({
    model: openai.chat('gpt-4o-mini'),
    prompt: 'one two three four five six seven eight',
    maxRetries: 0,
    onError: () => {}, // errors surface through the awaited promises below
  });
  const parts = [];
  for await (const delta of result.textStream) parts.push(delta);
  assert.ok(parts.length > 1, `expected several deltas, got ${JSON.stringify(parts)}`);
  assert.equal(parts.join(''), 'echo: one two three four five six seven eight');
  assert.equal(await result.text, 'echo: one two three four five six seven eight');
  assert.equal(await result.finishReason, 'stop');
  const usage = await result.usage;
  assert.ok(usage.inputTokens > 0, `inputTokens: ${usage.inputTokens}`);
  assert.equal(usage.outputTokens, 9);
  const response = await result.response;
  assert.equal(response.headers['content-type']?.startsWith('text/event-stream'), true);
  assert.equal(response.headers['x-switchyard-side'], 'cloud');
});

test('streamText with maxOutputTokens: cut answer, finish reason length', async () => {
  const result = streamText({
    model: openai.chat('gpt-4o-mini'),
    prompt: 'one two three four five six',
    maxOutputTokens: 3,
    maxRetries: 0,
    onError: () => {},
  });
  assert.equal(await result.text, 'echo: one two');
  assert.equal(await result.finishReason, 'length');
  assert.equal((await result.usage).outputTokens, 3);
});

const echoTool = tool({
  description: 'Repeats what the user said.',
  inputSchema: z.object({ echo: z.string().describe('the text to repeat') }),
});

test('generateText with a zod tool, toolChoice required: a parsed tool call', async () => {
  const result = await generateText({
    model: openai.chat('gpt-4o-mini'),
    prompt: 'repeat after me',
    tools: { repeat: echoTool },
    toolChoice: 'required',
    maxRetries: 0,
  });
  assert.equal(result.finishReason, 'tool-calls');
  assert.equal(result.toolCalls.length, 1);
  assert.equal(result.toolCalls[0].toolName, 'repeat');
  assert.equal(result.toolCalls[0].toolCallId, 'call_fake_1');
  assert.deepEqual(result.toolCalls[0].input, { echo: 'repeat after me' });
  // The request carried the tool as an OpenAI function with the zod schema as JSON Schema.
  const sent = (await upstream.requests()).at(-1);
  const body = JSON.parse(sent.body);
  assert.equal(body.tools[0].type, 'function');
  assert.equal(body.tools[0].function.name, 'repeat');
  assert.equal(body.tools[0].function.parameters.properties.echo.type, 'string');
  assert.equal(body.tool_choice, 'required');
});

test('streamText with a named tool and execute: streamed call, arguments assembled, tool run', async () => {
  let ran = null;
  const result = streamText({
    model: openai.chat('gpt-4o-mini'),
    prompt: 'stream a call',
    tools: {
      other: tool({ description: 'Never chosen.', inputSchema: z.object({ n: z.number() }) }),
      repeat: tool({
        ...echoTool,
        execute: async (input) => {
          ran = input;
          return input.echo.toUpperCase();
        },
      }),
    },
    toolChoice: { type: 'tool', toolName: 'repeat' },
    maxRetries: 0,
    onError: () => {},
  });
  const kinds = new Set();
  for await (const part of result.fullStream) kinds.add(part.type);
  assert.ok(kinds.has('tool-input-delta'), `no streamed tool input: ${[...kinds]}`);
  const calls = await result.toolCalls;
  assert.equal(calls.length, 1);
  assert.equal(calls[0].toolName, 'repeat');
  assert.deepEqual(calls[0].input, { echo: 'stream a call' });
  assert.deepEqual(ran, { echo: 'stream a call' });
  const results = await result.toolResults;
  assert.equal(results[0].output, 'STREAM A CALL');
  assert.equal(await result.finishReason, 'tool-calls');
  assert.ok((await result.usage).outputTokens > 0);
});

test('embed and embedMany: vectors, usage, headers', async () => {
  // The gateway serves embeddings under the chat aliases' deployments.
  const one = await embed({ model: openai.embedding('gpt-4o-mini'), value: 'sunny day at the beach', maxRetries: 0 });
  assert.equal(one.embedding.length, 8); // the fake's default size
  const norm = Math.hypot(...one.embedding);
  assert.ok(Math.abs(norm - 1) < 1e-5, `not a unit vector: ${norm}`);
  assert.ok(one.usage.tokens > 0);
  assert.equal(one.response?.headers?.['x-switchyard-side'], 'cloud');

  const many = await embedMany({
    model: openai.embedding('gpt-4o-mini'),
    values: ['sunny day at the beach', 'rainy night in the city', 'sunny day at the beach'],
    maxRetries: 0,
  });
  assert.equal(many.embeddings.length, 3);
  assert.deepEqual(many.embeddings[0], one.embedding, 'same input, same vector');
  assert.deepEqual(many.embeddings[2], many.embeddings[0]);
  assert.notDeepEqual(many.embeddings[1], many.embeddings[0]);
  assert.ok(many.usage.tokens > 0);

  const sized = await embed({
    model: openai.embedding('gpt-4o-mini'),
    value: 'x',
    providerOptions: { openai: { dimensions: 4 } },
    maxRetries: 0,
  });
  assert.equal(sized.embedding.length, 4);
});

test('unknown model: APICallError 404 with the gateway message', async () => {
  await assert.rejects(
    generateText({ model: openai.chat('no-such-model-xyz'), prompt: 'hi', maxRetries: 0 }),
    (err) => {
      assert.ok(APICallError.isInstance(err), `expected APICallError, got ${err?.constructor?.name}: ${err?.message}`);
      assert.equal(err.statusCode, 404);
      assert.match(err.message, /no-such-model-xyz/);
      assert.equal(err.isRetryable, false);
      assert.equal(JSON.parse(err.responseBody).error.code, 'model_not_found');
      return true;
    },
  );
});

test('unknown model while streaming: the error reaches onError and the stream', async () => {
  const errors = [];
  const result = streamText({
    model: openai.chat('no-such-model-xyz'),
    prompt: 'hi',
    maxRetries: 0,
    onError: ({ error }) => errors.push(error),
  });
  const parts = [];
  for await (const part of result.fullStream) parts.push(part);
  const errorPart = parts.find((p) => p.type === 'error');
  assert.ok(errorPart, `no error part in ${parts.map((p) => p.type)}`);
  assert.ok(APICallError.isInstance(errorPart.error));
  assert.equal(errorPart.error.statusCode, 404);
  assert.match(errorPart.error.message, /no-such-model-xyz/);
  assert.equal(errors.length, 1);
});

test('upstream failure: APICallError with a 5xx status, retryable', async () => {
  await assert.rejects(
    generateText({ model: openai.chat('always-500'), prompt: 'hi', maxRetries: 0 }),
    (err) => {
      assert.ok(APICallError.isInstance(err), `expected APICallError, got ${err?.constructor?.name}: ${err?.message}`);
      assert.ok(err.statusCode >= 500 && err.statusCode < 600, `status ${err.statusCode}`);
      assert.equal(err.isRetryable, true);
      assert.ok(err.message.length > 0);
      return true;
    },
  );
  await assert.rejects(embed({ model: openai.embedding('always-500'), value: 'x', maxRetries: 0 }), (err) => {
    assert.ok(APICallError.isInstance(err));
    assert.ok(err.statusCode >= 500, `status ${err.statusCode}`);
    return true;
  });
});

test('an upstream 400 reaches the client as a 400 APICallError', async () => {
  await assert.rejects(generateText({ model: openai.chat('upstream-400'), prompt: 'hi', maxRetries: 0 }), (err) => {
    assert.ok(APICallError.isInstance(err));
    assert.equal(err.statusCode, 400);
    assert.equal(err.isRetryable, false);
    return true;
  });
});

test('confidential input: redacted upstream, headers say so, answer restored', async () => {
  await upstream.reset();
  const result = await generateText({
    model: openai.chat('gpt-4o-mini'),
    prompt: 'Write to jane.doe@example.com today',
    maxRetries: 0,
  });
  assert.equal(result.response.headers['x-switchyard-data-class'], 'confidential');
  assert.equal(result.response.headers['x-switchyard-redacted'], 'true');
  assert.equal(result.response.headers['x-switchyard-side'], 'cloud');
  const sent = await upstream.requests();
  assert.equal(sent.length, 1);
  assert.ok(!sent[0].body.includes('jane.doe@example.com'), 'the address reached the cloud');
  assert.equal(result.text, 'echo: Write to jane.doe@example.com today', 'the placeholder was not restored');

  // Streamed, the placeholder comes back in pieces and is restored all the same.
  const streamed = streamText({
    model: openai.chat('gpt-4o-mini'),
    prompt: 'Mail jane.doe@example.com and john.roe@example.org now',
    maxRetries: 0,
    onError: () => {},
  });
  assert.equal(await streamed.text, 'echo: Mail jane.doe@example.com and john.roe@example.org now');
  const response = await streamed.response;
  assert.equal(response.headers['x-switchyard-data-class'], 'confidential');
  assert.equal(response.headers['x-switchyard-redacted'], 'true');
  assert.ok(!(await upstream.requests()).at(-1).body.includes('john.roe@example.org'));
});

test('restricted input: never sent to the cloud; local side answers; cloud-only model refuses', async () => {
  await upstream.reset();
  const ssn = 'My SSN is 287-65-4321';
  const local = await generateText({ model: openai.chat('on-prem'), prompt: ssn, maxRetries: 0 });
  assert.equal(local.response.headers['x-switchyard-data-class'], 'restricted');
  assert.equal(local.response.headers['x-switchyard-side'], 'local');
  assert.equal(local.response.headers['x-switchyard-deployment'], 'on-prem-echo');
  assert.equal(local.text, `echo: ${ssn}`);

  await assert.rejects(generateText({ model: openai.chat('gpt-4o-mini'), prompt: ssn, maxRetries: 0 }), (err) => {
    assert.ok(APICallError.isInstance(err), `got ${err?.constructor?.name}: ${err?.message}`);
    assert.equal(err.statusCode, 503);
    assert.equal(JSON.parse(err.responseBody).error.code, 'no_permitted_deployment');
    return true;
  });
  const sent = await upstream.requests();
  assert.equal(sent.length, 1, 'only the local deployment was called');
});

test('a tool loop: the tool result goes back and the model answers in a second step', async () => {
  await upstream.reset();
  const result = await generateText({
    model: openai.chat('gpt-4o-mini'),
    prompt: 'look it up',
    tools: { repeat: tool({ ...echoTool, execute: async ({ echo }) => ({ found: echo.length }) }) },
    toolChoice: 'required',
    // The second step may answer in text (the fake calls a tool only when one is required).
    prepareStep: ({ stepNumber }) => (stepNumber > 0 ? { toolChoice: 'auto' } : undefined),
    stopWhen: stepCountIs(3),
    maxRetries: 0,
  });
  assert.equal(result.steps.length, 2);
  assert.equal(result.steps[0].finishReason, 'tool-calls');
  assert.equal(result.text, 'echo: look it up');
  assert.equal(result.finishReason, 'stop');
  assert.ok(result.totalUsage.inputTokens > result.usage.inputTokens, 'total usage sums both steps');
  // The second request carried the assistant's call and the tool's answer.
  const second = JSON.parse((await upstream.requests())[1].body);
  const assistant = second.messages.find((m) => m.role === 'assistant');
  assert.equal(assistant.tool_calls[0].id, 'call_fake_1');
  assert.equal(assistant.tool_calls[0].function.name, 'repeat');
  assert.deepEqual(JSON.parse(assistant.tool_calls[0].function.arguments), { echo: 'look it up' });
  const toolMessage = second.messages.find((m) => m.role === 'tool');
  assert.equal(toolMessage.tool_call_id, 'call_fake_1');
  assert.deepEqual(JSON.parse(toolMessage.content), { found: 10 });
});

test('image parts and provider options reach the upstream as the client sent them', async () => {
  await upstream.reset();
  const result = await generateText({
    model: openai.chat('gpt-4o-mini'),
    messages: [
      {
        role: 'user',
        content: [
          { type: 'text', text: 'describe this' },
          { type: 'image', image: new URL('https://example.com/cat.png') },
        ],
      },
    ],
    temperature: 0.2,
    topP: 0.9,
    seed: 42,
    stopSequences: ['END'],
    providerOptions: { openai: { user: 'user-123', parallelToolCalls: false, logitBias: { 50256: -100 } } },
    maxRetries: 0,
  });
  assert.equal(result.text, 'echo: describe this');
  const body = JSON.parse((await upstream.requests()).at(-1).body);
  assert.deepEqual(body.messages[0].content, [
    { type: 'text', text: 'describe this' },
    { type: 'image_url', image_url: { url: 'https://example.com/cat.png' } },
  ]);
  assert.equal(body.temperature, 0.2);
  assert.equal(body.top_p, 0.9);
  assert.equal(body.seed, 42);
  assert.deepEqual(body.stop, ['END']);
  assert.equal(body.user, 'user-123');
  assert.deepEqual(body.logit_bias, { 50256: -100 });
});

test('the data class asked for in a request header routes to the local side', async () => {
  const result = await generateText({
    model: openai.chat('on-prem'),
    prompt: 'nothing sensitive here',
    headers: { 'x-switchyard-data-class': 'restricted' },
    maxRetries: 0,
  });
  assert.equal(result.response.headers['x-switchyard-data-class'], 'restricted');
  assert.equal(result.response.headers['x-switchyard-side'], 'local');
  await assert.rejects(
    generateText({
      model: openai.chat('gpt-4o-mini'),
      prompt: 'nothing sensitive here',
      headers: { 'x-switchyard-data-class': 'restricted' },
      maxRetries: 0,
    }),
    (err) => APICallError.isInstance(err) && err.statusCode === 503,
  );
});

test('a stream the client aborts ends cleanly and the gateway keeps serving', async () => {
  const controller = new AbortController();
  const result = streamText({
    model: openai.chat('slow-stream'),
    prompt: 'one two three four five six seven eight nine ten',
    abortSignal: controller.signal,
    maxRetries: 0,
    onError: () => {},
  });
  let got = '';
  for await (const part of result.fullStream) {
    if (part.type === 'text-delta') {
      got += part.text;
      controller.abort();
    }
  }
  assert.ok(got.length > 0);
  assert.notEqual(got, 'echo: one two three four five six seven eight nine ten');
  const after = await generateText({ model: openai.chat('gpt-4o-mini'), prompt: 'still here', maxRetries: 0 });
  assert.equal(after.text, 'echo: still here');
});

test("the provider's default model speaks the Responses API: served whole and streamed", async () => {
  const whole = await generateText({ model: openai('gpt-4o-mini'), prompt: 'hi there', maxRetries: 0 });
  assert.equal(whole.text, 'echo: hi there');
  assert.equal(whole.finishReason, 'stop');
  assert.ok(whole.usage.inputTokens > 0, `inputTokens: ${whole.usage.inputTokens}`);
  assert.equal(whole.response.headers['x-switchyard-deployment'], 'fake-gpt-4o-mini');
  assert.match(whole.response.id, /^resp_/);

  const streamed = streamText({
    model: openai('gpt-4o-mini'),
    prompt: 'one two three four',
    maxRetries: 0,
    onError: () => {},
  });
  const parts = [];
  for await (const delta of streamed.textStream) parts.push(delta);
  assert.ok(parts.length > 1, `expected several deltas, got ${JSON.stringify(parts)}`);
  assert.equal(parts.join(''), 'echo: one two three four');
  assert.equal(await streamed.finishReason, 'stop');
});

test('an upstream 429: APICallError 429, retryable, with the Retry-After the SDK schedules by', async () => {
  await assert.rejects(generateText({ model: openai.chat('rate-limited'), prompt: 'hi', maxRetries: 0 }), (err) => {
    assert.ok(APICallError.isInstance(err));
    assert.equal(err.statusCode, 429);
    assert.equal(err.isRetryable, true);
    assert.equal(err.responseHeaders['retry-after'], '0');
    return true;
  });
});

test("the gateway's cloud key rejected upstream is not the client's 401", async () => {
  await assert.rejects(generateText({ model: openai.chat('bad-upstream-key'), prompt: 'hi', maxRetries: 0 }), (err) => {
    assert.ok(APICallError.isInstance(err));
    assert.equal(err.statusCode, 502, `status ${err.statusCode}: ${err.responseBody}`);
    assert.match(err.message, /bad-upstream-key-deployment/);
    return true;
  });
});

test('a reasoning-model alias: developer role, max_completion_tokens, reasoning_effort accepted', async () => {
  await upstream.reset();
  const result = await generateText({
    model: openai.chat('o4-mini'),
    system: 'Be brief.',
    prompt: 'one two three four five',
    maxOutputTokens: 3,
    providerOptions: { openai: { reasoningEffort: 'low' } },
    maxRetries: 0,
  });
  const body = JSON.parse((await upstream.requests()).at(-1).body);
  assert.equal(body.messages[0].role, 'developer');
  assert.equal(body.max_completion_tokens, 3);
  assert.equal(body.reasoning_effort, 'low');
  assert.equal(result.text, 'echo: one two');
  assert.equal(result.finishReason, 'length');
});

test('logprobs asked for through provider options come back in provider metadata', async () => {
  const result = await generateText({
    model: openai.chat('gpt-4o-mini'),
    prompt: 'alpha beta',
    providerOptions: { openai: { logprobs: 2 } },
    maxRetries: 0,
  });
  const logprobs = result.providerMetadata?.openai?.logprobs;
  assert.ok(Array.isArray(logprobs) && logprobs.length > 0, `no logprobs: ${JSON.stringify(result.providerMetadata)}`);
  assert.equal(logprobs.map((l) => l.token).join(''), result.text);
  const streamed = streamText({
    model: openai.chat('gpt-4o-mini'),
    prompt: 'alpha beta',
    providerOptions: { openai: { logprobs: true } },
    maxRetries: 0,
    onError: () => {},
  });
  await streamed.text;
  const streamedLogprobs = (await streamed.providerMetadata)?.openai?.logprobs;
  assert.ok(Array.isArray(streamedLogprobs) && streamedLogprobs.length > 0, 'no logprobs in the stream');
  assert.equal(streamedLogprobs.map((l) => l.token).join(''), await streamed.text);
});

test('concurrent streams each get their own text and usage', async () => {
  const prompts = Array.from({ length: 8 }, (_, i) => `stream number ${i} ${'word '.repeat(i)}`.trim());
  const results = await Promise.all(
    prompts.map(async (prompt) => {
      const r = streamText({ model: openai.chat('gpt-4o-mini'), prompt, maxRetries: 0, onError: () => {} });
      return { prompt, text: await r.text, usage: await r.usage };
    }),
  );
  for (const { prompt, text, usage } of results) {
    assert.equal(text, `echo: ${prompt}`);
    assert.equal(usage.outputTokens, prompt.split(' ').length + 1);
  }
});
