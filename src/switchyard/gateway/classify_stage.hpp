// The classify stage: which data class the request is, from the
// x-switchyard-data-class header, the route's default (`data_class:` of the
// model) and the findings in every text it carries (privacy_stage.hpp
// reads them). It refuses a header naming no class (400) and a request that
// could not be inspected (500: fail closed, it goes nowhere). A privacy
// session (x-switchyard-session, session_guard.hpp) raises the class to
// what the session carried before, and remembers this one. The class's
// rule (where it may go, whether cloud-bound text is redacted) is what the
// route and execute stages obey.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>

#include "switchyard/config/config.hpp"
#include "switchyard/gateway/privacy_stage.hpp"
#include "switchyard/gateway/session_guard.hpp"
#include "switchyard/gateway/stage.hpp"
#include "switchyard/privacy/data_class.hpp"
#include "switchyard/privacy/detector.hpp"

namespace switchyard::gateway {

class ClassifyStage final : public Stage {
 public:
  // Compiles the detector (when privacy scanning is on) and each model's
  // default class.
  explicit ClassifyStage(const config::Config& cfg);
  // Scans with `detector` (compiled from cfg.privacy, e.g. kept across a
  // reload that left it unchanged; null: scanning is off).
  ClassifyStage(const config::Config& cfg, std::shared_ptr<const privacy::Detector> detector);
  // The same, with privacy sessions in `sessions` (when cfg.privacy.sessions
  // is enabled; null: none) counted in `metrics`.
  ClassifyStage(const config::Config& cfg, std::shared_ptr<const privacy::Detector> detector,
                privacy::SessionStore* sessions, observe::Registry& metrics);

  // Writes ex.seen, ex.rule and the record's class, reason and entity counts.
  std::optional<core::Error> admit(Exchange& ex) const override;

  // What a decoded request carries and its class, given the value of its
  // x-switchyard-data-class header (nullopt: absent): admit's work, for
  // those who classify without an exchange (`switchyard route`).
  core::Expected<Inspection> classify(const core::ChatRequest& req,
                                      std::optional<std::string_view> declared) const;
  core::Expected<Inspection> classify(const core::EmbeddingRequest& req,
                                      std::optional<std::string_view> declared) const;

  const privacy::PrivacyPolicy& policy() const { return policy_; }

 private:
  template <typename Request>
  core::Expected<Inspection> classify_request(const Request& req,
                                              std::optional<std::string_view> declared) const;

  privacy::PrivacyPolicy policy_;
  std::shared_ptr<const privacy::Detector> detector_;                // null: scanning is off
  std::unordered_map<std::string, privacy::DataClass> route_class_;  // alias → default
  std::optional<SessionGuard> sessions_;                             // unset: sessions are off
};

}  // namespace switchyard::gateway
