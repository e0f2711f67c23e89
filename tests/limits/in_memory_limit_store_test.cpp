// The per-process limit store: RPM and TPM as token buckets (a minute's
// allowance at once, then the rate), concurrency slots, refunds of unused
// tokens at settle, charges of tokens used beyond the reservation, and a
// cancel that undoes a reserve. Time is passed in, so nothing here sleeps.
#include "switchyard/limits/in_memory_limit_store.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

namespace switchyard::limits {
namespace {

using std::chrono::milliseconds;
using std::chrono::seconds;

const Clock::time_point t0 = Clock::time_point() + std::chrono::hours(1);

TEST(InMemoryLimitStoreTest, RpmAllowsAMinutesBurstThenItsRate) {
  InMemoryLimitStore store;
  const Limits l{.rpm = 3};
  for (int i = 0; i < 3; ++i) {
    ASSERT_FALSE(store.reserve("k", l, 0, t0)) << i;
    store.settle("k", l, 0, 0, t0);
  }
  auto refused = store.reserve("k", l, 0, t0);
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->limit, Limit::rpm);
  EXPECT_EQ(refused->allowed, 3);
  EXPECT_EQ(refused->retry_after, milliseconds(20'000)) << "one request every 20 s at 3 rpm";
  EXPECT_TRUE(store.reserve("k", l, 0, t0 + seconds(19)));
  EXPECT_FALSE(store.reserve("k", l, 0, t0 + seconds(20)));
  // Another subject has buckets of its own.
  EXPECT_FALSE(store.reserve("other", l, 0, t0));
}

TEST(InMemoryLimitStoreTest, TpmReservesThenRefundsWhatWasNotUsed) {
  InMemoryLimitStore store;
  const Limits l{.tpm = 1000};
  ASSERT_FALSE(store.reserve("k", l, 800, t0));
  auto refused = store.reserve("k", l, 300, t0);
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->limit, Limit::tpm);
  EXPECT_EQ(refused->allowed, 1000);
  EXPECT_EQ(refused->retry_after, milliseconds(6'000)) << "100 tokens at 1000 per minute";
  store.settle("k", l, 800, 100, t0);            // used 100 of 800: 700 back
  EXPECT_FALSE(store.reserve("k", l, 800, t0));  // 900 there: 100 left
  EXPECT_TRUE(store.reserve("k", l, 101, t0));
}

TEST(InMemoryLimitStoreTest, TokensUsedBeyondTheReservationAreCharged) {
  InMemoryLimitStore store;
  const Limits l{.tpm = 1000};
  ASSERT_FALSE(store.reserve("k", l, 100, t0));
  store.settle("k", l, 100, 900, t0);  // the answer ran long
  auto refused = store.reserve("k", l, 200, t0);
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->limit, Limit::tpm);
}

TEST(InMemoryLimitStoreTest, ARequestAboveTheWholeAllowanceWaitsForAFullBucket) {
  InMemoryLimitStore store;
  const Limits l{.tpm = 1000};
  ASSERT_FALSE(store.reserve("k", l, 5000, t0)) << "a full bucket lets it go";
  store.settle("k", l, 5000, 5000, t0);
  auto refused = store.reserve("k", l, 1, t0 + seconds(60));
  ASSERT_TRUE(refused) << "the bucket is 4000 below zero, a minute refills 1000";
  EXPECT_EQ(refused->limit, Limit::tpm);
  EXPECT_FALSE(store.reserve("k", l, 1, t0 + seconds(241)));
}

TEST(InMemoryLimitStoreTest, ConcurrencySlotsComeBackAtSettle) {
  InMemoryLimitStore store;
  const Limits l{.max_concurrent = 2};
  ASSERT_FALSE(store.reserve("k", l, 0, t0));
  ASSERT_FALSE(store.reserve("k", l, 0, t0));
  EXPECT_EQ(store.in_flight("k"), 2);
  auto refused = store.reserve("k", l, 0, t0);
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->limit, Limit::concurrency);
  EXPECT_EQ(refused->allowed, 2);
  store.settle("k", l, 0, 0, t0);
  EXPECT_EQ(store.in_flight("k"), 1);
  EXPECT_FALSE(store.reserve("k", l, 0, t0));
}

TEST(InMemoryLimitStoreTest, ARefusalTakesNothing) {
  InMemoryLimitStore store;
  const Limits l{.rpm = 10, .tpm = 100, .max_concurrent = 5};
  ASSERT_TRUE(store.reserve("k", l, 500, t0 + seconds(0)) == std::nullopt)
      << "a full bucket lets a large request go";
  auto refused = store.reserve("k", l, 50, t0);
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->limit, Limit::tpm);
  EXPECT_EQ(store.in_flight("k"), 1) << "the refused request holds no slot";
  // Nine more requests fit the RPM bucket: the refused one took none.
  const Limits rpm_only{.rpm = 10};
  InMemoryLimitStore s2;
  ASSERT_FALSE(s2.reserve("k", rpm_only, 0, t0));
  const Limits both{.rpm = 10, .max_concurrent = 1};
  ASSERT_TRUE(s2.reserve("k", both, 0, t0));  // concurrency refuses
  for (int i = 0; i < 9; ++i) {
    s2.settle("k", both, 0, 0, t0);
    ASSERT_FALSE(s2.reserve("k", both, 0, t0)) << i;
  }
}

// A budget refused in the same admission (limits/admission.hpp): the
// request, its tokens and its slot back, as if never reserved.
TEST(InMemoryLimitStoreTest, ACancelUndoesTheReserveWhole) {
  InMemoryLimitStore store;
  const Limits l{.rpm = 1, .tpm = 1000, .max_concurrent = 1};
  ASSERT_FALSE(store.reserve("k", l, 900, t0));
  EXPECT_EQ(store.in_flight("k"), 1);
  store.cancel("k", l, 900, t0);
  EXPECT_EQ(store.in_flight("k"), 0);
  EXPECT_FALSE(store.reserve("k", l, 900, t0)) << "the request, its tokens and its slot came back";
}

TEST(InMemoryLimitStoreTest, ConcurrentReservesNeverExceedTheLimit) {
  InMemoryLimitStore store;
  const Limits l{.max_concurrent = 3};
  std::atomic<int> held{0}, most{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&] {
      for (int i = 0; i < 2000; ++i) {
        if (store.reserve("k", l, 0, Clock::now())) continue;
        const int now = ++held;
        int seen = most.load();
        while (now > seen && !most.compare_exchange_weak(seen, now)) {
        }
        --held;
        store.settle("k", l, 0, 0, Clock::now());
      }
    });
  for (auto& t : threads) t.join();
  EXPECT_LE(most.load(), 3);
  EXPECT_EQ(store.in_flight("k"), 0);
}

}  // namespace
}  // namespace switchyard::limits
