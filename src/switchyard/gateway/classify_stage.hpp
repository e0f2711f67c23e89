// The classify stage: which data class the request is, from the
// x-switchyard-data-class header, the route's default (`data_class:` of the
// model) and the findings in every text it carries (privacy_stage.hpp
// reads them). It refuses a header naming no class (400) and a request that
// could not be inspected (500: fail closed, it goes nowhere). The class's
// rule (where it may go, whether cloud-bound text is redacted) is what the
// route and execute stages obey.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>

#include "switchyard/config/config.hpp"
#include "switchyard/gateway/stage.hpp"
#include "switchyard/privacy/data_class.hpp"
#include "switchyard/privacy/detector.hpp"

namespace switchyard::gateway {

class ClassifyStage final : public Stage {
 public:
  // Compiles the detector (when privacy scanning is on) and each model's
  // default class.
  explicit ClassifyStage(const config::Config& cfg);

  // Writes ex.seen, ex.rule and the record's class, reason and entity counts.
  std::optional<core::Error> admit(Exchange& ex) const override;

  const privacy::PrivacyPolicy& policy() const { return policy_; }

 private:
  privacy::PrivacyPolicy policy_;
  std::unique_ptr<privacy::Detector> detector_;                      // null: scanning is off
  std::unordered_map<std::string, privacy::DataClass> route_class_;  // alias → default
};

}  // namespace switchyard::gateway
