// The route stage: the plan for the model the client asked for (Router:
// its deployments in order, each with its reason), then the privacy filter
// over it: only the candidates whose side the data class may use stay.
// Restricted data thus never gets a cloud candidate, so no retry, fallback
// or timeout later can send it there. Refuses an unknown model (404) and a
// plan the class leaves empty (503 no_permitted_deployment); either way
// nothing has been sent anywhere.
#pragma once

#include "switchyard/gateway/router.hpp"
#include "switchyard/gateway/stage.hpp"
#include "switchyard/privacy/data_class.hpp"

namespace switchyard::gateway {

class RouteStage final : public Stage {
 public:
  // Both must outlive the stage.
  RouteStage(const Router& router, const privacy::PrivacyPolicy& policy)
      : router_(router), policy_(policy) {}

  // Writes ex.plan, ex.permitted, ex.skipped (the candidates not permitted,
  // and why) and the record's plan, each candidate with its verdict.
  std::optional<core::Error> admit(Exchange& ex) const override;

 private:
  const Router& router_;
  const privacy::PrivacyPolicy& policy_;
};

}  // namespace switchyard::gateway
