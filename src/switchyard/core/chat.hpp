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

#include "switchyard/core/answer_signals.hpp"
#include "switchyard/core/content.hpp"
#include "switchyard/core/finish_reason.hpp"
#include "switchyard/core/raw_fields.hpp"
#include "switchyard/core/usage.hpp"

namespace switchyard::core {

enum class Role { system, developer, user, assistant, tool };

const char* to_string(Role r);
std::optional<Role> role_from_string(std::string_view s);

struct Message {
  Role role = Role::user;
  ContentForm form = ContentForm::string;  // how its content was written
  // In order. OpenAI: the content parts (one text block for a string
  // content), then the tool calls (tool use blocks), then a `refusal` member;
  // a tool message holds one tool result block.
  Blocks content;
  std::string name;  // optional participant name
  RawFields extra;   // unmodelled members

  // All text the message carries (text and refusal blocks, those of tool
  // results included), concatenated with '\n'.
  std::string text() const { return text_of(content); }
};

// A message whose content is one string.
Message text_message(Role role, std::string text);

// A system (or developer) message, kept apart from the conversation.
struct SystemPrompt {
  // Where it stood: the number of conversation messages sent before it.
  std::size_t position = 0;
  Message message;  // role: system or developer
};

struct Tool {
  std::string type = "function";
  std::string name;
  std::string description;
  std::string parameters_json;  // raw JSON schema; empty when absent
  std::optional<bool> strict;
  RawFields extra;           // unmodelled members of the tool
  RawFields function_extra;  // ... and of its "function" object
  std::optional<CacheControl> cache;
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

// How much the model may reason before it answers. Unset members: the
// provider's default.
struct ReasoningSettings {
  // OpenAI's reasoning_effort as the client wrote it ("none", "minimal",
  // "low", "medium", "high"; a newer word passes as sent); empty: not set.
  std::string effort;
  // A token budget for the reasoning (Anthropic's thinking.budget_tokens).
  std::optional<std::int64_t> budget_tokens;
};

struct ChatRequest {
  // The dialect the client spoke: every raw member the request carries
  // (`extra`, `*_json`, opaque blocks) is that dialect's JSON.
  Dialect dialect = Dialect::openai;
  std::string model;
  // The instructions (OpenAI's system and developer messages, each with the
  // role it came as and its place, so the OpenAI encoder writes back the
  // list that came; Anthropic's `system`), then the conversation.
  InlineVector<SystemPrompt> system;
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
  ReasoningSettings reasoning;

  std::string user;
  std::vector<std::pair<std::string, std::string>> metadata;  // string → string
  RawFields extra;                                            // unmodelled top-level fields

  // The effective output-token cap: max_completion_tokens, else max_tokens.
  std::optional<std::int64_t> output_token_limit() const {
    return max_completion_tokens ? max_completion_tokens : max_tokens;
  }
};

// Calls f(message, index) for every message of `r`, instructions included,
// in the order the client sent them (`index`: its place in that list).
template <typename Request, typename F>
void for_each_message(Request& r, F&& f) {
  std::size_t s = 0;
  std::size_t index = 0;
  for (std::size_t i = 0; i <= r.messages.size(); ++i) {
    while (s < r.system.size() && (r.system[s].position <= i || i == r.messages.size())) {
      f(r.system[s++].message, index++);
    }
    if (i < r.messages.size()) f(r.messages[i], index++);
  }
}

// The messages in the order the client sent them, instructions included.
std::vector<Message> messages_in_order(const ChatRequest& r);

struct Choice {
  int index = 0;
  Message message;  // role == assistant (message.extra: its unmodelled members)
  FinishReason finish_reason;
  std::string logprobs_json;  // the upstream's "logprobs" object; empty: null
  RawFields extra;            // unmodelled members of the choice
};

struct ChatResponse {
  Dialect dialect = Dialect::openai;  // of every raw member it carries
  std::string id;
  std::string model;
  std::int64_t created = 0;
  std::vector<Choice> choices;
  std::optional<Usage> usage;
  std::string system_fingerprint;
  RawFields extra;  // unmodelled top-level members (service_tier, ...)
  // How sure the model was of its first choice, when the provider measured
  // it (the in-process engine, asked to: a cascade's first attempt). Never
  // sent to the client.
  std::optional<AnswerSignals> signals;
};

}  // namespace switchyard::core
