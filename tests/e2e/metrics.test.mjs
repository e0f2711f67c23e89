// /metrics and the access log after known traffic, as operators' tools read
// them: the exposition is parsed by the Prometheus Python client's parser
// (Debian's python3-prometheus-client, the reference parser the npm package
// parse-prometheus-text-format ports — that port folds histograms with labels
// other than `le` into one, so it cannot read these), every family is checked
// against the conventions (counters end in _total, histograms are cumulative
// and name their unit), and the numbers are the ones this traffic must produce. The access log has one
// JSON line per request with the same numbers, and none of the prompts, the
// virtual keys or the provider key.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import OpenAI from 'openai';
import { gatewayConfig, startFakeUpstream, startGateway } from './harness.mjs';

const adminKey = `adm-e2e-${randomBytes(16).toString('hex')}`;
const upstreamKey = `sk-e2e-upstream-${randomBytes(12).toString('hex')}`;
const MARKER = `prompt-marker-${randomBytes(6).toString('hex')}`;
let upstream;
let gateway;
let keys = {};

before(async () => {
  upstream = await startFakeUpstream();
  gateway = await startGateway({
    configText:
      gatewayConfig({ upstreamURL: upstream.url }) +
      'keys:\n  refresh_ms: 50\n' +
      'observe:\n  access_log: access.log\n  teams: [support]\n',
    env: { FAKE_UPSTREAM_KEY: upstreamKey, SWITCHYARD_ADMIN_KEY: adminKey },
  });
  for (const team of ['support', 'research']) {
    const r = await fetch(`${gateway.url}/admin/keys`, {
      method: 'POST',
      headers: { authorization: `Bearer ${adminKey}`, 'content-type': 'application/json' },
      // support's key has a month budget: its use shows per team.
      body: JSON.stringify(team === 'support' ? { team, budget_month_usd: 100 } : { team }),
    });
    const body = await r.text();
    assert.equal(r.status, 201, body);
    keys[team] = JSON.parse(body).key;
  }
});

after(async () => {
  if (gateway) {
    const exit = await gateway.stop();
    assert.deepEqual(exit, { code: 0, signal: null }, gateway.proc.output());
  }
  if (upstream) await upstream.stop();
});

const clientFor = (apiKey) => new OpenAI({ baseURL: gateway.baseURL, apiKey, maxRetries: 0 });

// The fake upstream counts words as tokens: a prompt is 3 + its words per
// message, the answer "echo: <prompt>" its words.
async function traffic() {
  const support = clientFor(keys.support);
  const research = clientFor(keys.research);
  const anonymous = clientFor('sk-client-not-a-virtual-key');
  const ask = (client, model, content, extra = {}) =>
    client.chat.completions.create({ model, messages: [{ role: 'user', content }], ...extra });

  // support, cloud: 2 × (5 in, 3 out) + a stream of (6 in, 4 out).
  await ask(support, 'gpt-4o-mini', `hello ${MARKER}`);
  await ask(support, 'gpt-4o-mini', `again ${MARKER}`);
  const stream = await ask(support, 'gpt-4o-mini', `one two ${MARKER}`, {
    stream: true,
    stream_options: { include_usage: true },
  });
  for await (const chunk of stream) void chunk;
  // research (→ "other"): an email makes it confidential, redacted for the
  // cloud: 6 in, 4 out, one EMAIL_ADDRESS finding.
  await ask(research, 'gpt-4o-mini', `mail bob@example.com ${MARKER}`);
  // no key (→ "none"): the fallback's secondary answers (5 in, 3 out)
  // after the primary failed twice.
  await ask(anonymous, 'with-fallback', `fall ${MARKER}`);
  // An upstream 400, and an unknown model.
  await assert.rejects(ask(anonymous, 'upstream-400', `bad ${MARKER}`), { status: 400 });
  await assert.rejects(ask(anonymous, 'no-such-model', `none ${MARKER}`), { status: 404 });
}

// Families as the Prometheus Python client parses them: [{name, type,
// samples: [{name, labels, value}]}]. It raises on any malformed line.
const PARSE = `
import json, sys
from prometheus_client.parser import text_string_to_metric_families
out = [{"name": f.name, "type": f.type,
         "samples": [{"name": s.name, "labels": s.labels, "value": s.value} for s in f.samples]}
       for f in text_string_to_metric_families(sys.stdin.read())]
print(json.dumps(out))
`;

function parseExposition(text) {
  return new Promise((resolve, reject) => {
    const child = execFile('/usr/bin/python3', ['-c', PARSE], (err, stdout, stderr) =>
      err ? reject(new Error(`the exposition does not parse: ${stderr}`)) : resolve(JSON.parse(stdout)),
    );
    child.stdin.end(text);
  });
}

function sampleOf(fams, name, labels) {
  const want = Object.entries(labels);
  const found = fams
    .flatMap((f) => f.samples)
    .filter((s) => s.name === name && want.every(([k, v]) => s.labels[k] === v));
  assert.equal(found.length, 1, `${name} ${JSON.stringify(labels)}: ${found.length} samples`);
  return found[0].value;
}

test('after known traffic /metrics parses and carries its numbers', async () => {
  await traffic();
  const r = await fetch(`${gateway.url}/metrics`);
  assert.equal(r.status, 200);
  assert.match(r.headers.get('content-type'), /^text\/plain; version=0\.0\.4/);
  const text = await r.text();
  const fams = await parseExposition(text);
  const names = new Set(fams.map((f) => f.name));

  // Conventions, for every family.
  for (const f of fams) {
    assert.match(f.name, /^switchyard_[a-z0-9_]+$/, f.name);
    if (f.type === 'counter')
      for (const s of f.samples) assert.match(s.name, /_total$/, `counter ${s.name} must end in _total`);
    if (f.type === 'histogram') {
      assert.match(f.name, /_seconds$/, `histogram ${f.name} must name its unit`);
      const series = new Map();
      for (const s of f.samples) {
        const { le, ...rest } = s.labels;
        const key = JSON.stringify(rest);
        if (!series.has(key)) series.set(key, { buckets: [], count: null });
        if (s.name.endsWith('_bucket')) series.get(key).buckets.push([le === '+Inf' ? Infinity : Number(le), s.value]);
        if (s.name.endsWith('_count')) series.get(key).count = s.value;
      }
      for (const [key, { buckets, count }] of series) {
        buckets.sort((a, b) => a[0] - b[0]);
        for (let i = 1; i < buckets.length; i++)
          assert.ok(buckets[i][1] >= buckets[i - 1][1], `${f.name}${key}: buckets not cumulative`);
        assert.equal(buckets.at(-1)[0], Infinity, `${f.name}${key}: no +Inf bucket`);
        assert.equal(count, buckets.at(-1)[1], `${f.name}${key}: _count is the +Inf bucket`);
      }
    }
  }
  for (const secret of [upstreamKey, adminKey, keys.support, keys.research, MARKER, 'bob@example.com'])
    assert.ok(!text.includes(secret), `${secret} in /metrics`);

  const req = (labels) => sampleOf(fams, 'switchyard_requests_total', labels);
  assert.equal(req({ rule: 'default', deployment: 'fake-gpt-4o-mini', side: 'cloud', data_class: 'public', code: '200' }), 3);
  assert.equal(req({ rule: 'default', deployment: 'fake-gpt-4o-mini', side: 'cloud', data_class: 'confidential', code: '200' }), 1);
  assert.equal(req({ rule: 'default', deployment: 'secondary', side: 'cloud', data_class: 'public', code: '200' }), 1);
  assert.equal(req({ rule: 'default', deployment: 'bad-request-upstream', side: 'cloud', data_class: 'public', code: '400' }), 1);
  assert.equal(req({ rule: 'none', deployment: 'none', side: 'none', data_class: 'public', code: '404' }), 1,
    'an unknown model has no plan, so no rule');

  const tokens = (side, team, kind) => sampleOf(fams, 'switchyard_tokens_total', { side, team, kind });
  assert.equal(tokens('cloud', 'support', 'input'), 5 + 5 + 6);
  assert.equal(tokens('cloud', 'support', 'output'), 3 + 3 + 4);
  assert.equal(tokens('cloud', 'other', 'input'), 6);
  assert.equal(tokens('cloud', 'other', 'output'), 4);
  assert.equal(tokens('cloud', 'none', 'input'), 5);
  assert.equal(tokens('cloud', 'none', 'output'), 3);
  assert.equal(tokens('local', 'support', 'input'), 0);
  // $0.15 and $0.60 per million tokens.
  const cost = (team) => sampleOf(fams, 'switchyard_cost_usd_total', { side: 'cloud', team });
  assert.ok(Math.abs(cost('support') - (16 * 0.15 + 10 * 0.6) / 1e6) < 1e-12, String(cost('support')));
  assert.ok(Math.abs(cost('other') - (6 * 0.15 + 4 * 0.6) / 1e6) < 1e-12, String(cost('other')));

  // Budget use per team: what support's key spent this month (its true
  // costs, settled), against its budget; research has no budget.
  const budget = (name, team) => sampleOf(fams, name, { team, period: 'month' });
  assert.ok(Math.abs(budget('switchyard_team_budget_spent_usd', 'support') - cost('support')) < 1e-12,
    String(budget('switchyard_team_budget_spent_usd', 'support')));
  assert.equal(budget('switchyard_team_budget_usd', 'support'), 100);
  assert.ok(!text.includes('team_budget_usd{team="research"'), 'research has no budget');
  assert.equal(sampleOf(fams, 'switchyard_pii_findings_total', { entity: 'EMAIL_ADDRESS' }), 1);
  assert.equal(sampleOf(fams, 'switchyard_pii_findings_total', { entity: 'US_SSN' }), 0);

  const count = (name, labels) => sampleOf(fams, `${name}_count`, labels);
  assert.equal(count('switchyard_upstream_duration_seconds', { deployment: 'fake-gpt-4o-mini' }), 4);
  assert.equal(count('switchyard_upstream_duration_seconds', { deployment: 'secondary' }), 1);
  assert.equal(count('switchyard_time_to_first_token_seconds', { deployment: 'fake-gpt-4o-mini' }), 1);
  // "echo: one two <marker>" streams as 4 word chunks: 3 gaps.
  assert.equal(count('switchyard_stream_chunk_gap_seconds', { deployment: 'fake-gpt-4o-mini' }), 3);
  assert.equal(count('switchyard_gateway_overhead_seconds', {}), 5, 'the answered requests');
  assert.ok(names.has('switchyard_circuit_state') && names.has('switchyard_http_responses'));

  // The access log: one line per request, the same numbers, no text or key.
  const logFile = path.join(path.dirname(gateway.configPath), 'access.log');
  let lines = [];
  for (let i = 0; i < 100 && lines.length < 7; i++) {
    lines = (await readFile(logFile, 'utf8').catch(() => '')).split('\n').filter(Boolean);
    if (lines.length < 7) await new Promise((res) => setTimeout(res, 50));
  }
  assert.equal(lines.length, 7, lines.join('\n'));
  const raw = lines.join('\n');
  for (const secret of [upstreamKey, adminKey, keys.support, keys.research, MARKER, 'bob@example.com', 'sk-client-not'])
    assert.ok(!raw.includes(secret), `${secret} in the access log`);
  const entries = lines.map((l) => JSON.parse(l));
  for (const e of entries) assert.match(e.request_id, /\S/);
  const email = entries.find((e) => e.data_class === 'confidential');
  assert.equal(email.team, 'research');
  assert.deepEqual(email.entities, { EMAIL_ADDRESS: 1 });
  assert.equal(email.redacted, true);
  assert.equal(email.prompt_tokens, 6);
  assert.equal(email.completion_tokens, 4);
  assert.equal(email.deployment, 'fake-gpt-4o-mini');
  assert.equal(email.side, 'cloud');
  assert.equal(email.rule, 'default');
  assert.equal(email.status, 200);
  assert.ok(Math.abs(email.cost_usd - (6 * 0.15 + 4 * 0.6) / 1e6) < 1e-15);
  assert.ok(email.duration_ms >= email.upstream_ms, JSON.stringify(email));
  const streamed = entries.find((e) => e.stream === true);
  assert.ok(streamed.ttft_ms >= 0 && streamed.ttft_ms <= streamed.duration_ms, JSON.stringify(streamed));
  assert.deepEqual(entries.map((e) => e.status).sort(), [200, 200, 200, 200, 200, 400, 404]);
  assert.equal(entries.find((e) => e.status === 404).deployment, 'none');
});
