#include "switchyard/gateway/gateway.hpp"

#include <algorithm>
#include <cstdio>
#include <random>

#include "switchyard/api/openai/chat_codec.hpp"
#include "switchyard/api/openai/embeddings_codec.hpp"
#include "switchyard/api/openai/models_codec.hpp"
#include "switchyard/gateway/failure_report.hpp"
#include "switchyard/gateway/ledger_commit.hpp"
#include "switchyard/gateway/privacy_stage.hpp"
#include "switchyard/http/sse.hpp"
#include "switchyard/ledger/sqlite_store.hpp"
#include "switchyard/providers/health_checker.hpp"
#include "switchyard/providers/openai_compatible.hpp"
#ifdef SWITCHYARD_HAVE_LLAMA
#include "switchyard/providers/llama.hpp"
#endif

namespace switchyard::gateway {

namespace openai = api::openai;
namespace net = http::net;
using std::chrono::nanoseconds;

namespace {

constexpr std::string_view kJson = "application/json";

// Header values we build from config names and error text: printable ASCII only.
std::string header_safe(std::string_view s, std::size_t max = 200) {
  std::string out;
  out.reserve(std::min(s.size(), max));
  for (char c : s) {
    if (out.size() >= max) break;
    out += (c >= 0x20 && c < 0x7f) ? c : '?';
  }
  return out;
}

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

// Header lists are built here, outside coroutine bodies: g++ 12 miscompiles
// braced initializer lists inside coroutines ("array used as initializer").
http::Headers id_headers(const std::string& request_id) {
  http::Headers h;
  h.emplace_back("x-request-id", request_id);
  return h;
}

http::Headers route_headers(const std::string& request_id, const config::DeploymentConfig& d,
                            const std::string& reason, const std::string& data_class,
                            bool redacted) {
  http::Headers h = id_headers(request_id);
  if (!data_class.empty()) {
    h.emplace_back("x-switchyard-data-class", header_safe(data_class));
    h.emplace_back("x-switchyard-redacted", redacted ? "true" : "false");
  }
  h.emplace_back("x-switchyard-deployment", header_safe(d.name));
  h.emplace_back("x-switchyard-side", config::to_string(d.side));
  h.emplace_back("x-switchyard-route-reason", header_safe(reason));
  return h;
}

core::Error unavailable_error(const std::string& why) {
  return {core::ErrorKind::unavailable, 503, why, {}, "deployment_unavailable", false};
}

core::Error ledger_error(const core::Error& cause) {
  return {
      core::ErrorKind::unavailable,
      503,
      "The answer could not be recorded in the request ledger, so it is withheld: " + cause.message,
      {},
      "ledger_unavailable",
      false};
}

core::Error no_permitted_error(const std::string& why) {
  return {core::ErrorKind::no_permitted_deployment, 503, why, {}, "no_permitted_deployment", false};
}

core::Error deadline_error() {
  return {core::ErrorKind::timeout,
          504,
          "The request did not complete within server.request_timeout_ms.",
          {},
          "request_timeout",
          false};
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

std::string short_error(const core::Error& e) {
  std::string s = "HTTP " + std::to_string(e.status);
  if (!e.code.empty()) s += " " + e.code;
  return s;
}

// The caller's key: OpenAI clients send `Authorization: Bearer KEY`,
// Anthropic clients `x-api-key: KEY`. Only its fingerprint is kept.
std::string caller_of(const http::Request& req) {
  std::string_view key;
  if (auto it = req.find(http::bhttp::field::authorization); it != req.end()) {
    std::string_view v = it->value();
    if (v.size() > 7 && (v.substr(0, 7) == "Bearer " || v.substr(0, 7) == "bearer "))
      v.remove_prefix(7);
    key = v;
  } else if (auto k = req.find("x-api-key"); k != req.end()) {
    key = k->value();
  }
  while (!key.empty() && key.front() == ' ') key.remove_prefix(1);
  while (!key.empty() && key.back() == ' ') key.remove_suffix(1);
  // A client sends the same key on every request of a connection, and one
  // io thread serves few keys at a time: remember the last one per thread
  // instead of hashing it again (a SHA-256 context per request).
  thread_local std::string last_key;
  thread_local std::string last_fingerprint;
  if (key.empty()) return {};
  if (key != last_key) {
    last_fingerprint = ledger::caller_fingerprint(key);
    last_key.assign(key);
  }
  return last_fingerprint;
}

ledger::RequestRecord new_record(const core::RequestContext& ctx) {
  ledger::RequestRecord rec;
  rec.time_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                    std::chrono::system_clock::now().time_since_epoch())
                    .count();
  rec.request_id = ctx.request_id;
  rec.caller = ctx.caller;
  rec.data_class = "unclassified";
  return rec;
}

// A stream the client closed is recorded as a client-closed request (nginx's
// 499), with what the upstream had streamed until then.
constexpr int kClientClosedRequest = 499;

// Output tokens a streamed chunk carried, counted as it passes: one for each
// choice's piece of text (content, refusal, reasoning) and one for each
// tool-call arguments fragment. OpenAI, vLLM, llama-server and the in-process
// engine stream one token per chunk, so this is the count when the stream
// ends before the upstream's usage chunk (the client closed it).
std::int64_t streamed_tokens(const core::ChatChunk& chunk) {
  std::int64_t n = 0;
  for (const auto& c : chunk.choices) {
    if (c.content && !c.content->empty()) ++n;
    if (c.refusal && !c.refusal->empty()) ++n;
    for (const auto& [k, v] : c.delta_extra) n += k.starts_with("reasoning") && v != "null";
    for (const auto& t : c.tool_calls) n += !t.arguments.empty();
  }
  return n;
}

// Usage for a stream that ended before the upstream reported it: the
// completion tokens counted as they streamed, the prompt estimated at four
// bytes a token (OpenAI's rule of thumb for English) of the text sent.
core::Usage estimated_usage(const core::ChatRequest& sent, std::int64_t completion_tokens) {
  std::size_t bytes = 0;
  for (const auto& m : sent.messages) {
    bytes += m.form == core::Message::ContentForm::text ? m.content.size() : m.text().size();
    for (const auto& tc : m.tool_calls) bytes += tc.name.size() + tc.arguments.size();
  }
  for (const auto& t : sent.tools)
    bytes += t.name.size() + t.description.size() + t.parameters_json.size();
  core::Usage u;
  u.prompt_tokens = static_cast<std::int64_t>((bytes + 3) / 4);
  u.completion_tokens = completion_tokens;
  u.total_tokens = u.prompt_tokens + u.completion_tokens;
  return u;
}

// What the privacy stage decided for a request.
struct Screening {
  Inspection seen;
  privacy::ClassRule rule;
  std::vector<const Candidate*> permitted;  // the plan's candidates the class may use
};

// The privacy stage, for any endpoint: classes `request` (the
// x-switchyard-data-class header, the route's default, the findings in every
// text it carries), writes the class and the plan with each candidate's
// verdict into `rec`, and keeps only the candidates whose side the class may
// use. Restricted data thus never gets a cloud candidate, so no retry,
// fallback or timeout later can send it there. An error refuses the request:
// a bad header (400), a request that could not be inspected (500, fail
// closed), or no permitted deployment (503); nothing has been sent anywhere.
template <typename Request>
core::Expected<Screening> screen(
    const http::Request& http_req, const Request& request, const Plan& plan,
    const privacy::Detector* detector, const privacy::PrivacyPolicy& policy,
    const std::unordered_map<std::string, privacy::DataClass>& route_class,
    ledger::RequestRecord& rec) {
  std::optional<privacy::DataClass> declared;
  if (auto it = http_req.find("x-switchyard-data-class"); it != http_req.end()) {
    declared = policy.parse(it->value());
    if (!declared) {
      std::string names;
      for (const auto& n : policy.names) names += (names.empty() ? "" : ", ") + n;
      return core::Error::invalid("Header x-switchyard-data-class names unknown class '" +
                                      header_safe(it->value(), 60) + "'; use one of " + names + ".",
                                  "x-switchyard-data-class", "invalid_data_class");
    }
  }
  std::optional<privacy::DataClass> route_default;
  if (auto it = route_class.find(request.model); it != route_class.end())
    route_default = it->second;
  Screening out;
  try {
    out.seen = inspect(detector, policy, request, declared, route_default);
  } catch (const std::exception&) {
    // Fail closed: a request that could not be inspected goes nowhere.
    return core::Error::internal(
        "The request could not be checked for personal data, so it was not sent anywhere.");
  }
  const privacy::Classification& cls = out.seen.classification;
  out.rule = policy.rule(cls.level);
  rec.data_class = policy.name(cls.level);
  rec.class_reason = cls.reason;
  rec.entities = cls.entity_counts;

  for (const Candidate& c : plan.candidates) {
    if (!rec.plan.empty()) rec.plan += "; ";
    rec.plan += c.deployment->config->name + ": ";
    if (out.rule.allows(c.deployment->config->side)) {
      out.permitted.push_back(&c);
      rec.plan += c.reason;
    } else {
      rec.plan += std::string("not permitted for ") + rec.data_class + " data";
    }
  }
  if (out.permitted.empty()) {
    const privacy::ClassRule& rule = out.rule;
    std::string sides = rule.local && rule.cloud ? "any side"
                        : rule.local             ? "local deployments"
                        : rule.cloud             ? "cloud deployments"
                                                 : "no deployment";
    return no_permitted_error("This request is classed '" + rec.data_class + "' (" + cls.reason +
                              "); the privacy policy lets such data go only to " + sides +
                              ", and model '" + request.model +
                              "' has none. Nothing was sent to any deployment.");
  }
  return out;
}

// The in-process engine; loading the model is part of starting up, and a
// model that cannot be loaded stops the start with the file's name.
std::unique_ptr<providers::Provider> make_llama_provider(const config::ProviderConfig& p) {
#ifdef SWITCHYARD_HAVE_LLAMA
  providers::LlamaOptions o;
  o.name = p.name;
  o.engine.model_path = p.llama.model_path;
  o.engine.n_ctx = p.llama.context_size;
  o.engine.n_parallel = p.llama.parallel;
  o.engine.n_batch = p.llama.batch_size;
  o.engine.n_threads = p.llama.threads;
  o.engine.embeddings = p.llama.embeddings;
  o.timeout = p.timeout;
  auto provider = providers::LlamaProvider::open(std::move(o));
  if (!provider) throw std::runtime_error("provider '" + p.name + "': " + provider.error().message);
  return std::move(*provider);
#else
  throw std::runtime_error("provider '" + p.name +
                           "' is of kind llama, but this build of switchyard has no in-process "
                           "engine (llama.cpp was not found when it was built; see "
                           "docs/local-inference.md)");
#endif
}

http::Url parse_url(const config::ProviderConfig& p, const std::string& text) {
  auto url = http::Url::parse(text);
  if (!url) throw std::runtime_error("provider '" + p.name + "': " + url.error().message);
  return *url;
}

// The servers of a provider with `endpoints:`, health-checked as configured;
// state changes are logged.
std::shared_ptr<providers::EndpointPool> make_pool(const config::ProviderConfig& p) {
  std::vector<http::Url> urls;
  for (const auto& e : p.endpoints) urls.push_back(parse_url(p, e));
  providers::HealthCheckOptions h;
  h.path = p.health_check.path;
  h.interval = p.health_check.interval;
  h.timeout = p.health_check.timeout;
  h.unhealthy_after = p.health_check.unhealthy_after;
  h.healthy_after = p.health_check.healthy_after;
  auto pool = std::make_shared<providers::EndpointPool>(p.name, std::move(urls), std::move(h));
  pool->set_observer([pool = pool.get()](std::size_t i, bool up, const std::string& why) {
    std::fprintf(stderr, "switchyard: provider '%s': endpoint %s is %s (%s)\n",
                 pool->provider().c_str(), pool->name(i).c_str(), up ? "up" : "down", why.c_str());
  });
  return pool;
}

}  // namespace

// Where the last attempt went, for the response headers.
struct Gateway::Attempted {
  const Deployment* deployment = nullptr;
  std::string reason;
  std::string data_class;  // for the response headers; "" before classification
  bool redacted = false;
};

Gateway::Gateway(config::Config cfg)
    : cfg_(std::move(cfg)),
      health_(std::make_unique<providers::HealthChecker>()),
      retry_(cfg_.retry) {
  std::unordered_map<std::string, providers::Provider*> by_name;
  std::unordered_map<std::string, std::string> provider_problem;
  for (const auto& p : cfg_.providers) {
    if (p.kind == config::ProviderKind::llama) {
      providers_.push_back(make_llama_provider(p));
      by_name[p.name] = providers_.back().get();
      continue;
    }
    providers::OpenAICompatibleOptions o;
    o.name = p.name;
    o.api_key = p.api_key;
    if (!p.api_key.empty()) provider_keys_.push_back(p.api_key);
    o.tls.verify = p.verify_tls;
    o.tls.ca_file = p.ca_file;
    o.connect_timeout = p.connect_timeout;
    o.timeout = p.timeout;
    o.first_byte_timeout = p.first_byte_timeout;
    o.stream_idle_timeout = p.stream_idle_timeout;
    o.sse.max_line_bytes = p.max_stream_line_bytes;
    o.sse.max_event_bytes = p.max_stream_event_bytes;
    o.max_response_bytes = p.max_response_bytes;
    if (p.endpoints.empty()) {
      o.base = parse_url(p, p.base_url);
    } else {
      o.pool = make_pool(p);
      o.base = o.pool->url(0);
      health_->add(o.pool, o.tls, p.api_key.empty() ? std::string() : "Bearer " + p.api_key);
      add_pool_metrics(o.pool);
    }
    providers_.push_back(std::make_unique<providers::OpenAICompatible>(std::move(o)));
    by_name[p.name] = providers_.back().get();
    if (!p.api_key_env.empty() && p.api_key.empty()) {
      provider_problem[p.name] = "provider '" + p.name + "' needs the environment variable " +
                                 p.api_key_env + ", which is not set";
      warnings_.push_back(provider_problem[p.name] + "; its deployments are skipped");
    }
  }
  for (const auto& m : cfg_.models) {
    for (const auto& d : m.deployments) {
      Deployment dep{&d, by_name.at(d.provider), {}};
      if (auto it = provider_problem.find(d.provider); it != provider_problem.end())
        dep.unavailable = it->second;
      deployments_.emplace(d.name, dep);
    }
  }
  router_ = std::make_unique<Router>(cfg_, deployments_);

  policy_ = make_privacy_policy(cfg_.privacy);
  if (cfg_.privacy.enabled)
    detector_ = std::make_unique<privacy::Detector>(make_detector_config(cfg_.privacy));
  for (const auto& m : cfg_.models)
    if (auto c = policy_.parse(m.data_class)) route_class_[m.alias] = *c;

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

  overhead_ = &metrics_.histogram(
      "switchyard_gateway_overhead_seconds",
      "Time the gateway spent on a request itself: total minus time waiting on upstreams "
      "and on the ledger's group commit (see switchyard_ledger_commit_wait_seconds).",
      {1e-6, 2e-6, 5e-6, 1e-5, 2e-5, 5e-5, 1e-4, 2e-4, 5e-4, 1e-3, 1e-2});
  duration_ =
      &metrics_.histogram("switchyard_request_duration_seconds",
                          "Chat and embeddings request duration, first byte in to last byte out.",
                          {1e-3, 5e-3, 1e-2, 5e-2, 0.1, 0.5, 1, 5, 10, 30, 120});
  ledger_wait_ = &metrics_.histogram(
      "switchyard_ledger_commit_wait_seconds",
      "Time a request waited for its ledger record to be durable (journaled, or committed by "
      "the group commit when the journal is off).",
      {1e-6, 5e-6, 1e-5, 2e-5, 5e-5, 1e-4, 2e-4, 5e-4, 1e-3, 5e-3, 2e-2});
  ledger_failures_ = &metrics_.counter("switchyard_ledger_failures_total",
                                       "Request records the ledger could not commit.");
  for (const auto& [name, dep] : deployments_) {
    std::string labels = "deployment=\"" + observe::label_value(name) + "\",side=\"" +
                         config::to_string(dep.config->side) + "\"";
    deployment_metrics_[&dep] = {
        &metrics_.counter("switchyard_upstream_attempts_total",
                          "Attempts sent to upstream deployments.", labels + ",outcome=\"ok\""),
        &metrics_.counter("switchyard_upstream_attempts_total",
                          "Attempts sent to upstream deployments.", labels + ",outcome=\"error\""),
        add_circuit_breaker(dep)};
  }
  health_->start();  // last, once every pool is built and observed
}

Gateway::~Gateway() {
  stop_health_checks();
}

void Gateway::stop_health_checks() {
  if (health_) health_->stop();
}

CircuitBreaker* Gateway::add_circuit_breaker(const Deployment& dep) {
  const std::string& name = dep.config->name;
  const std::string labels = "deployment=\"" + observe::label_value(name) + "\"";
  const char* help = "Circuit breaker state changes of a deployment, by the state entered.";
  std::array<observe::Counter*, 3> entered = {
      &metrics_.counter("switchyard_circuit_transitions_total", help, labels + ",to=\"closed\""),
      &metrics_.counter("switchyard_circuit_transitions_total", help, labels + ",to=\"open\""),
      &metrics_.counter("switchyard_circuit_transitions_total", help,
                        labels + ",to=\"half_open\"")};
  auto observer = [name, entered](CircuitBreaker::State to, const char* why) {
    entered[static_cast<std::size_t>(to)]->inc();
    std::fprintf(stderr, "switchyard: deployment '%s': circuit %s (%s)\n", name.c_str(),
                 to_string(to), why);
  };
  breakers_.push_back(
      std::make_unique<CircuitBreaker>(dep.config->circuit_breaker, std::move(observer)));
  CircuitBreaker* breaker = breakers_.back().get();
  metrics_.gauge("switchyard_circuit_state",
                 "A deployment's circuit breaker: 0 closed, 1 open (skipped), 2 half-open "
                 "(probing).",
                 labels,
                 [breaker] { return static_cast<double>(static_cast<int>(breaker->state())); });
  return breaker;
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
  o.error_body = [](unsigned status, std::string_view message) {
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
    return openai::encode_error(e);
  };
  return o;
}

void Gateway::count_status(unsigned status) {
  if (status >= status_counters_.size()) status = 599;
  observe::Counter* c = status_counters_[status].load(std::memory_order_acquire);
  if (!c) {
    c = &metrics_.counter("switchyard_http_responses_total", "HTTP responses by status code.",
                          "code=\"" + std::to_string(status) + "\"");
    status_counters_[status].store(c, std::memory_order_release);
  }
  c->inc();
}

http::Task<void> Gateway::handle(http::Request& req, http::ResponseWriter& out) {
  core::RequestContext ctx;
  ctx.received = core::Clock::now();
  ctx.deadline = ctx.received + cfg_.server.request_timeout;
  ctx.request_id = request_id_from(req);
  ctx.caller = caller_of(req);
  const std::string_view target = req.target();
  const std::string_view path = target.substr(0, target.find('?'));
  const auto method = req.method();

  if (path == "/v1/chat/completions" || path == "/chat/completions") {
    if (method != http::bhttp::verb::post)
      co_return co_await method_not_allowed(req, out, ctx, path, "POST");
    co_await chat_completions(req, out, ctx);
    co_return;
  }
  if (path == "/v1/embeddings" || path == "/embeddings") {
    if (method != http::bhttp::verb::post)
      co_return co_await method_not_allowed(req, out, ctx, path, "POST");
    co_await embeddings(req, out, ctx);
    co_return;
  }
  if (path == "/v1/models" || path == "/models") {
    if (method != http::bhttp::verb::get)
      co_return co_await method_not_allowed(req, out, ctx, path, "GET");
    std::vector<openai::ModelEntry> list;
    for (const auto& a : router_->aliases()) list.push_back({a, "switchyard"});
    count_status(200);
    co_await out.send(200, kJson, openai::encode_model_list(list), id_headers(ctx.request_id));
    co_return;
  }
  if (path.starts_with("/v1/models/") || path.starts_with("/models/")) {
    if (method != http::bhttp::verb::get)
      co_return co_await method_not_allowed(req, out, ctx, path, "GET");
    co_await retrieve_model(path.substr(path.find("/models/") + 8), out, ctx);
    co_return;
  }
  if (path == "/healthz") {
    co_await out.send(200, kJson, "{\"status\":\"ok\"}");
    co_return;
  }
  if (path == "/readyz") {
    const bool ready = ready_.load();
    co_await out.send(ready ? 200 : 503, kJson,
                      ready ? "{\"status\":\"ready\"}" : "{\"status\":\"draining\"}");
    co_return;
  }
  if (path == "/metrics") {
    if (method != http::bhttp::verb::get)
      co_return co_await method_not_allowed(req, out, ctx, path, "GET");
    co_await out.send(200, "text/plain; version=0.0.4", metrics_.render());
    co_return;
  }
  core::Error e = core::Error::not_found(
      "Unknown path '" + std::string(path) +
          "'. Switchyard serves POST /v1/chat/completions, POST /v1/embeddings, GET /v1/models, "
          "GET /v1/models/{id}, GET /healthz, GET /readyz and GET /metrics.",
      "unknown_url");
  count_status(404);
  co_await out.send(404, kJson, openai::encode_error(e), id_headers(ctx.request_id));
}

// models.retrieve: the alias as an OpenAI model object; an alias the gateway
// does not serve is a 404 the way OpenAI reports one (model_not_found).
http::Task<void> Gateway::retrieve_model(std::string_view rest, http::ResponseWriter& out,
                                         const core::RequestContext& ctx) {
  const std::string id = openai::model_id_from_path(rest);
  const auto& aliases = router_->aliases();
  if (std::find(aliases.begin(), aliases.end(), id) == aliases.end()) {
    core::Error e = core::Error::not_found(
        "The model '" + header_safe(id) +
            "' does not exist on this gateway; GET /v1/models lists the models it serves.",
        "model_not_found");
    count_status(404);
    co_await out.send(404, kJson, openai::encode_error(e), id_headers(ctx.request_id));
    co_return;
  }
  openai::ModelEntry model;  // no braced list: this is a coroutine (g++ 12)
  model.id = id;
  model.owned_by = "switchyard";
  count_status(200);
  co_await out.send(200, kJson, openai::encode_model(model), id_headers(ctx.request_id));
}

http::Task<void> Gateway::method_not_allowed(http::Request& req, http::ResponseWriter& out,
                                             const core::RequestContext& ctx, std::string_view path,
                                             std::string_view allow) {
  core::Error e = method_error(req.method_string(), path, allow);
  count_status(405);
  http::Headers h = id_headers(ctx.request_id);
  h.emplace_back("allow", std::string(allow));
  co_await out.send(405, kJson, openai::encode_error(e), h);
}

http::Task<bool> Gateway::send_error(http::ResponseWriter& out, const core::Error& error,
                                     const core::RequestContext& ctx, const Attempted* where) {
  const core::Error e = scrubbed(error, provider_keys_);
  http::Headers h = where && where->deployment
                        ? route_headers(ctx.request_id, *where->deployment->config, where->reason,
                                        where->data_class, where->redacted)
                        : id_headers(ctx.request_id);
  if (where && !where->deployment) {
    // Nothing was tried: what the pipeline knew when it stopped.
    if (!where->data_class.empty()) {
      h.emplace_back("x-switchyard-data-class", header_safe(where->data_class));
      h.emplace_back("x-switchyard-redacted", "false");
    }
    if (!where->reason.empty())
      h.emplace_back("x-switchyard-route-reason", header_safe(where->reason));
  }
  const unsigned status =
      e.status >= 400 && e.status <= 599 ? static_cast<unsigned>(e.status) : 502;
  // The upstream's own 429/503 passes its Retry-After on: the client's
  // backoff then matches what the upstream asked for.
  if (e.retry_after && (status == 429 || status == 503))
    h.emplace_back("retry-after", std::to_string((e.retry_after->count() + 999) / 1000));
  count_status(status);
  co_return co_await out.send(status, kJson, openai::encode_error(e), h);
}

http::Task<bool> Gateway::sleep_backoff(const core::Error& e, int attempts,
                                        core::RequestContext& ctx) {
  const auto remaining =
      std::chrono::duration_cast<std::chrono::milliseconds>(ctx.deadline - core::Clock::now());
  const auto affordable = retry_.wait_before_retry(e, attempts, jitter_unit(), remaining);
  if (!affordable) co_return false;
  const auto wait = *affordable;
  auto until = std::min(ctx.deadline, core::Clock::now() + wait);
  net::steady_timer timer(co_await net::this_coro::executor, until);
  boost::system::error_code ec;
  co_await timer.async_wait(http::use_ec(ec));
  ctx.upstream_wait += wait;  // waiting is not processing
  co_return true;
}

http::Task<std::optional<core::Error>> Gateway::record(ledger::RequestRecord& rec,
                                                       core::RequestContext& ctx,
                                                       const Attempted* where, int status,
                                                       const std::optional<core::Usage>& usage) {
  if (where) rec.redacted = where->redacted;
  if (where && where->deployment) {
    const config::DeploymentConfig& d = *where->deployment->config;
    rec.deployment = d.name;
    rec.side = config::to_string(d.side);
    if (usage)
      rec.cost_usd = (static_cast<double>(usage->prompt_tokens) * d.price.input_per_1m +
                      static_cast<double>(usage->completion_tokens) * d.price.output_per_1m) /
                     1e6;
  }
  rec.status = status;
  if (usage) {
    rec.prompt_tokens = usage->prompt_tokens;
    rec.completion_tokens = usage->completion_tokens;
  }
  rec.duration_us =
      std::chrono::duration_cast<std::chrono::microseconds>(core::Clock::now() - ctx.received)
          .count();
  const auto started = core::Clock::now();
  std::optional<core::Error> error;
  if (ledger_->journaled())
    error = ledger_->append(std::move(rec));  // durable on return; no suspension, no hand-off
  else
    error = co_await async_commit(*ledger_, std::move(rec), net::use_awaitable);
  const auto waited = core::Clock::now() - started;
  ctx.ledger_wait += waited;
  ledger_wait_->observe(waited);
  if (error) ledger_failures_->inc();
  co_return error;
}

http::Task<void> Gateway::refuse(ledger::RequestRecord& rec, core::RequestContext& ctx,
                                 http::ResponseWriter& out, const core::Error& e,
                                 std::string route_reason) {
  // A privacy refusal says which class it was (nothing was attempted).
  Attempted refused;
  if (e.kind == core::ErrorKind::no_permitted_deployment) refused.data_class = rec.data_class;
  refused.reason = std::move(route_reason);
  co_await record(rec, ctx, nullptr, e.status, std::nullopt);  // moves rec away
  co_await send_error(out, e, ctx, &refused);
}

http::Task<void> Gateway::attempt_in_order(const std::vector<const Candidate*>& permitted,
                                           const privacy::ClassRule& rule, bool found_any,
                                           std::string skipped, ledger::RequestRecord& rec,
                                           core::RequestContext& ctx, http::ResponseWriter& out,
                                           const AttemptFn& attempt) {
  Attempted at;
  at.data_class = rec.data_class;
  std::optional<core::Error> last_error;
  // `skipped` collects why each earlier candidate is not the answer.
  const auto note = [&skipped](const std::string& why) {
    if (!skipped.empty()) skipped += "; ";
    skipped += why;
  };

  for (const Candidate* candidate : permitted) {
    const Candidate& cand = *candidate;
    const Deployment& dep = *cand.deployment;
    const std::string& name = dep.config->name;
    if (!rule.allows(dep.config->side)) continue;  // fail closed, whatever the list says
    if (!dep.unavailable.empty()) {
      last_error = unavailable_error(dep.unavailable);
      note(name + " unavailable");
      continue;
    }
    auto& dm = deployment_metrics_.at(&dep);
    const CircuitBreaker::Admission admission = dm.breaker->admit(core::Clock::now());
    if (!admission.allowed) {
      // Skipped at once: no attempt, no wait, on to the next candidate.
      last_error = circuit_open_error(name);
      note(name + ": circuit open");
      rec.plan += "; " + name + ": skipped, circuit open";
      continue;
    }
    at.deployment = &dep;
    at.reason = skipped.empty() ? cand.reason : cand.reason + " after " + skipped;
    // Cloud-bound text of a class that demands it has its findings replaced.
    at.redacted = dep.config->side == core::Side::cloud && rule.redact_for_cloud && found_any;
    http::Headers headers =
        route_headers(ctx.request_id, *dep.config, at.reason, at.data_class, at.redacted);

    for (int attempt_number = 1;; ++attempt_number) {
      if (core::Clock::now() >= ctx.deadline) {
        last_error = deadline_error();
        co_await record(rec, ctx, &at, last_error->status, std::nullopt);
        co_await send_error(out, *last_error, ctx, &at);
        co_return;
      }
      auto failed = co_await attempt(dep, at, headers, dm);
      if (!failed) {
        dm.breaker->record(false, admission, core::Clock::now());
        co_return;
      }
      last_error = std::move(failed);
      settle_upstream_error(*last_error, *dep.config, provider_keys_);
      dm.failed->inc();
      dm.breaker->record(CircuitBreaker::counts_as_failure(*last_error), admission,
                         core::Clock::now());
      // A probe is one attempt; a breaker that opened stops the retries.
      if (admission.probe || dm.breaker->state() != CircuitBreaker::State::closed) break;
      if (!retry_.retry_same(*last_error, attempt_number)) break;
      // false: the upstream's Retry-After outlasts the deadline; fall back.
      if (!co_await sleep_backoff(*last_error, attempt_number, ctx)) break;
    }
    note(name + " failed: " + short_error(*last_error));
    if (!RetryPolicy::fall_back(*last_error)) break;
  }
  // The headers name the last deployment tried (if any) and every reason.
  at.reason = skipped;
  co_await record(rec, ctx, &at, last_error->status, std::nullopt);
  co_await send_error(out, *last_error, ctx, &at);
}

http::Task<void> Gateway::chat_completions(http::Request& req, http::ResponseWriter& out,
                                           core::RequestContext& ctx) {
  ledger::RequestRecord rec = new_record(ctx);
  auto decoded = openai::decode_chat_request(req.body());
  if (!decoded) {
    co_await refuse(rec, ctx, out, decoded.error());
    co_return;
  }
  core::ChatRequest& chat = *decoded;
  rec.model = chat.model;
  auto plan = router_->plan(chat);
  if (!plan) {
    co_await refuse(rec, ctx, out, plan.error(), "no route: unknown model");
    co_return;
  }
  auto screened = screen(req, chat, *plan, detector_.get(), policy_, route_class_, rec);
  std::string skipped = not_permitted_reason(*plan, policy_, rec.data_class);
  if (!screened) {
    co_await refuse(rec, ctx, out, screened.error(), std::move(skipped));
    co_return;
  }
  const Inspection& seen = screened->seen;
  const bool client_wants_usage = chat.include_usage;
  privacy::RedactionVault vault;  // lives and dies with this request; never logged
  std::optional<core::ChatRequest> redacted;

  const AttemptFn attempt = [&](const Deployment& dep, const Attempted& at,
                                const http::Headers& headers,
                                DeploymentMetrics& dm) -> http::Task<std::optional<core::Error>> {
    if (at.redacted && !redacted) redacted = redact_request(chat, seen, vault);
    const core::ChatRequest& outbound = at.redacted ? *redacted : chat;
    if (!chat.stream) {
      auto res = co_await dep.provider->chat(outbound, dep.config->model, ctx);
      if (!res) co_return std::move(res.error());
      dm.ok->inc();
      if (at.redacted) restore_response(*res, vault);
      // The record is durable before the client sees the answer.
      if (auto e = co_await record(rec, ctx, &at, 200, res->usage)) {
        co_await send_error(out, ledger_error(*e), ctx, &at);
        co_return std::nullopt;
      }
      count_status(200);
      co_await out.send(200, kJson, openai::encode_chat_response(*res), headers);
      observe_done(ctx);
      co_return std::nullopt;
    }
    std::string frame;
    std::optional<core::Usage> usage;
    std::int64_t streamed = 0;  // output tokens seen, should the usage chunk never come
    ChunkRestorer restorer(vault);
    core::ChatChunk last;  // shape for a final chunk of restored text
    providers::ChunkSink sink = [&](core::ChatChunk& chunk) -> http::Task<bool> {
      streamed += streamed_tokens(chunk);
      if (!out.started()) {
        count_status(200);
        if (!co_await out.begin_stream(200, "text/event-stream", headers)) co_return false;
      }
      if (chunk.usage) usage = chunk.usage;
      if (at.redacted) {
        restorer.apply(chunk);
        last.id = chunk.id;
        last.model = chunk.model;
        last.created = chunk.created;
      }
      if (!client_wants_usage) {
        if (chunk.choices.empty() && chunk.usage) co_return true;
        chunk.usage.reset();
      }
      frame.clear();
      frame += "data: ";
      openai::encode_chat_chunk(chunk, frame);
      frame += "\n\n";
      co_return co_await out.write(frame);
    };
    auto outcome = co_await dep.provider->chat_stream(outbound, dep.config->model, ctx, sink);
    if (!outcome.started && outcome.error) co_return std::move(*outcome.error);
    if (at.redacted && !outcome.consumer_gone) {
      // Text held back at the end of a stream that had no finish chunk.
      if (auto tail = restorer.flush(last)) {
        frame = "data: ";
        openai::encode_chat_chunk(*tail, frame);
        frame += "\n\n";
        co_await out.write(frame);
      }
    }
    std::optional<core::Error> failure = outcome.error;
    if (failure) {
      dm.failed->inc();
      co_await record(rec, ctx, &at, failure->status, usage);
    } else if (outcome.consumer_gone) {
      // The client closed the stream; the upstream has been stopped, but
      // what it streamed until then was generated (and billed).
      dm.ok->inc();
      if (!usage) usage = estimated_usage(outbound, streamed);
      co_await record(rec, ctx, &at, kClientClosedRequest, usage);
    } else {
      dm.ok->inc();
      // Before [DONE]: the stream does not end until the record is durable.
      if (auto e = co_await record(rec, ctx, &at, 200, usage)) failure = ledger_error(*e);
    }
    if (failure) {
      // Too late to fall back: the client has part of an answer. Tell it
      // in-band, the way OpenAI reports a failure inside a stream.
      frame = "data: " + openai::encode_error(scrubbed(*failure, provider_keys_)) + "\n\n";
      co_await out.write(frame);
    } else if (!outcome.consumer_gone) {
      co_await out.write("data: [DONE]\n\n");
    }
    if (!out.started()) co_await out.begin_stream(200, "text/event-stream", headers);
    co_await out.end_stream();
    observe_done(ctx);
    co_return std::nullopt;
  };
  co_await attempt_in_order(screened->permitted, screened->rule, seen.found_any, std::move(skipped),
                            rec, ctx, out, attempt);
}

// Embeddings take the same path as chat: the privacy stage classes every
// input, the plan keeps only deployments the class may use, and cloud-bound
// inputs are redacted when the class demands it (the cloud then embeds the
// text with placeholders; there is nothing to restore in a vector).
http::Task<void> Gateway::embeddings(http::Request& req, http::ResponseWriter& out,
                                     core::RequestContext& ctx) {
  ledger::RequestRecord rec = new_record(ctx);
  auto decoded = openai::decode_embedding_request(req.body());
  if (!decoded) {
    co_await refuse(rec, ctx, out, decoded.error());
    co_return;
  }
  const core::EmbeddingRequest& request = *decoded;
  rec.model = request.model;
  auto plan = router_->plan(request.model);
  if (!plan) {
    co_await refuse(rec, ctx, out, plan.error(), "no route: unknown model");
    co_return;
  }
  auto screened = screen(req, request, *plan, detector_.get(), policy_, route_class_, rec);
  std::string skipped = not_permitted_reason(*plan, policy_, rec.data_class);
  if (!screened) {
    co_await refuse(rec, ctx, out, screened.error(), std::move(skipped));
    co_return;
  }
  const Inspection& seen = screened->seen;
  const auto encoding = request.encoding_format.value_or(core::EmbeddingEncoding::float_);
  privacy::RedactionVault vault;  // lives and dies with this request; never logged
  std::optional<core::EmbeddingRequest> redacted;

  const AttemptFn attempt = [&](const Deployment& dep, const Attempted& at,
                                const http::Headers& headers,
                                DeploymentMetrics& dm) -> http::Task<std::optional<core::Error>> {
    if (at.redacted && !redacted) redacted = redact_request(request, seen, vault);
    const core::EmbeddingRequest& outbound = at.redacted ? *redacted : request;
    auto res = co_await dep.provider->embeddings(outbound, dep.config->model, ctx);
    if (!res) co_return std::move(res.error());
    dm.ok->inc();
    // The record is durable before the client sees the answer.
    if (auto e = co_await record(rec, ctx, &at, 200, res->usage)) {
      co_await send_error(out, ledger_error(*e), ctx, &at);
      co_return std::nullopt;
    }
    count_status(200);
    co_await out.send(200, kJson, openai::encode_embedding_response(*res, encoding), headers);
    observe_done(ctx);
    co_return std::nullopt;
  };
  co_await attempt_in_order(screened->permitted, screened->rule, seen.found_any, std::move(skipped),
                            rec, ctx, out, attempt);
}

void Gateway::observe_done(const core::RequestContext& ctx) {
  const auto total = core::Clock::now() - ctx.received;
  overhead_->observe(
      std::chrono::duration_cast<nanoseconds>(total - ctx.upstream_wait - ctx.ledger_wait));
  duration_->observe(std::chrono::duration_cast<nanoseconds>(total));
}

}  // namespace switchyard::gateway
