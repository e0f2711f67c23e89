#include "switchyard/gateway/classify_stage.hpp"

#include <exception>

#include "switchyard/gateway/key_class.hpp"
#include "switchyard/gateway/privacy_stage.hpp"
#include "switchyard/gateway/response_headers.hpp"

namespace switchyard::gateway {

ClassifyStage::ClassifyStage(const config::Config& cfg)
    : ClassifyStage(cfg, cfg.privacy.enabled ? std::make_shared<const privacy::Detector>(
                                                   make_detector_config(cfg.privacy))
                                             : nullptr) {}

ClassifyStage::ClassifyStage(const config::Config& cfg,
                             std::shared_ptr<const privacy::Detector> detector)
    : policy_(make_privacy_policy(cfg.privacy)), detector_(std::move(detector)) {
  for (const auto& m : cfg.models)
    if (auto c = policy_.parse(m.data_class)) route_class_[m.alias] = *c;
}

ClassifyStage::ClassifyStage(const config::Config& cfg,
                             std::shared_ptr<const privacy::Detector> detector,
                             privacy::SessionStore* sessions, observe::Registry& metrics)
    : ClassifyStage(cfg, std::move(detector)) {
  if (sessions && cfg.privacy.sessions.enabled)
    sessions_.emplace(cfg.privacy.sessions, policy_, *sessions, metrics);
}

template <typename Request>
core::Expected<Inspection> ClassifyStage::classify_request(
    const Request& req, std::optional<std::string_view> header) const {
  std::optional<privacy::DataClass> declared;
  if (header) {
    declared = policy_.parse(*header);
    if (!declared) {
      std::string names;
      for (const auto& n : policy_.names) names += (names.empty() ? "" : ", ") + n;
      return core::Error::invalid("Header x-switchyard-data-class names unknown class '" +
                                      header_safe(*header, 60) + "'; use one of " + names + ".",
                                  "x-switchyard-data-class", "invalid_data_class");
    }
  }
  std::optional<privacy::DataClass> route_default;
  if (auto it = route_class_.find(req.model); it != route_class_.end()) route_default = it->second;
  try {
    return inspect(detector_.get(), policy_, req, declared, route_default);
  } catch (const std::exception&) {
    // Fail closed: a request that could not be inspected goes nowhere.
    return core::Error::internal(
        "The request could not be checked for personal data, so it was not sent anywhere.");
  }
}

core::Expected<Inspection> ClassifyStage::classify(const core::ChatRequest& req,
                                                   std::optional<std::string_view> declared) const {
  return classify_request(req, declared);
}

core::Expected<Inspection> ClassifyStage::classify(const core::EmbeddingRequest& req,
                                                   std::optional<std::string_view> declared) const {
  return classify_request(req, declared);
}

std::optional<core::Error> ClassifyStage::admit(Exchange& ex) const {
  std::optional<std::string_view> declared;
  if (auto it = ex.http.find("x-switchyard-data-class"); it != ex.http.end())
    declared = it->value();
  auto seen = ex.endpoint == Endpoint::chat ? classify(ex.chat(), declared)
                                            : classify(ex.embedding(), declared);
  if (!seen) return std::move(seen.error());
  ex.seen = std::move(*seen);
  // The virtual key's part: its default class raises the request's, its
  // cloud ceiling narrows the rule (key_class.hpp).
  if (auto e = raise_to_key_default(ex, policy_)) return e;
  // The session's part: what it carried before raises this one; this one,
  // once classed, is remembered for the session's next.
  std::string session;
  if (sessions_) {
    auto key = sessions_->raise(ex);
    if (!key) return std::move(key.error());
    session = std::move(*key);
  }
  const privacy::Classification& cls = ex.seen.classification;
  ex.rule = policy_.rule(cls.level);
  if (auto e = apply_key_cloud_ceiling(ex, policy_)) return e;
  if (sessions_) sessions_->remember(ex, session);
  ex.record.data_class = policy_.name(cls.level);
  ex.record.class_reason = cls.reason;
  ex.record.entities = cls.entity_counts;
  return std::nullopt;
}

}  // namespace switchyard::gateway
