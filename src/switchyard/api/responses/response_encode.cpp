// A Response object from a canonical answer, and the request's settings it
// repeats (responses_codec.hpp).
#include <chrono>
#include <random>

#include "switchyard/api/openai/request_fields.hpp"
#include "switchyard/api/responses/response_object.hpp"
#include "switchyard/api/responses/responses_codec.hpp"

namespace switchyard::api::responses {
namespace {

std::string_view kind_prefix(OutputItem::Kind kind) {
  switch (kind) {
    case OutputItem::Kind::message:
      return "msg_";
    case OutputItem::Kind::function_call:
      return "fc_";
    case OutputItem::Kind::reasoning:
      return "rs_";
  }
  return "msg_";
}

void write_usage(Json& j, const std::optional<core::Usage>& usage) {
  j.key("usage");
  if (!usage) {
    j.null();
    return;
  }
  const core::Usage& u = *usage;
  j.start_object();
  j.kv_int("input_tokens", u.input_tokens);
  j.key("input_tokens_details");
  j.start_object();
  j.kv_int("cached_tokens", u.cache_read_tokens);
  j.end_object();
  j.kv_int("output_tokens", u.output_tokens);
  j.key("output_tokens_details");
  j.start_object();
  j.kv_int("reasoning_tokens", u.reasoning_tokens);
  j.end_object();
  j.kv_int("total_tokens", u.total_tokens > 0 ? u.total_tokens : u.input_tokens + u.output_tokens);
  j.end_object();
}

void write_tool_choice(Json& j, const core::ToolChoice& tc) {
  j.key("tool_choice");
  using Mode = core::ToolChoice::Mode;
  switch (tc.mode) {
    case Mode::none:
      j.str("none");
      break;
    case Mode::required:
      j.str("required");
      break;
    case Mode::function:
      j.start_object();
      j.kv("type", "function");
      j.kv("name", tc.function_name);
      j.end_object();
      break;
    default:
      j.str("auto");
      break;
  }
}

void write_format(Json& j, const core::ResponseFormat& rf) {
  j.key("text");
  j.start_object();
  j.key("format");
  switch (rf.type) {
    case core::ResponseFormat::Type::json_object:
      j.start_object();
      j.kv("type", "json_object");
      j.end_object();
      break;
    case core::ResponseFormat::Type::json_schema:
      // The decoder's {"name",...} object (request_decode.cpp), flattened
      // back into the format as the client wrote it.
      if (rf.json_schema_json.size() > 2 && rf.json_schema_json.front() == '{') {
        j.raw("{\"type\":\"json_schema\"," + rf.json_schema_json.substr(1), rapidjson::kObjectType);
      } else {
        j.start_object();
        j.kv("type", "json_schema");
        j.end_object();
      }
      break;
    default:
      j.start_object();
      j.kv("type", "text");
      j.end_object();
      break;
  }
  j.end_object();
}

void write_tools(Json& j, const std::vector<core::Tool>& tools) {
  j.key("tools");
  j.start_array();
  for (const core::Tool& t : tools) {
    j.start_object();
    j.kv("type", "function");
    j.kv("name", t.name);
    j.kv_str_or_null("description", t.description);
    j.key("parameters");
    if (t.parameters_json.empty()) {
      j.null();
    } else {
      j.raw(t.parameters_json, rapidjson::kObjectType);
    }
    j.key("strict");
    if (t.strict) {
      j.boolean(*t.strict);
    } else {
      j.null();
    }
    j.end_object();
  }
  j.end_array();
}

void write_optional(Json& j, std::string_view k, const std::optional<double>& v) {
  if (v) {
    j.kv_opt(k, v);
  } else {
    j.key(k);
    j.null();
  }
}

}  // namespace

std::string item_id(std::string_view response_id, OutputItem::Kind kind, std::size_t index) {
  std::string id(kind_prefix(kind));
  id += response_id.starts_with("resp_") ? response_id.substr(5) : response_id;
  id += '_';
  openai::append_int(id, static_cast<std::int64_t>(index));
  return id;
}

std::string response_id(std::string_view id) {
  if (id.starts_with("resp_")) return std::string(id);
  std::string out = "resp_";
  for (char c : id) {
    if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) out += c;
  }
  if (out.size() == 5) {
    thread_local std::mt19937_64 rng{std::random_device{}()};
    static constexpr char hex[] = "0123456789abcdef";
    for (int i = 0; i < 2; ++i) {
      std::uint64_t v = rng();
      for (int k = 0; k < 16; ++k, v >>= 4) out += hex[v & 15];
    }
  }
  return out;
}

RequestEcho echo_of(const core::ChatRequest& r) {
  RequestEcho e;
  e.model = r.model;
  // The top-level instructions: the one prompt in string form (the
  // decoder's mark; input items' prompts are in blocks form).
  if (!r.system.empty() && r.system.front().position == 0 &&
      r.system.front().message.form == core::ContentForm::string) {
    e.instructions = r.system.front().message.text();
  }
  e.max_output_tokens = r.output_token_limit();
  e.parallel_tool_calls = r.parallel_tool_calls.value_or(true);
  e.temperature = r.temperature;
  e.top_p = r.top_p;
  e.tool_choice = r.tool_choice;
  e.tools = r.tools;
  e.text_format = r.response_format;
  e.metadata = r.metadata;
  e.user = r.user;
  e.reasoning_effort = r.reasoning.effort;
  return e;
}

void write_part(Json& j, const OutputItem::Part& part, OutputItem::Kind kind) {
  j.start_object();
  if (kind == OutputItem::Kind::reasoning) {
    j.kv("type", "reasoning_text");
    j.kv("text", part.text);
  } else if (part.refusal) {
    j.kv("type", "refusal");
    j.kv("refusal", part.text);
  } else {
    j.kv("type", "output_text");
    j.kv("text", part.text);
    j.key("annotations");
    j.start_array();
    j.end_array();
    j.key("logprobs");
    j.start_array();
    j.end_array();
  }
  j.end_object();
}

void write_item(Json& j, const OutputItem& item) {
  j.start_object();
  switch (item.kind) {
    case OutputItem::Kind::message:
      j.kv("id", item.id);
      j.kv("type", "message");
      j.kv("status", item.status);
      j.kv("role", "assistant");
      j.key("content");
      j.start_array();
      for (const auto& p : item.parts) write_part(j, p, item.kind);
      j.end_array();
      break;
    case OutputItem::Kind::function_call:
      j.kv("id", item.id);
      j.kv("type", "function_call");
      j.kv("status", item.status);
      j.kv("call_id", item.call_id);
      j.kv("name", item.name);
      j.kv("arguments", item.arguments);
      break;
    case OutputItem::Kind::reasoning:
      j.kv("id", item.id);
      j.kv("type", "reasoning");
      j.kv("status", item.status);
      j.key("summary");
      j.start_array();
      j.end_array();
      j.key("content");
      j.start_array();
      for (const auto& p : item.parts) write_part(j, p, item.kind);
      j.end_array();
      break;
  }
  j.end_object();
}

void finish_state(const core::FinishReason& finish, ResponseState& state) {
  switch (finish.kind) {
    case core::FinishKind::length:
      state.status = "incomplete";
      state.incomplete_reason = "max_output_tokens";
      break;
    case core::FinishKind::content_filter:
      state.status = "incomplete";
      state.incomplete_reason = "content_filter";
      break;
    default:
      state.status = "completed";
      state.incomplete_reason = {};
      break;
  }
}

void write_response(Json& j, const ResponseState& s, const RequestEcho& echo,
                    const std::vector<OutputItem>& output) {
  j.start_object();
  j.kv("id", s.id);
  j.kv("object", "response");
  j.kv_int("created_at", s.created_at);
  j.kv("status", s.status);
  j.key("background");
  j.boolean(false);
  j.key("error");
  if (s.error_code.empty()) {
    j.null();
  } else {
    j.start_object();
    j.kv("code", s.error_code);
    j.kv("message", s.error_message);
    j.end_object();
  }
  j.key("incomplete_details");
  if (s.incomplete_reason.empty()) {
    j.null();
  } else {
    j.start_object();
    j.kv("reason", s.incomplete_reason);
    j.end_object();
  }
  j.key("instructions");
  if (echo.instructions) {
    j.str(*echo.instructions);
  } else {
    j.null();
  }
  j.key("max_output_tokens");
  if (echo.max_output_tokens) {
    j.int64(*echo.max_output_tokens);
  } else {
    j.null();
  }
  j.kv("model", s.model.empty() ? echo.model : s.model);
  j.key("output");
  j.start_array();
  for (const OutputItem& item : output) write_item(j, item);
  j.end_array();
  j.key("parallel_tool_calls");
  j.boolean(echo.parallel_tool_calls);
  j.key("previous_response_id");
  j.null();
  j.key("reasoning");
  j.start_object();
  j.kv_str_or_null("effort", echo.reasoning_effort);
  j.key("summary");
  j.null();
  j.end_object();
  j.key("store");
  j.boolean(false);  // the gateway keeps no responses
  write_optional(j, "temperature", echo.temperature);
  write_format(j, echo.text_format);
  write_tool_choice(j, echo.tool_choice);
  write_tools(j, echo.tools);
  write_optional(j, "top_p", echo.top_p);
  j.kv("truncation", "disabled");
  write_usage(j, s.usage);
  j.kv_str_or_null("user", echo.user);
  j.key("metadata");
  j.start_object();
  for (const auto& [k, v] : echo.metadata) j.kv(k, v);
  j.end_object();
  j.end_object();
}

std::string encode_response(const core::ChatResponse& response, const RequestEcho& echo) {
  ResponseState s;
  s.id = response_id(response.id);
  s.created_at = response.created > 0 ? response.created
                                      : std::chrono::duration_cast<std::chrono::seconds>(
                                            std::chrono::system_clock::now().time_since_epoch())
                                            .count();
  s.model = response.model;
  s.usage = response.usage;
  std::vector<OutputItem> output;
  if (!response.choices.empty()) {
    const core::Choice& choice = response.choices.front();
    finish_state(choice.finish_reason, s);
    OutputItem* message = nullptr;  // the message item consecutive parts join
    for (const core::Block& b : choice.message.content) {
      if (const auto* t = b.get<core::TextBlock>()) {
        if (t->text.empty()) continue;
        if (!message) {
          message = &output.emplace_back();
          message->kind = OutputItem::Kind::message;
        }
        message->parts.push_back({false, t->text});
      } else if (const auto* r = b.get<core::RefusalBlock>()) {
        if (!message) {
          message = &output.emplace_back();
          message->kind = OutputItem::Kind::message;
        }
        message->parts.push_back({true, r->text});
      } else if (const auto* tu = b.get<core::ToolUseBlock>()) {
        message = nullptr;
        OutputItem& call = output.emplace_back();
        call.kind = OutputItem::Kind::function_call;
        call.call_id = tu->id;
        call.name = tu->name;
        call.arguments = tu->arguments;
      } else if (const auto* th = b.get<core::ThinkingBlock>()) {
        message = nullptr;
        if (th->redacted || th->text.empty()) continue;  // encrypted: nothing to show
        OutputItem& reasoning = output.emplace_back();
        reasoning.kind = OutputItem::Kind::reasoning;
        reasoning.parts.push_back({false, th->text});
      }
      // Tool results and images never come in an answer; an opaque block of
      // another dialect has no place in a Response.
    }
  }
  for (std::size_t i = 0; i < output.size(); ++i) {
    output[i].id = item_id(s.id, output[i].kind, i);
    if (s.status == "incomplete" && i + 1 == output.size()) output[i].status = "incomplete";
  }
  std::string out;
  Json j(out);
  write_response(j, s, echo, output);
  return out;
}

}  // namespace switchyard::api::responses
