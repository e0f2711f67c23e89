// The clocks one upstream attempt runs on, and the error that says which ran
// out.
//
// An attempt must end by the request's deadline (server.request_timeout_ms)
// and within the provider's `timeout_ms`, whether or not bytes keep arriving:
// every read is given the earliest of those ends, so a trickling upstream is
// cut at the deadline, not when it pauses. A stream also has two shorter
// clocks: the first byte of its body must come within `first_byte_timeout_ms`
// of sending (an upstream that accepted and never answers), and once it has
// started no gap between two reads may exceed `stream_idle_timeout_ms` (an
// upstream stalled mid-answer).
#pragma once

#include <chrono>
#include <string>

#include "switchyard/core/error.hpp"
#include "switchyard/http/client.hpp"

namespace switchyard::providers {

struct AttemptTimeouts {
  std::chrono::milliseconds attempt{120'000};     // timeout_ms: send to last byte
  std::chrono::milliseconds first_byte{60'000};   // first_byte_timeout_ms: streams only
  std::chrono::milliseconds stream_idle{30'000};  // stream_idle_timeout_ms: streams only
};

class AttemptClock {
 public:
  // Which end a read was given; the one it ran into when it timed out.
  enum class Bound { request, attempt, first_byte, idle };

  // `stream`: the first-byte and idle clocks apply. `who` names the upstream
  // in messages ("'openai' (model 'gpt-4o')").
  AttemptClock(std::string who, const AttemptTimeouts& timeouts, http::Deadline request_deadline,
               bool stream, http::Clock::time_point now = http::Clock::now());

  // The deadline for the next read (or for the response head), and which
  // bound it is. Never later than the request deadline or the attempt's end.
  http::Deadline next(http::Clock::time_point now = http::Clock::now());
  // Body bytes arrived: from now on the idle clock replaces the first-byte one.
  void got_bytes() { started_ = true; }

  // The end of the attempt as a whole (request deadline or timeout_ms).
  http::Deadline attempt_end() const { return attempt_end_; }
  Bound last_bound() const { return bound_; }
  // The 504 for a read that timed out against the last deadline `next` gave:
  // which clock ran out and the config key that sets it. Retryable while no
  // byte of an answer has reached the client (the gateway decides).
  core::Error timeout_error() const;

 private:
  std::string who_;
  AttemptTimeouts timeouts_;
  http::Deadline request_deadline_;
  http::Deadline attempt_end_;
  http::Deadline first_byte_end_;
  bool stream_;
  bool started_ = false;
  Bound bound_ = Bound::attempt;
};

}  // namespace switchyard::providers
