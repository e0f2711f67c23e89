// OpenAI Chat Completions wire format <-> canonical core types.
//
// Used in both directions: inbound (a client speaks OpenAI to the gateway)
// and outbound (the openai_compatible provider speaks OpenAI to an upstream).
// Decoding uses simdjson; encoding uses RapidJSON's Writer.
#pragma once

#include <string>
#include <string_view>

#include "switchyard/api/openai/chat_chunk.hpp"
#include "switchyard/core/chat.hpp"
#include "switchyard/core/error.hpp"

namespace switchyard::api::openai {

// Client request body → ChatRequest. Errors are invalid_request with a message
// that names the field and says what to send instead (e.g. "'messages' must be
// a non-empty array of message objects"), `param` set to the field path
// (e.g. "messages[2].role").
//
// What the gateway does not model is kept as the client's exact JSON text:
// unknown members at the top level and inside every modelled object
// (messages, content parts, image_url, tool calls, tools and their function,
// tool_choice, response_format, stream_options), content parts of other types
// than text, refusal and image_url (whole), JSON schemas and tool parameters.
// Numbers in that text stay as written, integers wider than 64 bits included;
// such an integer in a field the gateway reads is a 400 naming the field.
core::Expected<core::ChatRequest> decode_chat_request(std::string_view body);

// ChatRequest → upstream request body. `upstream_model` replaces `model`;
// everything carried through is written back unchanged, after the modelled
// members of its object. When `req.stream` is set, stream_options is sent with
// include_usage (the gateway meters every stream) and the client's other
// stream options; without `stream` there is no stream_options.
std::string encode_chat_request(const core::ChatRequest& req, std::string_view upstream_model);

// Upstream (or fake) non-streamed response body → ChatResponse.
core::Expected<core::ChatResponse> decode_chat_response(std::string_view body);
// ChatResponse → body sent to the client ("object":"chat.completion").
std::string encode_chat_response(const core::ChatResponse& resp);

// One SSE `data:` payload of a streamed response → ChatChunk.
core::Expected<ChatChunk> decode_chat_chunk(std::string_view data);
// ChatChunk → JSON text ("object":"chat.completion.chunk"), appended to `out`.
void encode_chat_chunk(const ChatChunk& chunk, std::string& out);

// Error → {"error":{"message","type","param","code"}} with the OpenAI `type`
// for the kind (invalid_request_error, authentication_error, ...).
std::string encode_error(const core::Error& err);
// An upstream's error response (status + body, possibly not JSON) → Error,
// keeping the upstream's status and message where meaningful; 429/5xx/408
// are retryable.
core::Error decode_upstream_error(int status, std::string_view body);

}  // namespace switchyard::api::openai
