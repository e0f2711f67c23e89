#include "switchyard/routing/spill_order.hpp"

namespace switchyard::routing {

SpillOrder order_for_load(std::span<const SpillCandidate> candidates, core::Clock::time_point now) {
  SpillOrder out;
  out.why.resize(candidates.size());
  std::size_t spilling = 0;
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    if (!candidates[i].monitor) continue;
    LoadReading r = candidates[i].monitor->read(now);
    if (!r.spilling) continue;
    out.why[i] = r.why.empty() ? std::string("over its load limits") : std::move(r.why);
    ++spilling;
  }
  out.order.reserve(candidates.size());
  if (spilling == 0 || spilling == candidates.size()) {
    for (std::size_t i = 0; i < candidates.size(); ++i) out.order.push_back(i);
    out.hold = spilling > 0;
    return out;
  }
  for (std::size_t i = 0; i < candidates.size(); ++i)
    if (out.why[i].empty()) out.order.push_back(i);
  for (std::size_t i = 0; i < candidates.size(); ++i)
    if (!out.why[i].empty()) out.order.push_back(i);
  out.reordered = true;
  return out;
}

}  // namespace switchyard::routing
