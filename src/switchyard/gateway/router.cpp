#include "switchyard/gateway/router.hpp"

namespace switchyard::gateway {

Router::Router(const config::Config& cfg,
               const std::unordered_map<std::string, Deployment>& deployments) {
  for (const auto& m : cfg.models) {
    auto& list = by_alias_[m.alias];
    for (const auto& d : m.deployments) list.push_back(&deployments.at(d.name));
    aliases_.push_back(m.alias);
  }
}

core::Expected<Plan> Router::plan(const std::string& alias) const {
  auto it = by_alias_.find(alias);
  if (it == by_alias_.end()) {
    std::string known;
    for (const auto& a : aliases_) known += (known.empty() ? "'" : ", '") + a + "'";
    return core::Error{core::ErrorKind::not_found,
                       404,
                       "The model '" + alias + "' does not exist on this gateway. " +
                           (known.empty() ? std::string("No models are configured.")
                                          : "Configured models: " + known + "."),
                       "model",
                       "model_not_found",
                       false};
  }
  Plan plan;
  plan.alias = alias;
  for (std::size_t i = 0; i < it->second.size(); ++i) {
    const Deployment* d = it->second[i];
    plan.candidates.push_back({d, i == 0
                                      ? "primary deployment of '" + alias + "'"
                                      : "fallback #" + std::to_string(i) + " of '" + alias + "'"});
  }
  return plan;
}

}  // namespace switchyard::gateway
