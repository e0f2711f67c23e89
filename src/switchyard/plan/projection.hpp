// A workload's projected monthly cost three ways, and where owned hardware
// starts paying for itself (docs/planner.md, "The arithmetic"):
//
//   hybrid     what it costs as it runs now: the recorded cost × the
//              month's share of the observed window
//   all-cloud  its tokens, by kind, at the reference cloud price, per month
//   all-local  the machines its tokens need, each paid for every hour of
//              the month: machine time per request = prompt / prompt
//              tokens/s + output / tokens/s; machines = the month's machine
//              time over one machine's usable time (utilisation), rounded
//              up, never below the profile's `machines`
//
// Break-even: the fleet's monthly cost F is fixed; a request costs c in the
// cloud (the all-cloud cost over the requests); so the fleet pays for
// itself from F / c requests a month. That holds only while a request
// costs less on the machines at their usable capacity (its machine time ×
// the hourly price / 3600 / utilisation) than in the cloud; otherwise no
// volume makes the hardware pay (`never`).
#pragma once

#include <optional>

#include "switchyard/plan/hardware.hpp"
#include "switchyard/plan/workload.hpp"

namespace switchyard::plan {

struct Projection {
  double requests_per_month = 0;
  double hybrid_usd = 0;
  std::optional<double> all_cloud_usd;  // unset: no reference price nor counterfactual
  // Set with a hardware profile:
  std::optional<double> all_local_usd;
  double machine_hours = 0;  // the month's machine time, in hours of one machine
  int machines = 0;          // machines all-local needs
  double cloud_usd_per_request = 0;
  double local_usd_per_request = 0;  // at the fleet's usable capacity
  // Requests per month from which all-local costs no more than all-cloud;
  // unset with `never` true when a request costs more locally at any volume,
  // unset with `never` false when unknown (no hardware, no cloud price, no
  // traffic).
  std::optional<double> break_even_requests;
  bool never = false;
};

Projection project(const Workload& w, double monthly_factor, const std::optional<Hardware>& hw);

// What all-local costs at `requests_per_month` of this profile (a fleet of
// whole machines), and what all-cloud costs: the two lines of the chart.
double all_local_usd_at(const Projection& p, const Hardware& hw, double requests_per_month);
double all_cloud_usd_at(const Projection& p, double requests_per_month);

}  // namespace switchyard::plan
