// Canonical chat model. Every inbound dialect decodes into these types and
// every provider adapter encodes from them, so N dialects and M providers need
// N + M translators instead of N x M.
//
// Raw JSON members (`*_json`, `raw`, `extra`) hold JSON text exactly as the
// client sent it (numbers as written, integers of any width); they let the
// gateway carry what it does not interpret (JSON schemas, tool parameters,
// content parts of other types, unknown fields at any level) through to
// OpenAI-compatible upstreams unchanged. The same goes the other way: what an
// upstream's answer carries that the gateway does not model (`logprobs`,
// `service_tier`, usage details, extras of choices, messages and deltas)
// reaches the client as the upstream wrote it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "switchyard/core/finish_reason.hpp"
#include "switchyard/core/raw_fields.hpp"
#include "switchyard/core/usage.hpp"

namespace switchyard::core {

enum class Role { system, developer, user, assistant, tool };

const char* to_string(Role r);
std::optional<Role> role_from_string(std::string_view s);

struct ContentPart {
  // `other`: any type the gateway cannot read (input_audio, file, types yet
  // to come); kept whole and sent on as it came.
  enum class Kind { text, image_url, refusal, other };
  Kind kind = Kind::text;
  std::string text;          // kind == text; kind == refusal: the refusal
  std::string image_url;     // kind == image_url: URL or data: URI
  std::string image_detail;  // "auto" | "low" | "high" | "" (unset)
  std::string type;          // kind == other: its "type"
  std::string raw;           // kind == other: the whole part object
  RawFields extra;           // text, image_url, refusal: unmodelled members of the part
  RawFields image_extra;     // image_url: unmodelled members of the image_url object

  // Whether the gateway can read everything the part says (its text).
  bool readable() const { return kind == Kind::text || kind == Kind::refusal; }
};

struct ToolCall {
  std::string id;
  std::string type = "function";
  std::string name;
  std::string arguments;     // JSON text as produced by the model (may be invalid JSON)
  RawFields extra;           // requests: unmodelled members of the call
  RawFields function_extra;  // ... and of its "function" object
};

struct Message {
  Role role = Role::user;
  // Content is either absent (null; e.g. an assistant turn with only tool
  // calls), a plain string, or a list of parts.
  enum class ContentForm { absent, text, parts };
  ContentForm form = ContentForm::text;
  std::string content;               // form == text
  std::vector<ContentPart> parts;    // form == parts
  std::string name;                  // optional participant name
  std::vector<ToolCall> tool_calls;  // assistant
  std::string tool_call_id;          // tool
  std::string refusal;               // assistant (responses only)
  RawFields extra;                   // unmodelled fields

  // All text the message carries (text and refusal parts), concatenated with '\n'.
  std::string text() const;
  // The first content part the gateway cannot read, or null.
  const ContentPart* unreadable_part() const;
};

struct Tool {
  std::string type = "function";
  std::string name;
  std::string description;
  std::string parameters_json;  // raw JSON schema; empty when absent
  std::optional<bool> strict;
  RawFields extra;           // unmodelled members of the tool
  RawFields function_extra;  // ... and of its "function" object
};

struct ToolChoice {
  enum class Mode { unset, none, auto_, required, function };
  Mode mode = Mode::unset;
  std::string function_name;  // mode == function
  RawFields extra;            // mode == function: unmodelled members of the object
  RawFields function_extra;   // ... and of its "function" object
};

struct ResponseFormat {
  enum class Type { unset, text, json_object, json_schema };
  Type type = Type::unset;
  std::string json_schema_json;  // raw JSON of the "json_schema" object (name, schema, strict)
  RawFields extra;               // unmodelled members of the response_format object
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
  bool include_usage = false;      // stream_options.include_usage
  RawFields stream_options_extra;  // its other members (sent on when streaming)

  std::vector<Tool> tools;
  ToolChoice tool_choice;
  std::optional<bool> parallel_tool_calls;
  ResponseFormat response_format;

  std::string user;
  std::vector<std::pair<std::string, std::string>> metadata;  // string → string
  RawFields extra;                                            // unmodelled top-level fields

  // The effective output-token cap: max_completion_tokens, else max_tokens.
  std::optional<std::int64_t> output_token_limit() const {
    return max_completion_tokens ? max_completion_tokens : max_tokens;
  }
};

struct Choice {
  int index = 0;
  Message message;  // role == assistant (message.extra: its unmodelled members)
  FinishReason finish_reason;
  std::string logprobs_json;  // the upstream's "logprobs" object; empty: null
  RawFields extra;            // unmodelled members of the choice
};

struct ChatResponse {
  std::string id;
  std::string model;
  std::int64_t created = 0;
  std::vector<Choice> choices;
  std::optional<Usage> usage;
  std::string system_fingerprint;
  RawFields extra;  // unmodelled top-level members (service_tier, ...)
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
  FinishReason finish_reason;  // last delta only
  std::string logprobs_json;   // the upstream's "logprobs" of this chunk; empty: null
  RawFields delta_extra;       // unmodelled members of the "delta" object (reasoning_content, ...)
  RawFields extra;             // unmodelled members of the choice
};

struct ChatChunk {
  std::string id;
  std::string model;
  std::int64_t created = 0;
  std::vector<ChoiceDelta> choices;
  std::optional<Usage> usage;  // final usage chunk (choices empty)
  std::string system_fingerprint;
  RawFields extra;  // unmodelled top-level members (service_tier, obfuscation, ...)
};

}  // namespace switchyard::core
