// `switchyard route`: what the gateway would do with a request, without
// calling any model. The request goes through the same decode, classify
// and route steps as a served one (the same stages' code, built from the
// same configuration), and the answer is the facts, each rule's verdict,
// the plan and the privacy filter's verdict on it.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "switchyard/api/openai/dialect.hpp"
#include "switchyard/config/config.hpp"
#include "switchyard/gateway/classify_stage.hpp"
#include "switchyard/routing/router.hpp"

namespace switchyard::gateway {

// What the client would send besides the body.
struct RouteQuestion {
  std::string body;  // an OpenAI chat (or embeddings) request
  bool embeddings = false;
  std::optional<std::string> data_class;  // x-switchyard-data-class
  std::string task;                       // x-switchyard-task
  std::string team;                       // the caller's team
};

struct RouteAnswer {
  bool served = false;  // some deployment would be tried
  std::string text;     // what to print, one line per item
};

class RouteExplainer {
 public:
  // `cfg` must outlive the explainer.
  explicit RouteExplainer(const config::Config& cfg);

  // `explain`: the facts and every rule's verdict too, not only the
  // decision and the plan.
  RouteAnswer answer(const RouteQuestion& q, bool explain) const;

 private:
  const api::openai::OpenAIDialect dialect_{};
  ClassifyStage classify_;
  routing::Router router_;
};

}  // namespace switchyard::gateway
