// Break-even and the recommendation rules on workloads made by hand, one
// rule at a time, with the edges of each.
#include <gtest/gtest.h>

#include "plan/plan_fixture.hpp"
#include "switchyard/plan/recommendation.hpp"

namespace switchyard::plan {
namespace {

using namespace plan::testing;

// n requests of 1,000 in + 100 out at the reference price: $0.0035 each;
// on the small box 1 s + 1 s = 2 s each.
Workload workload(std::int64_t n) {
  Workload w;
  w.requests = w.served = w.served_cloud = n;
  w.prompt_tokens = 1000 * n;
  w.completion_tokens = 100 * n;
  w.cloud_usd = w.cost_usd = 0.0035 * static_cast<double>(n);
  w.classes["public"] = n;
  return w;
}

TEST(BreakEven, IsTheFleetsMonthlyCostOverACloudRequest) {
  const Projection p = project(workload(1000), 1.0, small_box());
  // $14.60 / $0.0035 = 4,171.43 requests a month.
  ASSERT_TRUE(p.break_even_requests);
  EXPECT_NEAR(*p.break_even_requests, 14.60 / 0.0035, 1e-9);
  EXPECT_FALSE(p.never);
  // The two lines meet there.
  Hardware hw = small_box();
  EXPECT_NEAR(all_cloud_usd_at(p, *p.break_even_requests), 14.60, 1e-9);
  EXPECT_NEAR(all_local_usd_at(p, hw, *p.break_even_requests), 14.60, 1e-9);
}

TEST(BreakEven, MoreMachinesAreBoughtWholeWhenOneIsFull) {
  // One machine gives 730 h × 3600 × 0.5 = 1,314,000 s; at 2 s a request
  // that is 657,000 requests. One more needs a second machine.
  const Projection p = project(workload(657'000), 1.0, small_box());
  EXPECT_EQ(p.machines, 1);
  const Projection q = project(workload(657'001), 1.0, small_box());
  EXPECT_EQ(q.machines, 2);
  EXPECT_NEAR(*q.all_local_usd, 29.20, 1e-9);
  Hardware hw = small_box();
  EXPECT_NEAR(all_local_usd_at(p, hw, 657'000 * 3.0), 43.80, 1e-9);
}

TEST(BreakEven, NeverWhenARequestCostsMoreLocallyAtCapacity) {
  Hardware slow = small_box();
  slow.hourly_usd = 40;  // 2 s × $40 / 3600 / 0.5 = $0.0444 > $0.0035
  const Projection p = project(workload(100'000), 1.0, slow);
  EXPECT_TRUE(p.never);
  EXPECT_FALSE(p.break_even_requests);
  const Recommendation r = recommend(workload(100'000), p, true);
  EXPECT_EQ(r.verdict, Verdict::cloud);
  EXPECT_EQ(r.reasons[0],
            "no payback: a request costs $0.044444 on the hardware at its usable capacity and "
            "$0.003500 in the cloud, so no volume makes owned hardware pay");
}

TEST(BreakEven, UnknownWithoutHardware) {
  const Projection p = project(workload(1000), 1.0, std::nullopt);
  EXPECT_FALSE(p.all_local_usd);
  EXPECT_FALSE(p.break_even_requests);
  EXPECT_FALSE(p.never);
}

TEST(Recommend, AtTheBreakEvenVolumeIsLocal) {
  // 14.60 / 0.0035 = 4171.4: 4,172 a month is over it, 4,171 under.
  const Workload over = workload(4172), under = workload(4171);
  EXPECT_EQ(recommend(over, project(over, 1.0, small_box()), true).verdict, Verdict::local);
  EXPECT_EQ(recommend(under, project(under, 1.0, small_box()), true).verdict, Verdict::hybrid);
}

TEST(Recommend, UnderAQuarterOfTheBreakEvenIsAPrototype) {
  // A quarter of 4,171.43 is 1,042.86.
  const Workload a = workload(1042), b = workload(1043);
  const auto ra = recommend(a, project(a, 1.0, small_box()), true);
  EXPECT_EQ(ra.verdict, Verdict::cloud);
  EXPECT_EQ(ra.reasons[0].rfind("prototype volume: 1042 requests/month is 25% of", 0), 0u)
      << ra.reasons[0];
  EXPECT_EQ(recommend(b, project(b, 1.0, small_box()), true).verdict, Verdict::hybrid);
}

TEST(Recommend, WithoutHardwareVolumeAloneSaysPrototypeOrHybrid) {
  const Workload small = workload(999), big = workload(1000);
  const auto rs = recommend(small, project(small, 1.0, std::nullopt), false);
  EXPECT_EQ(rs.verdict, Verdict::cloud);
  const auto rb = recommend(big, project(big, 1.0, std::nullopt), false);
  EXPECT_EQ(rb.verdict, Verdict::hybrid);
  EXPECT_EQ(rb.reasons[0],
            "1000 requests/month; give a hardware profile (--hardware) to weigh it against owned "
            "machines");
}

TEST(Recommend, RegulationComesBeforeEverythingElse) {
  Workload w = workload(10);  // a prototype's volume
  w.local_only = 5;           // half restricted: the threshold
  w.local_only_classes = {"restricted"};
  w.cascades = 100;
  w.escalated = 90;  // and a capability need
  EXPECT_EQ(recommend(w, project(w, 1.0, small_box()), true).verdict, Verdict::local_required);
  w.local_only = 4;  // under half: the other rules decide, the note stays
  const auto r = recommend(w, project(w, 1.0, small_box()), true);
  EXPECT_EQ(r.verdict, Verdict::cloud);
  ASSERT_EQ(r.reasons.size(), 2u);
  EXPECT_EQ(r.reasons[1],
            "whatever the verdict, 40% of its requests (4) are classed restricted, which the "
            "privacy policy keeps off the cloud: those stay local");
}

TEST(Recommend, CapabilityNeedsEnoughCascadesAndEscalations) {
  Workload w = workload(100'000);  // volume says local
  w.cascades = 19;
  w.escalated = 19;  // too few cascades to say
  EXPECT_EQ(recommend(w, project(w, 1.0, small_box()), true).verdict, Verdict::local);
  w.cascades = 20;
  w.escalated = 4;  // 20%: under a quarter
  EXPECT_EQ(recommend(w, project(w, 1.0, small_box()), true).verdict, Verdict::local);
  w.escalated = 5;  // 25%
  EXPECT_EQ(recommend(w, project(w, 1.0, small_box()), true).verdict, Verdict::cloud);
}

TEST(Recommend, EvidenceSaysWhatTheLedgerHasAndHasNot) {
  const Workload w = workload(10);
  const auto r = recommend(w, project(w, 1.0, small_box()), true);
  ASSERT_GE(r.evidence.size(), 2u);
  EXPECT_EQ(r.evidence[0], "no cascade ran for this workload: no judged answers in the ledger");
  EXPECT_EQ(r.evidence[1], "no feedback scores: the ledger records none");
}

}  // namespace
}  // namespace switchyard::plan
