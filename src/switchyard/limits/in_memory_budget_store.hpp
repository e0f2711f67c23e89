// The per-process BudgetStore: each subject's spend in its current day and
// month behind one of 64 mutexes picked by the subject's hash (as
// InMemoryLimitStore). A window is replaced when time moves past it; a
// settle or charge for a window already replaced is dropped.
#pragma once

#include <array>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "switchyard/limits/budget_store.hpp"

namespace switchyard::limits {

class InMemoryBudgetStore final : public BudgetStore {
 public:
  Spend spent(std::string_view subject, std::int64_t now_ms) override;
  std::optional<BudgetRefusal> reserve(std::string_view subject, const Budgets& budgets, double usd,
                                       std::int64_t now_ms) override;
  void settle(std::string_view subject, double reserved_usd, double used_usd,
              std::int64_t reserved_ms) override;
  void charge(std::string_view subject, double usd, std::int64_t at_ms) override;

 private:
  // Amounts in nano-USD: sums of many small costs stay exact, so a budget
  // of 1.00 takes exactly a hundred reservations of 0.01.
  struct Window {
    std::int64_t index = -1;  // BudgetWindows::day or ::month; -1: none yet
    std::int64_t settled = 0;
    std::int64_t reserved = 0;
    std::int64_t total() const { return settled + reserved; }
  };
  struct State {
    Window day;
    Window month;
  };
  struct SubjectHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  struct Shard {
    std::mutex mu;
    std::unordered_map<std::string, State, SubjectHash, std::equal_to<>> states;
  };
  Shard& shard_of(std::string_view subject);
  static State& state_of(Shard& shard, std::string_view subject);
  // `window` as of window `index`: moved on (emptied) when `index` is
  // later; null when `index` is an earlier window, already replaced.
  static Window* at(Window& window, std::int64_t index);

  std::array<Shard, 64> shards_;
};

}  // namespace switchyard::limits
