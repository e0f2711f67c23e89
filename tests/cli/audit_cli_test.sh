#!/usr/bin/env bash
# `switchyard audit verify` and `audit report` on a ledger the real gateway
# wrote: serve a few requests through it (fake upstream on loopback), stop it,
# verify the chain, then edit one row with the sqlite3 shell and check that
# verify names that record and fails.
#   audit_cli_test.sh BUILD_DIR
set -euo pipefail
build="${1:?usage: audit_cli_test.sh BUILD_DIR}"
work="$(mktemp -d "${TMPDIR:-/tmp}/switchyard-audit-test.XXXXXX")"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

listening_url() {  # name logfile → URL once it is listening
  for _ in $(seq 1 200); do
    url="$(grep -o -m1 "$1 listening on http://[^[:space:]]*" "$2" 2>/dev/null | sed 's/.* listening on //')" || true
    [[ -n "$url" ]] && { echo "$url"; return 0; }
    sleep 0.05
  done
  cat "$2" >&2
  fail "$1 did not start"
}

"$build/fake-openai-upstream" --host 127.0.0.1 --port 0 --threads 1 >"$work/up.log" 2>&1 &
pids+=($!)
up="$(listening_url fake-openai-upstream "$work/up.log")"

cat >"$work/switchyard.yaml" <<YAML
server: { listen: "127.0.0.1:0", threads: 1 }
providers:
  - { name: cloud, kind: openai_compatible, base_url: "$up/v1" }
  - { name: local, kind: openai_compatible, base_url: "$up/v1" }
models:
  - alias: m
    deployments:
      - { provider: cloud, model: gpt-4o-mini, side: cloud }
      - { provider: local, model: gpt-4o-mini, side: local }
ledger: { path: audit.db }
YAML
"$build/switchyard" serve --config "$work/switchyard.yaml" >"$work/gw.log" 2>&1 &
gw=$!
pids+=($gw)
url="$(listening_url switchyard "$work/gw.log")"

ask() {
  curl -sS -o /dev/null -w '%{http_code}' "$url/v1/chat/completions" \
    -H 'content-type: application/json' \
    -d "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"$1\"}]}"
}
[[ "$(ask 'hello')" == 200 ]] || fail "plain request"
[[ "$(ask 'my SSN is 536-22-8146')" == 200 ]] || fail "restricted request"
[[ "$(ask 'write to jane@example.com')" == 200 ]] || fail "confidential request"
[[ "$(ask 'hello again')" == 200 ]] || fail "plain request"
kill -TERM "$gw"
wait "$gw" || fail "gateway did not exit cleanly"

db="$work/audit.db"
[[ -f "$db" ]] || fail "no ledger at $db (ledger.path is relative to the config file)"
out="$("$build/switchyard" audit verify --config "$work/switchyard.yaml")" || fail "verify failed: $out"
[[ "$out" == "OK: 4 records, hash chain intact"* ]] || fail "unexpected verify output: $out"

report="$("$build/switchyard" audit report --db "$db" --since 1h)"
grep -q "restricted: 1 requests, 1 served local, 0 to cloud" <<<"$report" || fail "report: $report"
grep -q "confidential: 1 requests, 0 served local, 1 to cloud (1 redacted)" <<<"$report" || fail "report: $report"

# Someone moves the restricted request's record to the cloud side.
sqlite3 "$db" "UPDATE requests SET side = 'cloud' WHERE seq = 2"
if out="$("$build/switchyard" audit verify --db "$db")"; then fail "verify passed a tampered ledger: $out"; fi
[[ "$out" == "BROKEN at record 2 "* ]] || fail "verify did not name record 2: $out"

# Deleting a record is caught at the record after it.
sqlite3 "$db" "UPDATE requests SET side = 'local' WHERE seq = 2; DELETE FROM requests WHERE seq = 3"
if out="$("$build/switchyard" audit verify --db "$db")"; then fail "verify passed a ledger with a deleted record"; fi
[[ "$out" == "BROKEN at record 4 "*"record 3 is missing"* ]] || fail "unexpected: $out"

echo "audit CLI: 1 passed, 0 failed"
