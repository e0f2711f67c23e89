// Everything one configuration builds that requests use: the providers, the
// deployments, the router, load-aware spill and the pipeline with its
// stages. Immutable once published; the gateway swaps the whole of it at a
// reload (gateway.hpp), and each request holds the one it started with
// (a shared_ptr on its coroutine frame) until its answer has gone, so a
// request in flight finishes under the configuration it started with.
//
// What does not change at a reload stays outside: the ledger writer, the
// metrics registry, the HTTP server (its listen address, threads, limits).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "switchyard/config/config.hpp"
#include "switchyard/gateway/deployment.hpp"
#include "switchyard/gateway/load_spill.hpp"
#include "switchyard/gateway/local_tokenizers.hpp"
#include "switchyard/gateway/pipeline.hpp"
#include "switchyard/ledger/ledger_writer.hpp"
#include "switchyard/observe/metrics.hpp"
#include "switchyard/providers/provider_registry.hpp"
#include "switchyard/routing/router.hpp"

namespace switchyard::gateway {

struct Runtime {
  // Builds every part from `cfg`; providers whose configuration is the same
  // as in `previous` are taken over from it (the loaded model included), and
  // so is the PII detector.
  // Throws std::runtime_error naming a provider that cannot be built. Pool
  // health checks are not started (start_health_checks).
  // `keys` (may be null), `limits`, `budgets` and `sessions` (the privacy
  // sessions' store; null: none) are the gateway's, kept across reloads. `difficulty`: the
  // difficulty model already read and checked against cfg's rules (routing/difficulty_setup.hpp);
  // null: the router reads the one cfg names, if any.
  Runtime(config::Config cfg, const Runtime* previous, ledger::LedgerWriter& ledger,
          observe::Registry& metrics, const keys::KeyRing* keys, limits::LimitStore& limits,
          limits::BudgetStore& budgets, privacy::SessionStore* sessions,
          std::shared_ptr<const routing::DifficultyModel> difficulty = nullptr);
  // Stops its pool health checks (at once; probes in flight are dropped).
  ~Runtime();
  Runtime(const Runtime&) = delete;
  Runtime& operator=(const Runtime&) = delete;

  void start_health_checks() { providers.health->start(); }
  void stop_health_checks() { providers.health->stop(); }

  const config::Config cfg;
  providers::ProviderSet providers;
  // The PII detector (null: scanning is off), taken over from `previous`
  // when its settings are the same: compiling one takes about a second.
  privacy::DetectorConfig detector_config;
  std::shared_ptr<const privacy::Detector> detector;
  // The router (rules, plans) and, at its deployment indices, what serves
  // each deployment.
  std::unique_ptr<routing::Router> router;
  std::vector<Deployment> deployments;
  // The exact prompt_tokens fact, for the deployments the in-process engine
  // serves (attached to the router).
  std::unique_ptr<LocalTokenizers> tokenizers;
  std::unique_ptr<LoadSpill> spill;
  std::unique_ptr<Pipeline> pipeline;  // last: it refers to everything above
};

}  // namespace switchyard::gateway
