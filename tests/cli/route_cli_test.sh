#!/usr/bin/env bash
# `switchyard check-config` and `switchyard route` on the support-desk
# example: the file is valid, and requests go where docs/routing.md says,
# without any model server running.
set -euo pipefail
build="$1"
root="$(cd "$(dirname "$0")/../.." && pwd)"
bin="$build/switchyard"
cfg="$root/examples/support-desk.yaml"
fail() { echo "FAIL: $*" >&2; exit 1; }

"$bin" check-config "$cfg" | grep -q "OK" || fail "check-config did not accept $cfg"

chat() { printf '{"model":"%s","messages":[{"role":"user","content":"%s"}]}' "$1" "$2"; }

out="$(chat support "I am furious" | "$bin" route --config "$cfg" --task sentiment)"
grep -q "^rule: triage-local$" <<<"$out" || fail "sentiment: $out"
grep -q "1. desk-small (local): serve #1" <<<"$out" || fail "sentiment plan: $out"

long="$(head -c 30000 /dev/zero | tr '\0' 'a')"
img='{"model":"support","messages":[{"role":"user","content":[{"type":"text","text":"'"$long"'"},{"type":"image_url","image_url":{"url":"https://example.com/s.png"}}]}]}'
out="$(printf '%s' "$img" | "$bin" route --config "$cfg" --task complaint --explain)"
grep -q "^rule: long-complaints-frontier$" <<<"$out" || fail "complaint: $out"
grep -q "facts: model=support .*prompt_tokens=7500 .*attachments=true" <<<"$out" || fail "facts: $out"
grep -q "rule 'triage-local': no, task=complaint, wants one of intent, sentiment" <<<"$out" ||
  fail "verdicts: $out"
grep -q "1. cloud-frontier (cloud): serve #1" <<<"$out" || fail "complaint plan: $out"

# The same complaint with a card number: restricted, so the cloud is dropped.
card='{"model":"support","messages":[{"role":"user","content":[{"type":"text","text":"'"$long"' my card 4111 1111 1111 1111"},{"type":"image_url","image_url":{"url":"https://example.com/s.png"}}]}]}'
out="$(printf '%s' "$card" | "$bin" route --config "$cfg" --task complaint)"
grep -q "^rule: long-complaints-frontier$" <<<"$out" || fail "card complaint: $out"
grep -q "not permitted: cloud-frontier" <<<"$out" || fail "card privacy: $out"
grep -q "1. desk-small (local): serve #2" <<<"$out" || fail "card plan: $out"
grep -q "cloud-frontier (cloud)" <<<"$out" && fail "card plan lists the cloud: $out"

set +e
out="$(chat support "can I sue" | "$bin" route --config "$cfg" --task legal)"
rc=$?
set -e
[[ $rc == 1 ]] || fail "legal: exit code $rc, not 1"
grep -q "refused: Refused by routing rule 'no-legal-advice'" <<<"$out" || fail "legal: $out"

# Questions by difficulty: a short greeting stays on the desk's model, a
# multi-step word problem goes to the cloud first (the threshold is the
# example model's, calibrated for 30 % strong calls).
out="$(chat support "hi there" | "$bin" route --config "$cfg" --task question --explain)"
grep -q "^rule: hard-questions-cloud$" <<<"$out" || fail "easy question: $out"
grep -q "difficulty=0\.[0-9]" <<<"$out" || fail "easy question facts: $out"
grep -q "1. desk-small (local): difficulty .* not over 0\.[0-9]" <<<"$out" || fail "easy plan: $out"
hard="A bakery sells muffins for \$3 each and cookies for \$1.50 each. On Monday it sold 48 muffins and twice as many cookies. How much money did the bakery make on Monday?"
out="$(chat support "$hard" | "$bin" route --config "$cfg" --task question)"
grep -q "1. cloud-mini (cloud): difficulty .* over 0\.[0-9]" <<<"$out" || fail "hard plan: $out"

# A rule asking for a strong share the model was not calibrated for: check-config
# names the rule's line and the command that calibrates it.
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$root/examples/difficulty-model.txt" "$work/"
sed 's/strong_share: 0.3 }/strong_share: 0.5 }/' "$cfg" >"$work/desk.yaml"
line="$(grep -n "strong_share: 0.5" "$work/desk.yaml" | cut -d: -f1)"
set +e
out="$("$bin" check-config "$work/desk.yaml" 2>&1)"
rc=$?
set -e
[[ $rc == 1 ]] || fail "share mismatch: exit code $rc, not 1: $out"
grep -q "desk.yaml:$line: routing rule 'hard-questions-cloud' asks for strong_share 0.5" <<<"$out" ||
  fail "share mismatch: $out"
grep -q "switchyard router calibrate .* --strong-share 0.5 --write" <<<"$out" || fail "calibrate: $out"
# A model file that is not one: its own file:line, under the config's.
printf 'switchyard-difficulty-model 9\n' >"$work/difficulty-model.txt"
set +e
out="$("$bin" check-config "$work/desk.yaml" 2>&1)"
set -e
grep -q "desk.yaml:[0-9]*: routing.difficulty_model: .*difficulty-model.txt:1:" <<<"$out" ||
  fail "bad model: $out"

set +e
out="$(echo '{"model":' | "$bin" route --config "$cfg" 2>&1)"
rc=$?
set -e
[[ $rc == 2 ]] || fail "bad json: exit code $rc, not 2"
grep -q "^bad request: " <<<"$out" || fail "bad json: $out"
echo "route_cli_test: ok"
