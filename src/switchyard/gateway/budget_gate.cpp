#include "switchyard/gateway/budget_gate.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>

namespace switchyard::gateway {
namespace {

std::string usd(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "$%.4f", v);
  return buf;
}

std::string percent(double share) {
  return std::to_string(std::lround(share * 100)) + "%";
}

core::Error budget_exceeded(const keys::VirtualKey& key, const limits::BudgetRefusal& r,
                            double estimate) {
  const auto seconds = (r.retry_after.count() + 999) / 1000;
  const char* period = r.period == limits::BudgetPeriod::day ? "daily" : "monthly";
  core::Error e{core::ErrorKind::rate_limited,
                429,
                "Key " + key.id + " has used " + usd(r.spent_usd) + " of its " + period +
                    " budget of " + usd(r.budget_usd) +
                    " (spent, and reserved by requests in flight); this request could cost up "
                    "to " +
                    usd(estimate) + ". Retry after " + std::to_string(seconds) +
                    " s, send a smaller max_tokens, or ask for a larger budget (budget_" +
                    limits::to_string(r.period) + "_usd).",
                {},
                "budget_exceeded",
                false};
  e.retry_after = r.retry_after;
  return e;
}

// The shared budget store (Redis), or the ledger that seeds it, could not be
// reached: no budget was checked, so nothing is sent (fail closed;
// `limits.on_unavailable: allow` lets requests through instead).
core::Error budgets_unavailable() {
  core::Error e{core::ErrorKind::unavailable,
                503,
                "The gateway cannot reach its budget store, so it cannot check this key's "
                "budget; the request was not sent anywhere. Retry shortly.",
                {},
                "limits_unavailable",
                true};
  e.retry_after = std::chrono::milliseconds(1000);
  return e;
}

// A record's cost against its key's budgets: an escalated cascade cost
// both its attempts.
double charged_usd(const ledger::RequestRecord& r) {
  return r.cost_usd + r.cascade_first_cost_usd;
}

}  // namespace

limits::Budgets budgets_of(const keys::KeyPolicy& policy) {
  return {policy.budget_day_usd, policy.budget_month_usd};
}

std::int64_t budget_time_ms(const Exchange& ex) {
  if (ex.record.time_ms > 0) return ex.record.time_ms;
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

double budget_share(limits::BudgetStore& store, const Exchange& ex) {
  if (!ex.key) return 0;
  const limits::Budgets b = budgets_of(ex.key->policy);
  if (!b.any()) return 0;
  return limits::spent_share(store.spent(ex.key->id, budget_time_ms(ex)), b);
}

double BudgetGate::estimate(const Exchange& ex, const config::Price& price) const {
  // About four bytes of JSON per prompt token, as the TPM limit reserves.
  const auto prompt = static_cast<std::int64_t>(ex.http.body().size() / 4);
  std::int64_t output = 0;
  if (const auto* chat = std::get_if<core::ChatRequest>(&ex.request)) {
    const auto cap = chat->output_token_limit();
    output = cap && *cap > 0 ? *cap : cfg_.output_tokens_estimate;
  }
  return price.most_usd(prompt, output);
}

template <typename Keep>
bool BudgetGate::narrow(Exchange& ex, Keep keep, const std::string& why) const {
  if (std::none_of(ex.permitted.begin(), ex.permitted.end(), keep)) return false;
  std::vector<const routing::Candidate*> kept;
  for (const routing::Candidate* c : ex.permitted) {
    if (keep(c)) {
      kept.push_back(c);
      continue;
    }
    const std::string note = deployment(c).name + ": skipped, " + why;
    if (!ex.skipped.empty()) ex.skipped += "; ";
    ex.skipped += note;
    ex.record.plan += "; " + note;
  }
  ex.permitted = std::move(kept);
  return true;
}

void BudgetGate::prepare(Exchange& ex, limits::Ask& ask) const {
  if (!ex.key) return;
  const limits::Budgets budgets = budgets_of(ex.key->policy);
  if (!budgets.any()) return;
  const double share = ex.facts.budget;  // the route stage's reading
  if (cfg_.downgrade_at > 0 && share >= cfg_.downgrade_at)
    narrow(
        ex, [&](const routing::Candidate* c) { return deployment(c).side == core::Side::local; },
        "budget " + percent(share) + " spent (downgrade to local at " + percent(cfg_.downgrade_at) +
            ")");

  double most = 0;
  for (const routing::Candidate* c : ex.permitted)
    most = std::max(most, estimate(ex, deployment(c).price));
  if (most == 0 && cfg_.free_local_when_spent) return;  // nothing to charge
  ask.budgets = budgets;
  ask.usd = most;
  ask.now_ms = budget_time_ms(ex);
  ask.limits_when_over_budget =
      cfg_.free_local_when_spent &&
      std::any_of(ex.permitted.begin(), ex.permitted.end(),
                  [&](const routing::Candidate* c) { return deployment(c).price.free(); });
}

std::optional<core::Error> BudgetGate::refused(Exchange& ex, const limits::BudgetRefusal& r,
                                               double estimate) const {
  if (r.unavailable) return budgets_unavailable();
  if (cfg_.free_local_when_spent &&
      narrow(
          ex, [&](const routing::Candidate* c) { return deployment(c).price.free(); },
          "budget spent (only free deployments serve)"))
    return std::nullopt;
  return budget_exceeded(*ex.key, r, estimate);
}

core::Expected<std::int64_t> restore_spend(ledger::RecordStore& store, limits::BudgetStore& budgets,
                                           std::int64_t now_ms) {
  const limits::BudgetWindows w = limits::BudgetWindows::at(now_ms);
  // The month began at its end minus its length; a day before the earliest
  // month start is enough to scan from (the store filters by window).
  const std::int64_t since = now_ms - std::int64_t{32} * 24 * 3'600'000;
  std::int64_t charged = 0;
  auto failed = store.scan(since, [&](const ledger::RequestRecord& r) {
    const double cost = charged_usd(r);
    if (r.key_id.empty() || cost <= 0 || r.time_ms > now_ms) return true;
    if (limits::BudgetWindows::at(r.time_ms).month != w.month) return true;
    budgets.charge(r.key_id, cost, r.time_ms);
    ++charged;
    return true;
  });
  if (failed) return std::move(*failed);
  return charged;
}

core::Expected<limits::Spend> ledger_spend(ledger::RecordStore& store, std::string_view key_id,
                                           std::int64_t now_ms) {
  const limits::BudgetWindows w = limits::BudgetWindows::at(now_ms);
  const std::int64_t since = now_ms - std::int64_t{32} * 24 * 3'600'000;
  limits::Spend spend;
  auto failed = store.scan(since, [&](const ledger::RequestRecord& r) {
    if (r.key_id != key_id || r.time_ms > now_ms) return true;
    const limits::BudgetWindows at = limits::BudgetWindows::at(r.time_ms);
    if (at.month != w.month) return true;
    spend.month_usd += charged_usd(r);
    if (at.day == w.day) spend.day_usd += charged_usd(r);
    return true;
  });
  if (failed) return std::move(*failed);
  return spend;
}

double BudgetGate::used_usd(const Outcome& outcome, double reserved_usd) {
  // No record reached (status 0): the outcome is unknown, the estimate is
  // charged. An escalated cascade charges both its attempts.
  return outcome.status != 0 ? outcome.cost_usd + outcome.first_cost_usd : reserved_usd;
}

}  // namespace switchyard::gateway
