#include "switchyard/gateway/classify_stage.hpp"

#include <exception>

#include "switchyard/gateway/privacy_stage.hpp"
#include "switchyard/gateway/response_headers.hpp"

namespace switchyard::gateway {

ClassifyStage::ClassifyStage(const config::Config& cfg)
    : policy_(make_privacy_policy(cfg.privacy)) {
  if (cfg.privacy.enabled)
    detector_ = std::make_unique<privacy::Detector>(make_detector_config(cfg.privacy));
  for (const auto& m : cfg.models)
    if (auto c = policy_.parse(m.data_class)) route_class_[m.alias] = *c;
}

std::optional<core::Error> ClassifyStage::admit(Exchange& ex) const {
  std::optional<privacy::DataClass> declared;
  if (auto it = ex.http.find("x-switchyard-data-class"); it != ex.http.end()) {
    declared = policy_.parse(it->value());
    if (!declared) {
      std::string names;
      for (const auto& n : policy_.names) names += (names.empty() ? "" : ", ") + n;
      return core::Error::invalid("Header x-switchyard-data-class names unknown class '" +
                                      header_safe(it->value(), 60) + "'; use one of " + names + ".",
                                  "x-switchyard-data-class", "invalid_data_class");
    }
  }
  std::optional<privacy::DataClass> route_default;
  if (auto it = route_class_.find(ex.model()); it != route_class_.end()) route_default = it->second;
  try {
    if (ex.endpoint == Endpoint::chat)
      ex.seen = inspect(detector_.get(), policy_, ex.chat(), declared, route_default);
    else
      ex.seen = inspect(detector_.get(), policy_, ex.embedding(), declared, route_default);
  } catch (const std::exception&) {
    // Fail closed: a request that could not be inspected goes nowhere.
    return core::Error::internal(
        "The request could not be checked for personal data, so it was not sent anywhere.");
  }
  const privacy::Classification& cls = ex.seen.classification;
  ex.rule = policy_.rule(cls.level);
  ex.record.data_class = policy_.name(cls.level);
  ex.record.class_reason = cls.reason;
  ex.record.entities = cls.entity_counts;
  return std::nullopt;
}

}  // namespace switchyard::gateway
