// The LimitStore for several replicas: every gateway's counters in one
// Redis, so a key's RPM, TPM and concurrency hold across all replicas
// together. The arithmetic is InMemoryLimitStore's (token buckets that
// refill continuously; a request larger than the whole TPM waits for a
// full bucket), run as Lua scripts, which Redis executes atomically: a
// reserve reads, checks and takes all three limits in one step, so two
// replicas can never both take the last request of a bucket. Time is the
// Redis server's (TIME), so the replicas' clocks need not agree.
//
// Per subject two keys, in one cluster slot ({subject}):
//   <prefix>{<subject>}        hash: rq, tk (bucket levels), at (last refill, ms)
//   <prefix>{<subject>}:slots  sorted set: one member per request in flight,
//                              scored by when its lease runs out
// Both expire: the buckets once idle long enough to be full again (they
// would read as full anyway), a slot when its lease runs out. A replica
// renews its slots' leases while their requests run (every lease / 3), so
// the slots of a replica that died are free again within one lease.
//
// When Redis cannot be reached, reserve() refuses with Limit::unavailable
// (the gateway answers 503 and sends nothing), or, with `fail_open`, lets
// the request through unlimited; settle() then does what it can (a slot
// not given back is freed when its lease runs out; unused tokens are not
// refunded).
#pragma once

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

#include "switchyard/limits/limit_store.hpp"
#include "switchyard/limits/redis_client.hpp"

namespace switchyard::limits {

struct RedisLimitOptions {
  RedisOptions redis;
  std::string prefix = "switchyard:limits:";  // keys this store owns begin so
  std::chrono::milliseconds lease{30'000};    // a slot of a replica that died is freed after this
  bool fail_open = false;                     // Redis down: allow instead of refuse
};

class RedisLimitStore final : public LimitStore {
 public:
  // Connects (an error when Redis cannot be reached) and starts the lease
  // renewer.
  static core::Expected<std::unique_ptr<RedisLimitStore>> open(const RedisLimitOptions& options);
  ~RedisLimitStore() override;  // stops the renewer; slots still held expire with their leases

  std::optional<Refusal> reserve(std::string_view subject, const Limits& limits,
                                 std::int64_t tokens, Clock::time_point now) override;
  void settle(std::string_view subject, const Limits& limits, std::int64_t reserved_tokens,
              std::int64_t used_tokens, Clock::time_point now) override;
  void cancel(std::string_view subject, const Limits& limits, std::int64_t tokens,
              Clock::time_point now) override;
  // Requests in flight for `subject` across every replica (leases not run out).
  std::int64_t in_flight(std::string_view subject) override;

  // Reserves refused or let through because Redis could not be reached.
  std::uint64_t unavailable() const { return unavailable_.load(std::memory_order_relaxed); }
  const std::string& where() const { return redis_->where(); }
  std::uint64_t round_trips() const { return redis_->round_trips(); }

 private:
  RedisLimitStore(std::unique_ptr<RedisClient> redis, RedisLimitOptions options);
  std::string bucket_key(std::string_view subject) const;
  std::string slots_key(std::string_view subject) const;
  void renew_leases();
  // One of `subject`'s slots held by this process, no longer renewed; ''
  // when none.
  std::string take_slot(std::string_view subject);
  // The settle script: a slot back, `refund` tokens, and the request when
  // `request_back` (a cancel).
  void release(std::string_view subject, const Limits& limits, std::int64_t refund,
               bool request_back);

  friend class RedisAdmission;  // one script for these limits and the budgets
  std::unique_ptr<RedisClient> redis_;
  const RedisLimitOptions options_;
  const std::string instance_;  // random; names this process's slots
  std::atomic<std::uint64_t> next_slot_{0};
  std::atomic<std::uint64_t> unavailable_{0};

  // The slots this process holds, by subject: any of a subject's slots is
  // as good as another, so settle gives back the last one taken.
  std::mutex slots_mu_;
  std::unordered_map<std::string, std::vector<std::string>> slots_;

  std::mutex stop_mu_;
  std::condition_variable stop_cv_;
  bool stop_ = false;
  std::thread renewer_;  // last: starts once the rest is built
};

}  // namespace switchyard::limits
