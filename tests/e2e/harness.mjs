// End-to-end harness: starts the fake OpenAI upstream and the Switchyard
// gateway as real processes on loopback (port 0), hands their URLs to the
// tests, and stops them with SIGTERM at the end, checking the gateway shuts
// down cleanly (exit code 0).
//
// Binaries come from SWITCHYARD_BIN, FAKE_UPSTREAM_BIN and MAKE_MODEL_BIN
// (CTest sets them); without them, from the Release build next to the sources
// (../../build/). A test may start the gateway with its own configuration
// (startGateway({configText})), e.g. one serving a tiny random-weight model
// from makeTinyModel().
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';

const here = path.dirname(fileURLToPath(import.meta.url));
const defaultBuild = path.resolve(here, '../../build');

export const SWITCHYARD_BIN = process.env.SWITCHYARD_BIN || path.join(defaultBuild, 'switchyard');
export const FAKE_UPSTREAM_BIN =
  process.env.FAKE_UPSTREAM_BIN || path.join(defaultBuild, 'fake-openai-upstream');
export const MAKE_MODEL_BIN =
  process.env.MAKE_MODEL_BIN || path.join(defaultBuild, 'switchyard-make-model');

const START_TIMEOUT_MS = 15_000;
const STOP_TIMEOUT_MS = 20_000;

// Children still running when this process exits (a test crashed before its
// `after` hook) are killed, so no stray server outlives the test run.
const live = new Set();
process.on('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

function requireBinary(file, what) {
  if (!existsSync(file)) {
    throw new Error(
      `${what} binary not found at ${file}. Build it first ` +
        `(cmake -S . -B build -DCMAKE_BUILD_TYPE=Release && cmake --build build) ` +
        `or point ${{ switchyard: 'SWITCHYARD_BIN', 'switchyard-make-model': 'MAKE_MODEL_BIN', 'fake-gemini-upstream': 'FAKE_GEMINI_BIN' }[what] ?? 'FAKE_UPSTREAM_BIN'} at it.`,
    );
  }
}

// A running child process with its output captured. `ready` resolves with the
// URL from the first "<name> listening on http://HOST:PORT" line on stdout.
class ServerProcess {
  constructor(name, file, args, env) {
    requireBinary(file, name);
    this.name = name;
    this.stdout = '';
    this.stderr = '';
    this.exit = null; // {code, signal} once exited
    this.child = spawn(file, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    live.add(this.child);
    this.exited = new Promise((resolve) => {
      this.child.on('exit', (code, signal) => {
        live.delete(this.child);
        this.exit = { code, signal };
        resolve(this.exit);
      });
    });
    this.child.stdout.setEncoding('utf8');
    this.child.stderr.setEncoding('utf8');
    this.child.stderr.on('data', (d) => (this.stderr += d));
    this.ready = new Promise((resolve, reject) => {
      const pattern = new RegExp(`${name} listening on (http://\\S+)`);
      const timer = setTimeout(() => {
        reject(new Error(`${name} did not report "listening on" within ${START_TIMEOUT_MS} ms\n${this.output()}`));
      }, START_TIMEOUT_MS);
      this.child.stdout.on('data', (d) => {
        this.stdout += d;
        const m = this.stdout.match(pattern);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
      this.child.on('error', (err) => {
        clearTimeout(timer);
        reject(new Error(`${name} could not be started (${file}): ${err.message}`));
      });
      this.exited.then(({ code, signal }) => {
        clearTimeout(timer);
        reject(new Error(`${name} exited before listening (code ${code}, signal ${signal})\n${this.output()}`));
      });
    });
    // A rejection nobody awaits yet must not crash the test process.
    this.ready.catch(() => {});
  }

  output() {
    return `--- ${this.name} stdout ---\n${this.stdout}--- ${this.name} stderr ---\n${this.stderr}`;
  }

  // SIGTERM, then wait for the exit; SIGKILL after STOP_TIMEOUT_MS.
  async stop() {
    if (this.exit) return this.exit;
    this.child.kill('SIGTERM');
    let timer;
    const timeout = new Promise((resolve) => {
      timer = setTimeout(() => resolve(null), STOP_TIMEOUT_MS);
    });
    const result = await Promise.race([this.exited, timeout]);
    clearTimeout(timer);
    if (result) return result;
    this.child.kill('SIGKILL');
    await this.exited;
    throw new Error(`${this.name} did not exit within ${STOP_TIMEOUT_MS} ms of SIGTERM\n${this.output()}`);
  }
}

// The gateway configuration the tests run against. Models:
//   gpt-4o-mini     one cloud deployment of the fake's echo model
//   with-fallback   a local deployment that always fails 500 ("primary"), then
//                   the echo model in the cloud ("secondary")
//   upstream-400    a deployment whose upstream answers 400
//   always-500      a deployment whose upstream always answers 500
//   cut-stream      a deployment whose upstream stream breaks after two chunks
export function gatewayConfig({ upstreamURL, threads = 1, keyEnv = 'FAKE_UPSTREAM_KEY' }) {
  return `# written by tests/e2e/harness.mjs
server:
  listen: 127.0.0.1:0
  threads: ${threads}
providers:
  - name: fake
    kind: openai_compatible
    base_url: ${upstreamURL}/v1
    api_key_env: ${keyEnv}
models:
  - alias: gpt-4o-mini
    deployments:
      - { provider: fake, model: gpt-4o-mini, side: cloud, name: fake-gpt-4o-mini, price: { input_per_1m: 0.15, output_per_1m: 0.6 } }
  - alias: with-fallback
    deployments:
      - { provider: fake, model: error-500, side: local, name: primary }
      - { provider: fake, model: gpt-4o-mini, side: cloud, name: secondary }
  - alias: upstream-400
    deployments:
      - { provider: fake, model: error-400, side: cloud, name: bad-request-upstream }
  - alias: always-500
    deployments:
      - { provider: fake, model: error-500, side: cloud, name: always-500-upstream }
  - alias: cut-stream
    deployments:
      - { provider: fake, model: disconnect-mid-stream, side: cloud, name: cut-stream-upstream }
routing:
  retry: { max_attempts: 2, initial_backoff_ms: 1, max_backoff_ms: 5 }
`;
}

// A gateway configuration that serves `modelFile` through the in-process
// engine (provider "engine") as alias `alias`; `embeddings` turns the
// provider's embeddings on. One engine thread: see docs/local-inference.md.
export function localEngineConfig({
  modelFile,
  writtenBy,
  alias = 'local-tiny',
  model = 'tiny-llama',
  contextSize = 512,
  parallel = 2,
  embeddings = false,
}) {
  return `# written by ${writtenBy}
server:
  listen: 127.0.0.1:0
  threads: 1
providers:
  - name: engine
    kind: llama
    model_path: ${modelFile}
    context_size: ${contextSize}
    threads: 1
    parallel: ${parallel}
    batch_size: 128
${embeddings ? '    embeddings: true\n' : ''}models:
  - alias: ${alias}
    deployments:
      - { provider: engine, model: ${model}, side: local }
`;
}

export async function startFakeUpstream({ threads = 1 } = {}) {
  const proc = new ServerProcess(
    'fake-openai-upstream',
    FAKE_UPSTREAM_BIN,
    ['--host', '127.0.0.1', '--port', '0', '--threads', String(threads)],
    process.env,
  );
  const url = await proc.ready;
  return {
    url,
    proc,
    // What reached the fake "cloud": [{method, path, authorization, body}].
    async requests() {
      const r = await fetch(`${url}/_fake/requests`);
      if (!r.ok) throw new Error(`GET /_fake/requests: ${r.status}`);
      return r.json();
    },
    async reset() {
      const r = await fetch(`${url}/_fake/reset`, { method: 'POST' });
      if (!r.ok) throw new Error(`POST /_fake/reset: ${r.status}`);
    },
    stop: () => proc.stop(),
  };
}

export async function startGateway({ configText, env = {} }) {
  const dir = await mkdtemp(path.join(tmpdir(), 'switchyard-e2e-'));
  const configPath = path.join(dir, 'switchyard.yaml');
  await writeFile(configPath, configText);
  const proc = new ServerProcess(
    'switchyard',
    SWITCHYARD_BIN,
    ['serve', '--config', configPath, '--listen', '127.0.0.1:0'],
    { ...process.env, ...env },
  );
  let url;
  try {
    url = await proc.ready;
  } catch (err) {
    await rm(dir, { recursive: true, force: true });
    throw err;
  }
  return {
    url,
    baseURL: `${url}/v1`,
    configPath,
    proc,
    // SIGTERM; resolves with the exit status, and removes the temp config.
    async stop() {
      try {
        return await proc.stop();
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}

// Both servers with the default configuration, and a fresh upstream key the
// gateway reads from FAKE_UPSTREAM_KEY. `stop()` stops the gateway first and
// reports its exit status; the tests assert it is a clean 0.
export async function startStack({ threads = 1 } = {}) {
  const upstreamKey = `sk-e2e-upstream-${randomBytes(12).toString('hex')}`;
  const upstream = await startFakeUpstream();
  let gateway;
  try {
    gateway = await startGateway({
      configText: gatewayConfig({ upstreamURL: upstream.url, threads }),
      env: { FAKE_UPSTREAM_KEY: upstreamKey },
    });
  } catch (err) {
    await upstream.stop().catch(() => {});
    throw err;
  }
  return {
    upstream,
    gateway,
    upstreamKey,
    async stop() {
      let gatewayExit;
      try {
        gatewayExit = await gateway.stop();
      } finally {
        await upstream.stop().catch(() => {});
      }
      return gatewayExit;
    },
  };
}

// Writes a tiny random-weight GGUF model (the answers are noise) into a fresh
// temporary folder; `remove()` deletes it. Null when this build has no
// in-process engine (the model tool is built only with llama.cpp).
export async function makeTinyModel() {
  if (!existsSync(MAKE_MODEL_BIN)) return null;
  const dir = await mkdtemp(path.join(tmpdir(), 'switchyard-e2e-model-'));
  const file = path.join(dir, 'tiny.gguf');
  await new Promise((resolve, reject) => {
    execFile(MAKE_MODEL_BIN, ['--out', file, '--type', 'q8_0', '--seed', '1234'], (err, stdout, stderr) =>
      err ? reject(new Error(`switchyard-make-model failed: ${err.message}\n${stderr}`)) : resolve(),
    );
  });
  return { file, remove: () => rm(dir, { recursive: true, force: true }) };
}

export const FAKE_GEMINI_BIN =
  process.env.FAKE_GEMINI_BIN || path.join(defaultBuild, 'fake-gemini-upstream');

// The fake Gemini API (tests/fakes/fake_gemini_upstream.hpp) as a process;
// `url` is its origin (the SDK's baseUrl; a gateway's base_url is url + '/v1beta').
export async function startFakeGemini() {
  const proc = new ServerProcess('fake-gemini-upstream', FAKE_GEMINI_BIN,
    ['--host', '127.0.0.1', '--port', '0'], process.env);
  const url = await proc.ready;
  return {
    url,
    proc,
    // What reached it: [{method, path, api_key, body}].
    async requests() {
      const r = await fetch(`${url}/_fake/requests`);
      if (!r.ok) throw new Error(`GET /_fake/requests: ${r.status}`);
      return r.json();
    },
    stop: () => proc.stop(),
  };
}

export const FAKE_ANTHROPIC_BIN =
  process.env.FAKE_ANTHROPIC_BIN || path.join(defaultBuild, 'fake-anthropic-upstream');

// The fake Anthropic API (tests/fakes/fake_anthropic_upstream.hpp) as a
// process; `url` is its origin (the SDK's baseURL; a gateway's base_url is
// url + '/v1').
export async function startFakeAnthropic() {
  const proc = new ServerProcess('fake-anthropic-upstream', FAKE_ANTHROPIC_BIN,
    ['--host', '127.0.0.1', '--port', '0'], process.env);
  const url = await proc.ready;
  return {
    url,
    proc,
    // What reached it: [{method, path, api_key, anthropic_version, body}].
    async requests() {
      const r = await fetch(`${url}/_fake/requests`);
      if (!r.ok) throw new Error(`GET /_fake/requests: ${r.status}`);
      return r.json();
    },
    async reset() {
      const r = await fetch(`${url}/_fake/reset`, { method: 'POST' });
      if (!r.ok) throw new Error(`POST /_fake/reset: ${r.status}`);
    },
    stop: () => proc.stop(),
  };
}

// Runs `file` with its stdin closed (`claude -p` waits for piped input and
// `codex exec` reads more of the prompt from it otherwise); resolves to its
// exit code, whether a timeout killed it, and its output.
export function runClosedStdin(file, args, options) {
  return new Promise((resolve) => {
    const child = execFile(file, args, { ...options, maxBuffer: 16 << 20 }, (err, stdout, stderr) =>
      resolve({ code: err ? (err.code ?? 1) : 0, killed: err?.killed ?? false, stdout, stderr }),
    );
    child.stdin?.end();
  });
}

// The rows (model, status, side, deployment) of the SQLite ledger at `db`
// (sqlite3 shell), polled until `ok` holds or 5 s pass: the gateway moves
// journaled records into the database a few ms after each answer.
export async function ledgerRows(db, ok) {
  let rows = [];
  for (let i = 0; i < 100; ++i) {
    const r = await runClosedStdin('sqlite3', ['-separator', '|', db, 'SELECT model, status, side, deployment FROM requests']);
    rows = r.stdout.trim() ? r.stdout.trim().split('\n').map((l) => l.split('|')) : [];
    if (ok(rows)) return rows;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return rows;
}
