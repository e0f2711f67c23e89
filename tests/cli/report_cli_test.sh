#!/usr/bin/env bash
# `switchyard report cost` on a ledger the real gateway wrote: two keys'
# requests through it (fake upstream on loopback, a priced cloud deployment,
# a free local one, a cost reference), then the report by key and by side in
# CSV and JSON, checked against figures worked out by hand, with no key
# secret in any output; bad options exit 2.
#   report_cli_test.sh BUILD_DIR
set -euo pipefail
build="${1:?usage: report_cli_test.sh BUILD_DIR}"
work="$(mktemp -d "${TMPDIR:-/tmp}/switchyard-report-test.XXXXXX")"
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

# The fake counts words: "hello" is a prompt of 4 tokens and "echo: hello"
# an answer of 2. Cloud: 4 * 1000 + 2 * 20000 per 1M = $0.044 a request;
# the reference: 4 * 2000 + 2 * 40000 per 1M = $0.088.
cat >"$work/switchyard.yaml" <<YAML
server: { listen: "127.0.0.1:0", threads: 1 }
providers:
  - { name: cloud, kind: openai_compatible, base_url: "$up/v1" }
  - { name: local, kind: openai_compatible, base_url: "$up/v1" }
models:
  - alias: paid
    deployments:
      - { provider: cloud, model: gpt-4o-mini, side: cloud, price: { input_per_1m: 1000, output_per_1m: 20000 } }
  - alias: free
    deployments:
      - { provider: local, model: gpt-4o-mini, side: local }
cost: { reference: { input_per_1m: 2000, output_per_1m: 40000 } }
keys: { required: true }
ledger: { path: report.db }
YAML
key_of() { sed -n 's/.*"key":"\(sk-sy-[0-9a-f-]*\)".*/\1/p'; }
id_of() { sed -n 's/.*"id":"\([0-9a-f]*\)".*/\1/p'; }
a_json="$("$build/switchyard" keys create --config "$work/switchyard.yaml" --team alpha --name a-bot --json)"
b_json="$("$build/switchyard" keys create --config "$work/switchyard.yaml" --team beta --name b-bot --json)"
a="$(key_of <<<"$a_json")"; a_id="$(id_of <<<"$a_json")"
b="$(key_of <<<"$b_json")"; b_id="$(id_of <<<"$b_json")"
[[ -n "$a" && -n "$b" && -n "$a_id" ]] || fail "keys create: $a_json"

"$build/switchyard" serve --config "$work/switchyard.yaml" >"$work/gw.log" 2>&1 &
gw=$!
pids+=($gw)
url="$(listening_url switchyard "$work/gw.log")"
ask() {  # key model → status
  curl -sS -o /dev/null -w '%{http_code}' "$url/v1/chat/completions" \
    -H 'content-type: application/json' -H "authorization: Bearer $1" \
    -d "{\"model\":\"$2\",\"messages\":[{\"role\":\"user\",\"content\":\"hello\"}]}"
}
[[ "$(ask "$a" paid)" == 200 ]] || fail "a, paid"
[[ "$(ask "$a" paid)" == 200 ]] || fail "a, paid again"
[[ "$(ask "$b" free)" == 200 ]] || fail "b, free"
kill -TERM "$gw"
wait "$gw" || fail "gateway did not exit cleanly"

cfg=(--config "$work/switchyard.yaml" --since 1h)
csv="$("$build/switchyard" report cost "${cfg[@]}" --by key --csv)"
grep -qx "key,key_name,requests,served,prompt_tokens,completion_tokens,cache_read_tokens,cache_write_tokens,reasoning_tokens,cost_usd,counterfactual_usd,savings_usd"$'\r' <<<"$csv" || fail "csv header: $csv"
grep -qx "$a_id,a-bot,2,2,8,4,0,0,0,0.088000,0.176000,0.088000"$'\r' <<<"$csv" || fail "csv key a: $csv"
grep -qx "$b_id,b-bot,1,1,4,2,0,0,0,0.000000,0.088000,0.088000"$'\r' <<<"$csv" || fail "csv key b: $csv"
grep -qx "total,,3,3,12,6,0,0,0,0.088000,0.264000,0.176000"$'\r' <<<"$csv" || fail "csv total: $csv"

json="$("$build/switchyard" report cost "${cfg[@]}" --by side --json)"
[[ "$json" == '{"object":"cost_report","by":"side",'* ]] || fail "json: $json"
grep -q '{"group":"cloud","requests":2,"served":2,"prompt_tokens":8,"completion_tokens":4,"cache_read_tokens":0,"cache_write_tokens":0,"reasoning_tokens":0,"cost_usd":0.088,"counterfactual_usd":0.176,"savings_usd":0.088}' <<<"$json" || fail "json cloud: $json"

text="$("$build/switchyard" report cost "${cfg[@]}" --by team)"
grep -q "alpha" <<<"$text" && grep -q "beta" <<<"$text" || fail "text: $text"

for out in "$csv" "$json" "$text"; do
  for secret in "${a#sk-sy-}" "${b#sk-sy-}"; do
    [[ "$out" != *"${secret:13}"* ]] || fail "a key's secret is in the report"
  done
done

if "$build/switchyard" report cost "${cfg[@]}" --by colour >/dev/null 2>"$work/err"; then fail "--by colour passed"; fi
grep -q "team, key, model, side or rule" "$work/err" || fail "--by message: $(cat "$work/err")"
if "$build/switchyard" report cost --config "$work/switchyard.yaml" --since forever >/dev/null 2>&1; then fail "--since forever passed"; fi

echo "report CLI: 1 passed, 0 failed"
