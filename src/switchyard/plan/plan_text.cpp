// plan_text: the plan as a report for people.
#include <cstdio>
#include <ctime>

#include "switchyard/plan/plan_report.hpp"
#include "switchyard/plan/report_format.hpp"

namespace switchyard::plan {
namespace {

void workload_block(std::string& out, const std::string& title, const WorkloadPlan& wp,
                    const PlanReport& report) {
  const Workload& w = wp.workload;
  const Projection& p = wp.projection;
  const double n = w.requests > 0 ? static_cast<double>(w.requests) : 1;
  out += title + "\n";
  out += "  volume        " + thousands(w.requests) + " requests (" + thousands(w.served) +
         " served: " + thousands(w.served_local) + " local, " + thousands(w.served_cloud) +
         " cloud) = " + thousands_f(p.requests_per_month) + " / month\n";
  out += "  tokens        per request " + decimal(w.prompt_tokens / n, 0) + " in (" +
         decimal(w.cache_read_tokens / n, 0) + " cache read, " +
         decimal(w.cache_write_tokens / n, 0) + " cache write), " +
         decimal(w.completion_tokens / n, 0) + " out (" + decimal(w.reasoning_tokens / n, 0) +
         " reasoning)\n";
  out += "  data classes  " + class_mix(w) + "\n";
  out += "  latency       " + latency_line(w) + "\n";
  out += "  cost / month  hybrid (now) " + money(p.hybrid_usd) + ", all-cloud " +
         (p.all_cloud_usd ? money(*p.all_cloud_usd) : std::string("unknown")) + ", all-local " +
         (p.all_local_usd ? money(*p.all_local_usd) + " (" + std::to_string(p.machines) +
                                " machine" + (p.machines == 1 ? "" : "s") + ", " +
                                decimal(p.machine_hours, 1) + " machine-hours of work)"
                          : std::string("unknown (no hardware profile)")) +
         "\n";
  out += "  break-even    " + break_even_line(p, report.hardware.has_value()) + "\n";
  if (wp.recommendation.reasons.empty()) {
    out += "\n";
    return;
  }
  out += "  recommend     " + std::string(to_string(wp.recommendation.verdict)) + "\n";
  for (const auto& why : wp.recommendation.reasons) out += "    because     " + why + "\n";
  for (const auto& e : wp.recommendation.evidence) out += "    evidence    " + e + "\n";
  out += "\n";
}

}  // namespace

std::string plan_text(const PlanReport& report) {
  std::string out = "switchyard plan: " + thousands(report.records) + " records since " +
                    utc(report.since_ms) + " (" + decimal(report.window_days, 1) +
                    " days observed; a month is " + decimal(report.monthly_factor, 2) +
                    " times that)\n";
  out += "all-cloud: " + reference_line(report) + "\n";
  out += "all-local: " + hardware_line(report) + "\n\n";
  if (report.workloads.empty()) {
    out += "No records in this window: nothing to plan.\n";
    return out;
  }
  int i = 0;
  for (const WorkloadPlan& wp : report.workloads)
    workload_block(out, "workload " + std::to_string(++i) + ": " + wp.workload.key.label(), wp,
                   report);
  workload_block(
      out, "all traffic (" + std::to_string(report.workloads.size()) + " workloads on one fleet)",
      report.total, report);
  return out;
}

}  // namespace switchyard::plan
