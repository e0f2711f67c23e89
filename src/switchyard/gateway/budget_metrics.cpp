#include "switchyard/gateway/budget_metrics.hpp"

namespace switchyard::gateway {
namespace {

std::int64_t unix_ms_now() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace

std::map<std::string, TeamBudgetUse> team_budget_use(const keys::KeyRing& ring,
                                                     limits::BudgetStore& budgets,
                                                     std::int64_t now_ms) {
  std::map<std::string, TeamBudgetUse> teams;
  for (const auto& key : ring.keys()) {
    const keys::KeyPolicy& p = key->policy;
    if (key->revoked() || key->expired(now_ms)) continue;
    if (p.budget_day_usd <= 0 && p.budget_month_usd <= 0) continue;
    const limits::Spend spend = budgets.spent(key->id, now_ms);
    TeamBudgetUse& use = teams[p.team];
    if (p.budget_day_usd > 0) {
      use.day_budget_usd += p.budget_day_usd;
      use.day_spent_usd += spend.day_usd;
    }
    if (p.budget_month_usd > 0) {
      use.month_budget_usd += p.budget_month_usd;
      use.month_spent_usd += spend.month_usd;
    }
  }
  return teams;
}

TeamBudgetMetrics::TeamBudgetMetrics(const keys::KeyRing& ring, limits::BudgetStore& budgets,
                                     observe::Registry& metrics)
    : ring_(ring), budgets_(budgets), metrics_(metrics) {}

const std::map<std::string, TeamBudgetUse>& TeamBudgetMetrics::reading() {
  const auto now = std::chrono::steady_clock::now();
  if (read_at_ == std::chrono::steady_clock::time_point{} ||
      now - read_at_ >= std::chrono::seconds(1)) {
    reading_ = team_budget_use(ring_, budgets_, unix_ms_now());
    read_at_ = now;
  }
  return reading_;
}

double TeamBudgetMetrics::read(const std::string& team, double TeamBudgetUse::*field) {
  std::lock_guard lock(mu_);
  const auto& teams = reading();
  const auto it = teams.find(team);
  return it == teams.end() ? 0.0 : it->second.*field;
}

void TeamBudgetMetrics::sync() {
  std::set<std::string> fresh;
  {
    std::lock_guard lock(mu_);
    for (const auto& [team, use] : reading())
      if (!registered_.contains(team)) fresh.insert(team);
    registered_.insert(fresh.begin(), fresh.end());
  }
  for (const std::string& team : fresh) {
    const std::string t = "team=\"" + observe::label_value(team) + "\"";
    struct Series {
      const char* period;
      double TeamBudgetUse::*spent;
      double TeamBudgetUse::*budget;
    };
    for (const Series& s :
         {Series{"day", &TeamBudgetUse::day_spent_usd, &TeamBudgetUse::day_budget_usd},
          Series{"month", &TeamBudgetUse::month_spent_usd, &TeamBudgetUse::month_budget_usd}}) {
      const std::string labels = t + ",period=\"" + s.period + "\"";
      metrics_.gauge("switchyard_team_budget_spent_usd",
                     "Spent (settled and reserved) in the current UTC day or month by a team's "
                     "keys that have a budget for that period.",
                     labels, [this, team, f = s.spent] { return read(team, f); });
      metrics_.gauge("switchyard_team_budget_usd",
                     "The sum of the day or month budgets of a team's active keys.", labels,
                     [this, team, f = s.budget] { return read(team, f); });
    }
  }
}

}  // namespace switchyard::gateway
