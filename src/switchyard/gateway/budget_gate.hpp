// A virtual key's spend budgets (budget_day_usd, budget_month_usd), checked
// in the reserve stage against what will actually run: the plan's permitted
// candidates after routing, the privacy filter and load-aware spill, every
// fallback included (docs/cost.md).
//
//   1. Downgrade: at budgets.downgrade_at of a budget (settled + reserved,
//      the tighter of day and month), only the plan's local candidates stay,
//      when it has one. (A routing rule can do the same, or more, with the
//      `budget` fact: when: {budget: {over: 0.8}}.)
//   2. Reserve: the estimate of the dearest candidate left, so a free local
//      primary cannot carry a paid fallback past a budget: the prompt (the
//      body's bytes / 4) and max_tokens (or budgets.output_tokens_estimate)
//      at that deployment's dearest input and output prices.
//   3. Spent (the reservation would pass a budget): 429 budget_exceeded,
//      Retry-After until the window ends (or 1 s when requests in flight hold
//      the rest); unless budgets.free_local_when_spent, and the plan has
//      candidates whose every price is 0: then only those stay.
//   4. Settle: the reservation released, the recorded cost charged.
//
// The reservation itself is taken with the rate limits in one admission
// (limits/admission.hpp; one Redis script): prepare() says what to
// reserve, refused() answers a budget's refusal.
//
// Requests without a key, or whose key has no budget, pass untouched.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "switchyard/config/config.hpp"
#include "switchyard/core/error.hpp"
#include "switchyard/gateway/deployment.hpp"
#include "switchyard/gateway/exchange.hpp"
#include "switchyard/ledger/record_store.hpp"
#include "switchyard/limits/admission.hpp"
#include "switchyard/limits/budget_store.hpp"

namespace switchyard::gateway {

limits::Budgets budgets_of(const keys::KeyPolicy& policy);

// The share of its budgets the caller has spent (settled + reserved): the
// `budget` routing fact. 0 without a key or a budget.
double budget_share(limits::BudgetStore& store, const Exchange& ex);

// When the request counts in the budgets' windows: its record's time.
std::int64_t budget_time_ms(const Exchange& ex);

// Charges `budgets` with the cost of every record of a key in the current
// month (as of `now_ms`) found in `store`: the spend of a process-local
// budget store survives a restart. Returns the records charged.
core::Expected<std::int64_t> restore_spend(ledger::RecordStore& store, limits::BudgetStore& budgets,
                                           std::int64_t now_ms);

// What the records of key `key_id` in `store` cost (cascade first attempts
// included) in the day and the month containing `now_ms`: the ledger's
// word on a key's spend, which seeds a shared (Redis) budget store's month.
core::Expected<limits::Spend> ledger_spend(ledger::RecordStore& store, std::string_view key_id,
                                           std::int64_t now_ms);

class BudgetGate {
 public:
  // All must outlive the gate; `deployments` is indexed like the router's.
  BudgetGate(limits::BudgetStore& store, const config::BudgetsConfig& cfg,
             const std::vector<Deployment>& deployments)
      : store_(store), cfg_(cfg), deployments_(deployments) {}

  // Steps 1 and 2: the downgrade, and into `ask` the budgets and the
  // estimate to reserve (none when there is nothing to charge), and whether
  // a refusal would leave free deployments to serve (then the admission
  // keeps the limits).
  void prepare(Exchange& ex, limits::Ask& ask) const;
  // Step 3: refused by a budget (or its store unreachable): the error, or
  // nothing when only free deployments now serve.
  std::optional<core::Error> refused(Exchange& ex, const limits::BudgetRefusal& r,
                                     double estimate) const;
  // Step 4: what a request's budget reservation settles to.
  static double used_usd(const Outcome& outcome, double reserved_usd);

  // The most the request could cost on `price` (step 2's estimate).
  double estimate(const Exchange& ex, const config::Price& price) const;

 private:
  const config::DeploymentConfig& deployment(const routing::Candidate* c) const {
    return *deployments_[c->deployment].config;
  }
  // Keeps the permitted candidates `keep` accepts, when at least one does;
  // the others are noted in ex.skipped and the record's plan with `why`.
  template <typename Keep>
  bool narrow(Exchange& ex, Keep keep, const std::string& why) const;

  limits::BudgetStore& store_;
  const config::BudgetsConfig& cfg_;
  const std::vector<Deployment>& deployments_;
};

}  // namespace switchyard::gateway
