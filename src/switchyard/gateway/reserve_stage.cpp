#include "switchyard/gateway/reserve_stage.hpp"

namespace switchyard::gateway {
namespace {

// The shared limit store (Redis) could not be reached: nothing was checked,
// so nothing is sent (fail closed; `limits.on_unavailable: allow` lets
// requests through instead, docs/deployment.md).
core::Error limits_unavailable(const limits::Refusal& r) {
  core::Error e{core::ErrorKind::unavailable,
                503,
                "The gateway cannot reach its rate-limit store, so it cannot check this key's "
                "limits; the request was not sent anywhere. Retry shortly.",
                {},
                "limits_unavailable",
                true};
  e.retry_after = r.retry_after;
  return e;
}

core::Error over_limit(const keys::VirtualKey& key, const limits::Refusal& r) {
  if (r.limit == limits::Limit::unavailable) return limits_unavailable(r);
  const auto seconds = (r.retry_after.count() + 999) / 1000;
  std::string what;
  switch (r.limit) {
    case limits::Limit::unavailable:
      break;
    case limits::Limit::rpm:
      what = std::to_string(r.allowed) + " requests per minute (rpm)";
      break;
    case limits::Limit::tpm:
      what = std::to_string(r.allowed) + " tokens per minute (tpm)";
      break;
    case limits::Limit::concurrency:
      what = std::to_string(r.allowed) + " requests at once (max_concurrent)";
      break;
  }
  core::Error e{core::ErrorKind::rate_limited,
                429,
                "Key " + key.id + " is over its limit of " + what + "; retry after " +
                    std::to_string(seconds) + " s.",
                {},
                std::string(limits::to_string(r.limit)) + "_limit_exceeded",
                false};
  e.retry_after = r.retry_after;
  return e;
}

}  // namespace

std::int64_t ReserveStage::estimated_tokens(const Exchange& ex) {
  // The route stage's prompt_tokens fact (routing/facts.hpp: exact where
  // the local tokenizer is at hand, else about four bytes of text per
  // token), plus the most the answer may take; corrected at settle.
  std::int64_t tokens = ex.facts.prompt_tokens;
  if (const auto* chat = std::get_if<core::ChatRequest>(&ex.request))
    if (auto cap = chat->output_token_limit(); cap && *cap > 0) tokens += *cap;
  return tokens;
}

ReserveStage::ReserveStage(limits::LimitStore& store, limits::BudgetStore& budgets,
                           const config::BudgetsConfig& cfg,
                           const std::vector<Deployment>& deployments)
    : admission_(limits::make_admission(store, budgets)), budgets_(budgets, cfg, deployments) {}

std::optional<core::Error> ReserveStage::admit(Exchange& ex) const {
  if (!ex.key) return std::nullopt;
  const keys::KeyPolicy& p = ex.key->policy;
  limits::Ask ask;
  ask.limits = {p.rpm, p.tpm, p.max_concurrent};
  ask.tokens = ask.limits.tpm > 0 ? estimated_tokens(ex) : 0;
  budgets_.prepare(ex, ask);
  if (!ask.any()) return std::nullopt;
  // One admission: the limits and the budget reservation, all or nothing
  // (one round trip with Redis).
  const limits::Verdict v = admission_->admit(ex.key->id, ask);
  if (v.limit) return over_limit(*ex.key, *v.limit);
  if (v.held) ex.hold.emplace(*admission_, ex.key->id, ask, !v.budget);
  if (v.budget) return budgets_.refused(ex, *v.budget, ask.usd);
  return std::nullopt;
}

void ReserveStage::settle(Exchange& ex, const Outcome& outcome) const {
  if (!ex.hold) return;
  // Refused after this stage admitted it (or by this stage, keeping
  // nothing), nothing sent anywhere: cancelled, no tokens nor cost used.
  if (outcome.refused_by || (outcome.status != 0 && !outcome.deployment)) {
    ex.hold->cancel();
    return;
  }
  ex.hold->settle(outcome.prompt_tokens + outcome.completion_tokens,
                  BudgetGate::used_usd(outcome, ex.hold->ask().usd));
}

}  // namespace switchyard::gateway
