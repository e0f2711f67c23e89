#include "switchyard/plan/plan_report.hpp"

namespace switchyard::plan {

PlanReport make_plan(Traffic traffic, const std::optional<Hardware>& hardware,
                     const RecommendOptions& options) {
  PlanReport r;
  r.since_ms = traffic.since_ms;
  r.now_ms = traffic.now_ms;
  r.records = traffic.records;
  r.window_days = traffic.window_days;
  r.monthly_factor = traffic.monthly_factor;
  r.reference_given = traffic.reference_given;
  r.hardware = hardware;
  for (Workload& w : traffic.workloads) {
    WorkloadPlan p;
    p.projection = project(w, traffic.monthly_factor, hardware);
    p.recommendation = recommend(w, p.projection, hardware.has_value(), options);
    p.workload = std::move(w);
    r.workloads.push_back(std::move(p));
  }
  r.total.projection = project(traffic.total, traffic.monthly_factor, hardware);
  // No verdict for the whole: the framework weighs workloads, not the sum.
  r.total.workload = std::move(traffic.total);
  r.total.workload.key = {"", "", ""};
  return r;
}

}  // namespace switchyard::plan
