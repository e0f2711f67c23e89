// OpenAI's Responses API wire format <-> canonical core types (inbound: a
// client speaks POST /v1/responses to the gateway), the stateless subset.
//
// The gateway keeps no responses, so whatever would need one is refused
// with a 400 naming the member: previous_response_id, conversation,
// background: true, prompt (a stored prompt), item_reference items, and
// also built-in tools (web_search, file_search, ...), which the gateway does
// not run, and top-level members it does not know. Decoding uses simdjson's
// DOM with the OpenAI codec's field reader (the same errors naming the
// field); encoding RapidJSON's Writer.
//
// The decoded request is tagged core::Dialect::openai and carries as raw
// JSON only what Chat Completions takes under the same name at its top
// level (service_tier, prompt_cache_key, safety_identifier, text.verbosity
// as verbosity), so an OpenAI-compatible upstream gets a Chat Completions
// body it accepts, and no other encoder writes any of it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "switchyard/core/chat.hpp"
#include "switchyard/core/error.hpp"

namespace switchyard::api::responses {

// A client's Responses request → ChatRequest (dialect openai).
//   instructions (a string)              → ChatRequest::system, at position 0, string form
//   input: a string                      → one user message
//   input: items, in order
//     message (role user/assistant/system/developer; content a string or
//       input_text / input_image / output_text / refusal parts)
//                                        → a message; system and developer ones become
//                                          SystemPrompts in place, in blocks form (the
//                                          string form is the instructions' mark)
//     function_call (call_id, name, arguments)
//                                        → a tool use block in the assistant message it
//                                          follows (a new one when none is open)
//     function_call_output (call_id, output: a string or input_text / input_image parts)
//                                        → a tool message of one tool result
//     reasoning                          → dropped (nothing is sent upstream: the
//                                          Chat Completions API has no place for it)
//   tools (type function only)           → tools (parameters, strict)
//   tool_choice none/auto/required/{type: function, name}
//                                        → tool_choice
//   text.format text/json_object/json_schema → response_format (json_schema's name,
//                                          schema, strict, description as Chat's
//                                          json_schema object)
//   max_output_tokens                    → max_completion_tokens
//   temperature, top_p, user, metadata, parallel_tool_calls, stream → the same
//   reasoning.effort                     → reasoning.effort
// Streams always carry usage (response.completed reports it).
core::Expected<core::ChatRequest> decode_responses_request(std::string_view body);

// What a Response object repeats of the request it answers (instructions,
// tools, sampling settings, ...), copied out so a stream writer can keep it
// without the request.
struct RequestEcho {
  std::string model;
  std::optional<std::string> instructions;
  std::optional<std::int64_t> max_output_tokens;
  bool parallel_tool_calls = true;
  std::optional<double> temperature;
  std::optional<double> top_p;
  core::ToolChoice tool_choice;
  std::vector<core::Tool> tools;
  core::ResponseFormat text_format;
  std::vector<std::pair<std::string, std::string>> metadata;
  std::string user;
  std::string reasoning_effort;
};
RequestEcho echo_of(const core::ChatRequest& request);

// The Response object's id for an answer: `id` when it already is one
// (resp_...), else resp_ + its letters and digits (an upstream's
// chatcmpl-..., or fresh random ones when it has none).
std::string response_id(std::string_view id);

// ChatResponse (its first choice) → a Response object: id resp_..., status
// completed (incomplete, with incomplete_details, when the answer was cut by
// the token limit or a content filter), output items (reasoning with
// reasoning_text, message with output_text / refusal parts, function_call
// with call_id and arguments), usage input/output/total tokens with their
// details, and the request's settings echoed.
std::string encode_response(const core::ChatResponse& response, const RequestEcho& echo);

}  // namespace switchyard::api::responses
