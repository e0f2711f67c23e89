#!/usr/bin/env bash
# `switchyard plan` and `switchyard replay` on a ledger the real gateway
# wrote (fake upstream on loopback): triage tagged `intent` pinned local by
# a rule, summaries served by the alias's cloud deployment, and payroll
# requests carrying an SSN (restricted: the privacy filter keeps them
# local). Then the plan in text, JSON and HTML, checked against figures
# worked out by hand; a replay of a candidate that moves triage to the
# cloud and pins payroll there (newly cloud listed first; the restricted
# requests refused, never sent); and bad options, each a clear error.
#   plan_cli_test.sh BUILD_DIR
set -euo pipefail
build="${1:?usage: plan_cli_test.sh BUILD_DIR}"
work="$(mktemp -d "${TMPDIR:-/tmp}/switchyard-plan-test.XXXXXX")"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
has() { grep -qF -- "$1" <<<"$2" || fail "expected '$1' in: $2"; }

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

# The fake counts words: "hello" is a prompt of 4 tokens, its answer 2.
# The reference: 4 * 2000 + 2 * 40000 per 1M = $0.088 a request.
policy() {  # the routing rules → a configuration
  cat <<YAML
server: { listen: "127.0.0.1:0", threads: 1 }
providers:
  - { name: cloud, kind: openai_compatible, base_url: "$up/v1" }
  - { name: local, kind: openai_compatible, base_url: "$up/v1" }
models:
  - alias: desk
    deployments:
      - { name: mini, provider: cloud, model: gpt-4o-mini, side: cloud, price: { input_per_1m: 1000, output_per_1m: 20000 } }
      - { name: box, provider: local, model: qwen, side: local }
cost: { reference: { input_per_1m: 2000, output_per_1m: 40000 } }
ledger: { path: "$work/ledger.db" }
routing:
  rules:
$1
YAML
}
policy "    - { name: triage-local, when: { task: intent }, then: { pin: box } }" >"$work/current.yaml"
policy "    - { name: triage-cloud, when: { task: intent }, then: { pin: mini } }
    - { name: payroll-cloud, when: { task: payroll }, then: { pin: mini } }" >"$work/candidate.yaml"

"$build/switchyard" serve --config "$work/current.yaml" >"$work/gw.log" 2>&1 &
gw=$!
pids+=($gw)
url="$(listening_url switchyard "$work/gw.log")"
ask() {  # task text → status
  curl -sS -o /dev/null -w '%{http_code}' "$url/v1/chat/completions" \
    -H 'content-type: application/json' -H "x-switchyard-task: $1" \
    -d "{\"model\":\"desk\",\"messages\":[{\"role\":\"user\",\"content\":\"$2\"}]}"
}
for _ in 1 2 3 4 5 6; do [[ "$(ask intent hello)" == 200 ]] || fail "intent"; done
for _ in 1 2 3; do [[ "$(ask summarise hello)" == 200 ]] || fail "summarise"; done
for _ in 1 2; do [[ "$(ask payroll "ssn 536-22-8146")" == 200 ]] || fail "payroll"; done
kill -TERM "$gw"
wait "$gw" || fail "gateway did not exit cleanly"

# One machine at $0.01/h: $7.30 a month; break-even $7.30 / $0.088 = 83.
cat >"$work/hw.yaml" <<YAML
name: test box
hourly_usd: 0.01
tokens_per_s: 10
prompt_tokens_per_s: 100
YAML
cfg=(--config "$work/current.yaml" --since 1h --hardware "$work/hw.yaml")

# The records span seconds: the window counts as a day, a month is 30.42 of them.
text="$("$build/switchyard" plan "${cfg[@]}")"
has "switchyard plan: 11 records since" "$text"
has "a month is 30.42 times that" "$text"
has "workload 1: task=summarise rule=default team=(none)" "$text"
has "  volume        3 requests (3 served: 0 local, 3 cloud) = 91 / month" "$text"
has "  break-even    83 requests/month (now 110% of it;" "$text"
has "task=intent rule=triage-local team=(none)" "$text"
has "  volume        6 requests (6 served: 6 local, 0 cloud) = 183 / month" "$text"
has "task=payroll rule=default team=(none)" "$text"
has "  data classes  restricted 100%" "$text"
has "  recommend     local (required)" "$text"
has "all-local: test box: at least 1 machine at \$0.01/hour each (\$7.30/month)" "$text"

json="$("$build/switchyard" plan "${cfg[@]}" --json)"
[[ "$json" == '{"object":"plan",'* ]] || fail "json: $json"
has '"records":11' "$json"
has '"all_cloud_priced_by":"cost.reference"' "$json"
has '"task":"intent","rule":"triage-local","team":"","requests":6,"served":6,"served_local":6,"served_cloud":0,"prompt_tokens":24,"completion_tokens":12' "$json"
has '"verdict":"local (required)"' "$json"

"$build/switchyard" plan "${cfg[@]}" --html "$work/plan.html" >"$work/html.out"
has "wrote $work/plan.html (3 workloads, 11 records)" "$(cat "$work/html.out")"
html="$(cat "$work/plan.html")"
has "<svg" "$html"
has "break-even 83/month" "$html"
has "Where each workload runs now" "$html"
[[ "$html" != *"<script"* ]] || fail "the report carries a script"
[[ "$html" != *"http://"*"<link"* ]] || fail "the report links out"

# Replay: triage moves to the cloud (listed first); payroll pinned to the
# cloud is restricted: refused, not sent.
replay="$("$build/switchyard" replay --config "$work/current.yaml" --policy "$work/candidate.yaml" --since 1h)"
has "switchyard replay: 11 routed records" "$replay"
has "Newly reaching the cloud (6 requests):" "$replay"
has "public · task=intent · model=desk: 6 requests, local → cloud" "$replay"
has "restricted · task=payroll · model=desk: 2 requests, local → refused: no permitted deployment" "$replay"
has "the candidate's plan leads with mini (cloud), not permitted for restricted data: dropped" "$replay"
has "privacy: 0 requests of a class kept off the cloud would reach it" "$replay"
first="$(grep -n "Newly reaching the cloud" <<<"$replay" | cut -d: -f1)"
second="$(grep -n "Kept off the cloud by the privacy filter" <<<"$replay" | cut -d: -f1)"
(( first < second )) || fail "newly-cloud classes are not listed first: $replay"
rjson="$("$build/switchyard" replay --config "$work/current.yaml" --policy "$work/candidate.yaml" --since 1h --json)"
has '"local_only_to_cloud":0' "$rjson"
has '"candidate":{"local":0,"cloud":9,"refused":2' "$rjson"

# Bad options: exit 2 (CLI11's own for a missing option), each saying what to write.
expect_error() {  # message args...
  local msg="$1"; shift
  if "$build/switchyard" "$@" >/dev/null 2>"$work/err"; then fail "$* passed"; fi
  grep -qF -- "$msg" "$work/err" || fail "$*: expected '$msg', got: $(cat "$work/err")"
}
expect_error "--since must be a number and a unit d, h, m or s, e.g. 30d (got 'forever')" plan --config "$work/current.yaml" --since forever
expect_error "--until must be a UTC time like 2026-12-01T00:00:00Z (got 'tomorrow')" plan --config "$work/current.yaml" --until tomorrow
expect_error "give --json or --html FILE, not both" plan --config "$work/current.yaml" --json --html "$work/x.html"
expect_error "cannot read the hardware profile" plan --config "$work/current.yaml" --hardware "$work/none.yaml"
printf 'hourly_usd: -1\ntokens_per_s: 10\n' >"$work/bad-hw.yaml"
expect_error "$work/bad-hw.yaml:1: 'hourly_usd'" plan --config "$work/current.yaml" --hardware "$work/bad-hw.yaml"
expect_error "no ledger database at" plan --config <(sed "s|$work/ledger.db|$work/nothing.db|" "$work/current.yaml")
expect_error "--policy is required" replay --config "$work/current.yaml"
printf 'models: [\n' >"$work/broken.yaml"
expect_error "the candidate policy ($work/broken.yaml) has 1 problem" replay --config "$work/current.yaml" --policy "$work/broken.yaml"
expect_error "--since must be" replay --config "$work/current.yaml" --policy "$work/candidate.yaml" --since 7x

echo "plan CLI: 1 passed, 0 failed"
