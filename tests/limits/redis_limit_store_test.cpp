// The Redis limit store on a real redis-server on loopback
// (tests/support/test_servers.hpp): the buckets and slots of the in-memory
// store, now shared — two stores (two replicas) on one Redis enforce one
// limit together, never more than it at once — the leases that free the
// slots of a replica that died, and what happens when Redis is down: the
// reserve refuses (fail closed) or, when configured, lets requests through.
// Time is Redis's own, so these tests check what holds at one moment
// (bursts, refusals, refunds) rather than refills over minutes, which the
// in-memory store's tests cover with the same arithmetic.
#include "switchyard/limits/redis_limit_store.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

#include "support/test_servers.hpp"

namespace switchyard::limits {
namespace {

using std::chrono::milliseconds;

class RedisLimitStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    url_ = testing::TestServers::get().redis_url();
    ASSERT_FALSE(url_.empty()) << testing::TestServers::get().why();
    prefix_ = testing::unique_test_name("lim") + ":";
  }
  std::unique_ptr<RedisLimitStore> open(milliseconds lease = milliseconds(30'000),
                                        bool fail_open = false, std::string url = {}) {
    RedisLimitOptions o;
    o.redis.url = url.empty() ? url_ : url;
    o.redis.retry_after_failure = milliseconds(0);
    o.prefix = prefix_;
    o.lease = lease;
    o.fail_open = fail_open;
    auto s = RedisLimitStore::open(o);
    EXPECT_TRUE(s) << s.error().message;
    return s ? std::move(*s) : nullptr;
  }

  std::string url_;
  std::string prefix_;
};

TEST_F(RedisLimitStoreTest, RpmAllowsAMinutesBurstThenRefuses) {
  auto store = open();
  const Limits l{.rpm = 3};
  for (int i = 0; i < 3; ++i) ASSERT_FALSE(store->reserve("k", l, 0, Clock::now())) << i;
  auto refused = store->reserve("k", l, 0, Clock::now());
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->limit, Limit::rpm);
  EXPECT_EQ(refused->allowed, 3);
  // One request every 20 s at 3 rpm (less the few ms since the burst).
  EXPECT_NEAR(static_cast<double>(refused->retry_after.count()), 20'000, 1'000);
  EXPECT_FALSE(store->reserve("other", l, 0, Clock::now())) << "another subject, other buckets";
}

TEST_F(RedisLimitStoreTest, TpmReservesThenRefundsWhatWasNotUsed) {
  auto store = open();
  const Limits l{.tpm = 1000};
  ASSERT_FALSE(store->reserve("k", l, 800, Clock::now()));
  auto refused = store->reserve("k", l, 300, Clock::now());
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->limit, Limit::tpm);
  EXPECT_EQ(refused->allowed, 1000);
  EXPECT_NEAR(static_cast<double>(refused->retry_after.count()), 6'000, 1'000);
  store->settle("k", l, 800, 100, Clock::now());            // 700 back
  EXPECT_FALSE(store->reserve("k", l, 800, Clock::now()));  // ~900 there
  EXPECT_TRUE(store->reserve("k", l, 200, Clock::now()));
}

TEST_F(RedisLimitStoreTest, TokensUsedBeyondTheReservationAreCharged) {
  auto store = open();
  const Limits l{.tpm = 1000};
  ASSERT_FALSE(store->reserve("k", l, 100, Clock::now()));
  store->settle("k", l, 100, 900, Clock::now());
  auto refused = store->reserve("k", l, 200, Clock::now());
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->limit, Limit::tpm);
}

TEST_F(RedisLimitStoreTest, ConcurrencySlotsComeBackAtSettle) {
  auto store = open();
  const Limits l{.max_concurrent = 2};
  ASSERT_FALSE(store->reserve("k", l, 0, Clock::now()));
  ASSERT_FALSE(store->reserve("k", l, 0, Clock::now()));
  EXPECT_EQ(store->in_flight("k"), 2);
  auto refused = store->reserve("k", l, 0, Clock::now());
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->limit, Limit::concurrency);
  EXPECT_EQ(refused->allowed, 2);
  store->settle("k", l, 0, 0, Clock::now());
  EXPECT_EQ(store->in_flight("k"), 1);
  EXPECT_FALSE(store->reserve("k", l, 0, Clock::now()));
}

TEST_F(RedisLimitStoreTest, ARefusalTakesNothing) {
  auto store = open();
  const Limits both{.rpm = 10, .max_concurrent = 1};
  ASSERT_FALSE(store->reserve("k", both, 0, Clock::now()));
  ASSERT_TRUE(store->reserve("k", both, 0, Clock::now()));  // concurrency refuses
  for (int i = 0; i < 9; ++i) {
    store->settle("k", both, 0, 0, Clock::now());
    ASSERT_FALSE(store->reserve("k", both, 0, Clock::now())) << i << ": the refusals took no rpm";
  }
  store->settle("k", both, 0, 0, Clock::now());
  auto refused = store->reserve("k", both, 0, Clock::now());
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->limit, Limit::rpm);
}

TEST_F(RedisLimitStoreTest, ACancelUndoesTheReserveWhole) {
  auto store = open();
  const Limits l{.rpm = 1, .tpm = 1000, .max_concurrent = 1};
  ASSERT_FALSE(store->reserve("k", l, 900, Clock::now()));
  EXPECT_EQ(store->in_flight("k"), 1);
  store->cancel("k", l, 900, Clock::now());
  EXPECT_EQ(store->in_flight("k"), 0);
  EXPECT_FALSE(store->reserve("k", l, 900, Clock::now()))
      << "the request, its tokens and its slot came back";
}

// Two replicas, two threads each, one key: never more requests at once
// than the limit across both, and every slot back at the end.
TEST_F(RedisLimitStoreTest, TwoReplicasNeverExceedOneConcurrencyLimit) {
  auto a = open();
  auto b = open();
  const Limits l{.max_concurrent = 3};
  std::atomic<int> held{0}, most{0}, served{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      RedisLimitStore& store = t % 2 ? *a : *b;
      for (int i = 0; i < 300; ++i) {
        if (store.reserve("k", l, 0, Clock::now())) continue;
        const int now = ++held;
        int seen = most.load();
        while (now > seen && !most.compare_exchange_weak(seen, now)) {
        }
        ++served;
        --held;
        store.settle("k", l, 0, 0, Clock::now());
      }
    });
  for (auto& t : threads) t.join();
  EXPECT_LE(most.load(), 3);
  EXPECT_GT(served.load(), 0);
  EXPECT_EQ(a->in_flight("k"), 0);
}

// Two replicas racing for one RPM bucket: exactly its size goes through.
TEST_F(RedisLimitStoreTest, TwoReplicasShareOneRpmBucket) {
  auto a = open();
  auto b = open();
  const Limits l{.rpm = 50};
  std::atomic<int> taken{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      RedisLimitStore& store = t % 2 ? *a : *b;
      for (int i = 0; i < 40; ++i)
        if (!store.reserve("k", l, 0, Clock::now())) ++taken;
    });
  for (auto& t : threads) t.join();
  // 160 tried within well under a second; the bucket refills 50 a minute,
  // so one more may have dripped in.
  EXPECT_GE(taken.load(), 50);
  EXPECT_LE(taken.load(), 51);
}

// A replica that dies holding slots (no settle, no renewal) frees them
// when their lease runs out.
TEST_F(RedisLimitStoreTest, TheSlotsOfAReplicaThatDiedFreeAfterTheirLease) {
  const Limits l{.max_concurrent = 2};
  auto dead = open(milliseconds(300));
  ASSERT_FALSE(dead->reserve("k", l, 0, Clock::now()));
  ASSERT_FALSE(dead->reserve("k", l, 0, Clock::now()));
  dead.reset();  // gone: its renewer stops, nothing is given back
  auto alive = open();
  EXPECT_TRUE(alive->reserve("k", l, 0, Clock::now())) << "both slots still leased";
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (alive->in_flight("k") > 0 && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(milliseconds(20));  // bounded poll for the lease to run out
  EXPECT_EQ(alive->in_flight("k"), 0);
  EXPECT_FALSE(alive->reserve("k", l, 0, Clock::now()));
}

TEST_F(RedisLimitStoreTest, AnUnreachableRedisIsNamedWithoutThePassword) {
  RedisLimitOptions o;
  o.redis.url = "redis://:hunter2-secret@127.0.0.1:1/0";
  auto s = RedisLimitStore::open(o);
  ASSERT_FALSE(s);
  EXPECT_NE(s.error().message.find("Redis at 127.0.0.1:1"), std::string::npos) << s.error().message;
  EXPECT_EQ(s.error().message.find("hunter2"), std::string::npos) << s.error().message;
}

// Redis goes down while the gateway runs: reserves refuse as `unavailable`
// (the gateway's 503) rather than let unlimited traffic through, unless
// the store was told to fail open; either way it counts them.
TEST_F(RedisLimitStoreTest, RedisDownFailsClosedOrOpenAsConfigured) {
  testing::PrivateRedis redis;
  ASSERT_FALSE(redis.url().empty());
  auto closed = open(milliseconds(30'000), false, redis.url());
  auto open_ = open(milliseconds(30'000), true, redis.url());
  const Limits l{.rpm = 100, .max_concurrent = 5};
  ASSERT_FALSE(closed->reserve("k", l, 0, Clock::now()));
  closed->settle("k", l, 0, 0, Clock::now());
  redis.stop();
  auto refused = closed->reserve("k", l, 0, Clock::now());
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->limit, Limit::unavailable);
  EXPECT_EQ(closed->unavailable(), 1u);
  EXPECT_FALSE(open_->reserve("k", l, 0, Clock::now())) << "fail open: let through";
  EXPECT_EQ(open_->unavailable(), 1u);
  open_->settle("k", l, 0, 0, Clock::now());  // nothing to give back, no harm
}

// A restarted Redis has forgotten the scripts (NOSCRIPT): the store sends
// them again and carries on.
TEST_F(RedisLimitStoreTest, ScriptsForgottenByRedisAreSentAgain) {
  auto store = open();
  const Limits l{.rpm = 10};
  ASSERT_FALSE(store->reserve("k", l, 0, Clock::now()));
  auto admin = RedisClient::connect({url_});
  ASSERT_TRUE(admin) << admin.error().message;
  ASSERT_TRUE((*admin)->command({"SCRIPT", "FLUSH"}));
  EXPECT_FALSE(store->reserve("k", l, 0, Clock::now()));
  EXPECT_EQ(store->unavailable(), 0u);
}

}  // namespace
}  // namespace switchyard::limits
