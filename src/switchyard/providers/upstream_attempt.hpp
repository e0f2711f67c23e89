// One attempt at an HTTP upstream, as every adapter that speaks HTTP
// (openai_compatible, anthropic, gemini) makes it: each wait is bounded by
// the attempt's clocks (attempt_clock.hpp), counted as upstream wait on the
// request (core::UpstreamWaitTimer), and a transport failure comes back in
// the words of the clock or limit it ran into (attempt_failure). The adapter
// keeps what differs: the request it builds, its upstream's error answers
// and how it reads its events.
#pragma once

#include <chrono>
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "switchyard/core/error.hpp"
#include "switchyard/core/request_context.hpp"
#include "switchyard/http/asio.hpp"
#include "switchyard/http/client.hpp"
#include "switchyard/http/sse.hpp"
#include "switchyard/providers/attempt_clock.hpp"

namespace switchyard::providers {

// How messages name an upstream: "'openai' (model 'gpt-4o')".
std::string upstream_name(std::string_view provider, std::string_view model);

// An adapter's options as the attempt's clocks (timeout_ms,
// first_byte_timeout_ms, stream_idle_timeout_ms).
template <class Options>
AttemptTimeouts attempt_timeouts(const Options& o) {
  AttemptTimeouts t;
  t.attempt = o.timeout;
  t.first_byte = o.first_byte_timeout;
  t.stream_idle = o.stream_idle_timeout;
  return t;
}

class UpstreamAttempt {
 public:
  // `who`: upstream_name(...). `stream`: the first-byte and idle clocks apply.
  UpstreamAttempt(core::RequestContext& ctx, std::string who, const AttemptTimeouts& timeouts,
                  bool stream);

  const std::string& who() const { return who_; }
  // The end of the attempt as a whole.
  http::Deadline end() const { return clock_.attempt_end(); }

  // A request and its whole answer (at most `max_body` bytes of body).
  http::Task<core::Expected<http::ClientResponse>> request(
      const http::Url& base, const http::TlsOptions& tls, http::ClientRequest req,
      std::chrono::milliseconds connect_timeout, std::size_t max_body);
  // A request whose answer is read as it comes: its status and head.
  http::Task<core::Expected<std::unique_ptr<http::ResponseStream>>> open(
      const http::Url& base, const http::TlsOptions& tls, http::ClientRequest req,
      std::chrono::milliseconds connect_timeout);
  // The whole body of an opened answer (up to `max_body` bytes), read by
  // the attempt's end: an error answer's, or an answer that came whole.
  http::Task<core::Expected<std::string>> body(http::ResponseStream& stream, std::size_t max_body);
  // The body of an error answer, whatever of it comes by the attempt's end.
  http::Task<std::string> error_body(http::ResponseStream& stream);
  // The events the next piece of an SSE body completes, in `events` (maybe
  // none); false once the body is complete. A failed read is the clock's or
  // the transport's error, retryable while nothing has reached the client
  // (`started` false).
  http::Task<core::Expected<bool>> next_events(http::ResponseStream& stream,
                                               http::SseParser& parser,
                                               std::vector<http::SseEvent>& events, bool started);
  // What follows the end of an answer, read (up to a few KB, by the
  // attempt's end) so the connection can be reused.
  http::Task<void> drain(http::ResponseStream& stream);

 private:
  core::RequestContext& ctx_;
  std::string who_;
  AttemptClock clock_;
};

}  // namespace switchyard::providers
