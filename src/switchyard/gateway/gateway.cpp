#include "switchyard/gateway/gateway.hpp"

#include <algorithm>
#include <random>

#include "switchyard/gateway/response_headers.hpp"
#include "switchyard/ledger/sqlite_store.hpp"

namespace switchyard::gateway {

namespace {

std::string new_request_id() {
  thread_local std::mt19937_64 rng{std::random_device{}()};
  static constexpr char hex[] = "0123456789abcdef";
  std::string id = "req_";
  for (int i = 0; i < 2; ++i) {
    std::uint64_t v = rng();
    for (int j = 0; j < 12; ++j, v >>= 4) id += hex[v & 15];
  }
  return id;
}

// A client-supplied id is kept (so traces join up) when it is short and tame.
std::string request_id_from(const http::Request& req) {
  auto it = req.find("x-request-id");
  if (it != req.end()) {
    std::string_view v = it->value();
    bool ok = !v.empty() && v.size() <= 128;
    for (char c : v) ok = ok && c > 0x20 && c < 0x7f;
    if (ok) return std::string(v);
  }
  return new_request_id();
}

core::Error method_error(std::string_view method, std::string_view path, std::string_view allow) {
  return {core::ErrorKind::method_not_allowed,
          405,
          "Method " + std::string(method) + " is not allowed on " + std::string(path) + "; use " +
              std::string(allow) + ".",
          {},
          "method_not_allowed",
          false};
}

std::string_view allowed(http::bhttp::verb method) {
  return method == http::bhttp::verb::post ? "POST" : "GET";
}

// Built outside coroutine bodies (g++ 12 and braced lists in coroutines).
http::Headers allow_headers(const std::string& request_id, std::string_view allow) {
  http::Headers h = id_headers(request_id);
  h.emplace_back("allow", std::string(allow));
  return h;
}

}  // namespace

Gateway::Gateway(config::Config cfg)
    : cfg_(std::move(cfg)), providers_(providers::build_providers(cfg_.providers)) {
  warnings_ = providers_.warnings;
  for (const auto& m : cfg_.models) {
    for (const auto& d : m.deployments) {
      Deployment dep{&d, providers_.by_name.at(d.provider), {}};
      if (auto it = providers_.unavailable.find(d.provider); it != providers_.unavailable.end())
        dep.unavailable = it->second;
      deployments_.emplace(d.name, dep);
    }
  }
  router_ = std::make_unique<Router>(cfg_, deployments_);
  open_ledger();
  for (const auto& pool : providers_.pools) add_pool_metrics(pool);
  pipeline_ =
      std::make_unique<Pipeline>(cfg_, *router_, deployments_, providers_.keys, *ledger_, metrics_);

  // The route table: each path, the method it takes, what it serves and in
  // which dialect. OpenAI's SDKs are configured with or without the /v1.
  using http::bhttp::verb;
  routes_ = {
      {"/v1/chat/completions", false, verb::post, Serves::chat, &openai_},
      {"/chat/completions", false, verb::post, Serves::chat, &openai_},
      {"/v1/embeddings", false, verb::post, Serves::embeddings, &openai_},
      {"/embeddings", false, verb::post, Serves::embeddings, &openai_},
      {"/v1/models", false, verb::get, Serves::model_list, &openai_},
      {"/models", false, verb::get, Serves::model_list, &openai_},
      {"/v1/models/", true, verb::get, Serves::model, &openai_},
      {"/models/", true, verb::get, Serves::model, &openai_},
      {"/healthz", false, std::nullopt, Serves::healthz, nullptr},
      {"/readyz", false, std::nullopt, Serves::readyz, nullptr},
      {"/metrics", false, verb::get, Serves::metrics, nullptr},
  };
  providers_.health->start();  // last, once every pool is built and observed
}

Gateway::~Gateway() {
  stop_health_checks();
}

void Gateway::stop_health_checks() {
  if (providers_.health) providers_.health->stop();
}

void Gateway::open_ledger() {
  const bool journal = cfg_.ledger.journal && !cfg_.ledger.full_sync;
  auto store = ledger::SqliteStore::open({cfg_.ledger.path, cfg_.ledger.full_sync,
                                          /*truncate_checkpoints=*/journal});
  if (!store) throw std::runtime_error(store.error().message);
  if (journal) {
    // A journaled record is as durable as a WAL commit with synchronous =
    // NORMAL (it survives the process, not the OS), so sync: full keeps
    // committing to the database before each answer.
    auto writer = ledger::LedgerWriter::with_journal(std::move(*store), cfg_.ledger.path,
                                                     cfg_.ledger.journal_bytes);
    if (!writer) throw std::runtime_error(writer.error().message);
    ledger_ = std::move(*writer);
    const ledger::RecoveryReport& r = ledger_->recovered();
    if (r.journals > 0)
      warnings_.push_back("ingested " + std::to_string(r.records) + " ledger record(s) from " +
                          std::to_string(r.journals) +
                          " journal(s) left by a gateway that did not stop cleanly");
    for (const std::string& note : r.notes) warnings_.push_back("ledger journal: " + note);
  } else {
    // With sync: full every commit fsyncs, so none may run on a request thread.
    ledger_ = std::make_unique<ledger::LedgerWriter>(std::move(*store), 512,
                                                     /*inline_commit=*/!cfg_.ledger.full_sync);
  }
}

void Gateway::add_pool_metrics(const std::shared_ptr<providers::EndpointPool>& pool) {
  for (std::size_t i = 0; i < pool->size(); ++i) {
    const std::string labels = "provider=\"" + observe::label_value(pool->provider()) +
                               "\",endpoint=\"" + observe::label_value(pool->name(i)) + "\"";
    metrics_.gauge("switchyard_endpoint_up",
                   "1 while a pool endpoint is in rotation, 0 while it is out (connect failure or "
                   "failed health probes).",
                   labels, [pool, i] { return pool->up(i) ? 1.0 : 0.0; });
    metrics_.gauge("switchyard_endpoint_outstanding_requests",
                   "Requests in flight on a pool endpoint (what balancing compares).", labels,
                   [pool, i] { return static_cast<double>(pool->outstanding(i)); });
  }
}

http::ServerOptions Gateway::server_options() const {
  http::ServerOptions o;
  o.host = cfg_.server.host;
  o.port = cfg_.server.port;
  o.threads = cfg_.server.threads;
  o.max_body_bytes = cfg_.server.max_body_bytes;
  o.max_header_bytes = cfg_.server.max_header_bytes;
  o.read_timeout = cfg_.server.read_timeout;
  o.idle_timeout = cfg_.server.idle_timeout;
  // Errors the HTTP layer finds before any route: in the default dialect.
  o.error_body = [dialect = openai_](unsigned status, std::string_view message) {
    core::Error e;
    e.status = static_cast<int>(status);
    if (status >= 500) {
      // The gateway's own failure (a handler threw, std::bad_alloc included),
      // never the client's: 500 internal_error, type server_error.
      e.kind = core::ErrorKind::internal;
      e.code = "internal_error";
    } else {
      e.kind =
          status == 413 ? core::ErrorKind::payload_too_large : core::ErrorKind::invalid_request;
    }
    e.message = std::string(message);
    return dialect.encode_error(e);
  };
  return o;
}

const Gateway::Route* Gateway::find_route(std::string_view path) const {
  for (const Route& r : routes_)
    if (r.prefix ? path.starts_with(r.path) : path == r.path) return &r;
  return nullptr;
}

http::Task<void> Gateway::handle(http::Request& req, http::ResponseWriter& out) {
  core::RequestContext ctx;
  ctx.received = core::Clock::now();
  ctx.deadline = ctx.received + cfg_.server.request_timeout;
  ctx.request_id = request_id_from(req);
  const std::string_view target = req.target();
  const std::string_view path = target.substr(0, target.find('?'));

  const Route* route = find_route(path);
  if (!route) {
    core::Error e = core::Error::not_found(
        "Unknown path '" + std::string(path) +
            "'. Switchyard serves POST /v1/chat/completions, POST /v1/embeddings, GET /v1/models, "
            "GET /v1/models/{id}, GET /healthz, GET /readyz and GET /metrics.",
        "unknown_url");
    co_return co_await not_found(openai_, e, out, ctx);
  }
  if (route->method && req.method() != *route->method)
    co_return co_await method_not_allowed(*route, req, out, ctx, path);
  switch (route->serves) {
    case Serves::chat:
      co_return co_await pipeline_->serve(req, out, std::move(ctx), *route->dialect,
                                          Endpoint::chat);
    case Serves::embeddings:
      co_return co_await pipeline_->serve(req, out, std::move(ctx), *route->dialect,
                                          Endpoint::embeddings);
    case Serves::model_list: {
      pipeline_->respond().count_status(200);
      const api::Dialect& d = *route->dialect;
      co_await out.send(200, d.content_type(),
                        d.encode_model_list(router_->aliases(), "switchyard"),
                        id_headers(ctx.request_id));
      co_return;
    }
    case Serves::model:
      co_return co_await retrieve_model(*route->dialect, path.substr(route->path.size()), out, ctx);
    case Serves::healthz:
      co_await out.send(200, "application/json", "{\"status\":\"ok\"}");
      co_return;
    case Serves::readyz: {
      const bool ready = ready_.load();
      co_await out.send(ready ? 200 : 503, "application/json",
                        ready ? "{\"status\":\"ready\"}" : "{\"status\":\"draining\"}");
      co_return;
    }
    case Serves::metrics:
      co_await out.send(200, "text/plain; version=0.0.4", metrics_.render());
      co_return;
  }
}

// models.retrieve: the alias as a model object; an alias the gateway does
// not serve is a 404 the way the dialect reports one (model_not_found).
http::Task<void> Gateway::retrieve_model(const api::Dialect& dialect, std::string_view rest,
                                         http::ResponseWriter& out,
                                         const core::RequestContext& ctx) {
  const std::string id = dialect.model_id_from_path(rest);
  const auto& aliases = router_->aliases();
  if (std::find(aliases.begin(), aliases.end(), id) == aliases.end()) {
    core::Error e = core::Error::not_found(
        "The model '" + header_safe(id) +
            "' does not exist on this gateway; GET /v1/models lists the models it serves.",
        "model_not_found");
    co_await not_found(dialect, e, out, ctx);
    co_return;
  }
  pipeline_->respond().count_status(200);
  co_await out.send(200, dialect.content_type(), dialect.encode_model(id, "switchyard"),
                    id_headers(ctx.request_id));
}

http::Task<void> Gateway::not_found(const api::Dialect& dialect, const core::Error& e,
                                    http::ResponseWriter& out, const core::RequestContext& ctx) {
  pipeline_->respond().count_status(404);
  co_await out.send(404, dialect.content_type(), dialect.encode_error(e),
                    id_headers(ctx.request_id));
}

http::Task<void> Gateway::method_not_allowed(const Route& route, http::Request& req,
                                             http::ResponseWriter& out,
                                             const core::RequestContext& ctx,
                                             std::string_view path) {
  const std::string_view allow = allowed(*route.method);
  core::Error e = method_error(req.method_string(), path, allow);
  pipeline_->respond().count_status(405);
  const api::Dialect& dialect = route.dialect ? *route.dialect : openai_;
  co_await out.send(405, dialect.content_type(), dialect.encode_error(e),
                    allow_headers(ctx.request_id, allow));
}

}  // namespace switchyard::gateway
