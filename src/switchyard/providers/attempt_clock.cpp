#include "switchyard/providers/attempt_clock.hpp"

#include <algorithm>

namespace switchyard::providers {

AttemptClock::AttemptClock(std::string who, const AttemptTimeouts& timeouts,
                           http::Deadline request_deadline, bool stream,
                           http::Clock::time_point now)
    : who_(std::move(who)),
      timeouts_(timeouts),
      request_deadline_(request_deadline),
      attempt_end_(std::min(request_deadline, now + timeouts.attempt)),
      first_byte_end_(now + timeouts.first_byte),
      stream_(stream) {}

http::Deadline AttemptClock::next(http::Clock::time_point now) {
  // Ties go to the wider clock, whose message is the one that helps.
  http::Deadline d = request_deadline_;
  bound_ = Bound::request;
  if (attempt_end_ < d) {
    d = attempt_end_;
    bound_ = Bound::attempt;
  }
  if (stream_) {
    const http::Deadline own = started_ ? now + timeouts_.stream_idle : first_byte_end_;
    if (own < d) {
      d = own;
      bound_ = started_ ? Bound::idle : Bound::first_byte;
    }
  }
  return d;
}

core::Error AttemptClock::timeout_error() const {
  std::string m = "upstream " + who_;
  std::string code = "upstream_timeout";
  switch (bound_) {
    case Bound::request:
      m += " did not finish before the request's deadline (server.request_timeout_ms)";
      break;
    case Bound::attempt:
      m += " did not finish within the provider's timeout_ms (" +
           std::to_string(timeouts_.attempt.count()) + " ms)";
      break;
    case Bound::first_byte:
      m += " sent no answer within the provider's first_byte_timeout_ms (" +
           std::to_string(timeouts_.first_byte.count()) + " ms)";
      code = "upstream_first_byte_timeout";
      break;
    case Bound::idle:
      m += " stalled mid-stream: nothing arrived for the provider's stream_idle_timeout_ms (" +
           std::to_string(timeouts_.stream_idle.count()) + " ms)";
      code = "upstream_idle_timeout";
      break;
  }
  return {core::ErrorKind::timeout, 504, std::move(m), {}, std::move(code), true};
}

}  // namespace switchyard::providers
