// The gateway: wires configuration, providers, routing and observation into
// the request pipeline, and serves the HTTP routes. It is the only place that
// knows every area (DESIGN.md); each stage it calls gets what it needs as
// arguments.
#pragma once

#include <array>
#include <atomic>
#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "switchyard/config/config.hpp"
#include "switchyard/core/request_context.hpp"
#include "switchyard/gateway/circuit_breaker.hpp"
#include "switchyard/gateway/retry_policy.hpp"
#include "switchyard/gateway/router.hpp"
#include "switchyard/http/server.hpp"
#include "switchyard/ledger/ledger_writer.hpp"
#include "switchyard/observe/metrics.hpp"
#include "switchyard/privacy/data_class.hpp"
#include "switchyard/privacy/detector.hpp"

namespace switchyard::providers {
class EndpointPool;
class HealthChecker;
}  // namespace switchyard::providers

namespace switchyard::gateway {

class Gateway {
 public:
  // Opens the ledger; throws std::runtime_error (naming the file) when it cannot.
  // Starts the health checks of endpoint pools (their own thread), which run
  // until stop_health_checks() or destruction.
  explicit Gateway(config::Config cfg);
  ~Gateway();

  // The HTTP handler for every route.
  http::Task<void> handle(http::Request& req, http::ResponseWriter& out);
  // Server options from the config, with this gateway's error format.
  http::ServerOptions server_options() const;

  // /readyz answers 503 once draining has begun.
  void set_ready(bool ready) { ready_.store(ready); }
  const config::Config& config() const { return cfg_; }
  // Warnings found while wiring (e.g. a provider whose key variable is unset).
  const std::vector<std::string>& warnings() const { return warnings_; }
  observe::Registry& metrics() { return metrics_; }
  // Blocks until every record handed to the ledger so far is in the database
  // (with the journal: ingested, a few ms after its answer), or the database
  // has failed on it.
  void flush_ledger() { ledger_->flush(); }
  // Stops probing pool endpoints; returns at once (probes in flight are dropped).
  void stop_health_checks();

 private:
  struct Attempted;
  struct DeploymentMetrics;
  // One call to one deployment, made by attempt_in_order. Returns nullopt once
  // the request is over (its answer, or an error inside a started stream, has
  // been recorded and sent), or the error to retry or fall back on.
  using AttemptFn = std::function<http::Task<std::optional<core::Error>>(
      const Deployment&, const Attempted&, const http::Headers&, DeploymentMetrics&)>;

  http::Task<void> chat_completions(http::Request& req, http::ResponseWriter& out,
                                    core::RequestContext& ctx);
  http::Task<void> embeddings(http::Request& req, http::ResponseWriter& out,
                              core::RequestContext& ctx);
  // Records and sends an error that ends a request before any attempt (bad
  // request, unknown model, privacy refusal); `route_reason` says why no
  // deployment was tried, when the pipeline got that far.
  http::Task<void> refuse(ledger::RequestRecord& rec, core::RequestContext& ctx,
                          http::ResponseWriter& out, const core::Error& e,
                          std::string route_reason = {});
  // The execute stage every endpoint shares: tries the permitted candidates
  // in order, each `attempt` after a check that the class `rule` allows its
  // side, redacting (Attempted::redacted) for cloud sides when the rule says
  // so and something was found; retries with backoff, falls back, stops at
  // the deadline; records and sends the last error when every one failed.
  // A deployment whose circuit breaker is open is skipped. `skipped` says
  // why the plan's other candidates were not permitted (route-reason header).
  http::Task<void> attempt_in_order(const std::vector<const Candidate*>& permitted,
                                    const privacy::ClassRule& rule, bool found_any,
                                    std::string skipped, ledger::RequestRecord& rec,
                                    core::RequestContext& ctx, http::ResponseWriter& out,
                                    const AttemptFn& attempt);
  // GET /v1/models/{id}: `rest` is the path after ".../models/".
  http::Task<void> retrieve_model(std::string_view rest, http::ResponseWriter& out,
                                  const core::RequestContext& ctx);
  http::Task<void> method_not_allowed(http::Request& req, http::ResponseWriter& out,
                                      const core::RequestContext& ctx, std::string_view path,
                                      std::string_view allow);
  http::Task<bool> send_error(http::ResponseWriter& out, const core::Error& e,
                              const core::RequestContext& ctx, const Attempted* where = nullptr);
  // Makes the request's ledger record durable, moving it away (call it once,
  // last): journaled at once, or committed while the coroutine waits;
  // an error means it could not be stored.
  http::Task<std::optional<core::Error>> record(ledger::RequestRecord& rec,
                                                core::RequestContext& ctx, const Attempted* where,
                                                int status,
                                                const std::optional<core::Usage>& usage);
  // Waits before another attempt on the same deployment (backoff, at least
  // the upstream's Retry-After); false, without waiting, when the deadline
  // cannot afford the wait the upstream asked for.
  http::Task<bool> sleep_backoff(const core::Error& e, int attempts, core::RequestContext& ctx);
  void count_status(unsigned status);
  // switchyard_endpoint_up and _outstanding_requests for each pool member.
  void add_pool_metrics(const std::shared_ptr<providers::EndpointPool>& pool);
  // The deployment's breaker, with its state gauge and transition counters.
  CircuitBreaker* add_circuit_breaker(const Deployment& dep);
  void observe_done(const core::RequestContext& ctx);

  config::Config cfg_;
  std::vector<std::unique_ptr<providers::Provider>> providers_;
  std::unique_ptr<providers::HealthChecker> health_;
  std::unordered_map<std::string, Deployment> deployments_;
  std::unique_ptr<Router> router_;
  RetryPolicy retry_;
  std::vector<std::string> warnings_;
  std::vector<std::string> provider_keys_;  // scrubbed from every error we relay
  std::unique_ptr<ledger::LedgerWriter> ledger_;
  privacy::PrivacyPolicy policy_;
  std::unique_ptr<privacy::Detector> detector_;                      // null: scanning is off
  std::unordered_map<std::string, privacy::DataClass> route_class_;  // alias → default
  std::atomic<bool> ready_{true};

  observe::Registry metrics_;
  observe::Histogram* overhead_ = nullptr;
  observe::Histogram* duration_ = nullptr;
  observe::Histogram* ledger_wait_ = nullptr;
  observe::Counter* ledger_failures_ = nullptr;
  std::array<std::atomic<observe::Counter*>, 600> status_counters_{};
  struct DeploymentMetrics {
    observe::Counter* ok;
    observe::Counter* failed;
    CircuitBreaker* breaker;
  };
  std::unordered_map<const Deployment*, DeploymentMetrics> deployment_metrics_;
  std::vector<std::unique_ptr<CircuitBreaker>> breakers_;  // one per deployment
};

}  // namespace switchyard::gateway
