// GET /admin/dashboard: what the /ui page draws, in one scan of the ledger
// over a window (`since`, default 24h) cut into `buckets` equal intervals:
//
//   totals     requests, served on each side, refused, failed, tokens, spend,
//              the all-cloud counterfactual and the savings against it
//              (the same sums as the cost report's total: ledger::CostRow)
//   series     per interval: requests served local, cloud, not served; spend
//              and counterfactual — the local share and savings over time
//   latency    p50/p90/p99/max of served requests' duration, per side, and
//              of the gateway's own time
//   privacy    per data class: where its requests were served, refused or
//              failed, how many were redacted; PII findings by entity type
//   refusals   requests nothing served, by status, data class and rule
//   top        rules, teams and models (the deployment that served), by requests
//   cascade    cascades run and escalated
//   engines    the in-process engines' load now (passed in: the gateway
//              reads it from its providers)
//
// Read only from the ledger, which holds no prompt text and no secret.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "switchyard/core/error.hpp"
#include "switchyard/ledger/record_store.hpp"

namespace switchyard::admin {

struct DashboardQuery {
  std::int64_t since_ms = 24LL * 3600 * 1000;  // the window: an age, now - since
  int buckets = 60;                            // intervals of the series, 1..720
};

// Reads since (e.g. 24h, 30m) and buckets; a 400 naming a bad or unknown
// parameter (code invalid_dashboard_query).
core::Expected<DashboardQuery> parse_dashboard_query(std::string_view query);

// One in-process engine's load (local::EngineStats), by provider name.
struct EngineLoad {
  std::string provider;
  int queued_requests = 0;
  int active_sequences = 0;
  std::uint64_t decoded_tokens = 0;  // ever; the page's rate of it is tokens/s
  std::uint64_t decode_steps = 0;
};

// The dashboard's JSON over the records of `store` in the window ending at
// `now_ms`, or the store's error.
core::Expected<std::string> dashboard_json(ledger::RecordStore& store, const DashboardQuery& q,
                                           std::int64_t now_ms,
                                           const std::vector<EngineLoad>& engines);

// How a record ended, as the dashboard counts it: served (a deployment
// answered, status < 400; ledger::CostRow's `served`), refused (no
// deployment: nothing was sent anywhere — a policy, key, limit or request
// error) or failed (sent, and the upstreams failed).
enum class Outcome { served, refused, failed };
Outcome outcome_of(const ledger::RequestRecord& r);
const char* to_string(Outcome o);

}  // namespace switchyard::admin
