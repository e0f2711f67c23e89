#include "switchyard/plan/projection.hpp"

#include <algorithm>
#include <cmath>

namespace switchyard::plan {
namespace {

// Machines for `hours` of machine time a month: whole ones, at least the fleet.
int machines_for(const Hardware& hw, double seconds) {
  const double needed = std::ceil(seconds / hw.usable_seconds_per_month() - 1e-9);
  return std::max(hw.machines, static_cast<int>(std::max(0.0, needed)));
}

}  // namespace

Projection project(const Workload& w, double monthly_factor, const std::optional<Hardware>& hw) {
  Projection p;
  p.requests_per_month = static_cast<double>(w.requests) * monthly_factor;
  p.hybrid_usd = w.cost_usd * monthly_factor;
  if (w.cloud_usd > 0 || w.cost_usd == 0) p.all_cloud_usd = w.cloud_usd * monthly_factor;
  if (w.requests > 0 && p.all_cloud_usd)
    p.cloud_usd_per_request = w.cloud_usd / static_cast<double>(w.requests);
  if (!hw) return p;
  const double seconds = hw->seconds_for(static_cast<double>(w.prompt_tokens),
                                         static_cast<double>(w.completion_tokens)) *
                         monthly_factor;
  p.machine_hours = seconds / 3600;
  p.machines = machines_for(*hw, seconds);
  p.all_local_usd = p.machines * hw->hourly_usd * kHoursPerMonth;
  if (w.requests == 0 || !p.all_cloud_usd) return p;
  const double seconds_per_request =
      hw->seconds_for(static_cast<double>(w.prompt_tokens) / static_cast<double>(w.requests),
                      static_cast<double>(w.completion_tokens) / static_cast<double>(w.requests));
  p.local_usd_per_request = seconds_per_request * hw->hourly_usd / 3600 / hw->utilisation;
  if (p.cloud_usd_per_request <= p.local_usd_per_request || p.cloud_usd_per_request <= 0) {
    p.never = true;
    return p;
  }
  p.break_even_requests = hw->fleet_usd_per_month() / p.cloud_usd_per_request;
  return p;
}

double all_local_usd_at(const Projection& p, const Hardware& hw, double requests_per_month) {
  const double seconds_per_request =
      p.requests_per_month > 0 ? p.machine_hours * 3600 / p.requests_per_month : 0;
  return machines_for(hw, seconds_per_request * requests_per_month) * hw.hourly_usd *
         kHoursPerMonth;
}

double all_cloud_usd_at(const Projection& p, double requests_per_month) {
  return p.cloud_usd_per_request * requests_per_month;
}

}  // namespace switchyard::plan
