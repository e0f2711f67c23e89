// Where the `local_load` fact comes from: whoever watches the local
// deployments (the gateway's load-aware spill: the providers' queue depths
// and the latency windows their attempts feed) answers for a set of them,
// by the router's deployment index. Called on the request's thread, from
// any io thread at once, so an implementation reads atomics, not locks it
// holds for long.
#pragma once

#include <cstdint>
#include <span>

#include "switchyard/core/request_context.hpp"
#include "switchyard/routing/facts.hpp"

namespace switchyard::routing {

class LocalLoadSource {
 public:
  // The least loaded of `deployments` (each signal's lowest; all local),
  // at `now`; all 0 for none.
  virtual LocalLoad local_load(std::span<const std::uint32_t> deployments,
                               core::Clock::time_point now) const = 0;

 protected:
  ~LocalLoadSource() = default;
};

}  // namespace switchyard::routing
