// The fake Gemini API checked with Google's own SDK (@google/genai pointed at
// it): if the official client cannot read the fake's answers, streams and
// errors, the fake is wrong, and so would be the gateway tests built on it.
// Then one request through the gateway: the official `openai` client in
// front, a `kind: gemini` provider behind, the fake as Gemini.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { GoogleGenAI, ApiError } from '@google/genai';
import OpenAI from 'openai';
import { startFakeGemini, startGateway } from './harness.mjs';

let fake;
let ai;

before(async () => {
  fake = await startFakeGemini();
  ai = new GoogleGenAI({ apiKey: 'gm-e2e-key', httpOptions: { baseUrl: fake.url, apiVersion: 'v1beta' } });
});

after(async () => {
  if (fake) await fake.stop();
});

async function expectApiError(fn, status) {
  try {
    await fn();
  } catch (err) {
    assert.ok(err instanceof ApiError, `expected ApiError, got ${err?.constructor?.name}: ${err?.message}`);
    assert.equal(err.status, status, err.message);
    return err;
  }
  assert.fail('expected an ApiError, but the call succeeded');
}

test('generateContent: text, usage, model version, and the key in x-goog-api-key', async () => {
  const r = await ai.models.generateContent({
    model: 'gemini-2.5-flash',
    contents: 'hello there',
    config: { systemInstruction: 'Be brief.', temperature: 0.3, maxOutputTokens: 64 },
  });
  assert.equal(r.text, 'echo: hello there');
  assert.equal(r.candidates[0].finishReason, 'STOP');
  assert.equal(r.usageMetadata.promptTokenCount, 4);
  assert.equal(r.usageMetadata.candidatesTokenCount, 3);
  assert.equal(r.modelVersion, 'gemini-2.5-flash');
  assert.ok(r.responseId);
  const sent = (await fake.requests()).at(-1);
  assert.equal(sent.path, '/v1beta/models/gemini-2.5-flash:generateContent');
  assert.equal(sent.api_key, 'gm-e2e-key');
});

test('generateContentStream: SSE chunks the SDK joins, finish and usage at the end', async () => {
  const stream = await ai.models.generateContentStream({ model: 'gemini-2.5-flash', contents: 'one two three' });
  let text = '';
  let last;
  for await (const chunk of stream) {
    text += chunk.text ?? '';
    last = chunk;
  }
  assert.equal(text, 'echo: one two three');
  assert.equal(last.candidates[0].finishReason, 'STOP');
  assert.equal(last.usageMetadata.candidatesTokenCount, 4);
  assert.match((await fake.requests()).at(-1).path, /:streamGenerateContent\?alt=sse$/);
});

test('function calling: declarations in, functionCall parts out, results back', async () => {
  const tools = [{
    functionDeclarations: [
      { name: 'get_weather', description: 'weather', parametersJsonSchema: { type: 'object', properties: { text: { type: 'string' } } } },
      { name: 'get_time', parameters: { type: 'OBJECT', properties: {} } },
    ],
  }];
  let r = await ai.models.generateContent({
    model: 'gemini-2.5-flash',
    contents: 'Paris',
    config: { tools, toolConfig: { functionCallingConfig: { mode: 'ANY', allowedFunctionNames: ['get_weather'] } } },
  });
  assert.deepEqual(r.functionCalls.map((c) => [c.name, c.args]), [['get_weather', { text: 'Paris' }]]);

  r = await ai.models.generateContent({ model: 'parallel-calls', contents: 'Oslo', config: { tools } });
  assert.deepEqual(r.functionCalls.map((c) => c.name), ['get_weather', 'get_time']);

  r = await ai.models.generateContent({
    model: 'gemini-2.5-flash',
    config: { tools },
    contents: [
      { role: 'user', parts: [{ text: 'Oslo' }] },
      { role: 'model', parts: r.candidates[0].content.parts },
      { role: 'user', parts: [
        { functionResponse: { name: 'get_weather', response: { output: 'cold' } } },
        { functionResponse: { name: 'get_time', response: { output: 'noon' } } },
      ] },
    ],
  });
  assert.equal(r.text, 'results: get_weather={"output":"cold"}; get_time={"output":"noon"};');
});

test('JSON mode with a JSON schema, and inline images', async () => {
  let r = await ai.models.generateContent({
    model: 'gemini-2.5-flash',
    contents: 'data',
    config: { responseMimeType: 'application/json', responseJsonSchema: { type: 'object', properties: { echo: { type: 'string' } } } },
  });
  assert.deepEqual(JSON.parse(r.text), { echo: 'data' });

  r = await ai.models.generateContent({
    model: 'gemini-2.5-flash',
    contents: [{ role: 'user', parts: [{ text: 'see' }, { inlineData: { mimeType: 'image/png', data: 'iVBORw0KGgoAAAANSUhEUg==' } }] }],
  });
  assert.equal(r.text, 'echo: see [image image/png 16 bytes]');
});

test('safety: a stopped candidate and a blocked prompt, as the SDK reports them', async () => {
  let r = await ai.models.generateContent({ model: 'safety', contents: 'x' });
  assert.equal(r.candidates[0].finishReason, 'SAFETY');
  assert.equal(r.text, undefined);
  r = await ai.models.generateContent({ model: 'block-prompt', contents: 'x' });
  assert.equal(r.promptFeedback.blockReason, 'SAFETY');
  assert.equal(r.candidates, undefined);
});

test('errors: Google error objects become the SDK\'s ApiError with status and message', async () => {
  let err = await expectApiError(() => ai.models.generateContent({ model: 'error-429', contents: 'x' }), 429);
  assert.match(err.message, /Resource has been exhausted/);
  err = await expectApiError(() => ai.models.generateContent({ model: 'error-404', contents: 'x' }), 404);
  assert.match(err.message, /is not found for API version v1beta/);
  const bad = new GoogleGenAI({ apiKey: 'fail-auth', httpOptions: { baseUrl: fake.url, apiVersion: 'v1beta' } });
  err = await expectApiError(() => bad.models.generateContent({ model: 'gemini-2.5-flash', contents: 'x' }), 400);
  assert.match(err.message, /API key not valid/);
  // The fake refuses what Google refuses, in its words.
  err = await expectApiError(() => ai.models.generateContent({
    model: 'gemini-2.5-flash', contents: 'x', config: { candidateCount: 9 },
  }), 400);
  assert.match(err.message, /candidate_count/);
});

test('through the gateway: the openai client in front, kind gemini behind', async () => {
  const gw = await startGateway({
    configText: [
      'providers:',
      '  - name: gemini',
      '    kind: gemini',
      `    base_url: ${fake.url}/v1beta`,
      '    api_key_env: E2E_GEMINI_KEY',
      'models:',
      '  - alias: gemini',
      '    deployments: [{ provider: gemini, model: gemini-2.5-flash, side: cloud }]',
      '',
    ].join('\n'),
    env: { E2E_GEMINI_KEY: 'gm-gateway-key' },
  });
  try {
    const client = new OpenAI({ baseURL: gw.baseURL, apiKey: 'sk-client-e2e', maxRetries: 0 });
    const r = await client.chat.completions.create({ model: 'gemini', messages: [{ role: 'user', content: 'via gateway' }] });
    assert.equal(r.choices[0].message.content, 'echo: via gateway');
    assert.equal(r.choices[0].finish_reason, 'stop');
    const stream = await client.chat.completions.create({
      model: 'gemini', stream: true, messages: [{ role: 'user', content: 'streamed via gateway' }],
    });
    let text = '';
    for await (const chunk of stream) text += chunk.choices[0]?.delta?.content ?? '';
    assert.equal(text, 'echo: streamed via gateway');
    const sent = (await fake.requests()).at(-1);
    assert.equal(sent.api_key, 'gm-gateway-key');
  } finally {
    const exit = await gw.stop();
    assert.deepEqual(exit, { code: 0, signal: null }, `gateway did not exit cleanly\n${gw.proc.output()}`);
  }
});
