// The owned hardware an all-local projection prices (`switchyard plan
// --hardware profile.yaml`): how many machines the smallest fleet has, what
// one costs per hour (purchase amortised, power, operations; or a rented
// GPU's rate), what it makes per second (measured: `bench/local/run`, or the
// engine's own tokens/s under load), and how much of that capacity traffic
// can use on average (peaks need headroom):
//
//   name: 2x L4 inference box
//   machines: 1              # the fleet is never smaller than this
//   hourly_usd: 1.20         # per machine
//   tokens_per_s: 400        # generated tokens/s per machine, all requests together
//   prompt_tokens_per_s: 6000  # prompt tokens read per second (default: tokens_per_s)
//   utilisation: 0.5         # the share of capacity the traffic may use (default 0.5)
//
// A local deployment's `price: { hardware: ... }` in the configuration is
// such a profile too (one machine, utilisation 0.5) when --hardware is not
// given (config/price.hpp).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "switchyard/config/config.hpp"
#include "switchyard/config/price.hpp"

namespace switchyard::plan {

inline constexpr double kHoursPerMonth = 730;          // 8760 / 12
inline constexpr double kDaysPerMonth = 365.0 / 12.0;  // 30.42

struct Hardware {
  std::string name = "hardware";
  int machines = 1;
  double hourly_usd = 0;  // per machine
  double tokens_per_s = 0;
  double prompt_tokens_per_s = 0;  // 0: tokens_per_s
  double utilisation = 0.5;

  // Machine time one request of these tokens takes, in seconds.
  double seconds_for(double prompt_tokens, double output_tokens) const;
  // Machine seconds a machine gives traffic in a month (utilisation applied).
  double usable_seconds_per_month() const { return kHoursPerMonth * 3600 * utilisation; }
  // What the smallest fleet costs per month, used or not.
  double fleet_usd_per_month() const { return machines * hourly_usd * kHoursPerMonth; }
};

struct HardwareLoad {
  std::optional<Hardware> hardware;             // set when there are no problems
  std::vector<config::ConfigProblem> problems;  // file:line and what to write
};

HardwareLoad load_hardware_file(const std::string& path);
HardwareLoad load_hardware_text(const std::string& yaml, const std::string& source_name);

// The first local deployment priced by a hardware profile, as one machine.
std::optional<Hardware> hardware_of(const config::Config& cfg);

}  // namespace switchyard::plan
