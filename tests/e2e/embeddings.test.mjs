// POST /v1/embeddings with the official `openai` client: the in-process
// engine serving a tiny random-weight model (`embeddings: true`), in both the
// float format and the client's default, where it asks for base64 and decodes
// the little-endian float32 itself; and a cloud deployment on the fake
// upstream, where confidential input arrives redacted.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import OpenAI from 'openai';
import { localEngineConfig, makeTinyModel, startGateway, startStack } from './harness.mjs';

const DIMS = 64; // n_embd of the tiny model switchyard-make-model writes by default

let model;
let gateway;
let client;
let stack;
let cloudClient;

before(async () => {
  stack = await startStack();
  cloudClient = new OpenAI({ baseURL: stack.gateway.baseURL, apiKey: 'sk-client-e2e', maxRetries: 0 });
  model = await makeTinyModel();
  if (!model) return;
  gateway = await startGateway({
    configText: localEngineConfig({
      modelFile: model.file,
      writtenBy: 'tests/e2e/embeddings.test.mjs',
      alias: 'local-embed',
      model: 'tiny-embed',
      contextSize: 128,
      parallel: 1,
      embeddings: true,
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
    if (stack) {
      const exit = await stack.stop();
      assert.deepEqual(exit, { code: 0, signal: null });
    }
  } finally {
    if (model) await model.remove();
  }
});

function assertClose(a, b) {
  assert.equal(a.length, b.length);
  for (let i = 0; i < a.length; i++) assert.ok(Math.abs(a[i] - b[i]) < 1e-6, `component ${i}: ${a[i]} vs ${b[i]}`);
}

test('float embeddings from the in-process model', async (t) => {
  if (!model) return t.skip('no in-process engine in this build');
  const { data, response } = await client.embeddings
    .create({ model: 'local-embed', input: ['first text', 'another text', 'first text'], encoding_format: 'float' })
    .withResponse();
  assert.equal(response.headers.get('x-switchyard-side'), 'local');
  assert.equal(response.headers.get('x-switchyard-deployment'), 'engine/tiny-embed');
  assert.equal(response.headers.get('x-switchyard-data-class'), 'public');
  assert.ok(response.headers.get('x-request-id'));
  assert.equal(data.object, 'list');
  assert.equal(data.model, 'tiny-embed');
  assert.equal(data.data.length, 3);
  data.data.forEach((e, i) => {
    assert.equal(e.object, 'embedding');
    assert.equal(e.index, i);
    assert.equal(e.embedding.length, DIMS);
    const norm = e.embedding.reduce((s, x) => s + x * x, 0);
    assert.ok(Math.abs(norm - 1) < 1e-4, `norm ${norm}`);
  });
  assert.deepEqual(data.data[0].embedding, data.data[2].embedding);
  assert.notDeepEqual(data.data[0].embedding, data.data[1].embedding);
  assert.ok(data.usage.prompt_tokens > 3);
  assert.equal(data.usage.total_tokens, data.usage.prompt_tokens);
});

test("the client's default (base64, decoded by the client) gives the same vectors", async (t) => {
  if (!model) return t.skip('no in-process engine in this build');
  const input = ['alpha beta', 'gamma'];
  const floats = await client.embeddings.create({ model: 'local-embed', input, encoding_format: 'float' });
  const { data: decoded, response } = await client.embeddings.create({ model: 'local-embed', input }).withResponse();
  assert.equal(response.status, 200);
  assert.equal(decoded.data.length, 2);
  for (let i = 0; i < 2; i++) {
    assert.ok(Array.isArray(decoded.data[i].embedding), 'the client decoded base64 into numbers');
    assert.equal(decoded.data[i].embedding.length, DIMS);
    assertClose(decoded.data[i].embedding, floats.data[i].embedding);
  }
  // The raw answer really is base64 when asked for it.
  const raw = await fetch(`${gateway.baseURL}/embeddings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'local-embed', input: 'alpha beta', encoding_format: 'base64' }),
  }).then((r) => r.json());
  assert.equal(typeof raw.data[0].embedding, 'string');
  assert.equal(Buffer.from(raw.data[0].embedding, 'base64').length, DIMS * 4);
});

test('errors the client can act on', async (t) => {
  if (!model) return t.skip('no in-process engine in this build');
  const long = Array.from({ length: 300 }, (_, i) => `word${i}`).join(' ');
  await assert.rejects(client.embeddings.create({ model: 'local-embed', input: ['ok', long] }), (err) => {
    assert.equal(err.status, 400);
    assert.equal(err.code, 'context_length_exceeded');
    assert.equal(err.param, 'input[1]');
    return true;
  });
  await assert.rejects(client.embeddings.create({ model: 'local-embed', input: 'x', dimensions: 8 }), (err) => {
    assert.equal(err.status, 400);
    assert.equal(err.param, 'dimensions');
    return true;
  });
  await assert.rejects(client.embeddings.create({ model: 'local-embed', input: [] }), (err) => {
    assert.equal(err.status, 400);
    assert.equal(err.param, 'input');
    return true;
  });
});

test('cloud embeddings through the fake upstream, confidential input redacted', async () => {
  await stack.upstream.reset();
  const { data, response } = await cloudClient.embeddings
    .create({ model: 'gpt-4o-mini', input: ['Write to jane.doe@example.com today', 'plain'] })
    .withResponse();
  assert.equal(response.headers.get('x-switchyard-side'), 'cloud');
  assert.equal(response.headers.get('x-switchyard-data-class'), 'confidential');
  assert.equal(response.headers.get('x-switchyard-redacted'), 'true');
  assert.equal(data.data.length, 2);
  assert.equal(data.data[0].embedding.length, 8); // the fake's default size
  const sent = await stack.upstream.requests();
  assert.equal(sent.length, 1);
  assert.equal(sent[0].path, '/v1/embeddings');
  const body = JSON.parse(sent[0].body);
  assert.deepEqual(body.input, ['Write to [EMAIL_ADDRESS_1] today', 'plain']);
  assert.equal(body.encoding_format, 'base64', "the client's default reaches the upstream");
});
