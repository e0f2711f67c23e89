// OpenAI Chat Completions wire format <-> canonical core types.
//
// Used in both directions: inbound (a client speaks OpenAI to the gateway)
// and outbound (the openai_compatible provider speaks OpenAI to an upstream).
// Decoding uses simdjson; encoding uses RapidJSON's Writer.
#pragma once

#include <string>
#include <string_view>

#include "switchyard/core/chat.hpp"
#include "switchyard/core/error.hpp"

namespace switchyard::api::openai {

// Client request body → ChatRequest. Errors are invalid_request with a message
// that names the field and says what to send instead (e.g. "'messages' must be
// a non-empty array of message objects"), `param` set to the field path
// (e.g. "messages[2].role").
core::Expected<core::ChatRequest> decode_chat_request(std::string_view body);

// ChatRequest → upstream request body. `upstream_model` replaces `model`;
// unmodelled fields (`extra`) are written back unchanged. When `req.stream`
// is set and the caller wants usage, stream_options.include_usage is sent.
std::string encode_chat_request(const core::ChatRequest& req, std::string_view upstream_model);

// Upstream (or fake) non-streamed response body → ChatResponse.
core::Expected<core::ChatResponse> decode_chat_response(std::string_view body);
// ChatResponse → body sent to the client ("object":"chat.completion").
std::string encode_chat_response(const core::ChatResponse& resp);

// One SSE `data:` payload of a streamed response → ChatChunk.
core::Expected<core::ChatChunk> decode_chat_chunk(std::string_view data);
// ChatChunk → JSON text ("object":"chat.completion.chunk"), appended to `out`.
void encode_chat_chunk(const core::ChatChunk& chunk, std::string& out);

// Error → {"error":{"message","type","param","code"}} with the OpenAI `type`
// for the kind (invalid_request_error, authentication_error, ...).
std::string encode_error(const core::Error& err);
// An upstream's error response (status + body, possibly not JSON) → Error,
// keeping the upstream's status and message where meaningful; 429/5xx/408
// are retryable.
core::Error decode_upstream_error(int status, std::string_view body);

}  // namespace switchyard::api::openai
