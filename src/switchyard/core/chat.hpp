// Canonical chat model. Every inbound dialect decodes into these types and
// every provider adapter encodes from them, so N dialects and M providers need
// N + M translators instead of N x M.
//
// Raw JSON members (`*_json`) hold minified JSON text exactly as the client
// sent it; they let the gateway carry fields it does not interpret (JSON
// schemas, tool parameters, unknown top-level fields) through unchanged.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace switchyard::core {

enum class Role { system, developer, user, assistant, tool };

const char* to_string(Role r);
std::optional<Role> role_from_string(std::string_view s);

struct ContentPart {
  enum class Kind { text, image_url };
  Kind kind = Kind::text;
  std::string text;          // kind == text
  std::string image_url;     // kind == image_url: URL or data: URI
  std::string image_detail;  // "auto" | "low" | "high" | "" (unset)
};

struct ToolCall {
  std::string id;
  std::string type = "function";
  std::string name;
  std::string arguments;  // JSON text as produced by the model (may be invalid JSON)
};

struct Message {
  Role role = Role::user;
  // Content is either absent (null; e.g. an assistant turn with only tool
  // calls), a plain string, or a list of parts.
  enum class ContentForm { absent, text, parts };
  ContentForm form = ContentForm::text;
  std::string content;                                     // form == text
  std::vector<ContentPart> parts;                          // form == parts
  std::string name;                                        // optional participant name
  std::vector<ToolCall> tool_calls;                        // assistant
  std::string tool_call_id;                                // tool
  std::string refusal;                                     // assistant (responses only)
  std::vector<std::pair<std::string, std::string>> extra;  // unmodelled fields: key → raw JSON

  // All text the message carries, parts concatenated with '\n'.
  std::string text() const;
};

struct Tool {
  std::string type = "function";
  std::string name;
  std::string description;
  std::string parameters_json;  // raw JSON schema; empty when absent
  std::optional<bool> strict;
};

struct ToolChoice {
  enum class Mode { unset, none, auto_, required, function };
  Mode mode = Mode::unset;
  std::string function_name;  // mode == function
};

struct ResponseFormat {
  enum class Type { unset, text, json_object, json_schema };
  Type type = Type::unset;
  std::string json_schema_json;  // raw JSON of the "json_schema" object (name, schema, strict)
};

struct ChatRequest {
  std::string model;
  std::vector<Message> messages;

  std::optional<double> temperature;
  std::optional<double> top_p;
  std::optional<double> frequency_penalty;
  std::optional<double> presence_penalty;
  std::optional<std::int64_t> max_tokens;
  std::optional<std::int64_t> max_completion_tokens;
  std::optional<std::int64_t> n;
  std::optional<std::int64_t> seed;
  std::vector<std::string> stop;

  bool stream = false;
  bool include_usage = false;  // stream_options.include_usage

  std::vector<Tool> tools;
  ToolChoice tool_choice;
  std::optional<bool> parallel_tool_calls;
  ResponseFormat response_format;

  std::string user;
  std::vector<std::pair<std::string, std::string>> metadata;  // string → string
  std::vector<std::pair<std::string, std::string>>
      extra;  // unmodelled top-level fields: key → raw JSON

  // The effective output-token cap: max_completion_tokens, else max_tokens.
  std::optional<std::int64_t> output_token_limit() const {
    return max_completion_tokens ? max_completion_tokens : max_tokens;
  }
};

struct Usage {
  std::int64_t prompt_tokens = 0;
  std::int64_t completion_tokens = 0;
  std::int64_t total_tokens = 0;
  std::int64_t cached_prompt_tokens = 0;
};

struct Choice {
  int index = 0;
  Message message;            // role == assistant
  std::string finish_reason;  // "stop" | "length" | "tool_calls" | "content_filter" | ""
};

struct ChatResponse {
  std::string id;
  std::string model;
  std::int64_t created = 0;
  std::vector<Choice> choices;
  std::optional<Usage> usage;
  std::string system_fingerprint;
};

// Streaming: a response is a sequence of chunks.
struct ToolCallDelta {
  int index = 0;
  std::string id;         // first delta of a call only
  std::string name;       // first delta of a call only
  std::string arguments;  // fragment
};

struct ChoiceDelta {
  int index = 0;
  std::optional<Role> role;  // first delta only
  std::optional<std::string> content;
  std::optional<std::string> refusal;
  std::vector<ToolCallDelta> tool_calls;
  std::string finish_reason;  // last delta only
};

struct ChatChunk {
  std::string id;
  std::string model;
  std::int64_t created = 0;
  std::vector<ChoiceDelta> choices;
  std::optional<Usage> usage;  // final usage chunk (choices empty)
  std::string system_fingerprint;
};

}  // namespace switchyard::core
