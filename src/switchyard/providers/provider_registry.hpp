// The providers a configuration names, built once at start: one row per
// provider kind (openai_compatible, with a pool of servers when it lists
// `endpoints:`; llama, the in-process engine, where this build has it).
// What a provider needs but lacks (an unset key variable) does not stop the
// start: the provider is built, and the reason is kept so its deployments
// are skipped with it and the operator is warned.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "switchyard/config/config.hpp"
#include "switchyard/providers/endpoint_pool.hpp"
#include "switchyard/providers/health_checker.hpp"
#include "switchyard/providers/provider.hpp"

namespace switchyard::providers {

struct ProviderSet {
  std::vector<std::unique_ptr<Provider>> providers;  // in the config's order
  std::unordered_map<std::string, Provider*> by_name;
  // Provider name → why its deployments cannot be used ("provider 'x' needs
  // the environment variable X, which is not set").
  std::unordered_map<std::string, std::string> unavailable;
  // Every pool (`endpoints:`), already added to `health`, which is not started.
  std::vector<std::shared_ptr<EndpointPool>> pools;
  std::unique_ptr<HealthChecker> health;
  std::vector<std::string> warnings;
  // The configured provider keys: scrubbed from every error the gateway relays.
  std::vector<std::string> keys;
};

// Throws std::runtime_error naming the provider when one cannot be built (a
// malformed URL, a model that cannot be loaded, kind llama in a build
// without the engine).
ProviderSet build_providers(const std::vector<config::ProviderConfig>& configs);

}  // namespace switchyard::providers
