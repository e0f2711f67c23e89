// Moving a workload live (docs/reload.md), with the official openai client:
//
// - steady traffic tagged with a task (x-switchyard-task: summarize) while
//   the routing rule for that task is edited from cloud to local and back,
//   each time followed by SIGHUP: zero requests fail, and the answers'
//   headers and the ledger show the switch at each reload (requests in
//   flight finish where they started);
// - a reload that loosens the privacy policy (restricted data may go to the
//   cloud) while a restricted request is in flight: the request finishes
//   under the policy it started with, so when its local deployment fails
//   after the reload it falls back to the other local one, never to the
//   cloud, and the cloud upstream receives nothing.
//
// Synchronisation is by bounded polls on what the processes report (the
// reload's log line, answers arriving, the fake upstream's request list,
// the ledger), never by sleeping for a guessed time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import OpenAI from 'openai';
import { startFakeUpstream, startGateway } from './harness.mjs';

const run = promisify(execFile);
const POLL_MS = 10;
const POLL_LIMIT_MS = 30_000;

// Polls `check` until it returns a truthy value (returned), failing with
// `what()` after POLL_LIMIT_MS.
async function until(check, what) {
  const deadline = Date.now() + POLL_LIMIT_MS;
  for (;;) {
    const value = await check();
    if (value) return value;
    assert.ok(Date.now() < deadline, `timed out waiting: ${what()}`);
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

// Rewrites the gateway's configuration file, sends SIGHUP and waits until the
// gateway logs that the reload was applied (it logs after publishing the new
// configuration). Returns when the signal was sent and when it was applied.
async function reloadWith(gateway, configText) {
  await writeFile(gateway.configPath, configText);
  const count = () => (gateway.proc.stderr.match(/SIGHUP: configuration reloaded/g) || []).length;
  const before = count();
  const sent = Date.now();
  gateway.proc.child.kill('SIGHUP');
  await until(
    () => count() > before || /SIGHUP: configuration refused/.test(gateway.proc.stderr),
    () => `the reload to be logged\n${gateway.proc.output()}`,
  );
  assert.equal(count(), before + 1, `the reload was refused\n${gateway.proc.output()}`);
  return { sent, applied: Date.now() };
}

// The ledger rows of `ids`, once every one of them has been committed (the
// journal's ingester moves records into SQLite a few ms after the answer).
async function ledgerRows(ledgerPath, ids) {
  return until(
    async () => {
      const { stdout } = await run('sqlite3', [
        '-json',
        ledgerPath,
        'SELECT request_id, side, deployment, status, data_class, route_rule FROM requests',
      ]);
      const rows = new Map(JSON.parse(stdout || '[]').map((r) => [r.request_id, r]));
      return ids.every((id) => rows.has(id)) ? rows : null;
    },
    () => `${ids.length} requests in the ledger ${ledgerPath}`,
  );
}

function taskConfig(upstreamURL, side) {
  return `# written by tests/e2e/reload.test.mjs
server:
  listen: 127.0.0.1:0
  threads: 2
providers:
  - { name: box, kind: openai_compatible, base_url: ${upstreamURL}/v1 }
  - { name: cloud, kind: openai_compatible, base_url: ${upstreamURL}/v1 }
models:
  - alias: support
    deployments:
      - { name: local-summarizer, provider: box, model: slow-20, side: local }
      - { name: cloud-summarizer, provider: cloud, model: gpt-4o-mini, side: cloud }
routing:
  rules:
    - name: summaries
      when: { task: summarize }
      then: { prefer: ${side} }
ledger:
  path: switchyard-ledger.db
`;
}

test('a task moves from cloud to local and back under steady traffic, without a failed request', async () => {
  const upstream = await startFakeUpstream({ threads: 2 });
  let gateway;
  try {
    gateway = await startGateway({ configText: taskConfig(upstream.url, 'cloud') });
    // The ledger beside the config file the harness writes (its temp folder).
    const ledgerPath = path.join(path.dirname(gateway.configPath), 'switchyard-ledger.db');
    const client = new OpenAI({ baseURL: gateway.baseURL, apiKey: 'sk-e2e-reload', maxRetries: 0 });
    const answers = [];
    const failures = [];
    let stop = false;
    const loop = async () => {
      while (!stop) {
        const started = Date.now();
        try {
          const { data, response } = await client.chat.completions
            .create(
              { model: 'support', messages: [{ role: 'user', content: 'summarize this ticket' }] },
              { headers: { 'x-switchyard-task': 'summarize' } },
            )
            .withResponse();
          answers.push({
            started,
            done: Date.now(),
            side: response.headers.get('x-switchyard-side'),
            reason: response.headers.get('x-switchyard-route-reason'),
            id: response.headers.get('x-request-id'),
            content: data.choices[0].message.content,
          });
        } catch (err) {
          failures.push(String(err));
        }
      }
    };
    // Traffic keeps flowing until `n` requests that started after `since`
    // have been answered (each phase is seen by requests of its own).
    const answeredAfter = (since, n) =>
      until(
        () => failures.length > 0 || answers.filter((a) => a.started > since).length >= n,
        () => `${n} answers after ${since}; ${answers.length} so far`,
      );
    const loops = [loop(), loop(), loop(), loop()];
    let toLocal;
    let toCloud;
    try {
      await answeredAfter(0, 20);
      toLocal = await reloadWith(gateway, taskConfig(upstream.url, 'local'));
      await answeredAfter(toLocal.applied, 20);
      toCloud = await reloadWith(gateway, taskConfig(upstream.url, 'cloud'));
      await answeredAfter(toCloud.applied, 20);
    } finally {
      stop = true;
      await Promise.all(loops);
    }

    assert.deepEqual(failures, [], 'no request may fail across the reloads');
    for (const a of answers) {
      assert.equal(a.content, 'echo: summarize this ticket');
      assert.match(a.reason, /rule 'summaries' \(task=summarize\)/, 'the route reason names the rule');
    }
    // Started after a reload was applied: its side, until the next one was
    // signalled; done before the first was signalled: the cloud. (Requests
    // in flight across a reload may end on either side: not checked.)
    const phase = (a) => {
      if (a.started > toCloud.applied) return 'cloud';
      if (a.started > toLocal.applied && a.done < toCloud.sent) return 'local';
      if (a.done < toLocal.sent) return 'cloud';
      return null;
    };
    const sides = { cloud: 0, local: 0 };
    for (const a of answers) {
      const expected = phase(a);
      if (expected) assert.equal(a.side, expected, JSON.stringify(a));
      sides[a.side] += 1;
    }
    assert.ok(sides.local >= 20 && sides.cloud >= 40, JSON.stringify(sides));

    // The ledger says the same, request by request.
    const records = await ledgerRows(
      ledgerPath,
      answers.map((a) => a.id),
    );
    for (const a of answers) {
      const r = records.get(a.id);
      assert.equal(r.status, 200);
      assert.equal(r.route_rule, 'summaries');
      assert.equal(r.side, a.side);
      assert.equal(r.deployment, a.side === 'local' ? 'local-summarizer' : 'cloud-summarizer');
    }
  } finally {
    if (gateway) {
      const exit = await gateway.stop();
      assert.equal(exit.code, 0, gateway.proc.output());
    }
    await upstream.stop();
  }
});

// `restrictedSides`: where the policy lets restricted data go.
function privacyConfig({ stallURL, boxURL, cloudURL }, restrictedSides) {
  return `# written by tests/e2e/reload.test.mjs
server:
  listen: 127.0.0.1:0
  threads: 2
providers:
  - { name: stall-box, kind: openai_compatible, base_url: ${stallURL}/v1 }
  - { name: box, kind: openai_compatible, base_url: ${boxURL}/v1 }
  - { name: cloud, kind: openai_compatible, base_url: ${cloudURL}/v1 }
models:
  - alias: records
    deployments:
      - { name: records-stalling, provider: stall-box, model: stall, side: local }
      - { name: records-cloud, provider: cloud, model: gpt-4o-mini, side: cloud }
      - { name: records-local, provider: box, model: gpt-4o-mini, side: local }
routing:
  retry: { max_attempts: 2, initial_backoff_ms: 1, max_backoff_ms: 5 }
privacy:
  policy:
    restricted: { sides: [${restrictedSides.join(', ')}] }
ledger:
  path: switchyard-ledger.db
`;
}

test('a reload that lets restricted data reach the cloud does not apply to a restricted request in flight', async () => {
  const stallBox = await startFakeUpstream();
  const box = await startFakeUpstream();
  const cloud = await startFakeUpstream();
  const urls = { stallURL: stallBox.url, boxURL: box.url, cloudURL: cloud.url };
  let gateway;
  try {
    gateway = await startGateway({ configText: privacyConfig(urls, ['local']) });
    const ledgerPath = path.join(path.dirname(gateway.configPath), 'switchyard-ledger.db');
    const client = new OpenAI({ baseURL: gateway.baseURL, apiKey: 'sk-e2e-reload', maxRetries: 0 });
    const secret = 'SSN 078-05-1120 of the patient';
    const inFlight = client.chat.completions
      .create(
        { model: 'records', messages: [{ role: 'user', content: `file this: ${secret}` }] },
        { headers: { 'x-switchyard-data-class': 'restricted' } },
      )
      .withResponse();
    // The request is at its first (local) deployment, which never answers.
    await until(
      async () => (await stallBox.requests()).length > 0,
      () => 'the restricted request to reach the stalling local deployment',
    );
    // The new policy lets restricted data go to the cloud: new requests
    // would get records-cloud as their fallback; this one must not.
    await reloadWith(gateway, privacyConfig(urls, ['local', 'cloud']));
    // The local deployment fails now (its server is gone): the request falls
    // back under the policy it started with.
    stallBox.proc.child.kill('SIGKILL');
    await stallBox.proc.exited;
    const { data, response } = await inFlight;
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('x-switchyard-deployment'), 'records-local');
    assert.equal(response.headers.get('x-switchyard-side'), 'local');
    assert.equal(response.headers.get('x-switchyard-data-class'), 'restricted');
    assert.equal(data.choices[0].message.content, `echo: file this: ${secret}`);
    const reason = response.headers.get('x-switchyard-route-reason');
    assert.match(reason, /records-cloud: cloud not permitted for restricted data/, reason);

    // Nothing reached the cloud, and the ledger says where it went.
    assert.deepEqual(await cloud.requests(), []);
    const id = response.headers.get('x-request-id');
    const rows = await ledgerRows(ledgerPath, [id]);
    const row = rows.get(id);
    assert.equal(row.status, 200);
    assert.equal(row.side, 'local');
    assert.equal(row.deployment, 'records-local');
    assert.equal(row.data_class, 'restricted');
  } finally {
    if (gateway) {
      const exit = await gateway.stop();
      assert.equal(exit.code, 0, gateway.proc.output());
    }
    await Promise.all([stallBox.stop(), box.stop(), cloud.stop()]);
  }
});
