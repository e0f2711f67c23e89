// What an upstream's error answer becomes before anything else sees it.
// An upstream error is relayed to clients and summarised in the ledger, so
// three things are settled here, in one place for every provider that speaks
// HTTP: secrets the upstream quoted back are scrubbed (OpenAI quotes the key
// it was sent, masked or whole), a rejected gateway credential (401/403) is
// reported as the gateway's failure rather than the client's, and the
// upstream's Retry-After is kept for the retry policy.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "switchyard/core/error.hpp"

namespace switchyard::providers {

// The code of the error a deployment gets when its upstream rejects the
// credentials the gateway sent (502: the client's own key is not at fault).
inline constexpr std::string_view kUpstreamAuthenticationFailed = "upstream_authentication_failed";

// `text` with secrets replaced by "[redacted]":
// - `key` (the credential this gateway sent upstream) wherever it appears
//   whole, and its masked forms: a token around a run of `*` (or of dots)
//   whose visible ends are a prefix and a suffix of `key`;
// - anything shaped like an API key or a bearer credential, whoever's it is:
//   `sk-…` tokens (OpenAI, `sk-proj-…`, Anthropic's `sk-ant-…`) and the
//   token after `Bearer `.
// An empty or very short `key` (under 8 characters) only gets the shapes.
std::string scrub_secrets(std::string_view text, std::string_view key = {});
// Scrubs every text of `e` the client or the ledger could see.
void scrub_secrets(core::Error& e, std::string_view key = {});

// A Retry-After value (RFC 9110 §10.2.3): delay-seconds, or an HTTP-date
// taken relative to `now` (a date in the past is no wait). nullopt when the
// value is empty or neither form.
std::optional<std::chrono::milliseconds> parse_retry_after(
    std::string_view value, std::chrono::system_clock::time_point now);

// The error for an upstream's non-2xx answer: decoded from its body (any
// OpenAI-like error shape), scrubbed of `key` and key shapes, with the
// Retry-After header value kept; a 401/403 becomes 502
// `upstream_authentication_failed` (not retried on the same deployment;
// the gateway falls back and names the deployment).
core::Error upstream_error(int status, std::string_view body, std::string_view retry_after,
                           std::string_view key);

// The 502 upstream_authentication_failed a rejected gateway credential
// becomes, quoting the upstream's status and (scrubbed) message; for
// upstreams that say so with another status (Gemini: 400 API_KEY_INVALID).
core::Error rejected_credentials(int status, std::string_view upstream_message);

}  // namespace switchyard::providers
