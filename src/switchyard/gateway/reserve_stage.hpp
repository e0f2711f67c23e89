// The reserve stage: the caller's virtual key's rate limits (RPM, TPM,
// concurrency) and budgets, taken after route, before anything is sent, in
// one admission (limits/admission.hpp: one Redis script, all or nothing),
// held in ex.hold until settle. TPM reserves
// an estimate (the body's bytes / 4 for the prompt, plus the request's
// max_tokens) and settle corrects it to the tokens the ledger recorded;
// the concurrency slot comes back at settle (before the answer leaves)
// whatever the outcome (answer, error, refusal by a later step, client
// gone), and the Hold in the Exchange gives it back even if settle
// never runs. Over a limit → 429 with
// Retry-After, naming the limit (code rpm_limit_exceeded,
// tpm_limit_exceeded, concurrency_limit_exceeded). Then the key's budgets
// (budget_gate.hpp), against the candidates that will actually run: a
// downgrade to local, a reservation of the dearest candidate's estimate, or
// 429 budget_exceeded. Requests without a key (open mode) and keys without
// limits or budgets pass untouched.
#pragma once

#include <memory>
#include "switchyard/gateway/budget_gate.hpp"
#include "switchyard/gateway/stage.hpp"

#include "switchyard/limits/admission.hpp"
#include "switchyard/limits/limit_store.hpp"

namespace switchyard::gateway {

class ReserveStage final : public Stage {
 public:
  // `deployments` is indexed like the router's; all must outlive the stage.
  ReserveStage(limits::LimitStore& store, limits::BudgetStore& budgets,
               const config::BudgetsConfig& cfg, const std::vector<Deployment>& deployments);
  std::optional<core::Error> admit(Exchange& ex) const override;
  void settle(Exchange& ex, const Outcome& outcome) const override;

  // What a request reserves against TPM before it runs.
  static std::int64_t estimated_tokens(const Exchange& ex);

 private:
  std::unique_ptr<limits::Admission> admission_;  // over `store` and `budgets`
  BudgetGate budgets_;
};

}  // namespace switchyard::gateway
