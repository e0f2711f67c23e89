// How the plan and replay reports write numbers, times and the lines they
// share, so text, JSON and HTML say the same thing the same way.
#pragma once

#include <cstdint>
#include <string>

#include "switchyard/plan/plan_report.hpp"

namespace switchyard::plan {

std::string utc(std::int64_t ms);           // 2026-11-03T12:00:00Z
std::string money(double usd);              // $1,234.56
std::string decimal(double v, int places);  // 12.5
std::string thousands(std::int64_t v);      // 12,345
std::string thousands_f(double v);          // rounded, 12,345
std::string percent(double share);          // 12%

std::string class_mix(const Workload& w);     // "public 80%, restricted 20%"
std::string latency_line(const Workload& w);  // "p50 120 ms, p95 340 ms (...)"
std::string break_even_line(const Projection& p, bool have_hardware);
std::string reference_line(const PlanReport& r);
std::string hardware_line(const PlanReport& r);

}  // namespace switchyard::plan
