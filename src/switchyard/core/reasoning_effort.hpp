// OpenAI's reasoning_effort and Anthropic's thinking budget, each read as
// the other's nearest, so a client of one dialect can ask a model of the
// other to reason (docs/providers.md, "Reasoning").
//
// The budgets: minimal and low 1024 (the least Anthropic takes), medium
// 8192, high 24576. A budget goes back to the effort whose budget is
// nearest: low below 4608, medium below 16384, high from there.
#pragma once

#include <cstdint>
#include <string_view>

namespace switchyard::core {

inline constexpr std::int64_t kLowThinkingBudget = 1024;
inline constexpr std::int64_t kMediumThinkingBudget = 8192;
inline constexpr std::int64_t kHighThinkingBudget = 24576;

// The thinking budget `effort` stands for: 0 for "none" (no thinking), -1
// for a word without one (a newer effort than these).
constexpr std::int64_t thinking_budget_for_effort(std::string_view effort) {
  if (effort == "none") return 0;
  if (effort == "minimal" || effort == "low") return kLowThinkingBudget;
  if (effort == "medium") return kMediumThinkingBudget;
  if (effort == "high") return kHighThinkingBudget;
  return -1;
}

// The effort whose budget is nearest `budget_tokens`.
constexpr std::string_view effort_for_thinking_budget(std::int64_t budget_tokens) {
  if (budget_tokens < (kLowThinkingBudget + kMediumThinkingBudget) / 2) return "low";
  if (budget_tokens < (kMediumThinkingBudget + kHighThinkingBudget) / 2) return "medium";
  return "high";
}

}  // namespace switchyard::core
