// Per-request facts that every stage may read: identity, deadline, and the
// clock the gateway uses to separate its own processing time from time spent
// waiting on upstreams.
#pragma once

#include <chrono>
#include <string>
#include <vector>

namespace switchyard::core {

using Clock = std::chrono::steady_clock;

struct RequestContext {
  std::string request_id;
  std::string caller;                         // ledger::caller_fingerprint of the key; "" if none
  Clock::time_point received;                 // when the full request had been read
  Clock::time_point deadline;                 // all attempts must finish by then
  std::chrono::nanoseconds upstream_wait{0};  // accumulated by providers
  std::chrono::nanoseconds ledger_wait{0};    // waiting for the ledger's group commit
  // Anthropic beta features an Anthropic client asked for (its
  // anthropic-beta header, one name each): sent on to Anthropic upstreams
  // only (api/anthropic/beta_header.hpp).
  std::vector<std::string> anthropic_beta;
};

// Adds the time from construction to destruction to `upstream_wait`.
class UpstreamWaitTimer {
 public:
  explicit UpstreamWaitTimer(RequestContext& ctx) : ctx_(ctx), start_(Clock::now()) {}
  ~UpstreamWaitTimer() { ctx_.upstream_wait += Clock::now() - start_; }
  UpstreamWaitTimer(const UpstreamWaitTimer&) = delete;
  UpstreamWaitTimer& operator=(const UpstreamWaitTimer&) = delete;

 private:
  RequestContext& ctx_;
  Clock::time_point start_;
};

}  // namespace switchyard::core
