// The providers a configuration names, built once at start: one row per
// provider kind (openai_compatible, with a pool of servers when it lists
// `endpoints:`; azure_openai, the same adapter with Azure's addressing;
// gemini; llama, the in-process engine, where this build has it).
// What a provider needs but lacks (an unset key variable) does not stop the
// start: the provider is built, and the reason is kept so its deployments
// are skipped with it and the operator is warned.
//
// A reload builds a new set with the previous one at hand: a provider whose
// configuration did not change (its name and every key but the circuit
// breaker's, which belongs to its deployments) is the same object in both,
// so its connections, pool state and above all its loaded model carry over.
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
  // In the config's order; shared with the set of a later reload that keeps them.
  std::vector<std::shared_ptr<Provider>> providers;
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
  // What each provider was built from (a later reload compares against it),
  // with its pool, if it has one.
  struct Built {
    config::ProviderConfig config;
    std::shared_ptr<Provider> provider;
    std::shared_ptr<EndpointPool> pool;
  };
  std::unordered_map<std::string, Built> built;
  // The names of the providers taken over from `previous`, in config order.
  std::vector<std::string> kept;
};

// Whether two provider configurations build the same provider: every key
// but where it was written and its circuit breaker.
bool same_provider(const config::ProviderConfig& a, const config::ProviderConfig& b);

// Throws std::runtime_error naming the provider when one cannot be built (a
// malformed URL, a model that cannot be loaded, kind llama in a build
// without the engine).
// With `previous`, each provider of the same configuration is taken over
// from it instead of built again.
ProviderSet build_providers(const std::vector<config::ProviderConfig>& configs,
                            const ProviderSet* previous = nullptr);

}  // namespace switchyard::providers
