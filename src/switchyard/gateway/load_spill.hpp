// Load-aware spill, wired: a LoadMonitor for every local deployment with
// `spill:` limits (its provider's queue depth; a LatencyWindow fed by a
// TimedProvider wrapped around the provider when a p95 limit is set), and
// the two steps the pipeline takes with them:
//
//   apply (end of the route stage, after the privacy filter)
//       candidates over their limits go last (routing/spill_order.hpp); the
//       first one's reason says what it was spilled from and why, and the
//       record's plan notes each one that spilled. When every permitted
//       candidate is over its limits (restricted data with only local
//       deployments, a model with no cloud side), the request is held.
//   wait (before execute, for a held request)
//       polls the monitors every kPoll until one candidate is back under
//       its limits (then apply again, and on), or until routing.spill.
//       max_wait_ms (or the deadline) has passed: 503 with Retry-After,
//       code local_capacity_exceeded, nothing sent anywhere.
//
// The privacy filter has already removed what the class may not use, and
// spill only reorders or holds, so no load makes restricted data leave.
//
// It is also where the router reads the local_load fact
// (routing::LocalLoadSource): every local deployment's queue depth and,
// when a rule asks for the p95 (or a limit needs it), its recent p95 from
// the same stopwatch.
#pragma once

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "switchyard/config/config.hpp"
#include "switchyard/core/error.hpp"
#include "switchyard/gateway/deployment.hpp"
#include "switchyard/gateway/exchange.hpp"
#include "switchyard/gateway/timed_provider.hpp"
#include "switchyard/observe/metrics.hpp"
#include "switchyard/routing/latency_window.hpp"
#include "switchyard/routing/load_monitor.hpp"
#include "switchyard/routing/local_load_source.hpp"
#include "switchyard/routing/recent_p95.hpp"
#include "switchyard/routing/spill_order.hpp"

namespace switchyard::gateway {

class LoadSpill final : public routing::LocalLoadSource {
 public:
  static constexpr std::chrono::milliseconds kPoll{10};

  // Builds the monitors and points each deployment whose provider needs
  // timing (a p95 limit, or a rule asking for local_load's p95) at a
  // TimedProvider (kept here). `deployments` (indexed like the router's)
  // must outlive this; so must `metrics`.
  LoadSpill(const config::Config& cfg, std::vector<Deployment>& deployments,
            observe::Registry& metrics);
  LoadSpill(const LoadSpill&) = delete;
  LoadSpill& operator=(const LoadSpill&) = delete;

  bool enabled() const { return !monitors_.empty(); }
  // Reorders ex.permitted by load, or sets ex.held_for_load.
  void apply(Exchange& ex) const;
  // For a held request: nullopt once it may go on (ex.permitted reordered),
  // or the 503 to answer.
  http::Task<std::optional<core::Error>> wait(Exchange& ex) const;

  routing::LocalLoad local_load(std::span<const std::uint32_t> deployments,
                                core::Clock::time_point now) const override;

 private:
  // The load order of ex.permitted now.
  routing::SpillOrder order(const Exchange& ex, core::Clock::time_point now) const;
  // ex.permitted in `o`'s order, with the reasons.
  void reorder(Exchange& ex, const routing::SpillOrder& o) const;
  const std::string& name_of(const routing::Candidate* c) const {
    return deployments_[c->deployment].config->name;
  }

  config::SpillConfig cfg_;
  const std::vector<Deployment>& deployments_;
  std::vector<std::unique_ptr<routing::LatencyWindow>> windows_;
  std::vector<std::unique_ptr<TimedProvider>> timed_;
  // By deployment index: what the local_load fact reads (provider null: not
  // a usable local deployment; p95 null: not timed).
  struct Signals {
    const providers::Provider* provider = nullptr;
    std::unique_ptr<routing::RecentP95> p95;
  };
  std::vector<Signals> signals_;
  // Shared with their gauges, which outlive a runtime replaced by a reload.
  std::unordered_map<const Deployment*, std::shared_ptr<routing::LoadMonitor>> monitors_;
};

}  // namespace switchyard::gateway
