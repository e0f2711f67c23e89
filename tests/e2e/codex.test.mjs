// Codex CLI itself (`@openai/codex`, non-interactive `codex exec`) with a
// model provider whose base_url is the gateway and wire_api "responses":
// its streamed Responses request (developer instructions as input items, a
// handful of function tools, reasoning and include settings, store false,
// prompt_cache_key, client_metadata) goes through /v1/responses to the fake
// OpenAI upstream as Chat Completions, the answer comes back as the
// Responses API's semantic events, the command completes, and the
// gateway's ledger holds the record. A stream the upstream cuts mid-answer
// ends in `response.failed`, which Codex reads: it fails with the gateway's
// message.
//
// Codex runs with a throwaway CODEX_HOME whose config.toml turns off what
// would leave the machine or what the gateway does not serve (docs/providers.md,
// "Codex CLI"): the update check, analytics, the plugin and app features
// (they resolve github.com and chatgpt.com), the hosted web_search tool and
// the multi-agent namespace tools. When strace is on the machine every
// connect() it makes is traced and must go to loopback: no DNS look-up, no
// telemetry, no call home.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ledgerRows, runClosedStdin, startFakeUpstream, startGateway } from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const CODEX_BIN = path.join(here, 'node_modules', '.bin', 'codex');
const STRACE = ['/usr/bin/strace', '/bin/strace'].find((p) => existsSync(p));

let upstream;
let gateway;
let work;

before(async () => {
  // Not under /tmp's top level alone: Codex refuses to create its helper
  // links in a temporary directory (it warns and goes on).
  work = await mkdtemp(path.join(tmpdir(), 'switchyard-codex-'));
  upstream = await startFakeUpstream();
  gateway = await startGateway({
    configText: `# written by codex.test.mjs
server:
  listen: 127.0.0.1:0
  threads: 1
providers:
  - name: fake
    kind: openai_compatible
    base_url: ${upstream.url}/v1
models:
  - alias: codex-test
    deployments:
      - { provider: fake, model: gpt-4o-mini, side: local, name: fake-local }
  - alias: codex-cut
    deployments:
      - { provider: fake, model: disconnect-mid-stream, side: local, name: fake-cut }
ledger:
  path: ${path.join(work, 'ledger.db')}
`,
  });
});

after(async () => {
  const exit = gateway ? await gateway.stop() : null;
  if (upstream) await upstream.stop().catch(() => {});
  if (work) await rm(work, { recursive: true, force: true });
  if (exit) assert.deepEqual(exit, { code: 0, signal: null }, `gateway did not exit cleanly\n${gateway.proc.output()}`);
});

const run = runClosedStdin;

// Codex's configuration: the gateway as a Responses-speaking model
// provider, and everything that would reach beyond loopback off.
function codexConfig(baseURL) {
  return `# written by codex.test.mjs
model = "codex-test"
model_provider = "switchyard"
check_for_update_on_startup = false
web_search = "disabled"

[features]
multi_agent = false
plugins = false
apps = false
remote_plugin = false

[analytics]
enabled = false

[model_providers.switchyard]
name = "Switchyard"
base_url = "${baseURL}"
env_key = "SWITCHYARD_API_KEY"
wire_api = "responses"
request_max_retries = 0
stream_max_retries = 0
`;
}

// Writes Codex's home (once) and runs `codex exec` with `args` in a project
// folder of its own, traced with strace into `trace` when it is there.
async function runCodex(args, trace) {
  const home = path.join(work, 'home');
  const codexHome = path.join(home, '.codex');
  const cwd = path.join(work, 'project');
  await mkdir(codexHome, { recursive: true });
  await mkdir(cwd, { recursive: true });
  await writeFile(path.join(codexHome, 'config.toml'), codexConfig(gateway.baseURL));
  const env = {
    PATH: process.env.PATH,
    HOME: home,
    CODEX_HOME: codexHome,
    SWITCHYARD_API_KEY: 'sk-e2e-codex-dummy-key',
  };
  const codexArgs = ['exec', '--skip-git-repo-check', '--sandbox', 'read-only', ...args];
  const [file, fileArgs] =
    STRACE && trace
      ? [STRACE, ['-f', '-e', 'trace=connect', '-o', trace, CODEX_BIN, ...codexArgs]]
      : [CODEX_BIN, codexArgs];
  return run(file, fileArgs, { cwd, env, timeout: 180_000 });
}

test('codex exec completes through the gateway, and the ledger has its record', async (t) => {
  if (!existsSync(CODEX_BIN)) return t.skip(`Codex CLI is not installed (${CODEX_BIN}): run scripts/e2e-deps`);
  const prompt = 'Reply with one word: pong';
  const trace = path.join(work, 'connect.trace');
  const r = await runCodex([prompt], trace);
  assert.equal(r.code, 0, `codex exec failed (code ${r.code}, killed ${r.killed})\nstdout: ${r.stdout}\nstderr: ${r.stderr}\n${gateway.proc.output()}`);
  // The fake upstream echoes the last user text it was sent: Codex printed
  // the answer it read from the Responses events.
  assert.match(r.stdout, new RegExp(`echo: ${prompt}`), `stdout: ${r.stdout}\nstderr: ${r.stderr}`);

  const seen = await upstream.requests();
  assert.ok(seen.length >= 1, 'nothing reached the upstream');
  const sent = JSON.parse(seen.at(-1).body);
  assert.equal(sent.stream, true, 'codex streams');
  const toolNames = (sent.tools ?? []).map((tool) => tool.function.name);
  assert.ok(toolNames.includes('exec_command'), `Codex's tools reach the upstream: ${toolNames}`);
  // Its developer messages are system prompts upstream; its prompt is the last user turn.
  assert.ok(['system', 'developer'].includes(sent.messages[0].role), JSON.stringify(sent.messages[0]));
  const last = sent.messages.at(-1);
  assert.equal(last.role, 'user');
  assert.match(JSON.stringify(last.content), /Reply with one word: pong/);
  // What Codex sends for OpenAI's own bookkeeping stays at the gateway.
  assert.equal(sent.client_metadata, undefined);
  assert.equal(sent.include, undefined);
  assert.equal(sent.store, undefined);
  assert.equal(typeof sent.prompt_cache_key, 'string', 'prompt_cache_key is carried');

  const rows = await ledgerRows(path.join(work, 'ledger.db'), (rs) => rs.length >= seen.length);
  assert.ok(rows.length >= 1, 'the ledger has no record');
  assert.equal(rows.length, seen.length, 'one record per request');
  for (const [model, status, side, deployment] of rows) {
    assert.equal(model, 'codex-test');
    assert.equal(status, '200');
    assert.equal(side, 'local');
    assert.equal(deployment, 'fake-local');
  }

  if (STRACE) {
    const lines = (await readFile(trace, 'utf8')).split('\n').filter((l) => l.includes('connect('));
    const inet = lines.filter((l) => /AF_INET6?/.test(l));
    assert.ok(inet.length >= 1, `no connection traced at all:\n${lines.join('\n')}`);
    const outside = inet.filter((l) => !/inet_addr\("127\.0\.0\.1"\)|inet_pton\(AF_INET6, "::1"/.test(l));
    assert.deepEqual(outside, [], 'Codex connected beyond loopback');
  } else {
    t.diagnostic('strace not found: connections beyond loopback were not traced');
  }
});

test('a stream cut mid-answer: codex reads response.failed and reports the gateway\'s message', async (t) => {
  if (!existsSync(CODEX_BIN)) return t.skip(`Codex CLI is not installed (${CODEX_BIN}): run scripts/e2e-deps`);
  const r = await runCodex(['-m', 'codex-cut', 'one two three four five']);
  assert.notEqual(r.code, 0, `codex exec succeeded on a cut stream\nstdout: ${r.stdout}\nstderr: ${r.stderr}`);
  // The message of the gateway's error event and response.failed.
  assert.match(r.stdout + r.stderr, /upstream closed the connection mid-response/, `stdout: ${r.stdout}\nstderr: ${r.stderr}`);
});
