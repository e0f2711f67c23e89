// The planner's arithmetic on a fixture ledger (plan_fixture.hpp) against
// figures worked out by hand, written here with their working.
#include <gtest/gtest.h>

#include "plan/plan_fixture.hpp"
#include "support/temp_ledger.hpp"
#include "switchyard/ledger/sqlite_store.hpp"
#include "switchyard/plan/plan_report.hpp"

namespace switchyard::plan {
namespace {

using namespace plan::testing;

class PlanArithmetic : public ::testing::Test {
 protected:
  void SetUp() override {
    auto store = ledger::SqliteStore::open({ledger_.path()});
    ASSERT_TRUE(store.ok()) << store.error().message;
    std::vector<ledger::RequestRecord> batch = fixture_records();
    ASSERT_FALSE((*store)->append(batch));
    TrafficOptions o;
    o.since_ms = kSinceMs;
    o.now_ms = kNowMs;
    o.reference = reference_price();
    auto traffic = analyse_traffic(**store, o);
    ASSERT_TRUE(traffic.ok()) << traffic.error().message;
    report_ = make_plan(std::move(*traffic), small_box());
  }

  const WorkloadPlan& find(const std::string& task) const {
    for (const auto& wp : report_.workloads)
      if (wp.workload.key.task == task) return wp;
    ADD_FAILURE() << "no workload with task '" << task << "'";
    return report_.total;
  }

  switchyard::testing::TempLedger ledger_{"plan-arithmetic"};
  PlanReport report_;
};

TEST_F(PlanArithmetic, TheWindowIsAMonthAndTheRecordsOutsideItAreLeftOut) {
  EXPECT_EQ(report_.records, 2150);  // 2,000 + 100 + 40 + 10; two outside
  EXPECT_NEAR(report_.window_days, 365.0 / 12, 1e-9);
  EXPECT_NEAR(report_.monthly_factor, 1.0, 1e-12);
}

TEST_F(PlanArithmetic, WorkloadsAreGroupedByTaskRuleAndTeamDearestFirst) {
  ASSERT_EQ(report_.workloads.size(), 4u);
  EXPECT_EQ(report_.workloads[0].workload.key.label(), "task=summarise rule=default team=ops");
  EXPECT_EQ(report_.workloads[1].workload.key.label(),
            "task=legal-draft rule=cascade-drafts team=legal");
  EXPECT_EQ(report_.workloads[2].workload.key.label(), "task=(none) rule=default team=(none)");
  EXPECT_EQ(report_.workloads[3].workload.key.label(), "task=payroll rule=hr-local team=hr");
}

// A: 2,000 cloud requests of 4,000 in + 1,000 out.
TEST_F(PlanArithmetic, AVolumeWorkloadOverItsBreakEvenGoesLocal) {
  const WorkloadPlan& a = find("summarise");
  const Workload& w = a.workload;
  const Projection& p = a.projection;
  EXPECT_EQ(w.requests, 2000);
  EXPECT_EQ(w.served_cloud, 2000);
  EXPECT_EQ(w.prompt_tokens, 8'000'000);
  EXPECT_EQ(w.completion_tokens, 2'000'000);
  EXPECT_EQ(w.classes.at("public"), 2000);
  // Durations 10, 20, ... 1000 ms, 20 of each: the 1,000th is 500 ms, the
  // 1,900th 950 ms (nearest rank).
  EXPECT_DOUBLE_EQ(w.latency.p50_ms, 500);
  EXPECT_DOUBLE_EQ(w.latency.p95_ms, 950);
  EXPECT_NEAR(p.requests_per_month, 2000, 1e-9);
  EXPECT_NEAR(p.hybrid_usd, 40.00, 1e-9);  // 2,000 × $0.02
  // 4,000 × $2.50/1M + 1,000 × $10/1M = $0.01 + $0.01 = $0.02 a request.
  ASSERT_TRUE(p.all_cloud_usd);
  EXPECT_NEAR(*p.all_cloud_usd, 40.00, 1e-9);
  EXPECT_NEAR(p.cloud_usd_per_request, 0.02, 1e-12);
  // Machine time: 4,000 / 1,000 + 1,000 / 100 = 14 s a request; 28,000 s
  // = 7.78 h a month, well inside one machine's 365 usable hours.
  EXPECT_NEAR(p.machine_hours, 28000.0 / 3600, 1e-9);
  EXPECT_EQ(p.machines, 1);
  ASSERT_TRUE(p.all_local_usd);
  EXPECT_NEAR(*p.all_local_usd, 14.60, 1e-9);  // 1 × $0.02 × 730 h
  // At capacity: 14 s × $0.02 / 3600 / 0.5 = $0.000155556 a request.
  EXPECT_NEAR(p.local_usd_per_request, 14 * 0.02 / 3600 / 0.5, 1e-12);
  // Break-even: $14.60 / $0.02 = 730 requests a month.
  ASSERT_TRUE(p.break_even_requests);
  EXPECT_NEAR(*p.break_even_requests, 730, 1e-9);
  EXPECT_EQ(a.recommendation.verdict, Verdict::local);
  ASSERT_FALSE(a.recommendation.reasons.empty());
  EXPECT_EQ(a.recommendation.reasons[0],
            "volume: 2000 requests/month is over the break-even of 730; cost at scale: all-local "
            "$14.60/month against all-cloud $40.00");
}

// B: 100 restricted requests served locally.
TEST_F(PlanArithmetic, RestrictedDataStaysLocalWhateverItsVolume) {
  const WorkloadPlan& b = find("payroll");
  EXPECT_EQ(b.workload.local_only, 100);
  EXPECT_EQ(b.workload.served_local, 100);
  EXPECT_NEAR(b.projection.hybrid_usd, 0, 1e-12);
  // 1,000 × $2.5/1M + 200 × $10/1M = $0.0045 a request.
  EXPECT_NEAR(*b.projection.all_cloud_usd, 0.45, 1e-9);
  EXPECT_NEAR(b.projection.machine_hours, 100 * 3.0 / 3600, 1e-12);  // 1 s + 2 s each
  EXPECT_DOUBLE_EQ(b.workload.latency.p50_ms, 349);                  // 300..399 ms: the 50th
  EXPECT_DOUBLE_EQ(b.workload.latency.p95_ms, 394);
  EXPECT_EQ(b.recommendation.verdict, Verdict::local_required);
  EXPECT_EQ(b.recommendation.reasons[0],
            "regulated data: 100% of its requests (100) are classed restricted, which the "
            "privacy policy keeps off the cloud");
}

// C: 40 cascades, 30 escalated.
TEST_F(PlanArithmetic, EscalatedCascadesAreEvidenceOfACapabilityNeed) {
  const WorkloadPlan& c = find("legal-draft");
  EXPECT_EQ(c.workload.cascades, 40);
  EXPECT_EQ(c.workload.escalated, 30);
  EXPECT_DOUBLE_EQ(c.workload.escalation_rate(), 0.75);
  EXPECT_EQ(c.workload.redact_for_cloud, 40);            // confidential: redacted for the cloud
  EXPECT_NEAR(c.projection.hybrid_usd, 0.39, 1e-9);      // 30 × $0.013
  EXPECT_NEAR(*c.projection.all_cloud_usd, 0.52, 1e-9);  // 40 × $0.013
  EXPECT_EQ(c.recommendation.verdict, Verdict::cloud);
  EXPECT_EQ(c.recommendation.reasons[0],
            "capability: the local model's answers were escalated in 75% of 40 cascades (at "
            "least 25% says the workload needs the cloud model)");
  EXPECT_EQ(c.recommendation.evidence[0],
            "cascade: 40 local answers judged, 30 escalated as weak (75%)");
}

// D: 10 small requests.
TEST_F(PlanArithmetic, ALowVolumeWorkloadIsAPrototypeForTheCloud) {
  const WorkloadPlan& d = find("");
  // 100 × $2.5/1M + 50 × $10/1M = $0.00075 a request; $14.60 / $0.00075.
  EXPECT_NEAR(*d.projection.break_even_requests, 14.60 / 0.00075, 1e-6);
  EXPECT_EQ(d.recommendation.verdict, Verdict::cloud);
  EXPECT_EQ(d.recommendation.reasons[0],
            "prototype volume: 10 requests/month is 0% of the break-even of 19467; pay per token "
            "in the cloud until it grows");
}

TEST_F(PlanArithmetic, TheTotalPutsEveryWorkloadOnOneFleet) {
  const Projection& t = report_.total.projection;
  EXPECT_EQ(report_.total.workload.requests, 2150);
  EXPECT_NEAR(t.hybrid_usd, 40.0 + 0.39 + 0.0075, 1e-9);
  EXPECT_NEAR(*t.all_cloud_usd, 40.0 + 0.45 + 0.52 + 0.0075, 1e-9);
  // 28,000 + 300 + 400 + 6 machine seconds.
  EXPECT_NEAR(t.machine_hours, 28706.0 / 3600, 1e-9);
  EXPECT_EQ(t.machines, 1);
  EXPECT_NEAR(*t.all_local_usd, 14.60, 1e-9);
  EXPECT_NEAR(*t.break_even_requests, 14.60 / (40.9775 / 2150), 1e-6);
  EXPECT_TRUE(report_.total.recommendation.reasons.empty()) << "workloads get verdicts, not sums";
}

TEST_F(PlanArithmetic, WithoutAReferenceTheRecordsCounterfactualIsTheCloudPrice) {
  auto store = ledger::SqliteStore::open({ledger_.path()});
  ASSERT_TRUE(store.ok());
  TrafficOptions o;
  o.since_ms = kSinceMs;
  o.now_ms = kNowMs;
  auto traffic = analyse_traffic(**store, o);
  ASSERT_TRUE(traffic.ok());
  EXPECT_FALSE(traffic->reference_given);
  // Only A's records carry a counterfactual ($0.02 each).
  EXPECT_NEAR(traffic->total.cloud_usd, 40.0, 1e-9);
}

TEST_F(PlanArithmetic, AShorterLedgerIsScaledToAMonth) {
  auto store = ledger::SqliteStore::open({ledger_.path()});
  ASSERT_TRUE(store.ok());
  TrafficOptions o;
  o.since_ms = kSinceMs - 5 * kMonthMs;  // asks for more than the ledger holds
  o.now_ms = kSinceMs + kMonthMs / 2;    // and ends half-way: 15.2 days observed
  auto traffic = analyse_traffic(**store, o);
  ASSERT_TRUE(traffic.ok());
  // The window starts at the first record (the one before kSinceMs).
  EXPECT_NEAR(traffic->window_days, (kMonthMs / 2 + 1) / 86'400'000.0, 1e-9);
  EXPECT_NEAR(traffic->monthly_factor, (365.0 / 12) / traffic->window_days, 1e-12);
}

TEST_F(PlanArithmetic, TheTextReportSaysTheFiguresAboveOncePerWorkload) {
  const std::string text = plan_text(report_);
  EXPECT_NE(text.find("switchyard plan: 2,150 records since 2026-10-31T14:00:00Z (30.4 days "
                      "observed; a month is 1.00 times that)"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("workload 1: task=summarise rule=default team=ops\n"
                      "  volume        2,000 requests (2,000 served: 0 local, 2,000 cloud) = "
                      "2,000 / month\n"
                      "  tokens        per request 4000 in (0 cache read, 0 cache write), 1000 out "
                      "(0 reasoning)\n"
                      "  data classes  public 100%\n"
                      "  latency       p50 500 ms, p95 950 ms (cloud p50 500 / p95 950 ms)\n"
                      "  cost / month  hybrid (now) $40.00, all-cloud $40.00, all-local $14.60 "
                      "(1 machine, 7.8 machine-hours of work)\n"
                      "  break-even    730 requests/month (now 274% of it;"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("  recommend     local (required)\n"), std::string::npos);
  EXPECT_NE(text.find("all traffic (4 workloads on one fleet)"), std::string::npos);
}

}  // namespace
}  // namespace switchyard::plan
