// Load-aware spill over a plan's permitted candidates (after the privacy
// filter, so it can only reorder what the data class may use: restricted
// data, left with local candidates only, can never spill to the cloud).
//
//   no candidate over its limits   the order stays
//   some are                       those that are not go first, in their
//                                  order; the spilling ones stay, last, as
//                                  fallbacks (a spilled request still has
//                                  somewhere to go if the others fail)
//   all are                        nowhere to spill: the request is held
//                                  (gateway/load_spill.hpp waits for one to
//                                  come back, then 503 with Retry-After)
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include "switchyard/core/request_context.hpp"
#include "switchyard/core/side.hpp"
#include "switchyard/routing/load_monitor.hpp"

namespace switchyard::routing {

struct SpillCandidate {
  std::string name;                // the deployment, for reasons
  LoadMonitor* monitor = nullptr;  // null: no limits
};

struct SpillOrder {
  std::vector<std::size_t> order;  // indices of the input, in the order to try
  std::vector<std::string> why;    // per input: why it spills ("" when it does not)
  bool reordered = false;          // some, not all, spill
  bool hold = false;               // every candidate spills
};

SpillOrder order_for_load(std::span<const SpillCandidate> candidates, core::Clock::time_point now);

}  // namespace switchyard::routing
