// Encoding side of the Anthropic Messages codec: the message a client gets,
// the error object, the token count.

#include <simdjson.h>

#include <random>

#include "switchyard/api/anthropic/anthropic_json.hpp"
#include "switchyard/api/anthropic/messages_codec.hpp"

namespace switchyard::api::anthropic {
namespace {

bool is_json_object(std::string_view text) {
  thread_local simdjson::dom::parser parser;
  simdjson::dom::element root;
  return !parser.parse(text.data(), text.size()).get(root) && root.is_object();
}

std::string fresh_id() {
  thread_local std::mt19937_64 rng{std::random_device{}()};
  static constexpr char digits[] = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  std::string id;
  for (int i = 0; i < 24; ++i) id += digits[rng() % 62];
  return id;
}

// Text and refusal blocks are text to Anthropic; an empty one is left out
// (Anthropic never sends one).
const std::string* text_of(const core::Block& b) {
  if (const auto* t = b.get<core::TextBlock>()) return &t->text;
  if (const auto* r = b.get<core::RefusalBlock>()) return &r->text;
  return nullptr;
}

void write_block(Json& j, const core::Block& b, bool anthropic_raw) {
  if (const std::string* text = text_of(b)) {
    if (text->empty()) return;
    j.start_object();
    j.kv("type", "text");
    j.kv("text", *text);
    if (const auto* t = b.get<core::TextBlock>(); t && anthropic_raw)
      for (const auto& [k, v] : t->extra) j.kv_raw(k, v);
    j.end_object();
  } else if (const auto* call = b.get<core::ToolUseBlock>()) {
    j.start_object();
    j.kv("type", "tool_use");
    j.kv("id", call->id);
    j.kv("name", call->name);
    j.key("input");
    j.raw(tool_input_json(call->arguments));
    if (anthropic_raw)
      for (const auto& [k, v] : call->extra) j.kv_raw(k, v);
    j.end_object();
  } else if (const auto* thinking = b.get<core::ThinkingBlock>()) {
    j.start_object();
    if (thinking->redacted) {
      j.kv("type", "redacted_thinking");
      j.kv("data", thinking->text);
    } else {
      j.kv("type", "thinking");
      j.kv("thinking", thinking->text);
      j.kv("signature", thinking->signature);
    }
    j.end_object();
  } else if (const auto* o = b.get<core::OpaqueBlock>()) {
    if (o->dialect == core::Dialect::anthropic && !o->json.empty()) j.raw(o->json);
  }
  // Images and tool results do not occur in an assistant's answer.
}

}  // namespace

std::string message_id(std::string_view id) {
  if (id.starts_with("msg_")) return std::string(id);
  if (id.empty()) return "msg_" + fresh_id();
  std::string out = "msg_";
  out += id;
  return out;
}

std::string_view stop_reason(const core::FinishReason& r) {
  if (!r.raw.empty() && r.dialect == core::Dialect::anthropic) return r.raw;
  switch (r.kind) {
    case core::FinishKind::length:
      return "max_tokens";
    case core::FinishKind::tool_use:
      return "tool_use";
    case core::FinishKind::content_filter:
      return "refusal";
    default:
      return "end_turn";
  }
}

std::string tool_input_json(std::string_view arguments) {
  std::size_t b = 0, e = arguments.size();
  while (b < e && (arguments[b] == ' ' || arguments[b] == '\n' || arguments[b] == '\t' ||
                   arguments[b] == '\r'))
    ++b;
  while (e > b && (arguments[e - 1] == ' ' || arguments[e - 1] == '\n' ||
                   arguments[e - 1] == '\t' || arguments[e - 1] == '\r'))
    --e;
  const std::string_view trimmed = arguments.substr(b, e - b);
  if (trimmed.empty()) return "{}";
  if (trimmed.front() == '{' && is_json_object(trimmed)) return std::string(trimmed);
  std::string out;
  Json j(out);
  j.start_object();
  j.kv("_arguments", arguments);
  j.end_object();
  return out;
}

std::string encode_message_response(const core::ChatResponse& resp) {
  std::string out;
  out.reserve(512);
  Json j(out);
  const bool anthropic_raw = resp.dialect == core::Dialect::anthropic;
  const core::Choice* choice = resp.choices.empty() ? nullptr : &resp.choices.front();
  j.start_object();
  j.kv("id", message_id(resp.id));
  j.kv("type", "message");
  j.kv("role", "assistant");
  j.kv("model", resp.model);
  j.key("content");
  j.start_array();
  if (choice)
    for (const core::Block& b : choice->message.content) write_block(j, b, anthropic_raw);
  j.end_array();
  j.key("stop_reason");
  if (choice && choice->finish_reason.finished()) {
    j.str(stop_reason(choice->finish_reason));
  } else {
    j.null();
  }
  // The stop sequence matched, when the provider said which (an Anthropic
  // upstream's own member).
  std::string_view matched;
  if (choice && anthropic_raw)
    for (const auto& [k, v] : choice->extra)
      if (k == "stop_sequence") matched = v;
  j.key("stop_sequence");
  if (matched.empty()) {
    j.null();
  } else {
    j.raw(matched);
  }
  write_usage(j, resp.usage.value_or(core::Usage{}));
  if (anthropic_raw)
    for (const auto& [k, v] : resp.extra) j.kv_raw(k, v);
  j.end_object();
  return out;
}

std::string_view error_type(const core::Error& err) {
  switch (err.kind) {
    case core::ErrorKind::invalid_request:
    case core::ErrorKind::method_not_allowed:
      return "invalid_request_error";
    case core::ErrorKind::payload_too_large:
      return "request_too_large";
    case core::ErrorKind::authentication:
      return "authentication_error";
    case core::ErrorKind::permission:
      return "permission_error";
    case core::ErrorKind::not_found:
      return "not_found_error";
    case core::ErrorKind::rate_limited:
      return "rate_limit_error";
    case core::ErrorKind::unavailable:
      return "overloaded_error";
    case core::ErrorKind::upstream:
      // An upstream's status keeps its meaning.
      switch (err.status) {
        case 400:
          return "invalid_request_error";
        case 401:
          return "authentication_error";
        case 403:
          return "permission_error";
        case 404:
          return "not_found_error";
        case 413:
          return "request_too_large";
        case 429:
          return "rate_limit_error";
        case 503:
        case 529:
          return "overloaded_error";
        default:
          return err.status >= 400 && err.status < 500 ? "invalid_request_error" : "api_error";
      }
    case core::ErrorKind::upstream_unreachable:
    case core::ErrorKind::timeout:
    case core::ErrorKind::no_permitted_deployment:
    case core::ErrorKind::internal:
      return "api_error";
  }
  return "api_error";
}

std::string encode_error(const core::Error& err) {
  std::string out;
  Json j(out);
  j.start_object();
  j.kv("type", "error");
  j.key("error");
  j.start_object();
  j.kv("type", error_type(err));
  j.kv("message", err.message);
  j.end_object();
  j.end_object();
  return out;
}

std::string encode_token_count(std::int64_t input_tokens) {
  std::string out;
  Json j(out);
  j.start_object();
  j.kv_int("input_tokens", input_tokens);
  j.end_object();
  return out;
}

}  // namespace switchyard::api::anthropic
