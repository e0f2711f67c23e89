#!/usr/bin/env node
// Load-aware spill, timed: how long traffic takes to move to the cloud once
// a local deployment passes its limit, and to come back once it is clear.
//
// A stand-in for a local model server (an OpenAI-compatible answer after a
// delay this script changes while it runs) is the local deployment; the fake
// OpenAI upstream is the cloud. The gateway (build/switchyard) routes one
// alias to both, the local one with `spill: {p95_ms: ...}` (the `latency`
// scenario) or `spill: {queue_depth: ...}` (the `queue` scenario). Steady
// traffic from CLIENTS concurrent loops; each answer's x-switchyard-side
// and its arrival time are kept, and the gateway's own log lines
// ("over its load limits, spilling", "back under its load limits") are
// timestamped as they arrive.
//
//   latency: at T_slow the stand-in turns slow (SLOW_MS per answer), at
//            T_fast fast again. Reported: T_slow → the gateway crossing the
//            limit (log) → the first answer from the cloud sent after it;
//            T_fast → the gateway back under its limits → the first local
//            answer after it.
//   queue:   the stand-in holds every answer SLOW_MS; the concurrency is
//            stepped from 1 to CLIENTS (over the limit) and back to 1.
//
//   node bench/spill/run.mjs [latency|queue]   (default: both)
//
// Environment: SWITCHYARD_BIN, FAKE_UPSTREAM_BIN (default build/), CLIENTS (8),
// SLOW_MS (300), FAST_MS (5), P95_MS (100), WINDOW_MS (800), QUEUE_DEPTH (4).
import http from 'node:http';
import { startFakeUpstream, startGateway } from '../../tests/e2e/harness.mjs';

const env = (k, d) => Number(process.env[k] ?? d);
const CLIENTS = env('CLIENTS', 8);
const SLOW_MS = env('SLOW_MS', 300);
const FAST_MS = env('FAST_MS', 5);
const P95_MS = env('P95_MS', 100);
const WINDOW_MS = env('WINDOW_MS', 800);
const QUEUE_DEPTH = env('QUEUE_DEPTH', 4);

const now = () => Number(process.hrtime.bigint() / 1000n) / 1000; // ms, monotonic

// The stand-in local server: OpenAI chat answers after `delay` ms.
function startStandIn() {
  const state = { delay: FAST_MS, served: 0 };
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      if (req.url.endsWith('/health')) return res.end('{"status":"ok"}');
      setTimeout(() => {
        state.served++;
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({
          id: 'chatcmpl-standin', object: 'chat.completion', created: 0, model: 'standin',
          choices: [{ index: 0, message: { role: 'assistant', content: 'local' }, finish_reason: 'stop' }],
          usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
        }));
      }, state.delay);
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, state, url: `http://127.0.0.1:${server.address().port}` })));
}

function config(localURL, cloudURL, limits) {
  return `server:
  listen: 127.0.0.1:0
  threads: 1
providers:
  - { name: standin, kind: openai_compatible, base_url: ${localURL}/v1 }
  - { name: cloud, kind: openai_compatible, base_url: ${cloudURL}/v1 }
models:
  - alias: m
    deployments:
      - { name: local, provider: standin, model: standin, side: local, spill: ${limits} }
      - { name: cloud, provider: cloud, model: gpt-4o-mini, side: cloud }
routing:
  spill: { resume_below: 0.8, latency_window_ms: ${WINDOW_MS}, max_wait_ms: 2000 }
privacy:
  enabled: false
`;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
function chat(gatewayURL) {
  return new Promise((resolve, reject) => {
    const started = now();
    const req = http.request(`${gatewayURL}/v1/chat/completions`, {
      method: 'POST', agent, headers: { 'content-type': 'application/json' },
    }, (res) => {
      res.resume();
      res.on('end', () => resolve({ started, at: now(), status: res.statusCode, side: res.headers['x-switchyard-side'] }));
    });
    req.on('error', reject);
    req.end(JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'hi' }] }));
  });
}

// Timestamps of the gateway's spill log lines.
function watchLog(proc) {
  const events = [];
  let seen = proc.stderr.length;
  proc.child.stderr.on('data', () => {
    const text = proc.stderr.slice(seen);
    seen = proc.stderr.length;
    for (const line of text.split('\n')) {
      if (line.includes('spilling')) events.push({ at: now(), spilling: true, line });
      if (line.includes('back under its load limits')) events.push({ at: now(), spilling: false, line });
    }
  });
  return events;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const first = (answers, after, side) => answers.find((a) => a.started >= after && a.side === side);
const fmt = (x) => (x === undefined ? 'n/a' : `${x.toFixed(1)} ms`);

async function run(scenario) {
  const standin = await startStandIn();
  const cloud = await startFakeUpstream();
  const limits = scenario === 'latency' ? `{ p95_ms: ${P95_MS} }` : `{ queue_depth: ${QUEUE_DEPTH} }`;
  const gw = await startGateway({ configText: config(standin.url, cloud.url, limits) });
  const log = watchLog(gw.proc);
  const answers = [];
  let clients = scenario === 'latency' ? CLIENTS : 1;
  let stop = false;
  const loops = [];
  const loop = async (i) => {
    while (!stop) {
      if (i >= clients) { await sleep(5); continue; }
      answers.push(await chat(gw.url));
    }
  };
  if (scenario === 'queue') standin.state.delay = SLOW_MS;
  for (let i = 0; i < CLIENTS; i++) loops.push(loop(i));
  await sleep(1500); // steady state, all local
  const tOver = now();
  if (scenario === 'latency') standin.state.delay = SLOW_MS; else clients = CLIENTS;
  await sleep(3000);
  const tClear = now();
  if (scenario === 'latency') standin.state.delay = FAST_MS; else clients = 1;
  await sleep(3000);
  stop = true;
  await Promise.all(loops);
  await gw.stop();
  await cloud.stop();
  standin.server.close();

  const crossed = log.find((e) => e.spilling && e.at >= tOver);
  const cleared = log.find((e) => !e.spilling && e.at >= tClear);
  const moved = crossed && first(answers, crossed.at, 'cloud');
  const returned = cleared && first(answers, cleared.at, 'local');
  const failed = answers.filter((a) => a.status !== 200).length;
  return {
    scenario,
    requests: answers.length,
    failed,
    'injected → limit crossed': crossed && fmt(crossed.at - tOver),
    'limit crossed → first request sent to the cloud': moved && fmt(moved.started - crossed.at),
    'injected → first cloud answer': fmt(first(answers, tOver, 'cloud')?.at - tOver),
    'removed → back under the limits': cleared && fmt(cleared.at - tClear),
    'back under → first request sent local again': returned && fmt(returned.started - cleared.at),
    'removed → first local request after': fmt(returned?.started - tClear),
  };
}

const which = process.argv[2] ? [process.argv[2]] : ['latency', 'queue'];
for (const s of which) console.log(JSON.stringify(await run(s), null, 2));
