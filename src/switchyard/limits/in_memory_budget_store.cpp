#include "switchyard/limits/in_memory_budget_store.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <functional>

namespace switchyard::limits {
namespace {

std::int64_t nanos(double usd) {
  return std::llround(usd * 1e9);
}
double usd_of(std::int64_t nanos) {
  return static_cast<double>(nanos) / 1e9;
}

}  // namespace

const char* to_string(BudgetPeriod p) {
  return p == BudgetPeriod::day ? "day" : "month";
}

BudgetWindows BudgetWindows::at(std::int64_t unix_ms) {
  using namespace std::chrono;
  const sys_time<milliseconds> t{milliseconds(unix_ms)};
  const sys_days day = floor<days>(t);
  const year_month_day ymd{day};
  const year_month next = year_month{ymd.year(), ymd.month()} + months(1);
  BudgetWindows w;
  w.day = day.time_since_epoch().count();
  w.month =
      static_cast<int>(ymd.year()) * 12 + static_cast<int>(static_cast<unsigned>(ymd.month())) - 1;
  w.day_end_ms = duration_cast<milliseconds>((day + days(1)).time_since_epoch()).count();
  w.month_end_ms = duration_cast<milliseconds>(sys_days{next / 1}.time_since_epoch()).count();
  return w;
}

double spent_share(const Spend& spend, const Budgets& budgets) {
  double share = 0;
  if (budgets.day_usd > 0) share = std::max(share, spend.day_usd / budgets.day_usd);
  if (budgets.month_usd > 0) share = std::max(share, spend.month_usd / budgets.month_usd);
  return share;
}

InMemoryBudgetStore::Shard& InMemoryBudgetStore::shard_of(std::string_view subject) {
  return shards_[std::hash<std::string_view>{}(subject) % shards_.size()];
}

InMemoryBudgetStore::State& InMemoryBudgetStore::state_of(Shard& shard, std::string_view subject) {
  auto it = shard.states.find(subject);
  if (it == shard.states.end()) it = shard.states.emplace(std::string(subject), State{}).first;
  return it->second;
}

InMemoryBudgetStore::Window* InMemoryBudgetStore::at(Window& window, std::int64_t index) {
  if (window.index > index) return nullptr;
  if (window.index < index) window = Window{index, 0, 0};
  return &window;
}

Spend InMemoryBudgetStore::spent(std::string_view subject, std::int64_t now_ms) {
  const BudgetWindows w = BudgetWindows::at(now_ms);
  Shard& shard = shard_of(subject);
  std::lock_guard lock(shard.mu);
  auto it = shard.states.find(subject);
  if (it == shard.states.end()) return {};
  Spend s;
  if (const Window* d = at(it->second.day, w.day)) s.day_usd = usd_of(d->total());
  if (const Window* m = at(it->second.month, w.month)) s.month_usd = usd_of(m->total());
  return s;
}

std::optional<BudgetRefusal> InMemoryBudgetStore::reserve(std::string_view subject,
                                                          const Budgets& budgets, double usd,
                                                          std::int64_t now_ms) {
  const BudgetWindows w = BudgetWindows::at(now_ms);
  Shard& shard = shard_of(subject);
  std::lock_guard lock(shard.mu);
  State& s = state_of(shard, subject);
  Window* day = at(s.day, w.day);
  Window* month = at(s.month, w.month);
  // A clock that stepped back a window: count in the newer one.
  if (!day) day = &s.day;
  if (!month) month = &s.month;
  const std::int64_t amount = nanos(usd);
  auto refuses = [&](const Window& win, double budget_usd, BudgetPeriod period,
                     std::int64_t end_ms) -> std::optional<BudgetRefusal> {
    if (budget_usd <= 0) return std::nullopt;
    const std::int64_t budget = nanos(budget_usd);
    if (win.total() < budget && win.total() + amount <= budget) return std::nullopt;
    BudgetRefusal r{period, budget_usd, usd_of(win.total()), std::chrono::milliseconds(1000)};
    // Only a new window makes room when the settled spend alone leaves none.
    if (win.settled >= budget || win.settled + amount > budget)
      r.retry_after = std::chrono::milliseconds(std::max<std::int64_t>(1000, end_ms - now_ms));
    return r;
  };
  if (auto r = refuses(*day, budgets.day_usd, BudgetPeriod::day, w.day_end_ms)) return r;
  if (auto r = refuses(*month, budgets.month_usd, BudgetPeriod::month, w.month_end_ms)) return r;
  day->reserved += amount;
  month->reserved += amount;
  return std::nullopt;
}

void InMemoryBudgetStore::settle(std::string_view subject, double reserved_usd, double used_usd,
                                 std::int64_t reserved_ms) {
  const BudgetWindows w = BudgetWindows::at(reserved_ms);
  Shard& shard = shard_of(subject);
  std::lock_guard lock(shard.mu);
  State& s = state_of(shard, subject);
  for (Window* win : {at(s.day, w.day), at(s.month, w.month)}) {
    if (!win) continue;
    win->reserved = std::max<std::int64_t>(0, win->reserved - nanos(reserved_usd));
    win->settled += nanos(used_usd);
  }
}

void InMemoryBudgetStore::charge(std::string_view subject, double usd, std::int64_t at_ms) {
  const BudgetWindows w = BudgetWindows::at(at_ms);
  Shard& shard = shard_of(subject);
  std::lock_guard lock(shard.mu);
  State& s = state_of(shard, subject);
  for (Window* win : {at(s.day, w.day), at(s.month, w.month)})
    if (win) win->settled += nanos(usd);
}

}  // namespace switchyard::limits
