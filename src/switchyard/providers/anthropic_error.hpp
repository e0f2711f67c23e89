// What an Anthropic error answer becomes. Anthropic answers errors as
//
//   {"type": "error",
//    "error": {"type": "rate_limit_error", "message": "..."},
//    "request_id": "req_..."}
//
// with the status saying the kind: 400 invalid_request_error, 401
// authentication_error, 403 permission_error, 404 not_found_error, 413
// request_too_large, 429 rate_limit_error, 500 api_error, 529
// overloaded_error. Here: the message kept (scrubbed of the key), the
// status kept, the error's `type` as the code; 408, 409, 429, 5xx and 529
// retryable; 401 and 403 are the gateway's credential failure (502
// upstream_authentication_failed: the provider key needs fixing, not the
// client's). The wait before a retry is `retry-after` (seconds, as
// Anthropic sends it with a 429), else, for a 429, the latest
// `anthropic-ratelimit-<limit>-reset` (RFC 3339) among the limits whose
// `anthropic-ratelimit-<limit>-remaining` is 0.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "switchyard/core/error.hpp"

namespace switchyard::providers {

using ResponseHeaders = std::vector<std::pair<std::string, std::string>>;

core::Error anthropic_upstream_error(int status, std::string_view body,
                                     std::string_view retry_after, const ResponseHeaders& headers,
                                     std::string_view key);

// The wait the anthropic-ratelimit-* headers ask for, as above; nullopt
// when no exhausted limit names a reset time. `now` is the wall clock.
std::optional<std::chrono::milliseconds> anthropic_rate_limit_wait(
    const ResponseHeaders& headers, std::chrono::system_clock::time_point now);

// An RFC 3339 time ("2025-10-25T12:01:00Z", fractions and offsets too) as
// a wall-clock time; nullopt when it is not one.
std::optional<std::chrono::system_clock::time_point> parse_rfc3339(std::string_view text);

}  // namespace switchyard::providers
