// Workloads: the ledger's traffic grouped by what it is for (the task tag),
// the routing rule that planned it and the team that sent it, with what the
// planner weighs for each (docs/planner.md): volume, token profile,
// data-class mix, latency observed, what it cost and what the same tokens
// would cost at the reference cloud price, and the quality evidence the
// ledger holds (cascade verdicts).
//
// Volumes are scaled to a month from the window the records cover: from
// `since` (or the first record, when the ledger starts later) to `now`, at
// least a day, so a ledger a week old is not read as a month.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "switchyard/config/price.hpp"
#include "switchyard/core/error.hpp"
#include "switchyard/ledger/record_store.hpp"
#include "switchyard/privacy/data_class.hpp"

namespace switchyard::plan {

struct WorkloadKey {
  std::string task;  // "" none
  std::string rule;  // the routing rule; "" when not routed
  std::string team;  // "" without a key
  auto operator<=>(const WorkloadKey&) const = default;
  // "task=intent rule=triage-local team=desk", "(none)" for empty parts.
  std::string label() const;
};

struct Percentiles {
  double p50_ms = 0;
  double p95_ms = 0;
  std::int64_t count = 0;
};

struct Workload {
  WorkloadKey key;
  std::int64_t requests = 0;
  std::int64_t served = 0;  // status < 400
  std::int64_t served_local = 0;
  std::int64_t served_cloud = 0;
  // The tokens of the answers served (an escalated cascade's first attempt
  // counts in cost_usd only).
  std::int64_t prompt_tokens = 0;
  std::int64_t completion_tokens = 0;
  std::int64_t cache_read_tokens = 0;
  std::int64_t cache_write_tokens = 0;
  std::int64_t reasoning_tokens = 0;
  std::map<std::string, std::int64_t> classes;  // data class → requests
  // Requests of a class the privacy policy keeps off the cloud.
  std::int64_t local_only = 0;
  std::vector<std::string> local_only_classes;  // their names, as first seen
  // Requests whose class goes to the cloud only redacted.
  std::int64_t redact_for_cloud = 0;
  Percentiles latency, latency_local, latency_cloud;  // served requests' duration
  double cost_usd = 0;  // as recorded, with escalated cascades' first attempts
  // The served tokens at the reference cloud price: recomputed when a
  // reference price is given, else the records' counterfactual_usd.
  double cloud_usd = 0;
  std::int64_t cascades = 0;     // requests a cascade judged
  std::int64_t escalated = 0;    // of those, answers judged weak and served again
  std::int64_t facts_known = 0;  // records carrying route_facts
  std::int64_t attachments = 0;  // of those, with images, audio or files
  std::int64_t tools = 0;        // of those, offering tools

  double escalation_rate() const {
    return cascades ? static_cast<double>(escalated) / static_cast<double>(cascades) : 0;
  }
  double local_only_share() const {
    return requests ? static_cast<double>(local_only) / static_cast<double>(requests) : 0;
  }
};

struct TrafficOptions {
  std::int64_t since_ms = 0;
  std::int64_t now_ms = 0;
  // The reference cloud price (cost.reference); unset: the records'
  // counterfactual_usd.
  std::optional<config::Price> reference;
  privacy::PrivacyPolicy policy;  // which classes may not reach the cloud
};

struct Traffic {
  std::int64_t since_ms = 0;
  std::int64_t now_ms = 0;
  std::int64_t first_ms = 0;  // the first record in the window; 0: none
  std::int64_t last_ms = 0;
  double window_days = 0;     // what the volumes were observed over
  double monthly_factor = 0;  // × this = per month
  bool reference_given = false;
  std::vector<Workload> workloads;  // the dearest (as recorded) first; ties by key
  Workload total;                   // every workload together
  std::int64_t records = 0;
};

// Reads the records since options.since_ms from the store.
core::Expected<Traffic> analyse_traffic(ledger::RecordStore& store, const TrafficOptions& options);

// The same from records in hand (the tests' and replay's).
Traffic analyse_records(const std::vector<ledger::RequestRecord>& records,
                        const TrafficOptions& options);

}  // namespace switchyard::plan
