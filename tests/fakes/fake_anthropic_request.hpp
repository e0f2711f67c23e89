// What the fake Anthropic server reads from a Messages body, checked the
// way Anthropic's API checks it (docs.claude.com/en/api/messages): unknown
// top-level members are refused ("<name>: Extra inputs are not permitted"),
// model and max_tokens (a positive integer) are required, messages must be
// non-empty with roles user or assistant, text blocks must be non-empty,
// temperature is 0-1, images are base64 (jpeg, png, gif, webp) or url
// sources, every tool_use of an assistant turn is answered by a
// tool_result in the next user turn (results first in that turn) and no
// tool_result answers a call that was not made, tools have a name and an
// input_schema of type object, tool_choice is auto, any, tool (with a
// name) or none, and output_config.format is a json_schema with a schema.
// API version 2026-10-21 (the `anthropic-version` a request names) also
// refuses temperature, top_p and top_k (even at their defaults), document
// blocks in assistant turns and citations on text blocks of user turns;
// 2023-06-01 takes them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace switchyard::testing::anthropic {

struct ToolResult {
  std::string tool_use_id;
  std::string text;  // its content's text, joined
};

struct Image {
  std::string media_type;  // "url" for a url source
  std::size_t bytes = 0;   // decoded size of a base64 source
};

struct Request {
  std::string model;
  bool stream = false;
  std::int64_t max_tokens = 0;
  std::string last_user_text;            // the text blocks of the last user turn, joined
  std::vector<ToolResult> last_results;  // of the last user turn
  std::vector<Image> images;             // of the last user turn
  std::string system_text;
  std::vector<std::string> tools;  // names, in order
  std::string choice;              // tool_choice.type; "" unset
  std::string choice_name;         // tool_choice.name (type tool)
  bool json = false;               // output_config.format json_schema
  std::vector<std::string> stop_sequences;
  std::int64_t prompt_words = 0;  // words of every text sent
};

// The request, or the message of Anthropic's 400 invalid_request_error.
struct Checked {
  std::optional<Request> request;
  std::string error;
};

// The API versions the fake serves.
inline constexpr std::string_view kVersion2023 = "2023-06-01";
inline constexpr std::string_view kVersion2026 = "2026-10-21";

Checked check_request(std::string_view body, std::string_view version = kVersion2023);

}  // namespace switchyard::testing::anthropic
