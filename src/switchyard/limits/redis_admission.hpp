// Admission (admission.hpp) against Redis in one round trip: one Lua
// script checks RPM, TPM and concurrency (RedisLimitStore's arithmetic)
// and reserves the estimated cost against the day and month budgets
// (RedisBudgetStore's), all or nothing; another, at settle, gives the slot
// back, corrects TPM to the tokens used, releases the cost reservation and
// charges the true cost. Redis runs each script atomically, so replicas
// sharing it never both take the last of a limit or a budget.
//
// The keys, leases and seeding are the two stores' own (it uses their
// keys, their lease renewers and their ledger seed: a month missing in
// Redis makes the script answer {-1}, the month is seeded and the script
// runs once more), so the stores' spent(), in_flight() and charge() see
// what it takes. Scripts run by SHA-1 (EVALSHA), loaded again when Redis
// answers NOSCRIPT (RedisClient::eval).
//
// Redis unreachable: refused as the stores refuse (limits_unavailable or
// budgets unavailable, answered 503), or let through with fail_open.
#pragma once

#include "switchyard/limits/admission.hpp"
#include "switchyard/limits/redis_budget_store.hpp"
#include "switchyard/limits/redis_limit_store.hpp"

namespace switchyard::limits {

class RedisAdmission final : public Admission {
 public:
  // Both must outlive it and share one Redis (the same URL and prefix).
  RedisAdmission(RedisLimitStore& limits, RedisBudgetStore& budgets)
      : limits_(limits), budgets_(budgets) {}
  Verdict admit(std::string_view subject, const Ask& ask) override;
  void settle(std::string_view subject, const Ask& ask, bool budget_held, std::int64_t used_tokens,
              double used_usd) override;

 private:
  RedisLimitStore& limits_;
  RedisBudgetStore& budgets_;
};

}  // namespace switchyard::limits
