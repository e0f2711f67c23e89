// The route stage: the request's facts (routing/facts.hpp), the first
// routing rule they match and the plan it makes (routing::Router: its
// deployments in order, each with its reason; no rule matched: the model's
// own deployments), then the privacy filter over that plan, whatever made
// it: only the candidates whose side the data class may use stay.
// Restricted data thus never gets a cloud candidate, so no rule, retry,
// fallback or timeout later can send it there. Refuses an unknown model
// (404), a rule's refusal (403), a plan with nothing to try and a plan the
// class leaves empty (503, naming the rule and the class); either way
// nothing has been sent anywhere.
//
// The decision goes into the ledger record (route_rule, and the plan), a
// per-rule counter (switchyard_route_decisions_total{rule}) and, when the
// client sends x-switchyard-explain: 1, the explanation header.
#pragma once

#include <vector>

#include "switchyard/gateway/load_spill.hpp"
#include "switchyard/gateway/stage.hpp"
#include "switchyard/observe/metrics.hpp"
#include "switchyard/privacy/data_class.hpp"
#include "switchyard/routing/router.hpp"

namespace switchyard::gateway {

class RouteStage final : public Stage {
 public:
  // All must outlive the stage; `deployments` is indexed like the router's.
  // `spill` reorders the permitted candidates by load last (or holds the
  // request). The `budget` fact is read from `budgets` (a round trip with
  // Redis) only when something uses it: a rule's condition, the budgets'
  // downgrade to local (`budget_downgrade`), or an explanation asked for.
  // `record_features`: routing.record_prompt_features.
  RouteStage(const routing::Router& router, const std::vector<Deployment>& deployments,
             const privacy::PrivacyPolicy& policy, observe::Registry& metrics,
             const LoadSpill& spill, limits::BudgetStore* budgets = nullptr,
             bool budget_downgrade = false, bool record_features = false);

  // Writes ex.facts, ex.plan, ex.permitted, ex.skipped (the candidates not
  // permitted, and why) and the record's route_rule and plan, each
  // candidate with its verdict.
  std::optional<core::Error> admit(Exchange& ex) const override;

 private:
  const routing::Router& router_;
  const std::vector<Deployment>& deployments_;
  const privacy::PrivacyPolicy& policy_;
  const LoadSpill& spill_;
  limits::BudgetStore* budgets_;  // the `budget` fact; null: always 0
  const bool budget_downgrade_;
  const bool record_features_;                // the record's prompt_features
  std::vector<observe::Counter*> decisions_;  // by rule index; the last: default
};

// The privacy filter's verdict on each candidate of `plan`, as explanations
// show it: "privacy: restricted may go to local only; openai/gpt-4o dropped".
std::string explain_privacy(const routing::Plan& plan, const routing::Router& router,
                            const privacy::ClassRule& rule, const std::string& data_class);

}  // namespace switchyard::gateway
