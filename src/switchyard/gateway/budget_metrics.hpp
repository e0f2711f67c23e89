// Budget use per team in /metrics, read at scrape time:
//
//   switchyard_team_budget_spent_usd{team,period}  spent (settled + reserved)
//       this UTC day or month by the team's active keys that have a budget
//       for that period
//   switchyard_team_budget_usd{team,period}        the sum of those budgets
//
// Their ratio is the share of its budgets a team has used. Budgets are per
// key (docs/keys.md); a team's series appear at the first scrape after one
// of its keys has a budget, and read 0 once none has. One reading of the
// spend serves every series of a scrape: it is kept for a second, so a
// Redis budget store (one round trip per key with a budget) is asked at
// most once a second however often /metrics is scraped.
#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>

#include "switchyard/keys/key_ring.hpp"
#include "switchyard/limits/budget_store.hpp"
#include "switchyard/observe/metrics.hpp"

namespace switchyard::gateway {

struct TeamBudgetUse {
  double day_spent_usd = 0, day_budget_usd = 0;
  double month_spent_usd = 0, month_budget_usd = 0;
};

// Each team's budget use at `now_ms`: its active (not revoked, not expired)
// keys that have a budget, summed per period.
std::map<std::string, TeamBudgetUse> team_budget_use(const keys::KeyRing& ring,
                                                     limits::BudgetStore& budgets,
                                                     std::int64_t now_ms);

class TeamBudgetMetrics {
 public:
  // `ring`, `budgets` and `metrics` outlive this object, which outlives
  // every render of `metrics`.
  TeamBudgetMetrics(const keys::KeyRing& ring, limits::BudgetStore& budgets,
                    observe::Registry& metrics);
  // Registers the series of teams seen for the first time; before each render.
  void sync();

 private:
  // The reading of the last second (or a fresh one); under mu_.
  const std::map<std::string, TeamBudgetUse>& reading();
  double read(const std::string& team, double TeamBudgetUse::*field);

  const keys::KeyRing& ring_;
  limits::BudgetStore& budgets_;
  observe::Registry& metrics_;
  std::mutex mu_;
  std::map<std::string, TeamBudgetUse> reading_;
  std::chrono::steady_clock::time_point read_at_{};
  std::set<std::string> registered_;
};

}  // namespace switchyard::gateway
