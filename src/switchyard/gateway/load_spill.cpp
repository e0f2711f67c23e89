#include "switchyard/gateway/load_spill.hpp"

#include <cstdio>

#include "switchyard/routing/spill_order.hpp"

namespace switchyard::gateway {

namespace net = http::net;

namespace {

// Built outside coroutine bodies (g++ 12 and braced lists in coroutines).
template <typename NameOf>
core::Error overloaded_error(const Exchange& ex, const routing::SpillOrder& o,
                             std::chrono::milliseconds waited, NameOf name_of) {
  std::string over;
  for (std::size_t i = 0; i < ex.permitted.size(); ++i) {
    if (o.why[i].empty()) continue;
    if (!over.empty()) over += "; ";
    over += name_of(ex.permitted[i]) + ": " + o.why[i];
  }
  core::Error e{core::ErrorKind::unavailable,
                503,
                "Every deployment this request may use is over its load limits (" + over +
                    "), and it has nowhere to spill: its data is classed '" + ex.record.data_class +
                    "' and model '" + ex.model() +
                    "' has no permitted deployment below its limits. It waited " +
                    std::to_string(waited.count()) +
                    " ms (routing.spill.max_wait_ms); nothing was sent anywhere. Retry later.",
                {},
                "local_capacity_exceeded",
                true};
  e.retry_after = std::chrono::seconds(1);
  return e;
}

template <typename NameOf>
std::string held_note(const Exchange& ex, const routing::SpillOrder& o, NameOf name_of) {
  std::string s = "held: every permitted deployment is over its load limits (";
  bool first = true;
  for (std::size_t i = 0; i < ex.permitted.size(); ++i) {
    if (o.why[i].empty()) continue;
    if (!first) s += "; ";
    first = false;
    s += name_of(ex.permitted[i]) + ": " + o.why[i];
  }
  return s + ")";
}

}  // namespace

LoadSpill::LoadSpill(const config::Config& cfg, std::vector<Deployment>& deployments,
                     observe::Registry& metrics)
    : cfg_(cfg.spill), deployments_(deployments) {
  // A rule asking for local_load's p95 times every local deployment.
  bool rules_time = false;
  for (const auto& r : cfg.routing_rules) rules_time = rules_time || r.when.local_p95_ms;
  // One window and one timed wrapper per provider, shared by its deployments.
  std::unordered_map<providers::Provider*, TimedProvider*> timed_by_inner;
  signals_.resize(deployments.size());
  for (std::size_t i = 0; i < deployments.size(); ++i) {
    Deployment& dep = deployments[i];
    const std::string& name = dep.config->name;
    const config::SpillLimitsConfig& limits = dep.config->spill;
    if (dep.config->side != core::Side::local || !dep.provider || !dep.unavailable.empty())
      continue;
    routing::LatencyWindow* window = nullptr;
    if (limits.p95.count() > 0 || rules_time) {
      TimedProvider*& timed = timed_by_inner[dep.provider];
      if (!timed) {
        windows_.push_back(std::make_unique<routing::LatencyWindow>(cfg_.latency_window));
        timed_.push_back(std::make_unique<TimedProvider>(*dep.provider, *windows_.back()));
        timed = timed_.back().get();
      }
      window = &timed->window();
    }
    signals_[i].provider = dep.provider;
    if (rules_time) signals_[i].p95 = std::make_unique<routing::RecentP95>(window);
    if (!limits.any()) continue;
    const std::string labels = "deployment=\"" + observe::label_value(name) + "\"";
    const char* help = "Load-aware spill: a local deployment's changes, by the state entered.";
    observe::Counter* to_spilling =
        &metrics.counter("switchyard_spill_transitions_total", help, labels + ",to=\"spilling\"");
    observe::Counter* to_back =
        &metrics.counter("switchyard_spill_transitions_total", help, labels + ",to=\"back\"");
    auto observer = [name = name, to_spilling, to_back](bool spilling, const std::string& why) {
      (spilling ? to_spilling : to_back)->inc();
      std::fprintf(stderr, "switchyard: deployment '%s': %s (%s)\n", name.c_str(),
                   spilling ? "over its load limits, spilling" : "back under its load limits",
                   why.c_str());
    };
    providers::Provider* provider = dep.provider;
    routing::LoadLimits l{limits.queue_depth, limits.p95, cfg_.resume_below};
    auto monitor = std::make_shared<routing::LoadMonitor>(
        l, [provider] { return provider->queue_depth(); }, window, std::move(observer));
    std::shared_ptr<routing::LoadMonitor> m = monitor;
    metrics.gauge("switchyard_deployment_spilling",
                  "1 while a local deployment is over its load limits (requests spill), else 0.",
                  labels, [m] { return m->spilling() ? 1.0 : 0.0; });
    monitors_.emplace(&dep, std::move(monitor));
  }
  // Attempts go through the stopwatch from now on.
  for (Deployment& dep : deployments)
    if (auto it = timed_by_inner.find(dep.provider); it != timed_by_inner.end())
      dep.provider = it->second;
}

routing::LocalLoad LoadSpill::local_load(std::span<const std::uint32_t> deployments,
                                         core::Clock::time_point now) const {
  // Each signal's lowest, over the deployments that report it (a provider
  // that cannot tell its queue depth says -1).
  std::optional<std::int64_t> depth;
  std::optional<std::int64_t> p95;
  for (std::uint32_t d : deployments) {
    const Signals& s = signals_[d];
    if (!s.provider) continue;
    if (const int q = s.provider->queue_depth(); q >= 0)
      depth = std::min<std::int64_t>(depth.value_or(q), q);
    if (s.p95) {
      const std::int64_t ms = s.p95->read(now).count();
      p95 = std::min(p95.value_or(ms), ms);
    }
  }
  return {depth.value_or(0), p95.value_or(0)};
}

routing::SpillOrder LoadSpill::order(const Exchange& ex, core::Clock::time_point now) const {
  std::vector<routing::SpillCandidate> candidates;
  candidates.reserve(ex.permitted.size());
  for (const routing::Candidate* c : ex.permitted) {
    auto it = monitors_.find(&deployments_[c->deployment]);
    candidates.push_back({name_of(c), it == monitors_.end() ? nullptr : it->second.get()});
  }
  return routing::order_for_load(candidates, now);
}

void LoadSpill::reorder(Exchange& ex, const routing::SpillOrder& o) const {
  std::string spilled;  // "'local/m' (queue depth 9 (limit 8))"
  for (std::size_t i = 0; i < ex.permitted.size(); ++i) {
    if (o.why[i].empty()) continue;
    const std::string& name = name_of(ex.permitted[i]);
    if (!spilled.empty()) spilled += ", ";
    spilled += "'" + name + "' (" + o.why[i] + ")";
    ex.record.plan += "; " + name + ": over its load limits (" + o.why[i] + "), tried last";
  }
  std::vector<const routing::Candidate*> in_order;
  in_order.reserve(o.order.size());
  for (std::size_t i : o.order) in_order.push_back(ex.permitted[i]);
  ex.permitted = std::move(in_order);
  // The first candidate's reason (the route-reason header) says it spilled.
  routing::Candidate& first =
      ex.plan
          .candidates[static_cast<std::size_t>(ex.permitted.front() - ex.plan.candidates.data())];
  first.reason = "spilled from " + spilled + ": " + first.reason;
}

void LoadSpill::apply(Exchange& ex) const {
  if (monitors_.empty() || ex.permitted.empty()) return;
  const routing::SpillOrder o = order(ex, core::Clock::now());
  if (o.hold) {
    ex.held_for_load = true;
    ex.record.plan += "; " + held_note(ex, o, [this](auto* c) { return name_of(c); });
  } else if (o.reordered) {
    reorder(ex, o);
  }
}

http::Task<std::optional<core::Error>> LoadSpill::wait(Exchange& ex) const {
  const auto start = core::Clock::now();
  const auto until = std::min(ex.ctx.deadline, start + cfg_.max_wait);
  net::steady_timer timer(co_await net::this_coro::executor);
  for (;;) {
    const auto now = core::Clock::now();
    routing::SpillOrder o = order(ex, now);
    if (!o.hold) {
      const auto waited = std::chrono::duration_cast<std::chrono::milliseconds>(now - start);
      ex.ctx.upstream_wait += now - start;  // waiting for capacity is not processing
      ex.held_for_load = false;
      ex.record.plan += "; went on after " + std::to_string(waited.count()) + " ms";
      if (o.reordered) reorder(ex, o);
      routing::Candidate& first = ex.plan.candidates[static_cast<std::size_t>(
          ex.permitted.front() - ex.plan.candidates.data())];
      first.reason =
          "waited " + std::to_string(waited.count()) + " ms for load limits: " + first.reason;
      co_return std::nullopt;
    }
    if (now >= until) {
      const auto waited = std::chrono::duration_cast<std::chrono::milliseconds>(now - start);
      ex.ctx.upstream_wait += now - start;
      ex.attempted.reason = held_note(ex, o, [this](auto* c) { return name_of(c); });
      ex.attempted.data_class = ex.record.data_class;
      co_return overloaded_error(ex, o, waited, [this](auto* c) { return name_of(c); });
    }
    timer.expires_at(std::min(until, now + kPoll));
    boost::system::error_code ec;
    co_await timer.async_wait(http::use_ec(ec));
  }
}

}  // namespace switchyard::gateway
