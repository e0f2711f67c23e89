// The Redis budget store on a real redis-server on loopback
// (tests/support/test_servers.hpp): the in-memory store's arithmetic, now
// shared — two stores (two replicas) on one Redis never reserve past one
// budget together — the month seeded from the ledger (here a stand-in
// that counts its calls) when Redis does not have it, the leases that stop
// counting the reservations of a replica that died, and what happens when
// Redis or the seed is down: reserve refuses (fail closed) or, when
// configured, lets requests through.
#include "switchyard/limits/redis_budget_store.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

#include "support/test_servers.hpp"

namespace switchyard::limits {
namespace {

using std::chrono::milliseconds;

// 2026-12-03T12:00:00Z and friends (the windows are the caller's time).
constexpr std::int64_t kNoon = 1'796'299'200'000;
constexpr std::int64_t kHour = 3'600'000;
constexpr std::int64_t kDay = 24 * kHour;

class RedisBudgetStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    url_ = testing::TestServers::get().redis_url();
    ASSERT_FALSE(url_.empty()) << testing::TestServers::get().why();
    prefix_ = testing::unique_test_name("bud") + ":";
  }
  std::unique_ptr<RedisBudgetStore> open(milliseconds lease = milliseconds(30'000),
                                         bool fail_open = false, std::string url = {},
                                         SpendSeed seed = {}) {
    RedisBudgetOptions o;
    o.redis.url = url.empty() ? url_ : url;
    o.redis.retry_after_failure = milliseconds(0);
    o.prefix = prefix_;
    o.lease = lease;
    o.fail_open = fail_open;
    o.seed = std::move(seed);
    auto s = RedisBudgetStore::open(std::move(o));
    EXPECT_TRUE(s) << s.error().message;
    return s ? std::move(*s) : nullptr;
  }
  // Redis forgets everything this test stored (as a Redis restarted
  // without persistence would).
  void forget() {
    auto admin = RedisClient::connect({url_});
    ASSERT_TRUE(admin) << admin.error().message;
    auto keys = (*admin)->command({"KEYS", prefix_ + "*"});
    ASSERT_TRUE(keys) << keys.error().message;
    for (const RedisReply& k : keys->items) ASSERT_TRUE((*admin)->command({"DEL", k.text}));
  }

  std::string url_;
  std::string prefix_;
};

TEST_F(RedisBudgetStoreTest, ReservesUntilTheNextWouldPassTheBudget) {
  auto s = open();
  const Budgets b{1.0, 0};
  EXPECT_FALSE(s->reserve("k", b, 0.4, kNoon));
  EXPECT_FALSE(s->reserve("k", b, 0.4, kNoon));
  auto r = s->reserve("k", b, 0.4, kNoon);  // 1.2 > 1.0
  ASSERT_TRUE(r);
  EXPECT_FALSE(r->unavailable);
  EXPECT_EQ(r->period, BudgetPeriod::day);
  EXPECT_DOUBLE_EQ(r->spent_usd, 0.8);
  EXPECT_EQ(r->budget_usd, 1.0);
  EXPECT_EQ(r->retry_after, milliseconds(1000)) << "in flight, not settled: a retry may pass";
  EXPECT_FALSE(s->reserve("k", b, 0.2, kNoon));  // exactly 1.0
  EXPECT_DOUBLE_EQ(s->spent("k", kNoon).day_usd, 1.0);
  EXPECT_TRUE(s->reserve("k", b, 0, kNoon)) << "spent: even a zero-cost reservation is refused";
  EXPECT_FALSE(s->reserve("other", b, 0.9, kNoon)) << "other keys are untouched";
  EXPECT_EQ(s->held(), 4u);
}

TEST_F(RedisBudgetStoreTest, SettleChargesTheTrueCostAndReleasesTheEstimate) {
  auto s = open();
  const Budgets b{1.0, 10.0};
  ASSERT_FALSE(s->reserve("k", b, 0.5, kNoon));
  s->settle("k", 0.5, 0.1, kNoon);
  Spend spent = s->spent("k", kNoon);
  EXPECT_DOUBLE_EQ(spent.day_usd, 0.1);
  EXPECT_DOUBLE_EQ(spent.month_usd, 0.1);
  ASSERT_FALSE(s->reserve("k", b, 0.5, kNoon));
  s->settle("k", 0.5, 0.95, kNoon);  // cost more than estimated: charged
  EXPECT_EQ(s->held(), 0u);
  spent = s->spent("k", kNoon);
  EXPECT_DOUBLE_EQ(spent.day_usd, 1.05);
  EXPECT_DOUBLE_EQ(spent_share(spent, b), 1.05);
  auto r = s->reserve("k", b, 0.01, kNoon);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->retry_after, milliseconds(12 * kHour)) << "settled spend alone passes: tomorrow";
  // Tomorrow the day is fresh; the month keeps counting.
  EXPECT_FALSE(s->reserve("k", b, 0.5, kNoon + kDay));
  spent = s->spent("k", kNoon + kDay);
  EXPECT_DOUBLE_EQ(spent.day_usd, 0.5);
  EXPECT_DOUBLE_EQ(spent.month_usd, 1.55);
}

TEST_F(RedisBudgetStoreTest, ASettleAfterItsDayEndedChargesOnlyThatDayAndTheMonth) {
  auto s = open();
  const Budgets b{1.0, 10.0};
  ASSERT_FALSE(s->reserve("k", b, 0.5, kNoon));
  ASSERT_FALSE(s->reserve("k", b, 0.1, kNoon + kDay));  // the day moved on
  EXPECT_DOUBLE_EQ(s->spent("k", kNoon + kDay).day_usd, 0.1) << "yesterday's hold is not today's";
  s->settle("k", 0.5, 0.3, kNoon);
  const Spend spent = s->spent("k", kNoon + kDay);
  EXPECT_DOUBLE_EQ(spent.day_usd, 0.1);
  EXPECT_DOUBLE_EQ(spent.month_usd, 0.4);
  EXPECT_DOUBLE_EQ(s->spent("k", kNoon).day_usd, 0.3);
}

// The month's hash is seeded once from the ledger (the record of truth)
// when missing: by the first replica that needs it, not again by another,
// and again after Redis lost it. The seed's day counts only in its day.
TEST_F(RedisBudgetStoreTest, AMissingMonthIsSeededFromTheLedgerOnce) {
  std::atomic<int> seeds{0};
  auto ledger = [&](std::string_view subject, std::int64_t now_ms) -> core::Expected<Spend> {
    ++seeds;
    EXPECT_EQ(subject, "k");
    EXPECT_EQ(now_ms, kNoon);
    return Spend{0.25, 1.9};
  };
  auto a = open(milliseconds(30'000), false, {}, ledger);
  auto b = open(milliseconds(30'000), false, {}, ledger);
  const Budgets budgets{5.0, 2.0};
  auto r = a->reserve("k", budgets, 0.2, kNoon);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->period, BudgetPeriod::month);
  EXPECT_DOUBLE_EQ(r->spent_usd, 1.9);
  EXPECT_EQ(r->retry_after, milliseconds(1'798'761'600'000 - kNoon)) << "until the month ends";
  EXPECT_EQ(seeds.load(), 1);
  EXPECT_EQ(a->seeded(), 1u);
  const Spend spent = b->spent("k", kNoon);
  EXPECT_DOUBLE_EQ(spent.day_usd, 0.25);
  EXPECT_DOUBLE_EQ(spent.month_usd, 1.9);
  EXPECT_EQ(seeds.load(), 1) << "the other replica reads the seeded month";
  EXPECT_DOUBLE_EQ(b->spent("k", kNoon + kDay).day_usd, 0) << "a later day of a seeded month";
  EXPECT_FALSE(b->reserve("k", budgets, 0.1, kNoon));
  b->settle("k", 0.1, 0.05, kNoon);
  EXPECT_DOUBLE_EQ(a->spent("k", kNoon).month_usd, 1.95);
  forget();
  EXPECT_DOUBLE_EQ(a->spent("k", kNoon).month_usd, 1.9) << "seeded again from the ledger";
  EXPECT_EQ(seeds.load(), 2);
}

// A settle or charge for a month Redis does not have is dropped: the
// ledger holds that cost and the next seed reads it.
TEST_F(RedisBudgetStoreTest, ASettleForAMonthRedisLostIsLeftToTheLedger) {
  auto s = open();
  const Budgets b{1.0, 0};
  ASSERT_FALSE(s->reserve("k", b, 0.5, kNoon));
  forget();
  s->settle("k", 0.5, 0.4, kNoon);
  s->charge("k", 0.3, kNoon);
  EXPECT_DOUBLE_EQ(s->spent("k", kNoon).day_usd, 0) << "seeded (no seed given: 0), not charged";
  s->charge("k", 0.3, kNoon);
  EXPECT_DOUBLE_EQ(s->spent("k", kNoon).day_usd, 0.3) << "a month Redis has is charged";
}

TEST_F(RedisBudgetStoreTest, TwoReplicasNeverReservePastOneBudget) {
  auto a = open();
  auto b = open();
  const Budgets budgets{1.0, 0};
  std::vector<std::thread> threads;
  std::atomic<int> granted{0};
  for (int t = 0; t < 8; ++t)
    threads.emplace_back([&, t] {
      RedisBudgetStore& s = t % 2 ? *a : *b;
      for (int i = 0; i < 25; ++i)
        if (!s.reserve("k", budgets, 0.01, kNoon)) ++granted;
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(granted.load(), 100) << "exactly the budget, never past it";
  EXPECT_NEAR(a->spent("k", kNoon).day_usd, 1.0, 1e-9);
  EXPECT_EQ(a->held() + b->held(), 100u);
}

// A replica that dies holding reservations (no settle, no renewal): they
// stop counting when their lease runs out.
TEST_F(RedisBudgetStoreTest, TheReservationsOfAReplicaThatDiedEndWithTheirLease) {
  const Budgets b{1.0, 0};
  auto dead = open(milliseconds(300));
  ASSERT_FALSE(dead->reserve("k", b, 0.5, kNoon));
  ASSERT_FALSE(dead->reserve("k", b, 0.4, kNoon));
  dead.reset();  // gone: its renewer stops, nothing is released
  auto alive = open();
  EXPECT_TRUE(alive->reserve("k", b, 0.5, kNoon)) << "still leased";
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (alive->spent("k", kNoon).day_usd > 0 && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(milliseconds(20));  // bounded poll for the lease to run out
  EXPECT_DOUBLE_EQ(alive->spent("k", kNoon).day_usd, 0);
  EXPECT_FALSE(alive->reserve("k", b, 0.5, kNoon));
}

// Redis goes down while the gateway runs: reserves refuse as `unavailable`
// (the gateway's 503) rather than let unbudgeted traffic through, unless
// the store was told to fail open; either way it counts them.
TEST_F(RedisBudgetStoreTest, RedisDownFailsClosedOrOpenAsConfigured) {
  testing::PrivateRedis redis;
  ASSERT_FALSE(redis.url().empty());
  auto closed = open(milliseconds(30'000), false, redis.url());
  auto open_ = open(milliseconds(30'000), true, redis.url());
  const Budgets b{1.0, 0};
  ASSERT_FALSE(closed->reserve("k", b, 0.1, kNoon));
  closed->settle("k", 0.1, 0.1, kNoon);
  redis.stop();
  auto refused = closed->reserve("k", b, 0.1, kNoon);
  ASSERT_TRUE(refused);
  EXPECT_TRUE(refused->unavailable);
  EXPECT_EQ(closed->unavailable(), 1u);
  EXPECT_FALSE(open_->reserve("k", b, 0.1, kNoon)) << "fail open: let through";
  EXPECT_EQ(open_->unavailable(), 1u);
  open_->settle("k", 0.1, 0.1, kNoon);  // nothing to release, no harm
  EXPECT_DOUBLE_EQ(closed->spent("k", kNoon).day_usd, 0) << "unknown reads as nothing spent";
}

// The ledger cannot be read for a seed (PostgreSQL down): nothing is known
// of the month, so the reserve fails closed too, unless told otherwise;
// nothing is written, so a later seed still happens.
TEST_F(RedisBudgetStoreTest, ASeedThatFailsFailsClosedOrOpenAsConfigured) {
  bool ledger_up = false;
  auto ledger = [&](std::string_view, std::int64_t) -> core::Expected<Spend> {
    if (!ledger_up) return core::Error::internal("PostgreSQL is down");
    return Spend{0.9, 0.9};
  };
  auto closed = open(milliseconds(30'000), false, {}, ledger);
  auto open_ = open(milliseconds(30'000), true, {}, ledger);
  const Budgets b{1.0, 0};
  auto refused = closed->reserve("k", b, 0.2, kNoon);
  ASSERT_TRUE(refused);
  EXPECT_TRUE(refused->unavailable);
  EXPECT_FALSE(open_->reserve("k", b, 0.2, kNoon));
  EXPECT_EQ(open_->unavailable(), 1u);
  ledger_up = true;
  refused = closed->reserve("k", b, 0.2, kNoon);
  ASSERT_TRUE(refused);
  EXPECT_FALSE(refused->unavailable) << "seeded now: 0.9 + 0.2 would pass 1.0";
  EXPECT_DOUBLE_EQ(refused->spent_usd, 0.9);
}

}  // namespace
}  // namespace switchyard::limits
