// The gateway: wires configuration, providers, routing and observation into
// the request pipeline, and serves the HTTP routes. It is the only place that
// knows every area (DESIGN.md); each stage it calls gets what it needs as
// arguments.
#pragma once

#include <array>
#include <atomic>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "switchyard/config/config.hpp"
#include "switchyard/core/request_context.hpp"
#include "switchyard/gateway/retry_policy.hpp"
#include "switchyard/gateway/router.hpp"
#include "switchyard/http/server.hpp"
#include "switchyard/ledger/ledger_writer.hpp"
#include "switchyard/observe/metrics.hpp"
#include "switchyard/privacy/data_class.hpp"
#include "switchyard/privacy/detector.hpp"

namespace switchyard::gateway {

class Gateway {
 public:
  // Opens the ledger; throws std::runtime_error (naming the file) when it cannot.
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
  // Blocks until every record handed to the ledger so far is committed.
  void flush_ledger() { ledger_->flush(); }

 private:
  struct Attempted;
  http::Task<void> chat_completions(http::Request& req, http::ResponseWriter& out,
                                    core::RequestContext& ctx);
  http::Task<void> method_not_allowed(http::Request& req, http::ResponseWriter& out,
                                      const core::RequestContext& ctx, std::string_view path,
                                      std::string_view allow);
  http::Task<bool> send_error(http::ResponseWriter& out, const core::Error& e,
                              const core::RequestContext& ctx, const Attempted* where = nullptr);
  // Commits the request's ledger record, moving it away (call it once, last);
  // an error means it could not be stored.
  http::Task<std::optional<core::Error>> record(ledger::RequestRecord& rec,
                                                core::RequestContext& ctx, const Attempted* where,
                                                int status,
                                                const std::optional<core::Usage>& usage);
  http::Task<void> sleep_backoff(const core::Error& e, int attempts, core::RequestContext& ctx);
  void count_status(unsigned status);
  void observe_done(const core::RequestContext& ctx);

  config::Config cfg_;
  std::vector<std::unique_ptr<providers::Provider>> providers_;
  std::unordered_map<std::string, Deployment> deployments_;
  std::unique_ptr<Router> router_;
  RetryPolicy retry_;
  std::vector<std::string> warnings_;
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
  };
  std::unordered_map<const Deployment*, DeploymentMetrics> deployment_metrics_;
};

}  // namespace switchyard::gateway
