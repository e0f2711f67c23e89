// The Vercel AI SDK and LangChain.js against the in-process llama.cpp engine
// (a tiny random-weight model, so the answers are noise): plain and streamed
// generation, usage and finish reasons as each client reads them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { generateText, streamText } from 'ai';
import { createOpenAI } from '@ai-sdk/openai';
import { ChatOpenAI } from '@langchain/openai';
import { localEngineConfig, makeTinyModel, startGateway } from './harness.mjs';

let model;
let gateway;

before(async () => {
  model = await makeTinyModel();
  if (!model) return;
  gateway = await startGateway({
    configText: localEngineConfig({
      modelFile: model.file,
      writtenBy: 'tests/e2e/clients-local.test.mjs',
      contextSize: 512,
    }),
    env: { OMP_WAIT_POLICY: 'passive' },
  });
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

test('AI SDK generateText and streamText from the in-process model', async (t) => {
  if (!model) return t.skip('no in-process engine in this build');
  const openai = createOpenAI({ baseURL: gateway.baseURL, apiKey: 'sk-client-e2e' });
  const whole = await generateText({
    model: openai.chat('local-tiny'),
    system: 'You are a terse assistant.',
    prompt: 'Say something.',
    maxOutputTokens: 5,
    seed: 11,
    maxRetries: 0,
  });
  assert.equal(whole.response.headers['x-switchyard-side'], 'local');
  assert.equal(whole.response.headers['x-switchyard-deployment'], 'engine/tiny-llama');
  assert.equal(typeof whole.text, 'string');
  assert.ok(['stop', 'length'].includes(whole.finishReason), whole.finishReason);
  assert.ok(whole.usage.inputTokens > 0);
  assert.ok(whole.usage.outputTokens >= 1 && whole.usage.outputTokens <= 5);

  const streamed = streamText({
    model: openai.chat('local-tiny'),
    system: 'You are a terse assistant.',
    prompt: 'Say something.',
    maxOutputTokens: 5,
    seed: 11,
    maxRetries: 0,
    onError: () => {},
  });
  let text = '';
  for await (const delta of streamed.textStream) text += delta;
  assert.equal(await streamed.finishReason, whole.finishReason);
  // The counts, not the details: the second request reuses the engine's prompt
  // cache, which usage reports as cached input tokens.
  const usage = await streamed.usage;
  assert.equal(usage.inputTokens, whole.usage.inputTokens);
  assert.equal(usage.outputTokens, whole.usage.outputTokens);
  assert.equal(usage.totalTokens, whole.usage.totalTokens);
  // Same seed, same tokens, whether streamed or not.
  assert.equal(text, whole.text);
});

test('LangChain ChatOpenAI invoke and stream from the in-process model', async (t) => {
  if (!model) return t.skip('no in-process engine in this build');
  const chat = new ChatOpenAI({
    model: 'local-tiny',
    apiKey: 'sk-client-e2e',
    configuration: { baseURL: gateway.baseURL },
    maxRetries: 0,
    maxTokens: 4,
    modelKwargs: { seed: 5 },
  });
  const message = await chat.invoke('Say something.');
  assert.equal(typeof message.content, 'string');
  assert.ok(['stop', 'length'].includes(message.response_metadata.finish_reason));
  assert.ok(message.usage_metadata.output_tokens >= 1 && message.usage_metadata.output_tokens <= 4);

  let whole = null;
  for await (const chunk of await chat.stream('Say something.')) whole = whole ? whole.concat(chunk) : chunk;
  assert.equal(whole.content, message.content);
  assert.equal(whole.response_metadata.finish_reason, message.response_metadata.finish_reason);
  assert.equal(whole.usage_metadata.input_tokens, message.usage_metadata.input_tokens);
  assert.equal(whole.usage_metadata.output_tokens, message.usage_metadata.output_tokens);
});
