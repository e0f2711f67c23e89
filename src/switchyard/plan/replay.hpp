// `switchyard replay`: a candidate policy's routing decisions over logged
// traffic, without calling any model. Each record's facts (what the record
// holds, and its route_facts: recorded_facts.hpp) go through the candidate
// configuration's router (routing/, as a library) and then its privacy
// filter, exactly as the gateway would: the first permitted candidate is
// where the request would go. The current configuration's router runs on
// the same facts, so a difference is the policy's, not a fallback's or a
// spill's on the day.
//
// Privacy stays a hard filter here too: the class is the recorded one,
// raised (never lowered) to what the candidate's policy says of the
// recorded entity types and base class, a class the candidate does not
// know counts as its highest, and a key that kept a request off the cloud
// keeps it off. Requests the candidate's rules would send to the cloud but
// the filter keeps off are listed, with those that would newly reach the
// cloud, before anything else.
//
// Projected cost: the recorded tokens at the price of the deployment that
// would serve them. A cascade's first deployment serves it; its `then`
// adds its cost at the escalation rate the window's cascades show.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "switchyard/config/config.hpp"
#include "switchyard/core/error.hpp"
#include "switchyard/ledger/record_store.hpp"
#include "switchyard/privacy/data_class.hpp"
#include "switchyard/routing/router.hpp"

namespace switchyard::plan {

// One configuration as replay uses it.
struct Policy {
  const config::Config* config = nullptr;
  const routing::Router* router = nullptr;
  privacy::PrivacyPolicy privacy;
};

// Where a request goes under a policy.
enum class Outcome : std::uint8_t {
  local,
  cloud,
  refused_by_rule,   // 403: the rule refuses
  refused_privacy,   // 503: the privacy filter left nothing
  refused_no_route,  // 503/404: nothing to try (virtual alias, price cap, unknown model)
};
const char* to_string(Outcome o);

struct Decision {
  Outcome outcome = Outcome::refused_no_route;
  std::string rule;        // the rule that made the plan; "default"
  std::string deployment;  // the one that would serve; "" when refused
  double cost_usd = 0;
  // The plan put a cloud deployment before any permitted one, and the
  // privacy filter dropped it.
  bool cloud_filtered = false;
  std::string filtered;  // those deployments' names
  // A cascade: what its `then` would cost, added at the escalation rate.
  double then_usd = 0;
};

// A request class: what a change is reported by.
struct ClassKey {
  std::string data_class;
  std::string task;
  std::string model;
  auto operator<=>(const ClassKey&) const = default;
};

struct Change {
  ClassKey key;
  Outcome from = Outcome::local;  // under the current policy (replayed)
  Outcome to = Outcome::local;    // under the candidate
  std::string from_rule, to_rule;
  std::string from_deployment, to_deployment;
  std::string filtered;         // cloud deployments the filter dropped (candidate)
  bool aimed_at_cloud = false;  // the candidate's plan led with one of them
  std::int64_t requests = 0;
  double current_usd = 0;
  double candidate_usd = 0;
  double current_then_usd = 0, candidate_then_usd = 0;  // cascades' `then`, before the rate
};

struct Split {
  std::int64_t local = 0, cloud = 0, refused = 0;
  double cost_usd = 0;  // with cascades' `then` at the escalation rate
  double then_usd = 0;  // before the rate
  void add(Outcome o, double usd, double then_usd = 0);
};

struct ReplayReport {
  std::int64_t since_ms = 0, now_ms = 0;
  std::int64_t records = 0;  // routed records replayed
  double window_days = 0;    // as the plan counts it (workload.hpp)
  double monthly_factor = 0;
  std::int64_t skipped = 0;  // refused before routing (no rule, no facts to replay)
  Split recorded, current, candidate;
  double escalation_rate = 0;  // the window's cascades
  std::int64_t cascades = 0;
  // Listed first: classes the candidate sends to the cloud that did not go
  // there; then those its rules aim at the cloud but the filter keeps off.
  std::vector<Change> newly_cloud;
  std::vector<Change> privacy_filtered;
  std::vector<Change> leaving_cloud;
  std::vector<Change> other_changes;  // refusals and moves within a side
  // Facts some records lack (older records; the difficulty and the local
  // load, measured only when a rule asked, only when the candidate reads
  // them), with how many, and the facts the candidate's rules read.
  std::map<std::string, std::int64_t> unavailable;
  std::vector<std::string> candidate_reads;
  // The candidate's rule over a class of data the privacy filter would
  // ever let reach the cloud: a restricted request served by the cloud
  // would be a bug (replay's own check: always 0).
  std::int64_t local_only_to_cloud = 0;
};

struct ReplayWindow {
  std::int64_t since_ms = 0;
  std::int64_t now_ms = 0;
};

core::Expected<ReplayReport> replay(ledger::RecordStore& store, const ReplayWindow& window,
                                    const Policy& current, const Policy& candidate);

std::string replay_text(const ReplayReport& report);
std::string replay_json(const ReplayReport& report);

}  // namespace switchyard::plan
