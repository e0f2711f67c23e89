// Client of the local-inference benchmark (bench/local/run starts the servers).
//
// Drives two OpenAI-compatible endpoints — the gateway's in-process engine and
// llama-server — with the same streaming /v1/chat/completions requests, using
// only Node's built-in fetch, and measures:
//
//   single   one stream: decode tokens/s = (completion tokens - 1) / (time from
//            the first to the last content chunk); tokens counted from usage
//   multi    N concurrent streams started together: aggregate tokens/s = all
//            completion tokens / wall time from sending to the last stream's end
//            (prompt reading included, as a client sees it); also the
//            steady-state rate while all N streams generate
//   ttft     one request with a ~512-token prompt: time from sending to the
//            first content chunk. Each prompt starts with a different number,
//            so no side can serve it from a cached prefix (only the chat
//            template's first few tokens are shared)
//
// Each measurement is repeated, the two targets alternating (A B, B A, ...)
// so background load drifts onto both; medians are reported.
//
// With a target's PID, the CPU time its process used (user + system, all
// threads, from /proc) is recorded per measurement: CPU per token depends far
// less on other load than wall time does.
//
//   node driver.mjs --target NAME=URL,MODEL[,PID] ... [--reps 3] [--max-tokens 128]
//        [--concurrency 8] [--prompt-tokens 512] [--seed 42] [--out FILE]
//        [--tokenize-url LLAMA_SERVER_URL] [--clk-tck 100] [--phases single,multi,ttft]

import { readFileSync, writeFileSync } from 'node:fs';

const args = {
  targets: [],
  reps: 3,
  maxTokens: 128,
  concurrency: 8,
  promptTokens: 512,
  seed: 42,
  out: '',
  tokenizeUrl: '',
  clkTck: 100,
  phases: ['single', 'multi', 'ttft'],
};
for (let i = 2; i < process.argv.length; i += 2) {
  const [k, v] = [process.argv[i], process.argv[i + 1]];
  if (v === undefined) fail(`missing value after ${k}`);
  if (k === '--target') {
    const m = /^([^=]+)=([^,]+),([^,]+)(?:,(\d+))?$/.exec(v);
    if (!m) fail(`--target wants NAME=URL,MODEL[,PID] (got ${v})`);
    args.targets.push({ name: m[1], url: m[2].replace(/\/+$/, ''), model: m[3], pid: m[4] });
  } else if (k === '--reps') args.reps = posInt(k, v);
  else if (k === '--max-tokens') args.maxTokens = posInt(k, v);
  else if (k === '--concurrency') args.concurrency = posInt(k, v);
  else if (k === '--prompt-tokens') args.promptTokens = posInt(k, v);
  else if (k === '--seed') args.seed = posInt(k, v);
  else if (k === '--out') args.out = v;
  else if (k === '--tokenize-url') args.tokenizeUrl = v.replace(/\/+$/, '');
  else if (k === '--clk-tck') args.clkTck = posInt(k, v);
  else if (k === '--phases') args.phases = v.split(',');
  else fail(`unknown option ${k}`);
}
if (args.targets.length < 1) fail('at least one --target NAME=URL,MODEL is needed');

function fail(msg) {
  console.error(`bench/local driver: ${msg}`);
  process.exit(2);
}
function posInt(k, v) {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) fail(`${k} wants a positive whole number (got ${v})`);
  return n;
}
function log(msg) {
  console.error(`  ${msg}`);
}

// ---- prompts ---------------------------------------------------------------

// Deterministic text from a fixed word list (each word one Llama 3 token with
// its leading space, most of them), so a prompt's length is predictable.
const WORDS = (
  'the of and to in is was for on that with as by at from his her it an were are which this be ' +
  'or has had but not have one their they all its new after first two more been other when who ' +
  'also into time over can some only would most there these three about between then under year ' +
  'city where during through world work made school later same part each many people before team ' +
  'state while since both well several early government because system region water music small ' +
  'river market light story night field order power house paper point model train local cloud'
).split(' ');

function rng(seed) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  };
}

function words(n, seed) {
  const r = rng(seed);
  const out = [];
  for (let i = 0; i < n; ++i) out.push(WORDS[Math.floor(r() * WORDS.length)]);
  return out.join(' ');
}

// A request's prompt: a distinct number first, then filler words.
function prompt(id, nWords, seed) {
  return `${id % 1000}: Continue this text. ${words(nWords, seed)}`;
}

// ---- one streaming request ---------------------------------------------------

async function stream(target, content, maxTokens, seed) {
  const body = {
    model: target.model,
    messages: [{ role: 'user', content }],
    stream: true,
    stream_options: { include_usage: true },
    max_tokens: maxTokens,
    temperature: 0.8,
    top_k: 40,
    top_p: 0.95,
    min_p: 0.05,
    seed,
    ignore_eos: true,
  };
  const t0 = performance.now();
  const res = await fetch(`${target.url}/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer sk-bench-local' },
    body: JSON.stringify(body),
  });
  if (res.status !== 200) {
    throw new Error(`${target.name}: HTTP ${res.status}: ${(await res.text()).slice(0, 400)}`);
  }
  const r = { t0, tFirst: 0, tLast: 0, tEnd: 0, chunkTimes: [], usage: null, finish: null };
  const decoder = new TextDecoder();
  let buf = '';
  for await (const bytes of res.body) {
    const now = performance.now();
    buf += decoder.decode(bytes, { stream: true });
    let nl;
    while ((nl = buf.indexOf('\n')) >= 0) {
      const line = buf.slice(0, nl).trim();
      buf = buf.slice(nl + 1);
      if (!line.startsWith('data:')) continue;
      const data = line.slice(5).trim();
      if (data === '[DONE]') continue;
      const ev = JSON.parse(data);
      if (ev.error) throw new Error(`${target.name}: in-stream error: ${JSON.stringify(ev.error)}`);
      const choice = ev.choices && ev.choices[0];
      if (choice && typeof choice.delta?.content === 'string' && choice.delta.content.length > 0) {
        if (!r.tFirst) r.tFirst = now;
        r.tLast = now;
        r.chunkTimes.push(now);
      }
      if (choice && choice.finish_reason) r.finish = choice.finish_reason;
      if (ev.usage) r.usage = ev.usage;
    }
  }
  r.tEnd = performance.now();
  if (!r.usage) throw new Error(`${target.name}: the stream carried no usage`);
  if (!r.tFirst) throw new Error(`${target.name}: the stream carried no content`);
  return r;
}

// ---- measurements --------------------------------------------------------------

// Both targets get the same prompts: each measurement's prompt is fixed by
// its phase, repetition and stream, and no two measurements of one target
// share more than the chat template's first tokens. Warm-up and calibration
// prompts take numbers from 900 on.
let requestId = 900;
const nextId = () => requestId++;

async function single(target, rep) {
  const id = 100 + rep;
  const r = await stream(target, prompt(id, 24, args.seed + id), args.maxTokens, args.seed + rep);
  const n = r.usage.completion_tokens;
  return {
    tokens: n,
    decode_tps: (n - 1) / ((r.tLast - r.tFirst) / 1000),
    e2e_tps: n / ((r.tEnd - r.t0) / 1000),
  };
}

async function multi(target, rep) {
  const t0 = performance.now();
  const runs = await Promise.all(
    Array.from({ length: args.concurrency }, (_, k) => {
      const id = 200 + ((rep * args.concurrency + k) % 300);
      return stream(target, prompt(id, 24, args.seed + id), args.maxTokens, args.seed + rep * 100 + k);
    }),
  );
  const tEnd = Math.max(...runs.map((r) => r.tEnd));
  const tokens = runs.reduce((a, r) => a + r.usage.completion_tokens, 0);
  // Steady state: from the moment every stream has produced a token to the
  // moment the first one ends, content chunks over all streams per second.
  const from = Math.max(...runs.map((r) => r.tFirst));
  const to = Math.min(...runs.map((r) => r.tLast));
  let chunks = 0;
  for (const r of runs) chunks += r.chunkTimes.filter((t) => t > from && t <= to).length;
  return {
    tokens,
    aggregate_tps: tokens / ((tEnd - t0) / 1000),
    steady_tps: to > from ? chunks / ((to - from) / 1000) : null,
    ttft_max_ms: Math.max(...runs.map((r) => r.tFirst - r.t0)),
  };
}

async function ttft(target, rep, nWords) {
  const id = 500 + (rep % 400);
  const r = await stream(target, prompt(id, nWords, args.seed), 4, args.seed + rep);
  return {
    ttft_ms: r.tFirst - r.t0,
    prompt_tokens: r.usage.prompt_tokens,
    cached_tokens: r.usage.prompt_tokens_details?.cached_tokens ?? null,
  };
}

// Word count whose chat-templated prompt is closest to the target length.
// With --tokenize-url (llama-server's /tokenize, same vocabulary) the filler
// is counted there and one short request per target gives the template's
// overhead; without it, full-length probe requests refine an estimate.
async function calibrate(target) {
  const usagePrompt = async (text) => (await stream(target, text, 1, args.seed)).usage.prompt_tokens;
  let count;
  if (args.tokenizeUrl) {
    const tokenize = async (text) => {
      const res = await fetch(`${args.tokenizeUrl}/tokenize`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ content: text, add_special: false }),
      });
      if (res.status !== 200) throw new Error(`/tokenize: HTTP ${res.status}`);
      return (await res.json()).tokens.length;
    };
    const short = prompt(nextId(), 4, args.seed);
    const overhead = (await usagePrompt(short)) - (await tokenize(short));
    count = async (n) => overhead + (await tokenize(prompt(nextId(), n, args.seed)));
  } else {
    count = async (n) => usagePrompt(prompt(nextId(), n, args.seed));
  }
  let n = Math.round(args.promptTokens * 0.9);
  for (let i = 0; i < 6; ++i) {
    const got = await count(n);
    log(`calibration on ${target.name}: ${n} words -> ${got} prompt tokens`);
    if (got === args.promptTokens) break;
    n += args.promptTokens - got;
  }
  return n;
}

const median = (xs) => {
  const v = xs.filter((x) => x !== null && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};

// CPU seconds (user + system, all threads) the process has used; null without a PID.
function cpuSeconds(pid) {
  if (!pid) return null;
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / args.clkTck;  // utime, stime
}

// Runs fn(target, rep) for every rep and target, alternating which goes first.
async function measure(label, fn) {
  const results = Object.fromEntries(args.targets.map((t) => [t.name, []]));
  for (let rep = 0; rep < args.reps; ++rep) {
    const order = rep % 2 ? [...args.targets].reverse() : args.targets;
    for (const t of order) {
      const cpu0 = cpuSeconds(t.pid);
      const r = await fn(t, rep);
      r.cpu_s = t.pid ? cpuSeconds(t.pid) - cpu0 : null;
      results[t.name].push(r);
      log(`${label} ${t.name} #${rep + 1}: ${JSON.stringify(r, (k, v) => (typeof v === 'number' ? Math.round(v * 100) / 100 : v))}`);
    }
  }
  return results;
}

async function main() {
  // Warm-up: weights paged in, threads started, first-request paths taken.
  for (const t of args.targets) {
    log(`warm-up ${t.name}`);
    await stream(t, prompt(nextId(), 24, args.seed), 8, args.seed);
    await Promise.all(
      Array.from({ length: args.concurrency }, () => stream(t, prompt(nextId(), 8, args.seed), 4, args.seed)),
    );
  }
  const has = (phase) => args.phases.includes(phase);
  const nWords = has('ttft') ? await calibrate(args.targets[0]) : 0;

  const raw = { single: {}, multi: {}, ttft: {} };
  for (const t of args.targets) {
    for (const phase of Object.keys(raw)) raw[phase][t.name] = [];
  }
  if (has('single')) raw.single = await measure('single', single);
  if (has('multi')) raw.multi = await measure(`concurrent x${args.concurrency}`, multi);
  if (has('ttft')) raw.ttft = await measure('ttft', (t, rep) => ttft(t, rep, nWords));

  const summary = {};
  for (const t of args.targets) {
    const s = raw.single[t.name];
    const m = raw.multi[t.name];
    const f = raw.ttft[t.name];
    summary[t.name] = {
      single_decode_tps: median(s.map((x) => x.decode_tps)),
      single_e2e_tps: median(s.map((x) => x.e2e_tps)),
      single_tokens: median(s.map((x) => x.tokens)),
      aggregate_tps: median(m.map((x) => x.aggregate_tps)),
      steady_tps: median(m.map((x) => x.steady_tps)),
      multi_tokens: median(m.map((x) => x.tokens)),
      multi_ttft_max_ms: median(m.map((x) => x.ttft_max_ms)),
      ttft_ms: median(f.map((x) => x.ttft_ms)),
      single_cpu_ms_per_token: median(s.map((x) => (x.cpu_s === null ? null : (x.cpu_s * 1000) / x.tokens))),
      multi_cpu_ms_per_token: median(m.map((x) => (x.cpu_s === null ? null : (x.cpu_s * 1000) / x.tokens))),
      ttft_cpu_ms: median(f.map((x) => (x.cpu_s === null ? null : x.cpu_s * 1000))),
      ttft_prompt_tokens: [...new Set(f.map((x) => x.prompt_tokens))],
    };
  }
  const result = {
    settings: {
      reps: args.reps,
      max_tokens: args.maxTokens,
      concurrency: args.concurrency,
      prompt_tokens_target: args.promptTokens,
      prompt_words: nWords,
      seed: args.seed,
    },
    summary,
    raw,
  };
  const json = JSON.stringify(result, null, 2);
  if (args.out) writeFileSync(args.out, json + '\n');
  process.stdout.write(json + '\n');
}

main().catch((e) => {
  console.error(`bench/local driver: ${e.stack || e}`);
  process.exit(1);
});
