// How the gateway reports what went wrong on the way to an answer: errors
// scrubbed of secrets before anyone sees them, a rejected gateway key named
// by its deployment, a deployment skipped by its circuit breaker, and why
// the plan's candidates were not permitted (x-switchyard-route-reason).
#pragma once

#include <string>
#include <vector>

#include "switchyard/config/config.hpp"
#include "switchyard/core/error.hpp"
#include "switchyard/gateway/deployment.hpp"
#include "switchyard/privacy/data_class.hpp"
#include "switchyard/routing/plan.hpp"

namespace switchyard::gateway {

// `e` as clients, logs and the ledger may see it: whatever an upstream
// quoted back of any of `keys` (the configured provider keys), or of
// anything shaped like a credential, replaced. Providers scrub their own key
// already; this also covers texts they relay without knowing they are
// errors, and keys of other providers.
core::Error scrubbed(core::Error e, const std::vector<std::string>& keys);

// A deployment's failed attempt as the gateway reports it: scrubbed, and a
// rejected gateway credential names the deployment (never the key), so
// operators know which one to fix.
void settle_upstream_error(core::Error& e, const config::DeploymentConfig& d,
                           const std::vector<std::string>& keys);

// 503 circuit_open: the deployment was skipped because its breaker is open.
core::Error circuit_open_error(const std::string& deployment);

// Why the plan's candidates that `data_class` may not use were left out:
// "openai/gpt-4o: cloud not permitted for restricted data; ...", or "".
// `deployments` is indexed by the router's deployment index.
std::string not_permitted_reason(const routing::Plan& plan,
                                 const std::vector<Deployment>& deployments,
                                 const privacy::PrivacyPolicy& policy,
                                 const std::string& data_class);

}  // namespace switchyard::gateway
