// Admission (limits/admission.hpp): rate limits and budgets taken together,
// all or nothing, in one process (SeparateAdmission over the in-memory
// stores) and in Redis (RedisAdmission: one script, on a real redis-server
// on loopback, tests/support/test_servers.hpp). The same cases run against
// both: each refusal names its limit or budget with a Retry-After, a
// refusal takes nothing, a cancel gives everything back, the overshoot of
// a budget is bounded by the requests in flight. Then what only Redis has:
// one round trip to admit and one to settle, the scripts loaded again
// after Redis forgot them, the month seeded from the ledger, and two
// replicas sharing one budget and one concurrency limit.
#include "switchyard/limits/admission.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

#include "support/test_servers.hpp"
#include "switchyard/limits/in_memory_budget_store.hpp"
#include "switchyard/limits/in_memory_limit_store.hpp"
#include "switchyard/limits/redis_admission.hpp"

namespace switchyard::limits {
namespace {

using std::chrono::milliseconds;

// 2026-12-03T12:00:00Z (the budget windows are the caller's time).
constexpr std::int64_t kNoon = 1'796'299'200'000;
constexpr std::int64_t kMidnight = 1'796'342'400'000;  // the day's end

// One gateway's stores and its admission over them.
struct Replica {
  std::unique_ptr<LimitStore> limits;
  std::unique_ptr<BudgetStore> budgets;
  std::unique_ptr<Admission> admission;
};

class AdmissionTest : public ::testing::TestWithParam<bool> {
 protected:
  bool redis() const { return GetParam(); }
  void SetUp() override {
    if (redis()) {
      url_ = testing::TestServers::get().redis_url();
      ASSERT_FALSE(url_.empty()) << testing::TestServers::get().why();
      prefix_ = testing::unique_test_name("adm") + ":";
    }
  }
  Replica open(SpendSeed seed = {}) {
    Replica r;
    if (!redis()) {
      r.limits = std::make_unique<InMemoryLimitStore>();
      r.budgets = std::make_unique<InMemoryBudgetStore>();
    } else {
      RedisLimitOptions lo;
      lo.redis.url = url_;
      lo.redis.retry_after_failure = milliseconds(0);
      lo.prefix = prefix_;
      auto l = RedisLimitStore::open(lo);
      EXPECT_TRUE(l) << l.error().message;
      RedisBudgetOptions bo;
      bo.redis = lo.redis;
      bo.prefix = prefix_;
      bo.seed = std::move(seed);
      auto b = RedisBudgetStore::open(std::move(bo));
      EXPECT_TRUE(b) << b.error().message;
      if (!l || !b) return r;
      r.limits = std::move(*l);
      r.budgets = std::move(*b);
    }
    r.admission = make_admission(*r.limits, *r.budgets);
    EXPECT_EQ(dynamic_cast<RedisAdmission*>(r.admission.get()) != nullptr, redis());
    return r;
  }

  std::string url_;
  std::string prefix_;
};

Ask ask(Limits l, std::int64_t tokens = 0, Budgets b = {}, double usd = 0) {
  Ask a;
  a.limits = l;
  a.tokens = tokens;
  a.budgets = b;
  a.usd = usd;
  a.now_ms = kNoon;
  return a;
}

TEST_P(AdmissionTest, ConcurrencyRefusalIsNamedAndEachSettleGivesASlotBack) {
  Replica r = open();
  const Ask a = ask({.max_concurrent = 2});
  for (int i = 0; i < 2; ++i) ASSERT_TRUE(r.admission->admit("k", a).held) << i;
  EXPECT_EQ(r.limits->in_flight("k"), 2);
  Verdict v = r.admission->admit("k", a);
  ASSERT_TRUE(v.limit);
  EXPECT_FALSE(v.held);
  EXPECT_EQ(v.limit->limit, Limit::concurrency);
  EXPECT_EQ(v.limit->allowed, 2);
  EXPECT_EQ(v.limit->retry_after, milliseconds(1000));
  r.admission->settle("k", a, false, 0, 0);
  EXPECT_EQ(r.limits->in_flight("k"), 1);
  EXPECT_TRUE(r.admission->admit("k", a).held);
}

TEST_P(AdmissionTest, RpmRefusalSaysWhenTheNextRequestFits) {
  Replica r = open();
  const Ask a = ask({.rpm = 3});
  for (int i = 0; i < 3; ++i) ASSERT_TRUE(r.admission->admit("k", a).held) << i;
  Verdict v = r.admission->admit("k", a);
  ASSERT_TRUE(v.limit);
  EXPECT_EQ(v.limit->limit, Limit::rpm);
  EXPECT_EQ(v.limit->allowed, 3);
  EXPECT_NEAR(static_cast<double>(v.limit->retry_after.count()), 20'000, 1'000);
}

TEST_P(AdmissionTest, TpmRefusalAndTheRefundOfUnusedTokensAtSettle) {
  Replica r = open();
  const Ask a = ask({.tpm = 1000}, 800);
  ASSERT_TRUE(r.admission->admit("k", a).held);
  Verdict v = r.admission->admit("k", a);
  ASSERT_TRUE(v.limit);
  EXPECT_EQ(v.limit->limit, Limit::tpm);
  EXPECT_EQ(v.limit->allowed, 1000);
  // 600 tokens short at 1000 a minute: 36 s.
  EXPECT_NEAR(static_cast<double>(v.limit->retry_after.count()), 36'000, 1'000);
  r.admission->settle("k", a, false, 100, 0);  // used 100 of 800: 700 back
  EXPECT_TRUE(r.admission->admit("k", a).held);
}

TEST_P(AdmissionTest, BudgetRefusalTakesNothingAndNamesTheWindow) {
  Replica r = open();
  const Budgets b{.day_usd = 1.0};
  const Ask a = ask({.rpm = 2, .max_concurrent = 5}, 0, b, 0.6);
  ASSERT_TRUE(r.admission->admit("k", a).held);
  Verdict v = r.admission->admit("k", a);
  ASSERT_TRUE(v.budget);
  EXPECT_FALSE(v.limit);
  EXPECT_FALSE(v.held);
  EXPECT_EQ(v.budget->period, BudgetPeriod::day);
  EXPECT_DOUBLE_EQ(v.budget->budget_usd, 1.0);
  EXPECT_NEAR(v.budget->spent_usd, 0.6, 1e-9);
  // Requests in flight hold the rest: they may settle lower, retry in 1 s.
  EXPECT_EQ(v.budget->retry_after, milliseconds(1000));
  EXPECT_EQ(r.limits->in_flight("k"), 1) << "the refused request took no slot";
  r.admission->settle("k", a, true, 0, 0.1);
  EXPECT_NEAR(r.budgets->spent("k", kNoon).day_usd, 0.1, 1e-9);
  // Its RPM was not taken either: two requests a minute, and this is the second.
  EXPECT_TRUE(r.admission->admit("k", a).held);
  r.admission->settle("k", a, true, 0, 0.95);
  v = r.admission->admit("k", ask({}, 0, b, 0.01));
  ASSERT_TRUE(v.budget);
  EXPECT_EQ(v.budget->retry_after, milliseconds(kMidnight - kNoon)) << "settled spend alone: "
                                                                       "the day's end";
}

TEST_P(AdmissionTest, LimitsWhenOverBudgetKeepsTheLimitsButNoReservation) {
  Replica r = open();
  Ask a = ask({.max_concurrent = 3}, 0, {.day_usd = 0.5}, 0.6);
  a.limits_when_over_budget = true;
  Verdict v = r.admission->admit("k", a);
  ASSERT_TRUE(v.budget);
  ASSERT_TRUE(v.held);
  EXPECT_EQ(r.limits->in_flight("k"), 1);
  EXPECT_NEAR(r.budgets->spent("k", kNoon).day_usd, 0, 1e-9);
  Hold hold(*r.admission, "k", a, /*budget_held=*/false);
  hold.settle(0, 0.2);  // a free deployment served; no budget charge
  EXPECT_EQ(r.limits->in_flight("k"), 0);
  EXPECT_NEAR(r.budgets->spent("k", kNoon).day_usd, 0, 1e-9);
}

TEST_P(AdmissionTest, CancelGivesTheSlotTokensAndReservationBack) {
  Replica r = open();
  const Ask a = ask({.tpm = 1000, .max_concurrent = 1}, 800, {.day_usd = 1.0}, 0.9);
  {
    ASSERT_TRUE(r.admission->admit("k", a).held);
    Hold hold(*r.admission, "k", a, true);
    EXPECT_EQ(r.limits->in_flight("k"), 1);
    EXPECT_NEAR(r.budgets->spent("k", kNoon).day_usd, 0.9, 1e-9);
    hold.cancel();
    EXPECT_TRUE(hold.settled());
    hold.settle(800, 0.9);  // nothing: settled once
  }
  EXPECT_EQ(r.limits->in_flight("k"), 0);
  EXPECT_NEAR(r.budgets->spent("k", kNoon).day_usd, 0, 1e-9);
  EXPECT_TRUE(r.admission->admit("k", a).held) << "the 800 tokens and the 0.9 came back";
  r.admission->settle("k", a, true, 800, 0.9);
}

TEST_P(AdmissionTest, AHoldDroppedUnsettledChargesItsEstimate) {
  Replica r = open();
  const Ask a = ask({.max_concurrent = 1}, 0, {.day_usd = 1.0}, 0.3);
  {
    ASSERT_TRUE(r.admission->admit("k", a).held);
    Hold dropped(*r.admission, "k", a, true);
  }
  EXPECT_EQ(r.limits->in_flight("k"), 0);
  EXPECT_NEAR(r.budgets->spent("k", kNoon).day_usd, 0.3, 1e-9);
}

// Ten requests in flight, each estimated at 0.1 of a 1.0 budget, each
// costing 0.15: the budget is passed by their excess (10 × 0.05), no more,
// and nothing is admitted after.
TEST_P(AdmissionTest, OvershootIsBoundedByTheRequestsInFlight) {
  Replica r = open();
  const Ask a = ask({}, 0, {.day_usd = 1.0}, 0.1);
  int admitted = 0;
  while (r.admission->admit("k", a).held) ++admitted;
  ASSERT_EQ(admitted, 10);
  for (int i = 0; i < admitted; ++i) r.admission->settle("k", a, true, 0, 0.15);
  const double spent = r.budgets->spent("k", kNoon).day_usd;
  EXPECT_NEAR(spent, 1.5, 1e-9);
  EXPECT_LE(spent, 1.0 + admitted * (0.15 - 0.1) + 1e-9);
  EXPECT_TRUE(r.admission->admit("k", a).budget);
}

INSTANTIATE_TEST_SUITE_P(Stores, AdmissionTest, ::testing::Values(false, true),
                         [](const auto& info) { return info.param ? "Redis" : "InMemory"; });

// What only the Redis admission has.
class RedisAdmissionTest : public AdmissionTest {};

TEST_P(RedisAdmissionTest, OneRoundTripToAdmitAndOneToSettle) {
  Replica r = open();
  auto& limits = dynamic_cast<RedisLimitStore&>(*r.limits);
  auto& budgets = dynamic_cast<RedisBudgetStore&>(*r.budgets);
  const Ask a = ask({.rpm = 100, .tpm = 100'000, .max_concurrent = 10}, 500, {.day_usd = 10}, 0.01);
  ASSERT_TRUE(r.admission->admit("k", a).held);  // seeds the month (two more trips)
  r.admission->settle("k", a, true, 200, 0.005);
  const auto trips = [&] { return limits.round_trips() + budgets.round_trips(); };
  const std::uint64_t before = trips();
  ASSERT_TRUE(r.admission->admit("k", a).held);
  EXPECT_EQ(trips() - before, 1u);
  r.admission->settle("k", a, true, 200, 0.005);
  EXPECT_EQ(trips() - before, 2u);

  // The same through the stores one by one: four (once their scripts are
  // loaded: a first EVALSHA answered NOSCRIPT is sent again as EVAL).
  SeparateAdmission separate(*r.limits, *r.budgets);
  ASSERT_TRUE(separate.admit("k", a).held);
  separate.settle("k", a, true, 200, 0.005);
  const std::uint64_t separately = trips();
  ASSERT_TRUE(separate.admit("k", a).held);
  separate.settle("k", a, true, 200, 0.005);
  EXPECT_EQ(trips() - separately, 4u);
  EXPECT_NEAR(r.budgets->spent("k", kNoon).day_usd, 0.02, 1e-9);
  EXPECT_EQ(r.limits->in_flight("k"), 0);
}

TEST_P(RedisAdmissionTest, ScriptsForgottenByRedisAreLoadedAgain) {
  Replica r = open();
  const Ask a = ask({.max_concurrent = 1}, 0, {.day_usd = 1.0}, 0.2);
  ASSERT_TRUE(r.admission->admit("k", a).held);
  auto admin = RedisClient::connect({url_});
  ASSERT_TRUE(admin) << admin.error().message;
  ASSERT_TRUE((*admin)->command({"SCRIPT", "FLUSH"}));
  r.admission->settle("k", a, true, 0, 0.1);
  EXPECT_EQ(r.limits->in_flight("k"), 0);
  ASSERT_TRUE((*admin)->command({"SCRIPT", "FLUSH"}));
  ASSERT_TRUE(r.admission->admit("k", a).held);
  EXPECT_NEAR(r.budgets->spent("k", kNoon).day_usd, 0.3, 1e-9);
  r.admission->settle("k", a, true, 0, 0);
}

TEST_P(RedisAdmissionTest, AMonthMissingInRedisIsSeededFromTheLedger) {
  std::atomic<int> seeds{0};
  Replica r = open([&](std::string_view, std::int64_t) -> core::Expected<Spend> {
    ++seeds;
    return Spend{0.9, 0.9};
  });
  Verdict v = r.admission->admit("k", ask({.rpm = 10}, 0, {.day_usd = 1.0}, 0.2));
  ASSERT_TRUE(v.budget);
  EXPECT_NEAR(v.budget->spent_usd, 0.9, 1e-9);
  EXPECT_EQ(seeds.load(), 1);
  EXPECT_TRUE(r.admission->admit("k", ask({.rpm = 10}, 0, {.day_usd = 1.0}, 0.05)).held);
  EXPECT_EQ(seeds.load(), 1) << "seeded once";
}

// Two replicas, two threads each, one key with one budget and one
// concurrency limit: never more at once than the limit, never more
// reserved than the budget, every slot and reservation back at the end.
TEST_P(RedisAdmissionTest, TwoReplicasShareOneBudgetAndOneConcurrencyLimit) {
  Replica a = open();
  Replica b = open();
  const Ask ask_one = ask({.max_concurrent = 3}, 0, {.day_usd = 2.0}, 0.01);
  std::atomic<int> held{0}, most{0}, served{0};
  std::vector<std::thread> threads;
  for (Replica* r : {&a, &b, &a, &b})
    threads.emplace_back([&, r] {
      for (int i = 0; i < 150; ++i) {
        if (!r->admission->admit("k", ask_one).held) continue;
        const int now = ++held;
        for (int m = most.load(); now > m && !most.compare_exchange_weak(m, now);) {
        }
        ++served;
        --held;
        r->admission->settle("k", ask_one, true, 0, 0.01);
      }
    });
  for (auto& t : threads) t.join();
  EXPECT_LE(most.load(), 3);
  EXPECT_GT(served.load(), 0);
  EXPECT_LE(served.load(), 200) << "2.0 of budget at 0.01 each";
  EXPECT_EQ(a.limits->in_flight("k"), 0);
  EXPECT_NEAR(a.budgets->spent("k", kNoon).day_usd, 0.01 * served.load(), 1e-9);
}

INSTANTIATE_TEST_SUITE_P(Stores, RedisAdmissionTest, ::testing::Values(true),
                         [](const auto&) { return "Redis"; });

}  // namespace
}  // namespace switchyard::limits
