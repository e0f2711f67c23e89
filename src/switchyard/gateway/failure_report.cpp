#include "switchyard/gateway/failure_report.hpp"

#include <utility>

#include "switchyard/providers/upstream_error.hpp"

namespace switchyard::gateway {

core::Error scrubbed(core::Error e, const std::vector<std::string>& keys) {
  for (const std::string& key : keys) providers::scrub_secrets(e, key);
  providers::scrub_secrets(e);
  return e;
}

void settle_upstream_error(core::Error& e, const config::DeploymentConfig& d,
                           const std::vector<std::string>& keys) {
  e = scrubbed(std::move(e), keys);
  if (e.code == providers::kUpstreamAuthenticationFailed)
    e.message = "Deployment '" + d.name + "': " + e.message + ".";
}

core::Error circuit_open_error(const std::string& deployment) {
  return {core::ErrorKind::unavailable,
          503,
          "Deployment '" + deployment +
              "' is failing (its circuit breaker is open), so it was skipped; it is tried again "
              "after the breaker's cool-down.",
          {},
          "circuit_open",
          false};
}

std::string not_permitted_reason(const routing::Plan& plan,
                                 const std::vector<Deployment>& deployments,
                                 const privacy::PrivacyPolicy& policy,
                                 const std::string& data_class) {
  const auto level = policy.parse(data_class);
  if (!level) return {};
  const privacy::ClassRule& rule = policy.rule(*level);
  std::string out;
  for (const routing::Candidate& c : plan.candidates) {
    const config::DeploymentConfig& d = *deployments[c.deployment].config;
    if (rule.allows(d.side)) continue;
    if (!out.empty()) out += "; ";
    out += d.name + ": " + config::to_string(d.side) + " not permitted for " + data_class + " data";
  }
  return out;
}

}  // namespace switchyard::gateway
