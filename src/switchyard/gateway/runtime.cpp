#include "switchyard/gateway/runtime.hpp"

#include "switchyard/gateway/engine_metrics.hpp"

namespace switchyard::gateway {
namespace {

// switchyard_endpoint_up and _outstanding_requests for each pool member;
// a reload that keeps the pool points the same series at it again.
void add_pool_metrics(const std::shared_ptr<providers::EndpointPool>& pool,
                      observe::Registry& metrics) {
  for (std::size_t i = 0; i < pool->size(); ++i) {
    const std::string labels = "provider=\"" + observe::label_value(pool->provider()) +
                               "\",endpoint=\"" + observe::label_value(pool->name(i)) + "\"";
    metrics.gauge("switchyard_endpoint_up",
                  "1 while a pool endpoint is in rotation, 0 while it is out (connect failure or "
                  "failed health probes).",
                  labels, [pool, i] { return pool->up(i) ? 1.0 : 0.0; });
    metrics.gauge("switchyard_endpoint_outstanding_requests",
                  "Requests in flight on a pool endpoint (what balancing compares).", labels,
                  [pool, i] { return static_cast<double>(pool->outstanding(i)); });
  }
}

}  // namespace

Runtime::Runtime(config::Config c, const Runtime* previous, ledger::LedgerWriter& ledger,
                 observe::Registry& metrics, const keys::KeyRing* keys, limits::LimitStore& limits,
                 limits::BudgetStore& budgets, privacy::SessionStore* sessions,
                 std::shared_ptr<const routing::DifficultyModel> difficulty)
    : cfg(std::move(c)),
      providers(
          providers::build_providers(cfg.providers, previous ? &previous->providers : nullptr)),
      detector_config(make_detector_config(cfg.privacy)) {
  if (cfg.privacy.enabled) {
    if (previous && previous->detector && previous->detector_config == detector_config)
      detector = previous->detector;
    else
      detector = std::make_shared<const privacy::Detector>(detector_config);
  }
  router = std::make_unique<routing::Router>(cfg, std::move(difficulty));
  for (std::size_t i = 0; i < router->deployment_count(); ++i) {
    const config::DeploymentConfig& d = router->deployment(i);
    Deployment dep{&d, providers.by_name.at(d.provider), {}};
    if (auto it = providers.unavailable.find(d.provider); it != providers.unavailable.end())
      dep.unavailable = it->second;
    deployments.push_back(std::move(dep));
  }
  // Before spill, which wraps the providers it times in a stopwatch.
  tokenizers = std::make_unique<LocalTokenizers>(deployments);
  if (tokenizers->any()) router->attach_tokenizer(tokenizers.get());
  spill = std::make_unique<LoadSpill>(cfg, deployments, metrics);
  for (const auto& pool : providers.pools) add_pool_metrics(pool, metrics);
  add_engine_metrics(providers, metrics);
  pipeline = std::make_unique<Pipeline>(cfg, detector, *router, deployments, providers.keys, ledger,
                                        metrics, *spill, keys, limits, budgets, sessions);
}

Runtime::~Runtime() {
  stop_health_checks();
}

}  // namespace switchyard::gateway
