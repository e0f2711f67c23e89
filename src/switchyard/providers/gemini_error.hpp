// What a Gemini error answer becomes. Google's APIs answer errors as
//
//   {"error": {"code": 429, "message": "...", "status": "RESOURCE_EXHAUSTED",
//              "details": [{"@type": "type.googleapis.com/google.rpc.RetryInfo",
//                           "retryDelay": "37s"}, ...]}}
//
// which upstream_error() already reads (message kept, scrubbed of the key;
// kind from the HTTP status; 429 and 5xx retryable; Retry-After kept). Here
// Gemini's own parts are added: the `status` word becomes the error's code,
// a RetryInfo delay is the wait when no Retry-After header came, and an
// invalid key — which Gemini answers with 400 INVALID_ARGUMENT and the
// reason API_KEY_INVALID — is the gateway's credential failure (502
// upstream_authentication_failed), not the client's bad request.
#pragma once

#include <string_view>

#include "switchyard/core/error.hpp"

namespace switchyard::providers {

core::Error gemini_upstream_error(int status, std::string_view body, std::string_view retry_after,
                                  std::string_view key);

}  // namespace switchyard::providers
