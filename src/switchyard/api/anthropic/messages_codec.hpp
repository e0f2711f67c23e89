// Anthropic Messages wire format <-> canonical core types (inbound: a client
// speaks Anthropic's Messages API to the gateway).
//
// Decoding uses simdjson's DOM with the OpenAI codec's field reader (the
// same strict reading: a 400 naming the field and saying what to send);
// encoding uses RapidJSON's Writer. What the gateway does not model is kept
// as the client's exact JSON text tagged with core::Dialect::anthropic:
// unknown top-level members and unknown members of text, image and tool
// blocks, whole blocks of types it cannot read (document, search_result,
// server tool blocks, ...: OpaqueBlock). Encoders of other dialects leave
// that text out (core/content.hpp).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "switchyard/core/chat.hpp"
#include "switchyard/core/error.hpp"

namespace switchyard::api::anthropic {

// What a body is decoded for: a message to create (max_tokens required) or
// POST /v1/messages/count_tokens (no max_tokens, no stream).
enum class MessagesBody { create, count_tokens };

// A client's Messages request → ChatRequest (dialect anthropic).
//   system (a string or text blocks)      → ChatRequest::system, one prompt at position 0
//   messages[].content blocks             → Message blocks; a user turn's tool_result blocks
//                                           become tool messages of one result each, in
//                                           place (the canonical shape: chat.hpp), the
//                                           rest of the turn a user message
//   max_tokens (required to create)       → max_tokens
//   stop_sequences                        → stop
//   temperature, top_p                    → the same; top_k stays in `extra` (as sent)
//   metadata.user_id                      → user
//   tools (custom tools: input_schema)    → tools; tool_choice auto/any/tool/none →
//                                           auto/required/function/none,
//                                           disable_parallel_tool_use → parallel_tool_calls
//   thinking {type: enabled, budget_tokens} → reasoning.budget_tokens
//   cache_control on blocks and tools     → Block::cache / Tool::cache
// Streams always carry usage (include_usage), as Anthropic's do.
core::Expected<core::ChatRequest> decode_messages_request(std::string_view body,
                                                          MessagesBody kind = MessagesBody::create);

// ChatResponse (its first choice) → an Anthropic message: id msg_..., the
// content blocks (text, tool_use with `input` as a JSON object, thinking,
// redacted_thinking), stop_reason, usage with cache tokens apart.
std::string encode_message_response(const core::ChatResponse& resp);

// Anthropic's id for a message: `id` when it already is one (msg_...),
// else msg_ + id (an upstream's chatcmpl-..., or a fresh one when empty).
std::string message_id(std::string_view id);

// The stop_reason word for a finish: the provider's own word when it spoke
// Anthropic, else end_turn / max_tokens / tool_use / refusal.
std::string_view stop_reason(const core::FinishReason& r);

// A tool call's arguments as Anthropic's `input` object: the JSON text when
// it is an object, {} when empty, else {"_arguments": "<text as sent>"}
// (the model wrote something that is not a JSON object; kept, not dropped).
std::string tool_input_json(std::string_view arguments);

// Error → {"type":"error","error":{"type":...,"message":...}} with
// Anthropic's type for the kind and status.
std::string encode_error(const core::Error& err);
// The error type Anthropic uses for `err` (invalid_request_error, ...).
std::string_view error_type(const core::Error& err);

// {"input_tokens": n}: the answer of POST /v1/messages/count_tokens.
std::string encode_token_count(std::int64_t input_tokens);

}  // namespace switchyard::api::anthropic
