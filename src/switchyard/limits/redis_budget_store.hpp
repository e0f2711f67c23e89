// The BudgetStore for several replicas: every gateway's spend in one Redis,
// so a key's daily and monthly budgets hold across all replicas together.
// The arithmetic is InMemoryBudgetStore's (nano-USD integers; a reserve is
// refused when the window's settled spend plus the reservations in flight
// is already at the budget, or would pass it with this one), run as Lua
// scripts, which Redis executes atomically: two replicas can never both
// take the last of a budget.
//
// Per subject two keys, in one cluster slot ({subject}):
//   <prefix>{<subject>}:spend:<month>  hash: `m` (the month's settled
//                                      spend) and `d:<day>` (each day's),
//                                      expiring a day after the month ends
//   <prefix>{<subject}:held            sorted set: one member per
//                                      reservation in flight,
//                                      "<instance>:<n>:<nano-USD>:<day>:<month>",
//                                      scored by when its lease runs out
// A replica renews its reservations' leases while their requests run
// (every lease / 3), so the reservations of a replica that died stop
// counting within one lease; their cost is then known only to the ledger
// (a request whose replica died has no record, or its record was written
// and its settle lost: the spend is low by at most those requests).
//
// The ledger is the record of truth; Redis holds a running sum. The month's
// hash is seeded from the ledger when it is missing (the first request of
// a key in a month, or after Redis lost its data): `seed` (the gateway
// gives one that sums the key's records of the month) says what the month
// and the day of `now` have settled, and the seed script writes it unless
// another replica did first. A day with no field in a seeded month has
// spent nothing. Settles for a month whose hash is missing are dropped (the
// next seed reads them from the ledger). Records that are in flight or in
// a replica's journal while a seed reads the ledger are counted once they
// settle, or not at all when they settled before the seed was written: the
// seed can be low by at most the requests in flight at that moment.
//
// Lease times are the Redis server's (TIME); the windows are the caller's
// (the request's record time), so spend counts in the same day and month
// its ledger record does.
//
// When Redis cannot be reached (or the ledger, for a seed), reserve()
// refuses with BudgetRefusal::unavailable (the gateway answers 503 and
// sends nothing), or, with `fail_open`, lets the request through; settle()
// then does what it can (a reservation not released stops counting when
// its lease runs out; its cost is in the ledger).
#pragma once

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

#include "switchyard/limits/budget_store.hpp"
#include "switchyard/limits/redis_client.hpp"

namespace switchyard::limits {

// What `subject` has settled, by the record of truth, in the day and month
// containing `now_ms`.
using SpendSeed =
    std::function<core::Expected<Spend>(std::string_view subject, std::int64_t now_ms)>;

struct RedisBudgetOptions {
  RedisOptions redis;
  std::string prefix = "switchyard:limits:";  // keys this store owns begin so
  std::chrono::milliseconds lease{30'000};  // a reservation of a replica that died stops after this
  bool fail_open = false;                   // Redis (or the seed) down: allow instead of refuse
  SpendSeed seed;                           // unset: a missing month starts at 0
};

// USD as the nano-USD the scripts count in (sums of small costs stay exact).
std::int64_t nanos(double usd);
double usd_of(std::int64_t nanos);

class RedisBudgetStore final : public BudgetStore {
 public:
  // Connects (an error when Redis cannot be reached) and starts the lease
  // renewer.
  static core::Expected<std::unique_ptr<RedisBudgetStore>> open(RedisBudgetOptions options);
  ~RedisBudgetStore() override;  // stops the renewer; reservations held expire with their leases

  // Settled + reserved across every replica; zero when Redis cannot be reached.
  Spend spent(std::string_view subject, std::int64_t now_ms) override;
  std::optional<BudgetRefusal> reserve(std::string_view subject, const Budgets& budgets, double usd,
                                       std::int64_t now_ms) override;
  void settle(std::string_view subject, double reserved_usd, double used_usd,
              std::int64_t reserved_ms) override;
  // Adds to a month already in Redis (a missing one is seeded from the
  // ledger, which holds the charge).
  void charge(std::string_view subject, double usd, std::int64_t at_ms) override;
  bool persistent() const override { return true; }

  // Reserves refused or let through because Redis or the seed failed.
  std::uint64_t unavailable() const { return unavailable_.load(std::memory_order_relaxed); }
  // Months seeded by this process (the seed was called and its sum written).
  std::uint64_t seeded() const { return seeded_.load(std::memory_order_relaxed); }
  std::uint64_t round_trips() const { return redis_->round_trips(); }
  // Reservations this process holds (for tests).
  std::size_t held() const;

 private:
  RedisBudgetStore(std::unique_ptr<RedisClient> redis, RedisBudgetOptions options);
  std::string spend_key(std::string_view subject, std::int64_t month) const;
  std::string held_key(std::string_view subject) const;
  // Writes the month's hash from options_.seed unless it exists; false
  // when Redis or the seed failed.
  bool seed(std::string_view subject, std::int64_t now_ms);
  // Runs `script` (which answers {-1} for a month without its hash), seeding once
  // when it asks; nullopt when Redis or the seed failed.
  std::optional<RedisReply> run_seeded(const RedisClient::Script& script, std::string_view subject,
                                       std::int64_t now_ms,
                                       const std::vector<std::string_view>& keys,
                                       const std::vector<std::string_view>& args);
  void renew_leases();
  // The reservation this process holds for `subject` of `amount` nano-USD
  // in the windows `w`, no longer renewed; '' when none.
  std::string take_held(std::string_view subject, std::int64_t amount, const BudgetWindows& w);

  // A new member naming a reservation of `amount` nano-USD in `w`.
  std::string new_member(std::int64_t amount, const BudgetWindows& w);
  // Why a reserve was refused, from a script's {1 day | 2 month, settled +
  // reserved, settled}.
  static BudgetRefusal refusal_of(bool by_day, const Budgets& budgets, const RedisReply& r,
                                  std::int64_t amount, const BudgetWindows& w, std::int64_t now_ms);

  friend class RedisAdmission;  // one script for these budgets and the limits
  std::unique_ptr<RedisClient> redis_;
  const RedisBudgetOptions options_;
  const std::string instance_;  // random; names this process's reservations
  std::atomic<std::uint64_t> next_hold_{0};
  std::atomic<std::uint64_t> unavailable_{0};
  std::atomic<std::uint64_t> seeded_{0};

  // The reservations this process holds, by subject: settle releases one
  // of the same amount and day (any is as good as another).
  mutable std::mutex held_mu_;
  std::unordered_map<std::string, std::vector<std::string>> held_;

  std::mutex stop_mu_;
  std::condition_variable stop_cv_;
  bool stop_ = false;
  std::thread renewer_;  // last: starts once the rest is built
};

}  // namespace switchyard::limits
