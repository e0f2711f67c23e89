#include "switchyard/gateway/gateway.hpp"

#include <algorithm>
#include <chrono>
#include <functional>
#include <random>

#include <cstdio>
#include <thread>

#include "switchyard/api/anthropic/dialect.hpp"
#include "switchyard/api/openai/json_sink.hpp"
#include "switchyard/api/responses/dialect.hpp"
#include "switchyard/gateway/admin_report.hpp"
#include "switchyard/gateway/budget_gate.hpp"
#include "switchyard/gateway/feedback_endpoint.hpp"
#include "switchyard/gateway/model_list.hpp"
#include "switchyard/gateway/privacy_stage.hpp"
#include "switchyard/gateway/response_headers.hpp"
#include "switchyard/gateway/stores.hpp"
#include "switchyard/gateway/token_count.hpp"
#include "switchyard/routing/difficulty_setup.hpp"

namespace switchyard::gateway {

namespace {

// Anthropic's Messages API (api/anthropic/): stateless like every dialect,
// so one for the process.
const api::anthropic::AnthropicDialect anthropic_dialect{};
// OpenAI's Responses API (api/responses/), the stateless subset.
const api::responses::ResponsesDialect responses_dialect{};

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

Gateway::Gateway(config::Config cfg) : cfg_(std::move(cfg)), admin_(cfg_.admin) {
  open_ledger();
  open_keys();
  auto limits = open_limit_store(cfg_.limits);
  if (!limits) throw std::runtime_error(limits.error().message);
  limits_ = std::move(*limits);
  auto budgets = open_budget_store(cfg_);
  if (!budgets) throw std::runtime_error(budgets.error().message);
  budgets_ = std::move(*budgets);
  restore_spend();
  team_budgets_ = std::make_unique<TeamBudgetMetrics>(*keys_, *budgets_, metrics_);
  auto sessions = open_session_store(cfg_);
  if (!sessions) throw std::runtime_error(sessions.error().message);
  sessions_ = std::move(*sessions);
  auto rt = std::make_shared<Runtime>(cfg_, nullptr, *ledger_, metrics_, keys_.get(), *limits_,
                                      *budgets_, sessions_.get());
  // The providers' warnings first: they are about the configuration.
  warnings_.insert(warnings_.begin(), rt->providers.warnings.begin(), rt->providers.warnings.end());
  if (cfg_.privacy.enabled)
    if (auto w = missing_word_lists_warning(rt->detector_config))
      warnings_.push_back(std::move(*w));

  // The route table: each path, the method it takes, what it serves and in
  // which dialect. OpenAI's SDKs are configured with or without the /v1.
  using http::bhttp::verb;
  routes_ = {
      {"/v1/chat/completions", false, verb::post, Serves::chat, &openai_},
      {"/chat/completions", false, verb::post, Serves::chat, &openai_},
      {"/v1/embeddings", false, verb::post, Serves::embeddings, &openai_},
      {"/embeddings", false, verb::post, Serves::embeddings, &openai_},
      // Anthropic's SDKs (and Claude Code) add /v1 to their base URL.
      {"/v1/messages", false, verb::post, Serves::chat, &anthropic_dialect},
      {"/v1/messages/count_tokens", false, verb::post, Serves::count_tokens, &anthropic_dialect},
      {"/v1/responses", false, verb::post, Serves::chat, &responses_dialect},
      {"/responses", false, verb::post, Serves::chat, &responses_dialect},
      {"/v1/feedback", false, verb::post, Serves::feedback, &openai_},
      {"/v1/models", false, verb::get, Serves::model_list, &openai_},
      {"/models", false, verb::get, Serves::model_list, &openai_},
      {"/v1/models/", true, verb::get, Serves::model, &openai_},
      {"/models/", true, verb::get, Serves::model, &openai_},
      {"/healthz", false, std::nullopt, Serves::healthz, nullptr},
      {"/readyz", false, std::nullopt, Serves::readyz, nullptr},
      {"/metrics", false, verb::get, Serves::metrics, nullptr},
      {"/ui", false, verb::get, Serves::ui, &openai_},
      {"/ui/", true, verb::get, Serves::ui, &openai_},
      {"/admin/keys", true, std::nullopt, Serves::admin_keys, &openai_},
      {"/admin/reload", false, verb::post, Serves::admin_reload, &openai_},
      {"/admin/report", false, verb::get, Serves::admin_report, &openai_},
      {"/admin/dashboard", false, verb::get, Serves::admin_read, &openai_},
      {"/admin/requests", false, verb::get, Serves::admin_read, &openai_},
      // Admin paths go above this row; it answers the others (after the
      // admin key: an unknown admin path tells nothing to a stranger).
      {"/admin/", true, std::nullopt, Serves::admin_other, &openai_},
  };
  rt->start_health_checks();  // last, once every pool is built and observed
  runtime_.store(std::move(rt), std::memory_order_release);
}

Gateway::~Gateway() {
  blocking_.drain();
  stop_health_checks();
}

void Gateway::stop_health_checks() {
  if (auto rt = runtime()) rt->stop_health_checks();
}

std::shared_ptr<const config::Config> Gateway::current_config() const {
  std::shared_ptr<Runtime> rt = runtime();
  return std::shared_ptr<const config::Config>(rt, &rt->cfg);
}

const providers::Provider* Gateway::provider(std::string_view name) const {
  std::shared_ptr<Runtime> rt = runtime();
  auto it = rt->providers.by_name.find(std::string(name));
  return it == rt->providers.by_name.end() ? nullptr : it->second;
}

ReloadResult Gateway::reload_file(const std::string& path) {
  const std::string& file = path.empty() ? cfg_.source_path : path;
  auto loaded = config::load_config_file(file);
  if (!loaded.config) {
    ReloadResult r;
    r.problems = std::move(loaded.problems);
    return r;
  }
  return reload(std::move(*loaded.config));
}

namespace {

// What a reload cannot change in a running process.
void restart_notes(const config::Config& running, const config::Config& next,
                   std::vector<std::string>& notes) {
  config::ServerConfig a = running.server;
  config::ServerConfig b = next.server;
  // Applied per request: each one takes its deadline from its runtime.
  a.request_timeout = b.request_timeout;
  // The command line's --listen may differ from the file's.
  a.host = b.host;
  a.port = b.port;
  if (!(a == b))
    notes.push_back(
        "the server section changed; apart from request_timeout_ms its settings take effect at "
        "a restart");
  if (running.privacy.sessions.max_entries != next.privacy.sessions.max_entries)
    notes.push_back("privacy.sessions.max_entries changed; it takes effect at a restart");
  if (!(running.ledger == next.ledger))
    notes.push_back("the ledger section changed; it takes effect at a restart");
  if (!(running.admin == next.admin))
    notes.push_back("the admin section changed; it takes effect at a restart");
}

}  // namespace

ReloadResult Gateway::reload(config::Config cfg) {
  std::lock_guard lock(reload_mutex_);
  ReloadResult r;
  const std::shared_ptr<Runtime> running = runtime();
  restart_notes(running->cfg, cfg, r.notes);
  const std::string source = cfg.source_path;
  // The difficulty model is read and checked here, not inside the router,
  // so each problem keeps its own file:line (the rule's, the model field's).
  routing::DifficultySetup difficulty = routing::load_difficulty(cfg);
  if (!difficulty.ok()) {
    for (auto& p : difficulty.problems) p.message += "; the running configuration stays";
    r.problems = std::move(difficulty.problems);
    return r;
  }
  std::shared_ptr<Runtime> next;
  try {
    next = std::make_shared<Runtime>(std::move(cfg), running.get(), *ledger_, metrics_, keys_.get(),
                                     *limits_, *budgets_, sessions_.get(),
                                     std::move(difficulty.model));
  } catch (const std::exception& e) {
    r.problems.push_back({source, 0, std::string(e.what()) + "; the running configuration stays"});
    return r;
  }
  for (const auto& p : next->cfg.providers) {
    const auto& kept = next->providers.kept;
    const bool same = std::find(kept.begin(), kept.end(), p.name) != kept.end();
    r.notes.push_back("provider '" + p.name + "': " + (same ? "unchanged, kept" : "built anew"));
  }
  if (next->detector)
    r.notes.push_back(std::string("privacy detector: ") +
                      (next->detector == running->detector ? "unchanged, kept" : "compiled anew"));
  for (const auto& w : next->providers.warnings) r.notes.push_back("warning: " + w);
  next->start_health_checks();
  runtime_.store(std::move(next), std::memory_order_release);
  reloads_.fetch_add(1);
  r.applied = true;
  return r;
}

void Gateway::open_ledger() {
  const bool journal = cfg_.ledger.journal && !cfg_.ledger.full_sync;
  auto store = open_record_store(cfg_.ledger, /*truncate_checkpoints=*/journal);
  if (!store) throw std::runtime_error(store.error().message);
  if (journal) {
    // A journaled record is as durable as a WAL commit with synchronous =
    // NORMAL (it survives the process, not the OS), so sync: full keeps
    // committing to the database before each answer. With PostgreSQL the
    // journals are this replica's, at ledger.path on its own disk.
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
  auto feedback = open_feedback_store(cfg_.ledger);
  if (!feedback) throw std::runtime_error(feedback.error().message);
  feedback_ = std::move(*feedback);
}

void Gateway::restore_spend() {
  if (budgets_->persistent()) return;
  // A second connection, for one scan: the writer owns its store.
  auto store = open_record_store(cfg_.ledger, /*truncate_checkpoints=*/false);
  if (!store) throw std::runtime_error(store.error().message);
  const auto now = std::chrono::duration_cast<std::chrono::milliseconds>(
                       std::chrono::system_clock::now().time_since_epoch())
                       .count();
  auto charged = gateway::restore_spend(**store, *budgets_, now);
  if (!charged)
    throw std::runtime_error("cannot recompute the keys' spend from the ledger: " +
                             charged.error().message);
}

void Gateway::open_keys() {
  auto store = open_key_store(cfg_.keys);
  if (!store) throw std::runtime_error(store.error().message);
  auto ring = keys::KeyRing::load(std::move(*store));
  if (!ring) throw std::runtime_error(ring.error().message);
  keys_ = std::move(*ring);
  key_refresher_ = std::make_unique<keys::KeyRefresher>(*keys_, cfg_.keys.refresh);
  admin_keys_ = std::make_unique<AdminKeys>(*keys_, key_vocabulary(cfg_));
  metrics_.gauge("switchyard_virtual_keys", "Virtual keys the gateway knows (revoked included).",
                 "", [ring = keys_.get()] { return static_cast<double>(ring->size()); });
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
  // Errors the HTTP layer finds itself (a body too large, malformed HTTP, a
  // handler that threw): in the dialect of the path the request was sent
  // to, OpenAI's when none arrived. The gateway outlives its server.
  o.error_body = [this](unsigned status, std::string_view message, std::string_view target) {
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
    return dialect_for(target.substr(0, target.find('?'))).encode_error(e);
  };
  return o;
}

const Gateway::Route* Gateway::find_route(std::string_view path) const {
  for (const Route& r : routes_)
    if (r.prefix ? path.starts_with(r.path) : path == r.path) return &r;
  return nullptr;
}

const api::Dialect& Gateway::dialect_for(std::string_view path) const {
  if (const Route* r = find_route(path); r && r->dialect) return *r->dialect;
  if (path.starts_with("/v1/messages/")) return anthropic_dialect;
  return openai_;
}

http::Task<void> Gateway::handle(http::Request& req, http::ResponseWriter& out) {
  core::RequestContext ctx;
  ctx.received = core::Clock::now();
  // This request's configuration, from here to its answer (a reload swaps
  // the gateway's, never this one).
  const std::shared_ptr<Runtime> rt = runtime();
  ctx.deadline = ctx.received + rt->cfg.server.request_timeout;
  ctx.request_id = request_id_from(req);
  const std::string_view target = req.target();
  const std::string_view path = target.substr(0, target.find('?'));

  const Route* route = find_route(path);
  if (!route) {
    core::Error e = core::Error::not_found(
        "Unknown path '" + std::string(path) +
            "'. Switchyard serves POST /v1/chat/completions, POST /v1/responses, POST "
            "/v1/messages, POST /v1/messages/count_tokens, POST /v1/embeddings, POST /v1/feedback, "
            "GET /v1/models, "
            "GET /v1/models/{id}, "
            "GET /healthz, GET /readyz and "
            "GET /metrics.",
        "unknown_url");
    co_return co_await not_found(*rt, dialect_for(path), e, out, ctx);
  }
  if (route->method && req.method() != *route->method)
    co_return co_await method_not_allowed(*rt, *route, req, out, ctx, path);
  switch (route->serves) {
    case Serves::chat:
      co_return co_await rt->pipeline->serve(req, out, std::move(ctx), *route->dialect,
                                             Endpoint::chat);
    case Serves::embeddings:
      co_return co_await rt->pipeline->serve(req, out, std::move(ctx), *route->dialect,
                                             Endpoint::embeddings);
    case Serves::count_tokens:
      co_return co_await serve_token_count(
          *rt, keys_.get(), anthropic_dialect,
          [](std::string_view body) { return anthropic_dialect.decode_count_tokens_request(body); },
          [](std::int64_t n) { return anthropic_dialect.encode_token_count(n); }, req, out,
          std::move(ctx));
    case Serves::feedback:
      co_return co_await serve_feedback(
          *rt, {keys_.get(), feedback_.get(), ledger_.get(), &blocking_, &openai_}, req, out,
          std::move(ctx));
    case Serves::model_list:
      co_return co_await serve_model_list(*rt, keys_.get(), *route->dialect, req, out,
                                          std::move(ctx));
    case Serves::model:
      co_return co_await serve_model(*rt, keys_.get(), *route->dialect,
                                     path.substr(route->path.size()), req, out, std::move(ctx));
    case Serves::healthz:
      co_await out.send(200, "application/json", "{\"status\":\"ok\"}");
      co_return;
    case Serves::readyz: {
      const bool ready = ready_.load();
      co_await out.send(ready ? 200 : 503, "application/json",
                        ready ? "{\"status\":\"ready\"}" : "{\"status\":\"draining\"}");
      co_return;
    }
    case Serves::metrics: {
      // Budget use is read at render time; from Redis, off the io thread.
      std::string text;
      std::function<void()> job = [this, &text] {
        team_budgets_->sync();
        text = metrics_.render();
      };
      if (rt->cfg.limits.store == config::LimitsConfig::Store::redis) {
        http::Task<void> rendered = blocking_.run(std::move(job));
        co_await std::move(rendered);
      } else {
        job();
      }
      co_await out.send(200, "text/plain; version=0.0.4", std::move(text));
      co_return;
    }
    case Serves::admin_keys: {
      if (!co_await admit_admin(*rt, req, out, ctx)) co_return;
      const std::string_view rest = path.substr(route->path.size());
      if (!rest.empty() && rest.front() != '/') break;  // "/admin/keysXYZ": unknown
      AdminAnswer a = admin_keys_->handle(req.method(), rest, req.body());
      rt->pipeline->respond().count_status(a.status);
      co_await out.send(a.status, "application/json", std::move(a.body),
                        id_headers(ctx.request_id));
      co_return;
    }
    case Serves::admin_reload:
      if (!co_await admit_admin(*rt, req, out, ctx)) co_return;
      co_return co_await admin_reload(*rt, out, ctx);
    case Serves::admin_report:
      if (!co_await admit_admin(*rt, req, out, ctx)) co_return;
      co_return co_await admin_report(*rt, req, out, ctx);
    case Serves::admin_read:
      if (!co_await admit_admin(*rt, req, out, ctx)) co_return;
      co_return co_await admin_read(*rt, req, path, out, ctx);
    case Serves::ui:
      co_return co_await serve_ui(*rt, path, out, ctx);
    case Serves::admin_other:
      if (!co_await admit_admin(*rt, req, out, ctx)) co_return;
      break;
  }
  // An admin path nothing serves (the admin key already checked).
  core::Error e =
      core::Error::not_found("Unknown admin path '" + header_safe(path) + "'.", "unknown_url");
  co_await not_found(*rt, openai_, e, out, ctx);
}

http::Task<bool> Gateway::admit_admin(Runtime& rt, const http::Request& req,
                                      http::ResponseWriter& out, const core::RequestContext& ctx) {
  std::optional<core::Error> refused = admin_.check(req);
  if (!refused) co_return true;
  rt.pipeline->respond().count_status(static_cast<unsigned>(refused->status));
  co_await out.send(static_cast<unsigned>(refused->status), openai_.content_type(),
                    openai_.encode_error(*refused), id_headers(ctx.request_id));
  co_return false;
}

http::Task<void> Gateway::admin_report(Runtime& rt, const http::Request& req,
                                       http::ResponseWriter& out, const core::RequestContext& ctx) {
  const std::string_view target = req.target();
  const auto mark = target.find('?');
  auto query = parse_report_query(mark == std::string_view::npos ? std::string_view()
                                                                 : target.substr(mark + 1));
  if (!query) {
    rt.pipeline->respond().count_status(400);
    co_await out.send(400, openai_.content_type(), openai_.encode_error(query.error()),
                      id_headers(ctx.request_id));
    co_return;
  }
  // A month of records may take a while to read: never on this io thread.
  // The records already answered go in first.
  // The frame outlives the job: it resumes only after the job has ended.
  AdminAnswer answer;
  std::string type;
  std::function<void()> job = [this, &answer, &type, q = *query] {
    ledger_->flush();
    auto store = open_record_store(cfg_.ledger, /*truncate_checkpoints=*/false);
    if (!store) {
      type = "application/json";
      answer = {500, openai_.encode_error(store.error())};
    } else {
      const auto now = std::chrono::duration_cast<std::chrono::milliseconds>(
                           std::chrono::system_clock::now().time_since_epoch())
                           .count();
      answer = cost_report_answer(**store, q, now, &type);
    }
  };
  // Named, not a temporary of the co_await (g++ 12 destroys those twice).
  http::Task<void> done = blocking_.run(std::move(job));
  co_await std::move(done);
  rt.pipeline->respond().count_status(answer.status);
  http::Headers headers = id_headers(ctx.request_id);
  co_await out.send(answer.status, type, std::move(answer.body), std::move(headers));
}

http::Task<void> Gateway::admin_reload(Runtime& rt, http::ResponseWriter& out,
                                       const core::RequestContext& ctx) {
  // Building a runtime may load a model: never on this io thread.
  ReloadResult result;
  std::function<void()> job = [this, &result] { result = reload_file(); };
  // Named, not a temporary of the co_await (g++ 12 destroys those twice).
  http::Task<void> done = blocking_.run(std::move(job));
  co_await std::move(done);
  log_reload("POST /admin/reload", result);
  const unsigned status = result.applied ? 200 : 400;
  rt.pipeline->respond().count_status(status);
  co_await out.send(status, openai_.content_type(), reload_answer(result),
                    id_headers(ctx.request_id));
}

http::Task<void> Gateway::not_found(Runtime& rt, const api::Dialect& dialect, const core::Error& e,
                                    http::ResponseWriter& out, const core::RequestContext& ctx) {
  rt.pipeline->respond().count_status(404);
  co_await out.send(404, dialect.content_type(), dialect.encode_error(e),
                    id_headers(ctx.request_id));
}

http::Task<void> Gateway::method_not_allowed(Runtime& rt, const Route& route, http::Request& req,
                                             http::ResponseWriter& out,
                                             const core::RequestContext& ctx,
                                             std::string_view path) {
  const std::string_view allow = allowed(*route.method);
  core::Error e = method_error(req.method_string(), path, allow);
  rt.pipeline->respond().count_status(405);
  const api::Dialect& dialect = route.dialect ? *route.dialect : openai_;
  co_await out.send(405, dialect.content_type(), dialect.encode_error(e),
                    allow_headers(ctx.request_id, allow));
}

void log_reload(std::string_view trigger, const ReloadResult& r) {
  std::fprintf(
      stderr, "switchyard: %.*s: %s\n", static_cast<int>(trigger.size()), trigger.data(),
      r.applied ? "configuration reloaded" : "configuration refused, the running one stays");
  for (const auto& p : r.problems)
    std::fprintf(stderr, "switchyard:   %s\n", p.to_string().c_str());
  for (const auto& n : r.notes) std::fprintf(stderr, "switchyard:   %s\n", n.c_str());
}

std::string reload_answer(const ReloadResult& r) {
  std::string out;
  api::openai::StringSink sink(out);
  api::openai::JsonWriter w(sink);
  w.StartObject();
  if (r.applied) {
    w.Key("status");
    w.String("reloaded");
  } else {
    // The OpenAI error object, with every problem also as a list.
    w.Key("error");
    w.StartObject();
    std::string message = "The configuration was refused; the running one stays. " +
                          std::to_string(r.problems.size()) +
                          (r.problems.size() == 1 ? " problem: " : " problems: ");
    for (std::size_t i = 0; i < r.problems.size(); ++i)
      message += (i ? "; " : "") + r.problems[i].to_string();
    w.Key("message");
    w.String(message.c_str(), static_cast<rapidjson::SizeType>(message.size()));
    w.Key("type");
    w.String("invalid_request_error");
    w.Key("param");
    w.Null();
    w.Key("code");
    w.String("invalid_config");
    w.Key("problems");
    w.StartArray();
    for (const auto& p : r.problems) {
      const std::string text = p.to_string();
      w.String(text.c_str(), static_cast<rapidjson::SizeType>(text.size()));
    }
    w.EndArray();
    w.EndObject();
  }
  w.Key("notes");
  w.StartArray();
  for (const auto& n : r.notes) w.String(n.c_str(), static_cast<rapidjson::SizeType>(n.size()));
  w.EndArray();
  w.EndObject();
  return out;
}

}  // namespace switchyard::gateway
