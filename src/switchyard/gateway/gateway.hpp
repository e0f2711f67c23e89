// The gateway: opens the ledger, builds the runtime (providers, router,
// spill, the request pipeline: runtime.hpp) from the configuration, and
// serves the HTTP routes (the route table picks, per path, what is served
// and in which dialect). It is the only place that knows every area
// (DESIGN.md); the pipeline's stages (pipeline.hpp) each get what they need
// when they are built.
//
// Live reload: reload() builds a new runtime from a new configuration
// (taking over the providers whose configuration did not change: a loaded
// model is not loaded again) and publishes it with one atomic store. Each
// request takes the runtime published when it arrives and keeps it to its
// end, so requests in flight finish under the configuration they started
// with. A configuration that does not load or build is refused and the
// running one stays. The server section (listen address, threads, limits)
// and the ledger section take effect at a restart only; a reload says so.
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "switchyard/api/openai/dialect.hpp"
#include "switchyard/config/config.hpp"
#include "switchyard/core/request_context.hpp"
#include "switchyard/gateway/admin_auth.hpp"
#include "switchyard/gateway/admin_keys.hpp"
#include "switchyard/gateway/blocking_work.hpp"
#include "switchyard/gateway/budget_metrics.hpp"
#include "switchyard/gateway/runtime.hpp"
#include "switchyard/http/server.hpp"
#include "switchyard/keys/key_refresher.hpp"
#include "switchyard/keys/key_ring.hpp"
#include "switchyard/ledger/feedback_store.hpp"
#include "switchyard/ledger/ledger_writer.hpp"
#include "switchyard/limits/budget_store.hpp"
#include "switchyard/limits/in_memory_limit_store.hpp"
#include "switchyard/observe/metrics.hpp"
#include "switchyard/privacy/session_store.hpp"
#include "switchyard/providers/provider_registry.hpp"

namespace switchyard::gateway {

// What a reload did: applied (the new configuration serves new requests)
// or refused (`problems`, each with file:line where there is one; the
// running configuration stays); `notes` say what it kept and what waits
// for a restart.
struct ReloadResult {
  bool applied = false;
  std::vector<config::ConfigProblem> problems;
  std::vector<std::string> notes;
};

// Logs what a reload did (stderr), naming what set it off.
void log_reload(std::string_view trigger, const ReloadResult& r);
// POST /admin/reload's body: {"status":"reloaded","notes":[...]}, or an
// OpenAI error object (code invalid_config) whose message and `problems`
// list every problem at its file:line.
std::string reload_answer(const ReloadResult& r);

class Gateway {
 public:
  // Opens the ledger; throws std::runtime_error (naming the file) when it cannot.
  // Starts the health checks of endpoint pools (their own thread), which run
  // until stop_health_checks() or destruction.
  explicit Gateway(config::Config cfg);
  ~Gateway();

  // The HTTP handler for every route.
  http::Task<void> handle(http::Request& req, http::ResponseWriter& out);
  // Server options from the config, with this gateway's error formats (the
  // options keep a pointer to this gateway: it must outlive the server).
  http::ServerOptions server_options() const;

  // Loads `path` (the file it started from when empty) and reloads it.
  // Safe from any thread; reloads run one at a time. Building the new
  // runtime may take long (a changed model is loaded): not on an io thread.
  ReloadResult reload_file(const std::string& path = {});
  ReloadResult reload(config::Config cfg);
  // Applied reloads so far.
  std::uint64_t reloads() const { return reloads_.load(); }

  // /readyz answers 503 once draining has begun.
  void set_ready(bool ready) { ready_.store(ready); }
  // The configuration it started with (its server, ledger and admin
  // sections are the ones in force); current_config() is the one new
  // requests get.
  const config::Config& config() const { return cfg_; }
  std::shared_ptr<const config::Config> current_config() const;
  // The provider serving under `name` now (null: none); a reload that keeps
  // it leaves the same object.
  const providers::Provider* provider(std::string_view name) const;
  // Warnings found while wiring (e.g. a provider whose key variable is unset).
  const std::vector<std::string>& warnings() const { return warnings_; }
  observe::Registry& metrics() { return metrics_; }
  // Blocks until every record handed to the ledger so far is in the database
  // (with the journal: ingested, a few ms after its answer), or the database
  // has failed on it.
  void flush_ledger() { ledger_->flush(); }
  // Stops probing pool endpoints; returns at once (probes in flight are dropped).
  void stop_health_checks();
  // Waits for the admin reads and reloads running off the io threads; later
  // ones run on their io thread. Call before the server stops its io
  // threads: a job's end is posted to one.
  void drain_blocking_work() { blocking_.drain(); }

 private:
  // What a path serves.
  enum class Serves {
    chat,
    count_tokens,  // Anthropic's POST /v1/messages/count_tokens (token_count.hpp)
    feedback,      // POST /v1/feedback (feedback_endpoint.hpp)
    embeddings,
    model_list,
    model,
    healthz,
    readyz,
    metrics,
    admin_keys,
    admin_reload,
    admin_report,
    admin_read,  // the dashboard's reads: /admin/dashboard, /admin/requests
    ui,          // the dashboard's page and files (admin_dashboard.hpp)
    admin_other
  };
  struct Route {
    std::string_view path;
    bool prefix = false;  // `path` begins the request's path (the rest is an argument)
    std::optional<http::bhttp::verb> method;  // any other method: 405; unset: any method
    Serves serves = Serves::healthz;
    const api::Dialect* dialect = nullptr;  // the wire format of the route's bodies
  };
  const Route* find_route(std::string_view path) const;
  // The dialect a path's errors come in: its route's, or Anthropic's for
  // any path under /v1/messages/ (an endpoint of that API the gateway does
  // not serve), else OpenAI's.
  const api::Dialect& dialect_for(std::string_view path) const;

  http::Task<void> method_not_allowed(Runtime& rt, const Route& route, http::Request& req,
                                      http::ResponseWriter& out, const core::RequestContext& ctx,
                                      std::string_view path);
  // The error for an unknown path or model, in `dialect`'s format.
  http::Task<void> not_found(Runtime& rt, const api::Dialect& dialect, const core::Error& e,
                             http::ResponseWriter& out, const core::RequestContext& ctx);
  // Admin paths begin with this: false when `req` does not carry the admin
  // key, after sending the 401 (or 503: no admin key set) in the OpenAI format.
  http::Task<bool> admit_admin(Runtime& rt, const http::Request& req, http::ResponseWriter& out,
                               const core::RequestContext& ctx);
  // POST /admin/reload: reload_file() on a thread of its own; 200 with the
  // notes, or 400 with every problem.
  http::Task<void> admin_reload(Runtime& rt, http::ResponseWriter& out,
                                const core::RequestContext& ctx);
  // GET /admin/report: the cost report, read on a thread of its own.
  http::Task<void> admin_report(Runtime& rt, const http::Request& req, http::ResponseWriter& out,
                                const core::RequestContext& ctx);
  // GET /ui and its files; GET /admin/dashboard and /admin/requests, read
  // on a thread of their own (admin_dashboard.*).
  http::Task<void> serve_ui(Runtime& rt, std::string_view path, http::ResponseWriter& out,
                            const core::RequestContext& ctx);
  http::Task<void> admin_read(Runtime& rt, const http::Request& req, std::string_view path,
                              http::ResponseWriter& out, const core::RequestContext& ctx);
  void open_ledger();
  // The keys' spend this month, from the ledger, when budgets_ is per
  // process (Redis seeds each key's month from the ledger itself).
  void restore_spend();
  // The key store (keys.path), its cache and the thread that refreshes it.
  void open_keys();
  // The runtime new requests get.
  std::shared_ptr<Runtime> runtime() const { return runtime_.load(std::memory_order_acquire); }

  const config::Config cfg_;
  std::vector<std::string> warnings_;
  std::unique_ptr<ledger::LedgerWriter> ledger_;
  std::unique_ptr<ledger::FeedbackStore> feedback_;  // POST /v1/feedback's ratings
  std::unique_ptr<keys::KeyRing> keys_;
  std::unique_ptr<keys::KeyRefresher> key_refresher_;
  std::unique_ptr<AdminKeys> admin_keys_;
  // In memory, or Redis (limits.store); kept across reloads.
  std::unique_ptr<limits::LimitStore> limits_;
  // In memory, or Redis with the limits; kept across reloads.
  std::unique_ptr<limits::BudgetStore> budgets_;
  // Privacy sessions (privacy.sessions): in memory, or Redis with the
  // limits. Kept across reloads.
  std::unique_ptr<privacy::SessionStore> sessions_;
  // Budget use per team in /metrics (keys_ and budgets_, at scrape time).
  std::unique_ptr<TeamBudgetMetrics> team_budgets_;
  std::atomic<bool> ready_{true};
  observe::Registry metrics_;
  const api::openai::OpenAIDialect openai_{};
  const AdminAuth admin_;
  std::vector<Route> routes_;
  std::mutex reload_mutex_;  // one reload at a time
  std::atomic<std::uint64_t> reloads_{0};
  // Last: it refers to the ledger and the metrics.
  std::atomic<std::shared_ptr<Runtime>> runtime_;
  // Admin reads and reloads (they read every member above); drained first
  // on destruction.
  BlockingWork blocking_;
};

}  // namespace switchyard::gateway
