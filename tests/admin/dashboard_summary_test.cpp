// The dashboard's figures over hand-made records (an in-memory store): the
// window's intervals, nearest-rank percentiles, how each record ended and
// where each class went, the rankings, the cascade rate, and the tail's
// order and limit; the queries' mistakes named.
#include "switchyard/admin/dashboard_summary.hpp"

#include <gtest/gtest.h>

#include "support/json_compare.hpp"
#include "switchyard/admin/query_params.hpp"
#include "switchyard/admin/request_tail.hpp"

namespace switchyard::admin {
namespace {

using testing::Parsed;
using testing::str;

// Records in memory, scanned like a store (time_ms >= since, in order).
class MemoryStore : public ledger::RecordStore {
 public:
  std::vector<ledger::RequestRecord> records;
  using RecordStore::append;
  core::Expected<ledger::ChainHead> head() override { return ledger::ChainHead{}; }
  std::optional<core::Error> append(std::vector<ledger::RequestRecord>& batch,
                                    const ledger::JournalMark*) override {
    for (auto& r : batch) {
      r.seq = static_cast<std::int64_t>(records.size()) + 1;
      records.push_back(r);
    }
    return std::nullopt;
  }
  core::Expected<std::int64_t> journal_mark(std::uint64_t) override { return 0; }
  std::optional<core::Error> scan(
      std::int64_t since_ms,
      const std::function<bool(const ledger::RequestRecord&)>& visit) override {
    for (const auto& r : records)
      if (r.time_ms >= since_ms && !visit(r)) break;
    return std::nullopt;
  }
};

constexpr std::int64_t kNow = 1'800'000'000'000;  // ms

ledger::RequestRecord served(std::int64_t ago_ms, const std::string& side, std::int64_t ms,
                             double cost = 0, double counterfactual = 0) {
  ledger::RequestRecord r;
  r.time_ms = kNow - ago_ms;
  r.request_id = "req_" + std::to_string(ago_ms);
  r.side = side;
  r.deployment = side + "-dep";
  r.status = 200;
  r.data_class = "public";
  r.route_rule = "default";
  r.duration_us = ms * 1000;
  r.gateway_us = 100;
  r.cost_usd = cost;
  r.counterfactual_usd = counterfactual;
  return r;
}

TEST(DashboardSummary, IntervalsPercentilesAndOutcomes) {
  MemoryStore store;
  std::vector<ledger::RequestRecord> batch;
  // Ten served requests of 1..10 ms, 5 s apart, the oldest 50 s ago;
  // odd ones local.
  for (int i = 1; i <= 10; ++i)
    batch.push_back(served(55'000 - i * 5'000, i % 2 ? "local" : "cloud", i, i % 2 ? 0 : 0.5, 1.0));
  // A restricted request refused (nothing sent), a failed one, one outside the window.
  ledger::RequestRecord refused = served(1'000, "", 0);
  refused.deployment.clear();
  refused.status = 503;
  refused.data_class = "restricted";
  batch.push_back(refused);
  ledger::RequestRecord failed = served(1'000, "cloud", 7);
  failed.status = 502;
  batch.push_back(failed);
  batch.push_back(served(120'000, "cloud", 1000, 100, 100));
  ASSERT_FALSE(store.append(batch));

  DashboardQuery q;
  q.since_ms = 60'000;
  q.buckets = 6;
  auto json = dashboard_json(store, q, kNow, {});
  ASSERT_TRUE(json) << json.error().message;
  Parsed d(*json);
  EXPECT_EQ(d["/bucket_ms"].get_int64().value(), 10'000);
  EXPECT_EQ(d["/totals/requests"].get_int64().value(), 12);
  EXPECT_EQ(d["/totals/served"].get_int64().value(), 10);
  EXPECT_EQ(d["/totals/local"].get_int64().value(), 5);
  EXPECT_EQ(d["/totals/cloud"].get_int64().value(), 5);
  EXPECT_EQ(d["/totals/refused"].get_int64().value(), 1);
  EXPECT_EQ(d["/totals/failed"].get_int64().value(), 1);
  EXPECT_DOUBLE_EQ(d["/totals/cost_usd"].get_double().value(), 2.5);
  EXPECT_DOUBLE_EQ(d["/totals/counterfactual_usd"].get_double().value(), 10.0);
  EXPECT_DOUBLE_EQ(d["/totals/savings_usd"].get_double().value(), 7.5);
  // Requests 50, 45, ..., 5 s ago, in intervals of 10 s from 60 s ago:
  // none in the first, two in each other; the last also holds the two
  // not served 1 s ago.
  const int want_served[] = {0, 2, 2, 2, 2, 2};
  for (int i = 0; i < 6; ++i) {
    const std::string b = std::to_string(i);
    EXPECT_EQ(
        d["/series/local/" + b].get_int64().value() + d["/series/cloud/" + b].get_int64().value(),
        want_served[i])
        << i;
  }
  EXPECT_EQ(d["/series/not_served/5"].get_int64().value(), 2);
  // Nearest rank over 1..10 ms: p50 the 5th, p90 the 9th, p99 the 10th.
  EXPECT_DOUBLE_EQ(d["/latency/all/p50_ms"].get_double().value(), 5.0);
  EXPECT_DOUBLE_EQ(d["/latency/all/p90_ms"].get_double().value(), 9.0);
  EXPECT_DOUBLE_EQ(d["/latency/all/p99_ms"].get_double().value(), 10.0);
  EXPECT_DOUBLE_EQ(d["/latency/all/max_ms"].get_double().value(), 10.0);
  // local: 1, 3, 5, 7, 9 → p50 the 3rd (5 ms); cloud 2..10 → 6 ms.
  EXPECT_DOUBLE_EQ(d["/latency/local/p50_ms"].get_double().value(), 5.0);
  EXPECT_DOUBLE_EQ(d["/latency/cloud/p50_ms"].get_double().value(), 6.0);
  EXPECT_DOUBLE_EQ(d["/latency/gateway/p50_ms"].get_double().value(), 0.1);
  // Privacy: public first, then restricted.
  EXPECT_EQ(str(d["/privacy/classes/0/data_class"]), "public");
  EXPECT_EQ(d["/privacy/classes/0/failed"].get_int64().value(), 1);
  EXPECT_EQ(str(d["/privacy/classes/1/data_class"]), "restricted");
  EXPECT_EQ(d["/privacy/classes/1/refused"].get_int64().value(), 1);
  EXPECT_EQ(d["/privacy/refusals/0/status"].get_int64().value(), 503);
  // Models: the five cloud answers and the failure on cloud-dep.
  EXPECT_EQ(str(d["/top/models/0/name"]), "cloud-dep");
  EXPECT_EQ(d["/top/models/0/requests"].get_int64().value(), 6);
  EXPECT_EQ(d["/top/models/0/served"].get_int64().value(), 5);
}

TEST(DashboardSummary, CascadeRateAndEngines) {
  MemoryStore store;
  std::vector<ledger::RequestRecord> batch;
  for (const char* verdict : {"kept; confidence=0.9", "escalated; confidence=0.2", "kept", ""}) {
    batch.push_back(served(1'000, "local", 3));
    batch.back().cascade = verdict;
  }
  batch[1].cascade_first_cost_usd = 0.25;
  ASSERT_FALSE(store.append(batch));
  EngineLoad e;
  e.provider = "engine";
  e.queued_requests = 2;
  e.active_sequences = 1;
  e.decoded_tokens = 1234;
  auto json = dashboard_json(store, DashboardQuery{}, kNow, {e});
  ASSERT_TRUE(json);
  Parsed d(*json);
  EXPECT_EQ(d["/cascade/runs"].get_int64().value(), 3);
  EXPECT_EQ(d["/cascade/escalated"].get_int64().value(), 1);
  EXPECT_DOUBLE_EQ(d["/cascade/escalation_rate"].get_double().value(), 1.0 / 3);
  // An escalated cascade's first attempt is spend (as in the cost report).
  EXPECT_DOUBLE_EQ(d["/totals/cost_usd"].get_double().value(), 0.25);
  EXPECT_EQ(str(d["/engines/0/provider"]), "engine");
  EXPECT_EQ(d["/engines/0/queued_requests"].get_int64().value(), 2);
  EXPECT_EQ(d["/engines/0/decoded_tokens"].get_uint64().value(), 1234u);
}

TEST(RequestTail, NewestFirstUpToTheLimit) {
  MemoryStore store;
  std::vector<ledger::RequestRecord> batch;
  for (int i = 5; i >= 1; --i) batch.push_back(served(i * 1'000, "local", 1));
  batch.back().cascade = "escalated; margin=0.1";
  batch.back().caller = "fp-should-not-show";
  ASSERT_FALSE(store.append(batch));
  TailQuery q;
  q.limit = 3;
  auto json = request_tail_json(store, q, kNow);
  ASSERT_TRUE(json);
  Parsed t(*json);
  EXPECT_EQ(str(t["/data/0/request_id"]), "req_1000");
  EXPECT_EQ(str(t["/data/1/request_id"]), "req_2000");
  EXPECT_EQ(str(t["/data/2/request_id"]), "req_3000");
  EXPECT_FALSE(t.has("/data/3"));
  EXPECT_EQ(str(t["/data/0/cascade"]), "escalated");
  EXPECT_EQ(str(t["/data/0/time"]), "2027-01-15T07:59:59.000Z");
  EXPECT_EQ(json->find("fp-should-not-show"), std::string::npos);
}

TEST(AdminQueries, ParametersAndTheirMistakes) {
  const auto p = parse_query("since=1%32h&&by=a+b&flag");
  ASSERT_EQ(p.size(), 3u);
  EXPECT_EQ(p[0], (std::pair<std::string, std::string>("since", "12h")));
  EXPECT_EQ(p[1], (std::pair<std::string, std::string>("by", "a b")));
  EXPECT_EQ(p[2], (std::pair<std::string, std::string>("flag", "")));
  EXPECT_EQ(query_of("/admin/x?a=1"), "a=1");
  EXPECT_EQ(query_of("/admin/x"), "");

  auto q = parse_dashboard_query("since=30m&buckets=720");
  ASSERT_TRUE(q);
  EXPECT_EQ(q->since_ms, 30 * 60'000);
  EXPECT_EQ(q->buckets, 720);
  for (const auto& [text, param] :
       std::vector<std::pair<std::string, std::string>>{{"since=0s", "since"},
                                                        {"since=x", "since"},
                                                        {"buckets=", "buckets"},
                                                        {"buckets=1e3", "buckets"},
                                                        {"buckets=99999", "buckets"},
                                                        {"key=abc", "key"}}) {
    auto bad = parse_dashboard_query(text);
    ASSERT_FALSE(bad) << text;
    EXPECT_EQ(bad.error().status, 400) << text;
    EXPECT_EQ(bad.error().param, param) << text;
    EXPECT_EQ(bad.error().code, "invalid_dashboard_query");
  }
  auto t = parse_tail_query("limit=500&since=2h");
  ASSERT_TRUE(t);
  EXPECT_EQ(t->limit, 500);
  EXPECT_EQ(t->since_ms, 2 * 3'600'000);
  EXPECT_FALSE(parse_tail_query("limit=501"));
  EXPECT_EQ(parse_tail_query("limit=-1").error().param, "limit");
}

}  // namespace
}  // namespace switchyard::admin
