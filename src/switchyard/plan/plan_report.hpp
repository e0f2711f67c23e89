// `switchyard plan`: the workloads of the ledger, each with its projections
// and recommendation, and the whole traffic's; printed as text for people,
// JSON for programs, or an HTML page with inline SVG charts that reads
// offline (no script, no network).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "switchyard/plan/hardware.hpp"
#include "switchyard/plan/projection.hpp"
#include "switchyard/plan/recommendation.hpp"
#include "switchyard/plan/workload.hpp"

namespace switchyard::plan {

struct WorkloadPlan {
  Workload workload;
  Projection projection;
  Recommendation recommendation;
};

struct PlanReport {
  std::int64_t since_ms = 0;
  std::int64_t now_ms = 0;
  std::int64_t records = 0;
  double window_days = 0;
  double monthly_factor = 0;
  bool reference_given = false;
  std::string reference_name;  // the cost.reference deployment, or ""
  std::optional<Hardware> hardware;
  std::vector<WorkloadPlan> workloads;
  WorkloadPlan total;  // every workload on one fleet; no recommendation
};

PlanReport make_plan(Traffic traffic, const std::optional<Hardware>& hardware,
                     const RecommendOptions& options = {});

std::string plan_text(const PlanReport& report);
std::string plan_json(const PlanReport& report);
std::string plan_html(const PlanReport& report);

}  // namespace switchyard::plan
