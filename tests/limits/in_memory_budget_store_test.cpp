// Budgets per day and month: reserve all or nothing against both, settle
// the true cost, windows by the UTC calendar, spend charged from a ledger.
#include "switchyard/limits/in_memory_budget_store.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

namespace switchyard::limits {
namespace {

// 2026-12-03T12:00:00Z and friends.
constexpr std::int64_t kNoon = 1'796'299'200'000;
constexpr std::int64_t kHour = 3'600'000;
constexpr std::int64_t kDay = 24 * kHour;

TEST(BudgetWindowsTest, UtcDayAndCalendarMonth) {
  const BudgetWindows w = BudgetWindows::at(kNoon);
  EXPECT_EQ(w.day, kNoon / kDay);
  EXPECT_EQ(w.day_end_ms, kNoon + 12 * kHour);
  EXPECT_EQ(w.month, 2026 * 12 + 11);
  EXPECT_EQ(w.month_end_ms, 1'798'761'600'000);  // 2027-01-01T00:00:00Z
  // The last millisecond of the month is still in it; the next is not.
  EXPECT_EQ(BudgetWindows::at(w.month_end_ms - 1).month, w.month);
  EXPECT_EQ(BudgetWindows::at(w.month_end_ms).month, 2027 * 12);
  EXPECT_EQ(BudgetWindows::at(1'709'164'800'000).month_end_ms,  // 2024-02-29: leap year
            1'709'251'200'000);                                 // 2024-03-01
}

TEST(InMemoryBudgetStoreTest, ReservesUntilTheNextWouldPassTheBudget) {
  InMemoryBudgetStore s;
  const Budgets b{1.0, 0};
  EXPECT_FALSE(s.reserve("k", b, 0.4, kNoon));
  EXPECT_FALSE(s.reserve("k", b, 0.4, kNoon));
  auto r = s.reserve("k", b, 0.4, kNoon);  // 1.2 > 1.0
  ASSERT_TRUE(r);
  EXPECT_EQ(r->period, BudgetPeriod::day);
  EXPECT_DOUBLE_EQ(r->spent_usd, 0.8);
  EXPECT_EQ(r->budget_usd, 1.0);
  // In flight, not settled: the next window is not needed, a retry may pass.
  EXPECT_EQ(r->retry_after, std::chrono::milliseconds(1000));
  EXPECT_FALSE(s.reserve("k", b, 0.2, kNoon));  // exactly 1.0
  EXPECT_DOUBLE_EQ(s.spent("k", kNoon).day_usd, 1.0);
  // Spent: even a zero-cost reservation is refused.
  EXPECT_TRUE(s.reserve("k", b, 0, kNoon));
  // Other keys are untouched.
  EXPECT_FALSE(s.reserve("other", b, 0.9, kNoon));
}

TEST(InMemoryBudgetStoreTest, SettleChargesTheTrueCostAndReleasesTheEstimate) {
  InMemoryBudgetStore s;
  const Budgets b{1.0, 10.0};
  ASSERT_FALSE(s.reserve("k", b, 0.5, kNoon));
  s.settle("k", 0.5, 0.1, kNoon);
  Spend spent = s.spent("k", kNoon);
  EXPECT_DOUBLE_EQ(spent.day_usd, 0.1);
  EXPECT_DOUBLE_EQ(spent.month_usd, 0.1);
  ASSERT_FALSE(s.reserve("k", b, 0.5, kNoon));
  s.settle("k", 0.5, 0.95, kNoon);  // cost more than estimated: charged
  spent = s.spent("k", kNoon);
  EXPECT_DOUBLE_EQ(spent.day_usd, 1.05);
  EXPECT_DOUBLE_EQ(spent_share(spent, b), 1.05);
  // The settled spend alone passes the day's budget: retry tomorrow.
  auto r = s.reserve("k", b, 0.01, kNoon);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->retry_after, std::chrono::milliseconds(12 * kHour));
  // Tomorrow the day is fresh; the month keeps counting.
  EXPECT_FALSE(s.reserve("k", b, 0.5, kNoon + kDay));
  spent = s.spent("k", kNoon + kDay);
  EXPECT_DOUBLE_EQ(spent.day_usd, 0.5);
  EXPECT_DOUBLE_EQ(spent.month_usd, 1.55);
}

TEST(InMemoryBudgetStoreTest, TheMonthRefusesWhenTheDayWouldNot) {
  InMemoryBudgetStore s;
  const Budgets b{5.0, 2.0};
  s.charge("k", 1.9, kNoon - 2 * kDay);  // earlier this month
  EXPECT_DOUBLE_EQ(s.spent("k", kNoon).day_usd, 0);
  auto r = s.reserve("k", b, 0.2, kNoon);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->period, BudgetPeriod::month);
  EXPECT_EQ(r->retry_after, std::chrono::milliseconds(1'798'761'600'000 - kNoon));
  EXPECT_DOUBLE_EQ(spent_share(s.spent("k", kNoon), b), 0.95);
}

TEST(InMemoryBudgetStoreTest, ASettleAfterItsDayEndedChargesOnlyTheMonth) {
  InMemoryBudgetStore s;
  const Budgets b{1.0, 10.0};
  ASSERT_FALSE(s.reserve("k", b, 0.5, kNoon));
  ASSERT_FALSE(s.reserve("k", b, 0.1, kNoon + kDay));  // the day moved on
  s.settle("k", 0.5, 0.3, kNoon);
  const Spend spent = s.spent("k", kNoon + kDay);
  EXPECT_DOUBLE_EQ(spent.day_usd, 0.1);  // yesterday's settle is not today's spend
  EXPECT_DOUBLE_EQ(spent.month_usd, 0.4);
  // Charges from before the current window are dropped.
  s.charge("k", 7, kNoon);
  EXPECT_DOUBLE_EQ(s.spent("k", kNoon + kDay).day_usd, 0.1);
}

TEST(InMemoryBudgetStoreTest, ConcurrentReservesNeverPassTheBudget) {
  InMemoryBudgetStore s;
  const Budgets b{1.0, 0};
  std::vector<std::thread> threads;
  std::atomic<int> granted{0};
  for (int t = 0; t < 8; ++t)
    threads.emplace_back([&] {
      for (int i = 0; i < 100; ++i)
        if (!s.reserve("k", b, 0.01, kNoon)) ++granted;
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(granted.load(), 100);
  EXPECT_NEAR(s.spent("k", kNoon).day_usd, 1.0, 1e-9);
}

}  // namespace
}  // namespace switchyard::limits
