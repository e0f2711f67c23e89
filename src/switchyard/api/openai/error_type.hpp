// OpenAI's error `type` for each kind of error (invalid_request_error,
// authentication_error, rate_limit_error, server_error, ...): the error
// object's (encode_error) and the Responses stream's in-band error event's.
#pragma once

#include "switchyard/core/error.hpp"

namespace switchyard::api::openai {

const char* error_type(const core::Error& err);

}  // namespace switchyard::api::openai
