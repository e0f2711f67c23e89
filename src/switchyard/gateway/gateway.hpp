// The gateway: builds the providers, the router, the ledger and the request
// pipeline from the configuration once at start, and serves the HTTP routes
// (the route table picks, per path, what is served and in which dialect).
// It is the only place that knows every area (DESIGN.md); the pipeline's
// stages (pipeline.hpp) each get what they need when they are built.
#pragma once

#include <atomic>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "switchyard/api/openai/dialect.hpp"
#include "switchyard/config/config.hpp"
#include "switchyard/core/request_context.hpp"
#include "switchyard/gateway/pipeline.hpp"
#include "switchyard/gateway/router.hpp"
#include "switchyard/http/server.hpp"
#include "switchyard/ledger/ledger_writer.hpp"
#include "switchyard/observe/metrics.hpp"
#include "switchyard/providers/provider_registry.hpp"

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
  // What a path serves.
  enum class Serves { chat, embeddings, model_list, model, healthz, readyz, metrics };
  struct Route {
    std::string_view path;
    bool prefix = false;  // `path` begins the request's path (the rest is an argument)
    std::optional<http::bhttp::verb> method;  // any other method: 405; unset: any method
    Serves serves = Serves::healthz;
    const api::Dialect* dialect = nullptr;  // the wire format of the route's bodies
  };
  const Route* find_route(std::string_view path) const;

  // GET /v1/models/{id}: `rest` is the path after ".../models/".
  http::Task<void> retrieve_model(const api::Dialect& dialect, std::string_view rest,
                                  http::ResponseWriter& out, const core::RequestContext& ctx);
  http::Task<void> method_not_allowed(const Route& route, http::Request& req,
                                      http::ResponseWriter& out, const core::RequestContext& ctx,
                                      std::string_view path);
  // The error for an unknown path or model, in `dialect`'s format.
  http::Task<void> not_found(const api::Dialect& dialect, const core::Error& e,
                             http::ResponseWriter& out, const core::RequestContext& ctx);
  // switchyard_endpoint_up and _outstanding_requests for each pool member.
  void add_pool_metrics(const std::shared_ptr<providers::EndpointPool>& pool);
  void open_ledger();

  config::Config cfg_;
  providers::ProviderSet providers_;
  std::unordered_map<std::string, Deployment> deployments_;
  std::unique_ptr<Router> router_;
  std::vector<std::string> warnings_;
  std::unique_ptr<ledger::LedgerWriter> ledger_;
  std::atomic<bool> ready_{true};
  observe::Registry metrics_;
  const api::openai::OpenAIDialect openai_{};
  std::vector<Route> routes_;
  std::unique_ptr<Pipeline> pipeline_;  // last: it refers to everything above
};

}  // namespace switchyard::gateway
