// Failures as the official `openai` client sees them: the gateway must answer
// with the right HTTP status and an OpenAI error object, so the SDK raises
// its typed errors (NotFoundError, BadRequestError, ...) with a useful message.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import OpenAI, { BadRequestError, InternalServerError, NotFoundError } from 'openai';
import { startStack } from './harness.mjs';

let stack;
let client;

before(async () => {
  stack = await startStack();
  // maxRetries 0: every error below must reach the test on the first try.
  client = new OpenAI({ baseURL: stack.gateway.baseURL, apiKey: 'sk-client-e2e', maxRetries: 0 });
});

after(async () => {
  if (!stack) return;
  const exit = await stack.stop();
  assert.deepEqual(exit, { code: 0, signal: null }, `gateway did not exit cleanly\n${stack.gateway.proc.output()}`);
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

test('unknown model: NotFoundError 404, code model_not_found, message names the model', async () => {
  await stack.upstream.reset();
  const err = await expectError(
    () => client.chat.completions.create({
      model: 'no-such-model-xyz',
      messages: [{ role: 'user', content: 'hi' }],
    }),
    NotFoundError,
  );
  assert.equal(err.status, 404);
  assert.equal(err.code, 'model_not_found');
  assert.match(err.message, /no-such-model-xyz/, `the message should name the model: ${err.message}`);
  assert.ok(err.requestID, 'the error response has no x-request-id');
  assert.equal((await stack.upstream.requests()).length, 0, 'an unknown model must not reach any upstream');
});

test('unknown model while streaming: NotFoundError before any chunk', async () => {
  const err = await expectError(
    () => client.chat.completions.create({
      model: 'no-such-model-xyz',
      messages: [{ role: 'user', content: 'hi' }],
      stream: true,
    }),
    NotFoundError,
  );
  assert.equal(err.status, 404);
});

test('request without messages: BadRequestError 400 naming the field', async () => {
  await stack.upstream.reset();
  const err = await expectError(
    () => client.chat.completions.create({ model: 'gpt-4o-mini' }),
    BadRequestError,
  );
  assert.equal(err.status, 400);
  assert.equal(err.type, 'invalid_request_error');
  assert.match(err.message, /messages/, `the message should name the missing field: ${err.message}`);
  assert.equal((await stack.upstream.requests()).length, 0, 'an invalid request must not reach any upstream');
});

test('messages of the wrong type: BadRequestError 400', async () => {
  const err = await expectError(
    () => client.chat.completions.create({ model: 'gpt-4o-mini', messages: 'hello' }),
    BadRequestError,
  );
  assert.equal(err.status, 400);
});

test('malformed JSON body: 400 with an OpenAI error object and x-request-id', async () => {
  const res = await fetch(`${stack.gateway.baseURL}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer sk-client-e2e' },
    body: '{"model": "gpt-4o-mini", "messages": [',
  });
  assert.equal(res.status, 400);
  assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
  assert.ok(res.headers.get('x-request-id'), 'x-request-id missing on the error response');
  const body = await res.json();
  assert.equal(typeof body.error, 'object', `not an OpenAI error object: ${JSON.stringify(body)}`);
  assert.equal(typeof body.error.message, 'string');
  assert.ok(body.error.message.length > 0);
  assert.equal(body.error.type, 'invalid_request_error');
  assert.ok('code' in body.error && 'param' in body.error, 'error object lacks code/param keys');
});

test('upstream rejects the request (400): BadRequestError, not retried, no fallback', async () => {
  await stack.upstream.reset();
  const err = await expectError(
    () => client.chat.completions.create({
      model: 'upstream-400',
      messages: [{ role: 'user', content: 'hi' }],
    }),
    BadRequestError,
  );
  assert.equal(err.status, 400);
  assert.ok(err.message.length > 0);
  assert.equal((await stack.upstream.requests()).length, 1, 'a 400 from upstream must not be retried');
});

test('every deployment fails (500): a 5xx error object after max_attempts tries', async () => {
  await stack.upstream.reset();
  const err = await expectError(
    () => client.chat.completions.create({
      model: 'always-500',
      messages: [{ role: 'user', content: 'hi' }],
    }),
    InternalServerError,
  );
  assert.ok(err.status >= 500 && err.status <= 599, `status ${err.status}`);
  assert.ok(err.message.length > 0);
  const seen = await stack.upstream.requests();
  assert.equal(seen.length, 2, 'routing.retry.max_attempts is 2');
});

test('upstream stream cut mid-way: the client sees an error, not a silently short answer', async () => {
  const stream = await client.chat.completions.create({
    model: 'cut-stream',
    messages: [{ role: 'user', content: 'one two three four five six seven' }],
    stream: true,
  });
  let content = '';
  let thrown;
  try {
    for await (const chunk of stream) content += chunk.choices[0]?.delta?.content ?? '';
  } catch (err) {
    thrown = err;
  }
  assert.ok(thrown, `the stream ended normally after a broken upstream stream; content: ${JSON.stringify(content)}`);
  assert.ok(content.length > 0, 'the chunks sent before the cut should have arrived');
});

test('unknown path: 404 with an OpenAI error object', async () => {
  const res = await fetch(`${stack.gateway.baseURL}/no/such/path`);
  assert.equal(res.status, 404);
  const body = await res.json();
  assert.equal(typeof body.error?.message, 'string');
});

test('the gateway still serves after all of the above', async () => {
  const r = await client.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: 'still alive' }],
  });
  assert.equal(r.choices[0].message.content, 'echo: still alive');
});

