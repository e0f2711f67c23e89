#include "switchyard/gateway/request_observer.hpp"

#include <fmt/chrono.h>
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <stdexcept>

#include "switchyard/observe/stream_timing.hpp"
#include "switchyard/privacy/entity_type.hpp"

namespace switchyard::gateway {
namespace {

using observe::label_value;
using std::chrono::nanoseconds;

// Response codes with series of their own; any other is "other".
constexpr std::array<int, 14> kStatusCodes = {200, 400, 401, 403, 404, 408, 413,
                                              422, 429, 499, 500, 502, 503, 504};

std::size_t code_index(int status) {
  if (status == 0) status = 500;  // nothing recorded: the server answers 500
  for (std::size_t i = 0; i < kStatusCodes.size(); ++i)
    if (kStatusCodes[i] == status) return i;
  return kStatusCodes.size();
}

const std::vector<double>& latency_bounds() {
  static const std::vector<double> b = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5,
                                        1,     2.5,  5,     10,   30,  60,   120};
  return b;
}

std::vector<double> gap_bounds() {
  return {observe::kChunkGapBounds.begin(), observe::kChunkGapBounds.end()};
}

double ms(nanoseconds d) {
  return static_cast<double>(std::max<std::int64_t>(0, d.count()) / 1000) / 1000.0;
}

std::uint64_t unix_ns(std::chrono::system_clock::time_point t) {
  return static_cast<std::uint64_t>(
      std::chrono::duration_cast<nanoseconds>(t.time_since_epoch()).count());
}

const char* gen_ai_system(config::ProviderKind kind) {
  switch (kind) {
    case config::ProviderKind::llama:
      return "llama.cpp";
    case config::ProviderKind::openai_compatible:
      return "openai";
    case config::ProviderKind::azure_openai:
      return "az.ai.openai";  // the GenAI conventions' names
    case config::ProviderKind::gemini:
      return "gcp.gemini";
    case config::ProviderKind::anthropic:
      return "anthropic";
  }
  return config::to_string(kind);
}

// The text of the last user message: what access_log_prompts logs.
std::string last_user_text(const Exchange& ex) {
  const auto* chat = std::get_if<core::ChatRequest>(&ex.request);
  if (!chat) return {};
  for (auto it = chat->messages.rbegin(); it != chat->messages.rend(); ++it)
    if (it->role == core::Role::user) return it->text();
  return {};
}

}  // namespace

RequestObserver::RequestObserver(const config::Config& cfg, const routing::Router& router,
                                 const std::vector<Deployment>& deployments,
                                 const privacy::PrivacyPolicy& policy, observe::Registry& metrics)
    : router_(router),
      deployments_(deployments),
      policy_(policy),
      metrics_(metrics),
      log_prompts_(cfg.observe.access_log_prompts) {
  // Label values from the configuration only.
  auto add_team = [this](const std::string& t) {
    if (t != "other" && t != "none" && std::find(teams_.begin(), teams_.end(), t) == teams_.end())
      teams_.push_back(t);
  };
  for (const auto& t : cfg.observe.teams) add_team(t);
  for (const auto& r : cfg.routing_rules)
    for (const auto& t : r.when.teams) add_team(t);
  teams_.push_back("other");
  teams_.push_back("none");

  rules_ = router.rules().size();
  deps_ = deployments.size();
  const std::size_t cells =
      (rules_ + 2) * (deps_ + 1) * (privacy::kDataClassCount + 1) * (kStatusCodes.size() + 1);
  requests_ = std::make_unique<std::atomic<observe::Counter*>[]>(cells);
  for (std::size_t i = 0; i < cells; ++i) requests_[i].store(nullptr);

  static constexpr std::array<const char*, 2> kSides = {"local", "cloud"};
  static constexpr std::array<const char*, 2> kKinds = {"input", "output"};
  for (const char* side : kSides)
    for (const std::string& team : teams_) {
      const std::string labels = fmt::format("side=\"{}\",team=\"{}\"", side, label_value(team));
      for (const char* kind : kKinds)
        tokens_.push_back(&metrics.counter(
            "switchyard_tokens_total",
            "Tokens of answered requests by side, team (observe.teams and routing rules' teams; "
            "others: other, no team: none) and kind (input, output).",
            labels + fmt::format(",kind=\"{}\"", kind)));
      cost_.push_back(&metrics.float_counter(
          "switchyard_cost_usd_total",
          "What answered requests cost at the deployments' prices, in US dollars, by side and "
          "team.",
          labels));
    }
  for (std::size_t i = 0; i < privacy::kEntityTypeCount; ++i)
    pii_.push_back(&metrics.counter(
        "switchyard_pii_findings_total",
        "PII and secret findings in requests, by entity type (never their values).",
        fmt::format("entity=\"{}\"", privacy::entity_name(static_cast<privacy::EntityType>(i)))));
  for (const Deployment& d : deployments) {
    const config::ProviderConfig* p = cfg.find_provider(d.config->provider);
    systems_.push_back(p ? gen_ai_system(p->kind) : "unknown");
    const std::string labels = "deployment=\"" + label_value(d.config->name) + "\"";
    upstream_.push_back(&metrics.histogram(
        "switchyard_upstream_duration_seconds",
        "Time a request spent waiting on its upstreams (every attempt and backoff), by the "
        "deployment that served it last.",
        latency_bounds(), labels));
    ttft_.push_back(&metrics.histogram(
        "switchyard_time_to_first_token_seconds",
        "Streams: from the request's arrival to the first chunk carrying a token.",
        latency_bounds(), labels));
    gaps_.push_back(&metrics.histogram(
        "switchyard_stream_chunk_gap_seconds",
        "Streams: the time between consecutive chunks carrying tokens.", gap_bounds(), labels));
  }

  const std::string& target = cfg.observe.access_log;
  if (target != "off") {
    auto log = observe::AccessLog::open(target);
    if (!log) throw std::runtime_error(log.error().message);
    access_log_ = std::move(*log);
  }
  if (!cfg.observe.traces.endpoint.empty())
    traces_ = std::make_unique<TraceExporter>(cfg.observe.traces, metrics);
}

RequestObserver::~RequestObserver() = default;

std::size_t RequestObserver::team_index(std::string_view team) const {
  if (team.empty()) return teams_.size() - 1;  // none
  for (std::size_t i = 0; i + 2 < teams_.size(); ++i)
    if (teams_[i] == team) return i;
  return teams_.size() - 2;  // other
}

observe::Counter& RequestObserver::requests(std::size_t rule, std::size_t dep, std::size_t cls,
                                            std::size_t code) const {
  const std::size_t index = ((rule * (deps_ + 1) + dep) * (privacy::kDataClassCount + 1) + cls) *
                                (kStatusCodes.size() + 1) +
                            code;
  observe::Counter* c = requests_[index].load(std::memory_order_acquire);
  if (c) return *c;
  // First use of this series: its labels, once.
  const std::string rule_name = rule < rules_    ? router_.rules()[rule].name
                                : rule == rules_ ? std::string("default")
                                                 : std::string("none");
  const config::DeploymentConfig* d = dep < deps_ ? deployments_[dep].config : nullptr;
  const std::string cls_name = cls < privacy::kDataClassCount
                                   ? policy_.name(static_cast<privacy::DataClass>(cls))
                                   : std::string("unclassified");
  const std::string code_name =
      code < kStatusCodes.size() ? std::to_string(kStatusCodes[code]) : "other";
  const std::string labels =
      fmt::format("rule=\"{}\",deployment=\"{}\",side=\"{}\",data_class=\"{}\",code=\"{}\"",
                  label_value(rule_name), d ? label_value(d->name) : "none",
                  d ? config::to_string(d->side) : "none", label_value(cls_name), code_name);
  c = &metrics_.counter("switchyard_requests_total",
                        "Chat and embeddings requests by route rule (default: the alias's own "
                        "deployments; none: not routed), the deployment that served it last "
                        "(none: none tried), its side, data class and response code.",
                        labels);
  requests_[index].store(c, std::memory_order_release);
  return *c;
}

void RequestObserver::begin(Exchange& ex) const {
  if (!traces_) return;
  ex.trace = std::make_unique<observe::RequestTrace>();
  auto it = ex.http.find("traceparent");
  std::optional<observe::TraceParent> parent;
  if (it != ex.http.end()) parent = observe::parse_traceparent(it->value());
  if (parent) {
    ex.trace->trace_id = parent->trace_id;
    ex.trace->parent = parent->span_id;
  } else {
    ex.trace->trace_id = observe::new_trace_id();
  }
}

void RequestObserver::done(Exchange& ex, Reached reached) const {
  std::size_t dep = deps_;
  if (const Deployment* d = ex.outcome.deployment;
      d && d >= deployments_.data() && d < deployments_.data() + deps_)
    dep = static_cast<std::size_t>(d - deployments_.data());
  count(ex, reached, dep);
  if (access_log_) log(ex, reached, dep);
  if (traces_ && ex.trace) trace(ex, reached, dep);
}

void RequestObserver::count(const Exchange& ex, Reached reached, std::size_t dep) const {
  const std::size_t rule = !reached.routed                               ? rules_ + 1
                           : ex.plan.rule_index == routing::kDefaultRule ? rules_
                                                                         : ex.plan.rule_index;
  const std::size_t cls = reached.classified
                              ? privacy::PrivacyPolicy::index(ex.seen.classification.level)
                              : privacy::kDataClassCount;
  requests(std::min(rule, rules_ + 1), dep, cls, code_index(ex.outcome.status)).inc();

  if (reached.classified)
    for (const auto& [name, n] : ex.seen.classification.entity_counts)
      if (auto type = privacy::parse_entity_name(name))
        pii_[privacy::index_of(*type)]->inc(static_cast<std::uint64_t>(n));

  if (dep == deps_) return;  // nothing was sent anywhere
  const bool cloud = deployments_[dep].config->side == core::Side::cloud;
  const std::size_t cell = (cloud ? teams_.size() : 0) + team_index(ex.team);
  tokens_[2 * cell]->inc(
      static_cast<std::uint64_t>(std::max<std::int64_t>(0, ex.outcome.prompt_tokens)));
  tokens_[2 * cell + 1]->inc(
      static_cast<std::uint64_t>(std::max<std::int64_t>(0, ex.outcome.completion_tokens)));
  cost_[cell]->add(ex.outcome.cost_usd);
  upstream_[dep]->observe(ex.ctx.upstream_wait);
  const observe::StreamTiming& st = ex.stream_timing;
  if (st.started()) {
    ttft_[dep]->observe(st.first - ex.ctx.received);
    gaps_[dep]->merge(st.gaps, st.gap_sum);
  }
}

void RequestObserver::log(const Exchange& ex, Reached reached, std::size_t dep) const {
  const auto now = core::Clock::now();
  const nanoseconds total = now - ex.ctx.received;
  const auto arrived = std::chrono::time_point_cast<std::chrono::milliseconds>(
      std::chrono::system_clock::now() - total);
  const config::DeploymentConfig* d = dep < deps_ ? deployments_[dep].config : nullptr;
  observe::JsonLine line;
  const auto millis = arrived.time_since_epoch().count() % 1000;
  line.field("time", fmt::format("{:%FT%T}.{:03}Z",
                                 std::chrono::floor<std::chrono::seconds>(arrived), millis))
      .field("request_id", ex.ctx.request_id)
      .field("endpoint", ex.endpoint == Endpoint::chat ? "chat" : "embeddings")
      .field("model", ex.model());
  if (const auto* chat = std::get_if<core::ChatRequest>(&ex.request))
    line.field("stream", chat->stream);
  line.field("team", ex.team).field("key_id", ex.key ? std::string_view(ex.key->id) : "");
  if (reached.classified) {
    line.field("data_class", policy_.name(ex.seen.classification.level));
    std::string entities = "{";
    for (const auto& [name, n] : ex.seen.classification.entity_counts) {
      if (entities.size() > 1) entities += ',';
      observe::append_json_string(entities, name);
      entities += ':' + std::to_string(n);
    }
    line.raw("entities", entities + "}");
  } else {
    line.field("data_class", "unclassified");
  }
  line.field("rule", !reached.routed ? std::string_view("none") : std::string_view(ex.plan.rule))
      .field("deployment", d ? std::string_view(d->name) : "none")
      .field("side", d ? config::to_string(d->side) : "none")
      .field("redacted", ex.attempted.redacted)
      .field("status", ex.outcome.status == 0 ? 500 : ex.outcome.status)
      .field("prompt_tokens", ex.outcome.prompt_tokens)
      .field("completion_tokens", ex.outcome.completion_tokens)
      .field("cost_usd", ex.outcome.cost_usd)
      .field("duration_ms", ms(total))
      .field("upstream_ms", ms(ex.ctx.upstream_wait))
      .field("gateway_ms", ms(total - ex.ctx.upstream_wait - ex.ctx.ledger_wait));
  if (ex.stream_timing.started())
    line.field("ttft_ms", ms(ex.stream_timing.first - ex.ctx.received));
  if (ex.trace) line.field("trace_id", observe::hex(ex.trace->trace_id));
  if (log_prompts_) line.field("prompt", last_user_text(ex));
  access_log_->write(line.take());
}

void RequestObserver::trace(Exchange& ex, Reached reached, std::size_t dep) const {
  const observe::RequestTrace& t = *ex.trace;
  // Steady-clock instants as Unix time, against one reading of both clocks.
  const auto steady_now = core::Clock::now();
  const auto system_now = std::chrono::system_clock::now();
  auto at = [&](core::Clock::time_point tp) {
    return unix_ns(system_now - std::chrono::duration_cast<std::chrono::system_clock::duration>(
                                    steady_now - tp));
  };
  std::vector<observe::Span> spans;
  spans.reserve(1 + t.steps.size() + t.attempts.size());

  observe::Span root;
  root.trace_id = t.trace_id;
  root.span_id = observe::new_span_id();
  root.parent_span_id = t.parent;
  const char* operation = ex.endpoint == Endpoint::chat ? "chat" : "embeddings";
  root.name = fmt::format("{} {}", operation, ex.model());
  root.kind = observe::SpanKind::server;
  root.start_unix_ns = at(ex.ctx.received);
  root.end_unix_ns = at(steady_now);
  const int status = ex.outcome.status == 0 ? 500 : ex.outcome.status;
  root.attr("gen_ai.operation.name", operation)
      .attr("gen_ai.request.model", ex.model())
      .attr("http.response.status_code", static_cast<std::int64_t>(status))
      .attr("switchyard.request_id", ex.ctx.request_id);
  if (const auto* chat = std::get_if<core::ChatRequest>(&ex.request)) {
    if (auto m = chat->output_token_limit()) root.attr("gen_ai.request.max_tokens", *m);
    if (chat->temperature) root.attr("gen_ai.request.temperature", *chat->temperature);
    if (chat->top_p) root.attr("gen_ai.request.top_p", *chat->top_p);
    root.attr("switchyard.stream", chat->stream);
  }
  if (reached.classified)
    root.attr("switchyard.data_class", policy_.name(ex.seen.classification.level));
  if (reached.routed) root.attr("switchyard.route.rule", ex.plan.rule);
  if (!ex.team.empty()) root.attr("switchyard.team", ex.team);
  if (dep < deps_) {
    const config::DeploymentConfig& d = *deployments_[dep].config;
    root.attr("switchyard.deployment", d.name)
        .attr("switchyard.side", config::to_string(d.side))
        .attr("gen_ai.usage.input_tokens", ex.outcome.prompt_tokens)
        .attr("gen_ai.usage.output_tokens", ex.outcome.completion_tokens)
        .attr("switchyard.cost_usd", ex.outcome.cost_usd);
  }
  if (status >= 500) {
    root.error = true;
    root.status_message = "HTTP " + std::to_string(status);
  }
  if (ex.stream_timing.started())
    root.attr("switchyard.time_to_first_token_ms", ms(ex.stream_timing.first - ex.ctx.received));

  for (const auto& step : t.steps) {
    observe::Span s;
    s.trace_id = t.trace_id;
    s.span_id = observe::new_span_id();
    s.parent_span_id = root.span_id;
    s.name = step.name;
    s.start_unix_ns = at(step.start);
    s.end_unix_ns = at(step.end);
    if (step.refused) s.attr("switchyard.refused", true);
    spans.push_back(std::move(s));
  }
  for (std::size_t i = 0; i < t.attempts.size(); ++i) {
    const auto& a = t.attempts[i];
    if (a.deployment >= deps_) continue;
    const Deployment& d = deployments_[a.deployment];
    observe::Span s;
    s.trace_id = t.trace_id;
    s.span_id = observe::new_span_id();
    s.parent_span_id = root.span_id;
    s.kind = observe::SpanKind::client;
    s.name = fmt::format("{} {}", operation, d.config->model);
    s.start_unix_ns = at(a.start);
    s.end_unix_ns = at(a.end);
    s.attr("gen_ai.operation.name", operation)
        .attr("gen_ai.system", systems_[a.deployment])
        .attr("gen_ai.request.model", d.config->model)
        .attr("switchyard.deployment", d.config->name)
        .attr("switchyard.side", config::to_string(d.config->side))
        .attr("switchyard.attempt", static_cast<std::int64_t>(a.number));
    if (a.error_status != 0) {
      s.error = true;
      s.status_message = "HTTP " + std::to_string(a.error_status);
      s.attr("error.type", a.error_code.empty() ? std::to_string(a.error_status) : a.error_code);
    } else if (i + 1 == t.attempts.size()) {
      s.attr("gen_ai.usage.input_tokens", ex.outcome.prompt_tokens)
          .attr("gen_ai.usage.output_tokens", ex.outcome.completion_tokens);
    }
    spans.push_back(std::move(s));
  }
  spans.insert(spans.begin(), std::move(root));
  traces_->submit(std::move(spans));
}

}  // namespace switchyard::gateway
