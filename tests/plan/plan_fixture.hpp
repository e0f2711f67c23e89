// A fixture ledger for the planner's tests: records with known fields
// written into a temporary SQLite ledger through the ledger's own API, and
// the window, prices and hardware whose figures the tests check by hand.
//
// The window is 730 hours (365/12 days: one month exactly), so a month's
// projection equals what the window holds (monthly factor 1).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "switchyard/config/price.hpp"
#include "switchyard/ledger/record.hpp"
#include "switchyard/plan/hardware.hpp"

namespace switchyard::plan::testing {

inline constexpr std::int64_t kNowMs = 1'796'083'200'000;  // 2026-12-01T00:00:00Z
inline constexpr std::int64_t kMonthMs = 2'628'000'000;    // 730 h
inline constexpr std::int64_t kSinceMs = kNowMs - kMonthMs;

// gpt-4o's list price: the reference cloud model.
inline config::Price reference_price() {
  config::Price p;
  p.input_per_1m = 2.5;
  p.output_per_1m = 10;
  return p;
}

// One machine at $0.02/h ($14.60 a month), 100 tokens/s out, 1,000 in, half
// of it usable.
inline Hardware small_box() {
  Hardware hw;
  hw.name = "small box";
  hw.machines = 1;
  hw.hourly_usd = 0.02;
  hw.tokens_per_s = 100;
  hw.prompt_tokens_per_s = 1000;
  hw.utilisation = 0.5;
  return hw;
}

inline ledger::RequestRecord record(std::int64_t time_ms, std::string task, std::string rule,
                                    std::string team, std::string data_class, std::string side,
                                    std::int64_t prompt, std::int64_t completion, double cost,
                                    std::int64_t duration_ms) {
  ledger::RequestRecord r;
  r.time_ms = time_ms;
  r.request_id = "req_" + std::to_string(time_ms);
  r.model = "support";
  r.task = std::move(task);
  r.route_rule = std::move(rule);
  r.team = std::move(team);
  r.data_class = std::move(data_class);
  r.side = side;
  r.deployment = side == "local" ? "desk-small" : "cloud-4o";
  r.status = 200;
  r.prompt_tokens = prompt;
  r.completion_tokens = completion;
  r.cost_usd = cost;
  r.duration_us = duration_ms * 1000;
  return r;
}

// The four workloads the tests check (figures in plan_arithmetic_test.cpp):
//   A summarise/default/ops      2,000 cloud requests, 4,000 in + 1,000 out,
//                                 each $0.02 (the reference price), 10..1000 ms
//   B payroll/hr-local/hr        100 restricted, local, 1,000 in + 200 out, free
//   C legal-draft/cascade/legal  40 cascades, 30 escalated to the cloud
//                                 (2,000 in + 800 out, $0.013), 10 kept local
//   D (none)/default/(none)      10 cloud requests, 100 in + 50 out, $0.00075
// and two records outside the window.
inline std::vector<ledger::RequestRecord> fixture_records() {
  std::vector<ledger::RequestRecord> out;
  std::int64_t t = kSinceMs;  // the first record opens the window
  auto next = [&t] { return t += 1000; };
  out.push_back(record(kSinceMs - 1, "summarise", "default", "ops", "public", "cloud", 4000, 1000,
                       0.02, 1));  // before the window
  out.back().time_ms = kSinceMs - 1;
  for (int i = 0; i < 2000; ++i) {
    out.push_back(record(i == 0 ? kSinceMs : next(), "summarise", "default", "ops", "public",
                         "cloud", 4000, 1000, 0.02, (i % 100 + 1) * 10));
    out.back().counterfactual_usd = 0.02;
  }
  for (int i = 0; i < 100; ++i)
    out.push_back(
        record(next(), "payroll", "hr-local", "hr", "restricted", "local", 1000, 200, 0, 300 + i));
  for (int i = 0; i < 40; ++i) {
    const bool escalated = i < 30;
    auto r = record(next(), "legal-draft", "cascade-drafts", "legal", "confidential",
                    escalated ? "cloud" : "local", 2000, 800, escalated ? 0.013 : 0, 2000);
    r.cascade = escalated ? "escalated; refusal=0.9" : "kept; mean_logprob=-0.2";
    if (escalated) {
      r.cascade_first_deployment = "desk-small";
      r.cascade_first_prompt_tokens = 2000;
      r.cascade_first_completion_tokens = 300;
    }
    out.push_back(std::move(r));
  }
  for (int i = 0; i < 10; ++i)
    out.push_back(record(next(), "", "default", "", "public", "cloud", 100, 50, 0.00075, 800));
  out.push_back(record(kNowMs + 1, "summarise", "default", "ops", "public", "cloud", 4000, 1000,
                       0.02, 1));  // after it
  return out;
}

}  // namespace switchyard::plan::testing
