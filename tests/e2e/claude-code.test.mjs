// Claude Code itself (`@anthropic-ai/claude-code`, non-interactive `claude
// -p`) with ANTHROPIC_BASE_URL at the gateway: its streamed Messages
// request (a long system prompt with cache marks, a dozen tools, thinking,
// context management, metadata) goes through /v1/messages to the fake
// OpenAI upstream, the answer comes back as Anthropic events, the command
// completes, and the gateway's ledger holds the record. Claude Code runs
// with a throwaway HOME and with its non-essential traffic off; when strace
// is on the machine every connect() it makes is traced and must go to
// loopback (no telemetry, no update check, no call home).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ledgerRows, runClosedStdin, startFakeUpstream, startGateway } from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const CLAUDE_BIN = path.join(here, 'node_modules', '.bin', 'claude');
const STRACE = ['/usr/bin/strace', '/bin/strace'].find((p) => existsSync(p));

let upstream;
let gateway;
let work;

before(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'switchyard-claude-code-'));
  upstream = await startFakeUpstream();
  gateway = await startGateway({
    configText: `# written by claude-code.test.mjs
server:
  listen: 127.0.0.1:0
  threads: 1
providers:
  - name: fake
    kind: openai_compatible
    base_url: ${upstream.url}/v1
models:
  - alias: claude-test
    deployments:
      - { provider: fake, model: gpt-4o-mini, side: local, name: fake-local }
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

test('claude -p completes through the gateway, and the ledger has its record', async (t) => {
  if (!existsSync(CLAUDE_BIN)) return t.skip(`Claude Code is not installed (${CLAUDE_BIN}): run scripts/e2e-deps`);
  const home = path.join(work, 'home');
  const cwd = path.join(work, 'project');
  await run('mkdir', ['-p', home, cwd]);
  const env = {
    PATH: process.env.PATH,
    HOME: home,
    ANTHROPIC_BASE_URL: gateway.url,
    ANTHROPIC_API_KEY: 'sk-ant-e2e-dummy-key',
    ANTHROPIC_MODEL: 'claude-test',
    ANTHROPIC_SMALL_FAST_MODEL: 'claude-test',
    ANTHROPIC_DEFAULT_HAIKU_MODEL: 'claude-test',
    ANTHROPIC_DEFAULT_SONNET_MODEL: 'claude-test',
    ANTHROPIC_DEFAULT_OPUS_MODEL: 'claude-test',
    CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1',
    DISABLE_TELEMETRY: '1',
    DISABLE_ERROR_REPORTING: '1',
    DISABLE_AUTOUPDATER: '1',
    DISABLE_BUG_COMMAND: '1',
  };
  const trace = path.join(work, 'connect.trace');
  const [file, args] = STRACE
    ? [STRACE, ['-f', '-e', 'trace=connect', '-o', trace, CLAUDE_BIN, '-p', 'Reply with one word: pong']]
    : [CLAUDE_BIN, ['-p', 'Reply with one word: pong']];
  const r = await run(file, args, { cwd, env, timeout: 180_000 });
  assert.equal(r.code, 0, `claude -p failed (code ${r.code}, killed ${r.killed})\nstdout: ${r.stdout}\nstderr: ${r.stderr}\n${gateway.proc.output()}`);
  // The fake upstream echoes the last user text it was sent.
  assert.match(r.stdout, /echo:/, `stdout: ${r.stdout}\nstderr: ${r.stderr}`);

  const seen = await upstream.requests();
  assert.ok(seen.length >= 1, 'nothing reached the upstream');
  const sent = JSON.parse(seen.at(-1).body);
  assert.equal(sent.stream, true, 'claude -p streams');
  const toolNames = (sent.tools ?? []).map((tool) => tool.function.name);
  assert.ok(toolNames.includes('Bash'), `Claude Code's tools reach the upstream: ${toolNames}`);
  assert.equal(sent.messages[0].role, 'system');

  const rows = await ledgerRows(path.join(work, 'ledger.db'), (rs) => rs.length >= seen.length);
  assert.ok(rows.length >= 1, 'the ledger has no record');
  for (const [model, status, side, deployment] of rows) {
    assert.equal(model, 'claude-test');
    assert.equal(status, '200');
    assert.equal(side, 'local');
    assert.equal(deployment, 'fake-local');
  }

  if (STRACE) {
    const lines = (await readFile(trace, 'utf8')).split('\n').filter((l) => l.includes('connect('));
    const inet = lines.filter((l) => /AF_INET6?/.test(l));
    assert.ok(inet.length >= 1, `no connection traced at all:\n${lines.join('\n')}`);
    const outside = inet.filter((l) => !/inet_addr\("127\.0\.0\.1"\)|inet_pton\(AF_INET6, "::1"/.test(l));
    assert.deepEqual(outside, [], 'Claude Code connected beyond loopback');
  } else {
    t.diagnostic('strace not found: connections beyond loopback were not traced');
  }
});
