// Spend budgets per subject (a virtual key's id), in USD, per UTC day and
// per UTC calendar month (docs/cost.md). A request reserves its estimated
// cost before it is sent (reserve: all or nothing, refused when the spend
// plus the reservation would pass a budget) and settles its true cost once
// its record is written (settle: the reservation released, the cost
// charged). Spend is counted in the day and month the request was
// reserved in, the same day and month its ledger record's time falls in,
// so the spend can be recomputed from the ledger after a restart (charge).
//
// Overshoot: a budget is passed only by requests whose true cost exceeds
// their estimate, each by that excess; at most the requests in flight can
// do so at once (docs/cost.md, "How far a budget can be overshot").
//
// The store is per process (InMemoryBudgetStore), or for several replicas
// shared in Redis (RedisBudgetStore: the reserve's check and add in one
// script, the windows as expiring keys, seeded from the ledger when
// missing); that one says it is persistent, so the gateway does not
// recompute it from the ledger at start.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace switchyard::limits {

struct Budgets {
  double day_usd = 0;    // 0: none
  double month_usd = 0;  // 0: none
  bool any() const { return day_usd > 0 || month_usd > 0; }
};

enum class BudgetPeriod { day, month };
const char* to_string(BudgetPeriod p);  // "day", "month"

// A subject's spend in the day and the month containing a moment: settled
// costs plus the reservations of requests in flight.
struct Spend {
  double day_usd = 0;
  double month_usd = 0;
};

// Why a reserve was refused: the budget, what is spent of it (settled +
// reserved) and how long until a retry could pass (the window's end when
// the settled spend alone leaves no room; else 1 s, in-flight requests may
// settle below their estimates). `unavailable`: a shared store (Redis)
// could not be reached, so no budget could be checked: the gateway answers
// 503 and sends nothing (fail closed); the other fields are then unset.
struct BudgetRefusal {
  BudgetPeriod period = BudgetPeriod::day;
  double budget_usd = 0;
  double spent_usd = 0;
  std::chrono::milliseconds retry_after{1000};
  bool unavailable = false;
};

// The UTC day and month a Unix time in ms falls in, and when each ends.
struct BudgetWindows {
  std::int64_t day = 0;    // days since 1970-01-01
  std::int64_t month = 0;  // year * 12 + month - 1
  std::int64_t day_end_ms = 0;
  std::int64_t month_end_ms = 0;
  static BudgetWindows at(std::int64_t unix_ms);
};

// The share of its budgets `spend` has used: the larger of day and month;
// 0 without budgets.
double spent_share(const Spend& spend, const Budgets& budgets);

class BudgetStore {
 public:
  virtual ~BudgetStore() = default;
  // `subject`'s spend in the day and month containing `now_ms` (Unix ms).
  virtual Spend spent(std::string_view subject, std::int64_t now_ms) = 0;
  // Reserves `usd` in the day and month of `now_ms`, or nothing and the
  // first budget that refused: one already spent (settled + reserved >=
  // budget), or one `usd` more would pass.
  virtual std::optional<BudgetRefusal> reserve(std::string_view subject, const Budgets& budgets,
                                               double usd, std::int64_t now_ms) = 0;
  // Ends a reservation made at `reserved_ms`: `reserved_usd` released and
  // `used_usd` charged in that day and month (nothing for a window already
  // over). Exactly once per successful reserve.
  virtual void settle(std::string_view subject, double reserved_usd, double used_usd,
                      std::int64_t reserved_ms) = 0;
  // Adds settled spend at `at_ms` (the ledger's records, at start).
  virtual void charge(std::string_view subject, double usd, std::int64_t at_ms) = 0;
  // Whether the spend outlives the process (then it is not recomputed
  // from the ledger at start).
  virtual bool persistent() const { return false; }
};

}  // namespace switchyard::limits
