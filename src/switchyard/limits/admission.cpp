#include "switchyard/limits/admission.hpp"

#include "switchyard/limits/redis_admission.hpp"

namespace switchyard::limits {

Verdict SeparateAdmission::admit(std::string_view subject, const Ask& ask) {
  Verdict v;
  const Limits& l = ask.limits;
  if (l.any()) {
    if (auto refused = limits_.reserve(subject, l, ask.tokens, Clock::now())) {
      v.limit = *refused;
      return v;
    }
  }
  if (ask.budgets.any()) {
    if (auto refused = budgets_.reserve(subject, ask.budgets, ask.usd, ask.now_ms)) {
      v.budget = *refused;
      // As one script would: nothing taken, unless the caller keeps the
      // limits for its free deployments (a store that could not be
      // reached refuses whole).
      if (!ask.limits_when_over_budget || refused->unavailable || !l.any()) {
        if (l.any()) limits_.cancel(subject, l, ask.tokens, Clock::now());
        return v;
      }
    }
  }
  v.held = true;
  return v;
}

void SeparateAdmission::settle(std::string_view subject, const Ask& ask, bool budget_held,
                               std::int64_t used_tokens, double used_usd) {
  if (ask.limits.any()) limits_.settle(subject, ask.limits, ask.tokens, used_tokens, Clock::now());
  if (budget_held && ask.budgets.any()) budgets_.settle(subject, ask.usd, used_usd, ask.now_ms);
}

std::unique_ptr<Admission> make_admission(LimitStore& limits, BudgetStore& budgets) {
  auto* redis_limits = dynamic_cast<RedisLimitStore*>(&limits);
  auto* redis_budgets = dynamic_cast<RedisBudgetStore*>(&budgets);
  if (redis_limits && redis_budgets)
    return std::make_unique<RedisAdmission>(*redis_limits, *redis_budgets);
  return std::make_unique<SeparateAdmission>(limits, budgets);
}

}  // namespace switchyard::limits
