#include "switchyard/providers/upstream_failure.hpp"

#include "switchyard/http/client.hpp"

namespace switchyard::providers {

core::Error invalid_upstream_payload(std::string_view what, const core::Error& decode_error) {
  return {core::ErrorKind::upstream,
          502,
          "upstream returned an invalid " + std::string(what) + ": " + decode_error.message,
          {},
          "invalid_upstream_response",
          true};
}

core::Error too_large(const std::string& who, std::string what, std::string_view key,
                      std::size_t limit) {
  return {core::ErrorKind::upstream,
          502,
          "upstream " + who + " sent " + std::move(what) + " larger than the provider's " +
              std::string(key) + " (" + std::to_string(limit) +
              " bytes), so its answer was cut; raise " + std::string(key) +
              " if that upstream is right to",
          {},
          std::string(http::kResponseTooLargeCode),
          true};
}

core::Error stream_limit_error(const std::string& who, http::SseStop why,
                               const http::SseLimits& limits) {
  if (why == http::SseStop::line_too_long)
    return too_large(who, "a stream line", "max_stream_line_bytes", limits.max_line_bytes);
  return too_large(who, "a stream event (data lines without the blank line that ends an event)",
                   "max_stream_event_bytes", limits.max_event_bytes);
}

core::Error attempt_failure(core::Error e, const AttemptClock& clock, const std::string& who,
                            std::size_t max_body) {
  if (e.kind == core::ErrorKind::timeout && e.code != http::kConnectFailedCode)
    return clock.timeout_error();
  if (e.code == http::kResponseTooLargeCode)
    return too_large(who, "a body", "max_response_bytes", max_body);
  return e;
}

}  // namespace switchyard::providers
