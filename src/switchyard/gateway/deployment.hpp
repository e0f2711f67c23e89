// A deployment as the gateway serves it: its configuration and the provider
// that calls it. The gateway keeps one per deployment, at the router's index
// (routing/router.hpp), so a plan's candidates name them by that index.
#pragma once

#include <string>

#include "switchyard/config/config.hpp"
#include "switchyard/providers/provider.hpp"

namespace switchyard::gateway {

struct Deployment {
  const config::DeploymentConfig* config = nullptr;
  providers::Provider* provider = nullptr;
  // Non-empty when the deployment cannot be used (e.g. its provider's API key
  // variable is unset); the plan keeps it so the reason reaches the client.
  std::string unavailable;
};

}  // namespace switchyard::gateway
