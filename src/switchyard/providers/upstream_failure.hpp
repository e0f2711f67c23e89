// The errors an HTTP adapter reports when an attempt fails on the way
// rather than with an upstream's own error answer: a body, line or event
// larger than the provider's limits, an answer that does not decode, and a
// client failure said in the words of the clock that ran out. Shared by every
// adapter that speaks HTTP (openai_compatible, azure_openai, gemini), so a
// limit or a clock reads the same whichever upstream hit it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "switchyard/core/error.hpp"
#include "switchyard/http/sse.hpp"
#include "switchyard/providers/attempt_clock.hpp"

namespace switchyard::providers {

// 502 invalid_upstream_response: the upstream's `what` ("response", "stream
// event") did not decode; retryable (another attempt may be answered well).
core::Error invalid_upstream_payload(std::string_view what, const core::Error& decode_error);

// An upstream that sent more than the gateway holds for one line, one event
// or one body: the answer is cut, and the message names the key to raise.
core::Error too_large(const std::string& who, std::string what, std::string_view key,
                      std::size_t limit);

// too_large for the reason an SseParser stopped.
core::Error stream_limit_error(const std::string& who, http::SseStop why,
                               const http::SseLimits& limits);

// A client failure, in the words of the clocks and limits it ran into: a
// timeout becomes the clock's own error (which clock, which key), a body
// over `max_body` names max_response_bytes.
core::Error attempt_failure(core::Error e, const AttemptClock& clock, const std::string& who,
                            std::size_t max_body);

}  // namespace switchyard::providers
