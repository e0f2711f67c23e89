// The pieces of a Response object that the whole answer (response_encode.cpp)
// and the streamed one (response_events.cpp) write alike: output items, the
// usage, the object itself around its output. Internal to api/responses.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "switchyard/api/openai/body_writer.hpp"
#include "switchyard/api/responses/responses_codec.hpp"
#include "switchyard/core/finish_reason.hpp"
#include "switchyard/core/usage.hpp"

namespace switchyard::api::responses {

using Json = openai::BodyWriter;

// One output item as it stands (whole, or so far in a stream).
struct OutputItem {
  enum class Kind : std::uint8_t { message, function_call, reasoning };
  struct Part {
    bool refusal = false;  // a refusal part, else output_text
    std::string text;
  };
  Kind kind = Kind::message;
  std::string id;
  std::string_view status = "completed";  // in_progress | completed | incomplete
  std::vector<Part> parts;  // message: its parts; reasoning: its reasoning_text (one part)
  std::string call_id;      // function_call
  std::string name;         // function_call
  std::string arguments;    // function_call
};

void write_item(Json& j, const OutputItem& item);
// A message's content part (output_text with no annotations, or refusal).
void write_part(Json& j, const OutputItem::Part& part, OutputItem::Kind kind);

// The answer's state: in_progress while streaming, then completed, or
// incomplete (why: max_output_tokens or content_filter), or failed (a
// stream cut by an error: its `error` object).
struct ResponseState {
  std::string id;
  std::int64_t created_at = 0;
  std::string model;
  std::string_view status = "completed";
  std::string_view incomplete_reason;  // empty: none
  std::optional<core::Usage> usage;    // unset: null
  std::string_view error_code;         // failed: one of the Response error codes; else empty
  std::string error_message;
};

// The status and incomplete reason a finish gives.
void finish_state(const core::FinishReason& finish, ResponseState& state);

// The whole Response object.
void write_response(Json& j, const ResponseState& state, const RequestEcho& echo,
                    const std::vector<OutputItem>& output);

// Item ids derived from the response's: msg_/fc_/rs_ + its suffix + the
// item's output index.
std::string item_id(std::string_view response_id, OutputItem::Kind kind, std::size_t index);

}  // namespace switchyard::api::responses
