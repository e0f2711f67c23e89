// LangChain.js (`@langchain/openai`) against the gateway's OpenAI dialect:
// ChatOpenAI invoke and stream, bindTools with a zod schema, OpenAIEmbeddings,
// and the errors LangChain raises for the gateway's answers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ChatOpenAI, OpenAIEmbeddings } from '@langchain/openai';
import { AIMessage, HumanMessage, SystemMessage, ToolMessage } from '@langchain/core/messages';
import OpenAI from 'openai';
import { z } from 'zod';
import { gatewayConfig, startFakeUpstream, startGateway } from './harness.mjs';
import { failingModelsEnv, withFailingModels } from './failing-models.mjs';

let stack;

before(async () => {
  const upstream = await startFakeUpstream();
  try {
    const gateway = await startGateway({
      configText: withFailingModels(gatewayConfig({ upstreamURL: upstream.url }), upstream.url).replace(
        'routing:',
        // Named like a reasoning model: LangChain then writes `developer`
        // messages and `max_completion_tokens`.
        `  - alias: o4-mini
    deployments:
      - { provider: fake, model: gpt-4o-mini, side: cloud, name: reasoning-alias }
routing:`,
      ),
      env: { FAKE_UPSTREAM_KEY: 'sk-e2e-upstream-langchain', ...failingModelsEnv },
    });
    stack = { upstream, gateway };
  } catch (err) {
    await upstream.stop();
    throw err;
  }
});

after(async () => {
  if (!stack) return;
  try {
    const exit = await stack.gateway.stop();
    assert.deepEqual(exit, { code: 0, signal: null }, `gateway did not exit cleanly\n${stack.gateway.proc.output()}`);
  } finally {
    await stack.upstream.stop();
  }
});

function chat(model = 'gpt-4o-mini', options = {}) {
  return new ChatOpenAI({
    model,
    apiKey: 'sk-client-e2e',
    configuration: { baseURL: stack.gateway.baseURL },
    maxRetries: 0,
    ...options,
  });
}

function embeddings(model = 'gpt-4o-mini', options = {}) {
  return new OpenAIEmbeddings({
    model,
    apiKey: 'sk-client-e2e',
    configuration: { baseURL: stack.gateway.baseURL },
    maxRetries: 0,
    ...options,
  });
}

test('ChatOpenAI.invoke: content, usage_metadata, finish reason', async () => {
  const message = await chat().invoke([
    new SystemMessage('You are a terse assistant.'),
    new HumanMessage('What is the capital of France?'),
  ]);
  assert.equal(message.content, 'echo: What is the capital of France?');
  assert.equal(message.response_metadata.finish_reason, 'stop');
  assert.ok(message.response_metadata.model_name, 'model_name missing');
  const u = message.usage_metadata;
  assert.ok(u, 'usage_metadata missing');
  assert.ok(u.input_tokens > 0 && u.output_tokens > 0, JSON.stringify(u));
  assert.equal(u.total_tokens, u.input_tokens + u.output_tokens);
  assert.ok(message.id, 'message id missing');
});

test('ChatOpenAI.stream: chunks concatenate to the answer, usage on the stream', async () => {
  const stream = await chat().stream('one two three four five six seven eight');
  let whole = null;
  let chunks = 0;
  for await (const chunk of stream) {
    chunks += 1;
    whole = whole ? whole.concat(chunk) : chunk;
  }
  assert.ok(chunks > 2, `expected several chunks, got ${chunks}`);
  assert.equal(whole.content, 'echo: one two three four five six seven eight');
  assert.equal(whole.response_metadata.finish_reason, 'stop');
  assert.ok(whole.usage_metadata, 'no usage_metadata: the stream carried no usage chunk');
  assert.equal(whole.usage_metadata.output_tokens, 9);
  assert.ok(whole.usage_metadata.input_tokens > 0);
  // The client asked for usage in the stream.
  const sent = JSON.parse((await stack.upstream.requests()).at(-1).body);
  assert.equal(sent.stream, true);
  assert.deepEqual(sent.stream_options, { include_usage: true });
});

test('ChatOpenAI.stream with maxTokens: finish reason length', async () => {
  let whole = null;
  for await (const chunk of await chat('gpt-4o-mini', { maxTokens: 2 }).stream('one two three four')) {
    whole = whole ? whole.concat(chunk) : chunk;
  }
  assert.equal(whole.content, 'echo: one');
  assert.equal(whole.response_metadata.finish_reason, 'length');
  assert.equal(whole.usage_metadata.output_tokens, 2);
});

const repeatTool = {
  name: 'repeat',
  description: 'Repeats what the user said.',
  schema: z.object({ echo: z.string().describe('the text to repeat') }),
};

test('bindTools with a zod schema, tool_choice required: tool_calls parsed', async () => {
  const model = chat().bindTools([repeatTool], { tool_choice: 'required' });
  const message = await model.invoke('repeat after me');
  assert.equal(message.response_metadata.finish_reason, 'tool_calls');
  assert.equal(message.tool_calls.length, 1);
  assert.equal(message.tool_calls[0].name, 'repeat');
  assert.equal(message.tool_calls[0].id, 'call_fake_1');
  assert.deepEqual(message.tool_calls[0].args, { echo: 'repeat after me' });
  assert.deepEqual(message.invalid_tool_calls ?? [], []);
  const body = JSON.parse((await stack.upstream.requests()).at(-1).body);
  assert.equal(body.tools[0].function.name, 'repeat');
  assert.equal(body.tools[0].function.parameters.properties.echo.type, 'string');
});

test('bindTools streamed, tool named by tool_choice: tool_call_chunks assemble', async () => {
  const other = { name: 'other', description: 'Never chosen.', schema: z.object({ n: z.number() }) };
  const model = chat().bindTools([other, repeatTool], { tool_choice: 'repeat' });
  let whole = null;
  for await (const chunk of await model.stream('stream a call')) {
    whole = whole ? whole.concat(chunk) : chunk;
  }
  assert.equal(whole.tool_calls.length, 1);
  assert.equal(whole.tool_calls[0].name, 'repeat');
  assert.deepEqual(whole.tool_calls[0].args, { echo: 'stream a call' });
  assert.equal(whole.response_metadata.finish_reason, 'tool_calls');
  const body = JSON.parse((await stack.upstream.requests()).at(-1).body);
  assert.deepEqual(body.tool_choice, { type: 'function', function: { name: 'repeat' } });
});

test('withStructuredOutput (function calling): a typed object', async () => {
  const model = chat().withStructuredOutput(repeatTool.schema, { name: 'repeat', method: 'functionCalling' });
  const out = await model.invoke('structured please');
  assert.deepEqual(out, { echo: 'structured please' });
});

test('OpenAIEmbeddings: embedQuery and embedDocuments', async () => {
  const e = embeddings();
  const q = await e.embedQuery('sunny day at the beach');
  assert.equal(q.length, 8); // the fake's default size
  assert.ok(Math.abs(Math.hypot(...q) - 1) < 1e-5);
  const docs = await e.embedDocuments(['sunny day at the beach', 'rainy night in the city']);
  assert.equal(docs.length, 2);
  assert.deepEqual(docs[0], q, 'same input, same vector');
  assert.notDeepEqual(docs[1], docs[0]);

  const sized = await embeddings('gpt-4o-mini', { dimensions: 4 }).embedQuery('x');
  assert.equal(sized.length, 4);

  // Many documents in small batches: one upstream call per batch, order kept.
  await stack.upstream.reset();
  const texts = Array.from({ length: 5 }, (_, i) => `document number ${i}`);
  const batched = await embeddings('gpt-4o-mini', { batchSize: 2 }).embedDocuments(texts);
  assert.equal(batched.length, 5);
  assert.deepEqual(batched[3], await e.embedQuery('document number 3'));
  const calls = (await stack.upstream.requests()).filter((r) => r.path === '/v1/embeddings');
  assert.equal(calls.length, 4); // three batches and the query
});

test('unknown model: NotFoundError 404 with the gateway message, MODEL_NOT_FOUND', async () => {
  await assert.rejects(chat('no-such-model-xyz').invoke('hi'), (err) => {
    assert.ok(err instanceof OpenAI.NotFoundError, `got ${err?.constructor?.name}: ${err?.message}`);
    assert.equal(err.status, 404);
    assert.equal(err.code, 'model_not_found');
    assert.match(err.message, /no-such-model-xyz/);
    assert.equal(err.lc_error_code, 'MODEL_NOT_FOUND');
    return true;
  });
  await assert.rejects(
    (async () => {
      for await (const _ of await chat('no-such-model-xyz').stream('hi'));
    })(),
    (err) => {
      assert.equal(err.status, 404);
      assert.match(err.message, /no-such-model-xyz/);
      return true;
    },
  );
  await assert.rejects(embeddings('no-such-model-xyz').embedQuery('hi'), (err) => {
    assert.equal(err.status, 404);
    assert.match(err.message, /no-such-model-xyz/);
    return true;
  });
});

test('upstream failure: an OpenAI APIError with a 5xx status', async () => {
  await assert.rejects(chat('always-500').invoke('hi'), (err) => {
    assert.ok(err instanceof OpenAI.APIError, `got ${err?.constructor?.name}: ${err?.message}`);
    assert.ok(err.status >= 500 && err.status < 600, `status ${err.status}`);
    assert.ok(err.message.length > 0);
    return true;
  });
  await assert.rejects(embeddings('always-500').embedDocuments(['a', 'b']), (err) => {
    assert.ok(err instanceof OpenAI.APIError, `got ${err?.constructor?.name}: ${err?.message}`);
    assert.ok(err.status >= 500, `status ${err.status}`);
    return true;
  });
});

test('a stream cut by the upstream is an error, not a silently short answer', async () => {
  await assert.rejects(async () => {
    for await (const _ of await chat('cut-stream').stream('one two three four five')); // eslint-disable-line no-empty
  });
});

test('a tool round trip: the AIMessage with tool_calls and a ToolMessage go back', async () => {
  const model = chat().bindTools([repeatTool], { tool_choice: 'required' });
  const question = new HumanMessage('look it up');
  const call = await model.invoke([question]);
  assert.equal(call.tool_calls.length, 1);
  const answer = await chat()
    .bindTools([repeatTool])
    .invoke([question, call, new ToolMessage({ tool_call_id: call.tool_calls[0].id, content: '{"found":10}' })]);
  assert.equal(answer.content, 'echo: look it up');
  assert.deepEqual(answer.tool_calls, []);
  const sent = JSON.parse((await stack.upstream.requests()).at(-1).body);
  assert.deepEqual(
    sent.messages.map((m) => m.role),
    ['user', 'assistant', 'tool'],
  );
  assert.equal(sent.messages[1].tool_calls[0].id, 'call_fake_1');
  assert.deepEqual(JSON.parse(sent.messages[1].tool_calls[0].function.arguments), { echo: 'look it up' });
  assert.equal(sent.messages[2].tool_call_id, 'call_fake_1');
  assert.equal(sent.messages[2].content, '{"found":10}');
});

test('streaming callbacks see every token; multi-part content is echoed', async () => {
  // (.stream, not `streaming: true` with invoke: that path counts tokens with
  // tiktoken ranks LangChain downloads at run time, which a machine without
  // internet access waits minutes for.)
  const tokens = [];
  const stream = await chat().stream(
    [
      new HumanMessage({
        content: [
          { type: 'text', text: 'describe' },
          { type: 'image_url', image_url: { url: 'https://example.com/cat.png' } },
        ],
      }),
    ],
    { callbacks: [{ handleLLMNewToken: (token) => tokens.push(token) }] },
  );
  let message = null;
  for await (const chunk of stream) message = message ? message.concat(chunk) : chunk;
  assert.equal(message.content, 'echo: describe');
  assert.equal(tokens.join(''), 'echo: describe');
  assert.ok(tokens.length > 1);
  assert.ok(message.usage_metadata?.output_tokens > 0, 'usage is read from the stream');
  const sent = JSON.parse((await stack.upstream.requests()).at(-1).body);
  assert.deepEqual(sent.messages[0].content[1], { type: 'image_url', image_url: { url: 'https://example.com/cat.png' } });
});

test('a prior AIMessage in the history and stop sequences reach the upstream', async () => {
  const reply = await chat().invoke(
    [new HumanMessage('first'), new AIMessage('echo: first'), new HumanMessage('second')],
    { stop: ['END'] },
  );
  assert.equal(reply.content, 'echo: second');
  const sent = JSON.parse((await stack.upstream.requests()).at(-1).body);
  assert.deepEqual(sent.stop, ['END']);
  assert.equal(sent.messages[1].content, 'echo: first');
});

test('an upstream 429: RateLimitError, MODEL_RATE_LIMIT', async () => {
  await assert.rejects(chat('rate-limited').invoke('hi'), (err) => {
    assert.ok(err instanceof OpenAI.RateLimitError, `got ${err?.constructor?.name}: ${err?.message}`);
    assert.equal(err.status, 429);
    assert.equal(err.lc_error_code, 'MODEL_RATE_LIMIT');
    return true;
  });
});

test("the gateway's cloud key rejected upstream is not reported as the client's bad key", async () => {
  await assert.rejects(chat('bad-upstream-key').invoke('hi'), (err) => {
    assert.notEqual(err.lc_error_code, 'MODEL_AUTHENTICATION', err.message);
    assert.equal(err.status, 502);
    return true;
  });
});

test('a reasoning-model alias: developer role and max_completion_tokens accepted', async () => {
  const message = await chat('o4-mini', { maxTokens: 3, reasoning: { effort: 'low' } }).invoke([
    new SystemMessage('Be brief.'),
    new HumanMessage('one two three four five'),
  ]);
  const body = JSON.parse((await stack.upstream.requests()).at(-1).body);
  assert.equal(body.messages[0].role, 'developer');
  assert.equal(body.max_completion_tokens, 3);
  assert.equal(body.reasoning_effort, 'low');
  assert.equal(message.content, 'echo: one two');
  assert.equal(message.response_metadata.finish_reason, 'length');
});

test('logprobs: true comes back in response_metadata, streamed and not', async () => {
  const model = chat('gpt-4o-mini', { logprobs: true });
  const message = await model.invoke('alpha beta');
  const content = message.response_metadata.logprobs?.content;
  assert.ok(Array.isArray(content) && content.length > 0, JSON.stringify(message.response_metadata));
  assert.equal(content.map((l) => l.token).join(''), message.content);
  let whole = null;
  for await (const chunk of await model.stream('alpha beta')) whole = whole ? whole.concat(chunk) : chunk;
  const streamed = whole.response_metadata.logprobs?.content;
  assert.ok(Array.isArray(streamed) && streamed.length > 0, JSON.stringify(whole.response_metadata));
  assert.equal(streamed.map((l) => l.token).join(''), whole.content);
});
