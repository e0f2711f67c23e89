// The canonical request as an Anthropic Messages body (outbound).

#include <simdjson.h>

#include <algorithm>
#include <cmath>
#include <span>

#include "switchyard/api/anthropic/anthropic_json.hpp"
#include "switchyard/api/anthropic/messages_codec.hpp"
#include "switchyard/api/anthropic/upstream_codec.hpp"
#include "switchyard/core/reasoning_effort.hpp"

namespace switchyard::api::anthropic {
namespace {

// Writes raw members only for a request that came in Anthropic's dialect.
class Writer {
 public:
  Writer(std::string& out, bool own_raw) : j(out), own_raw_(own_raw) {}
  void extras(const core::RawFields& fields) {
    if (!own_raw_) return;
    for (const auto& [k, v] : fields) j.kv_raw(k, v);
  }
  void cache(const std::optional<core::CacheControl>& cache) {
    if (!cache) return;
    j.key("cache_control");
    j.start_object();
    j.kv("type", "ephemeral");
    if (!cache->ttl.empty()) j.kv("ttl", cache->ttl);
    j.end_object();
  }
  bool own_raw() const { return own_raw_; }

  Json j;

 private:
  bool own_raw_;
};

// A data: URI's media type and base64 payload; false when it is not one.
bool split_data_uri(std::string_view url, std::string_view& media_type, std::string_view& data) {
  if (!url.starts_with("data:")) return false;
  const std::size_t comma = url.find(',');
  if (comma == std::string_view::npos) return false;
  std::string_view head = url.substr(5, comma - 5);
  if (!head.ends_with(";base64")) return false;
  media_type = head.substr(0, head.size() - 7);
  data = url.substr(comma + 1);
  return true;
}

void write_image(Writer& w, const core::ImageBlock& image) {
  Json& j = w.j;
  j.kv("type", "image");
  j.key("source");
  j.start_object();
  std::string_view media_type = image.media_type, data = image.data;
  if (!image.data.empty() || split_data_uri(image.url, media_type, data)) {
    j.kv("type", "base64");
    j.kv("media_type", media_type);
    j.kv("data", data);
  } else {
    j.kv("type", "url");
    j.kv("url", image.url);
  }
  w.extras(image.image_extra);
  j.end_object();
  w.extras(image.extra);
}

bool writes_block(const core::Block& b, bool own_raw) {
  if (const auto* t = b.get<core::TextBlock>()) return !t->text.empty();
  if (const auto* r = b.get<core::RefusalBlock>()) return !r->text.empty();
  if (const auto* o = b.get<core::OpaqueBlock>())
    return own_raw && o->dialect == core::Dialect::anthropic && !o->json.empty();
  return true;
}

void write_blocks(Writer& w, std::span<const core::Block> blocks);

void write_block(Writer& w, const core::Block& b) {
  Json& j = w.j;
  if (!writes_block(b, w.own_raw())) return;
  if (const auto* o = b.get<core::OpaqueBlock>()) {
    j.raw(o->json);
    return;
  }
  j.start_object();
  if (const auto* t = b.get<core::TextBlock>()) {
    j.kv("type", "text");
    j.kv("text", t->text);
    w.extras(t->extra);
  } else if (const auto* r = b.get<core::RefusalBlock>()) {
    j.kv("type", "text");
    j.kv("text", r->text);
  } else if (const auto* image = b.get<core::ImageBlock>()) {
    write_image(w, *image);
  } else if (const auto* call = b.get<core::ToolUseBlock>()) {
    j.kv("type", "tool_use");
    j.kv("id", call->id);
    j.kv("name", call->name);
    j.key("input");
    j.raw(tool_input_json(call->arguments));
    w.extras(call->extra);
  } else if (const auto* result = b.get<core::ToolResultBlock>()) {
    j.kv("type", "tool_result");
    j.kv("tool_use_id", result->tool_use_id);
    j.key("content");
    if (result->form == core::ContentForm::string) {
      j.str(core::text_of(result->content));
    } else {
      j.start_array();
      write_blocks(w, result->content);
      j.end_array();
    }
    if (result->is_error) {
      j.key("is_error");
      j.boolean(true);
    }
  } else if (const auto* thinking = b.get<core::ThinkingBlock>()) {
    if (thinking->redacted) {
      j.kv("type", "redacted_thinking");
      j.kv("data", thinking->text);
    } else {
      j.kv("type", "thinking");
      j.kv("thinking", thinking->text);
      j.kv("signature", thinking->signature);
    }
  }
  w.cache(b.cache);
  j.end_object();
}

void write_blocks(Writer& w, std::span<const core::Block> blocks) {
  for (const core::Block& b : blocks) write_block(w, b);
}

// Anthropic's role for a canonical message: tool results are the user's.
std::string_view turn_role(core::Role r) {
  return r == core::Role::assistant ? "assistant" : "user";
}

void write_system(Writer& w, const core::ChatRequest& req) {
  if (req.system.empty()) return;
  Json& j = w.j;
  j.key("system");
  // One string prompt without marks: a string, as most clients send it.
  if (req.system.size() == 1 && req.system[0].message.form == core::ContentForm::string) {
    const core::Message& m = req.system[0].message;
    if (m.content.size() == 1 && !m.content[0].cache) {
      j.str(m.text());
      return;
    }
  }
  j.start_array();
  for (const core::SystemPrompt& s : req.system) {
    for (const core::Block& b : s.message.content)
      if (b.is<core::TextBlock>() || b.is<core::RefusalBlock>()) write_block(w, b);
  }
  j.end_array();
}

void write_messages(Writer& w, const core::ChatRequest& req) {
  Json& j = w.j;
  j.key("messages");
  j.start_array();
  const auto& ms = req.messages;
  for (std::size_t i = 0; i < ms.size();) {
    // A turn: the messages from i on whose role maps to the same one.
    const std::string_view role = turn_role(ms[i].role);
    std::size_t end = i + 1;
    while (end < ms.size() && turn_role(ms[end].role) == role) ++end;
    j.start_object();
    j.kv("role", role);
    j.key("content");
    const bool one_string = end == i + 1 && ms[i].form == core::ContentForm::string &&
                            ms[i].content.size() == 1 && ms[i].content[0].is<core::TextBlock>() &&
                            !ms[i].content[0].cache;
    if (one_string) {
      j.str(ms[i].text());
    } else {
      j.start_array();
      for (std::size_t k = i; k < end; ++k) write_blocks(w, ms[k].content);
      j.end_array();
    }
    w.extras(ms[i].extra);
    j.end_object();
    i = end;
  }
  j.end_array();
}

void write_tools(Writer& w, const core::ChatRequest& req) {
  Json& j = w.j;
  if (!req.tools.empty()) {
    j.key("tools");
    j.start_array();
    for (const core::Tool& t : req.tools) {
      j.start_object();
      j.kv("name", t.name);
      if (!t.description.empty()) j.kv("description", t.description);
      j.key("input_schema");
      j.raw(t.parameters_json.empty() ? std::string_view("{\"type\":\"object\"}")
                                      : std::string_view(t.parameters_json));
      w.cache(t.cache);
      w.extras(t.extra);
      j.end_object();
    }
    j.end_array();
  }
  using Mode = core::ToolChoice::Mode;
  const core::ToolChoice& tc = req.tool_choice;
  const bool no_parallel = req.parallel_tool_calls == false;
  if (tc.mode == Mode::unset && !(no_parallel && !req.tools.empty())) return;
  j.key("tool_choice");
  j.start_object();
  switch (tc.mode) {
    case Mode::none:
      j.kv("type", "none");
      break;
    case Mode::required:
      j.kv("type", "any");
      break;
    case Mode::function:
      j.kv("type", "tool");
      j.kv("name", tc.function_name);
      break;
    case Mode::unset:
    case Mode::auto_:
      j.kv("type", "auto");
      break;
  }
  if (no_parallel && tc.mode != Mode::none) {
    j.key("disable_parallel_tool_use");
    j.boolean(true);
  }
  w.extras(tc.extra);
  j.end_object();
}

// The `schema` of OpenAI's json_schema object, as JSON text; empty when it
// has none.
std::string schema_of(std::string_view json_schema_json) {
  simdjson::dom::parser parser;
  simdjson::dom::element root, schema;
  if (json_schema_json.empty() ||
      parser.parse(json_schema_json.data(), json_schema_json.size()).get(root) ||
      root["schema"].get(schema) || !schema.is_object())
    return {};
  return simdjson::minify(schema);
}

void write_output_format(Writer& w, const core::ChatRequest& req) {
  if (req.response_format.type != core::ResponseFormat::Type::json_schema) return;
  const std::string schema = schema_of(req.response_format.json_schema_json);
  if (schema.empty()) return;  // refused before encoding (unsendable_as_messages)
  Json& j = w.j;
  j.key("output_config");
  j.start_object();
  j.key("format");
  j.start_object();
  j.kv("type", "json_schema");
  j.key("schema");
  j.raw(schema);
  j.end_object();
  j.end_object();
}

// The thinking a request asks of Anthropic: the client's own budget
// (Anthropic's thinking, sent as it came), else its OpenAI reasoning_effort
// as a budget (core/reasoning_effort.hpp) — none when the tool choice forces
// a tool call, which Anthropic does not take with thinking.
struct Thinking {
  std::int64_t budget = 0;  // 0: none
  bool derived = false;     // from reasoning_effort
};

Thinking thinking_of(const core::ChatRequest& req) {
  if (req.reasoning.budget_tokens) return {*req.reasoning.budget_tokens, false};
  if (req.reasoning.effort.empty()) return {};
  using Mode = core::ToolChoice::Mode;
  if (req.tool_choice.mode == Mode::required || req.tool_choice.mode == Mode::function) return {};
  const std::int64_t budget = core::thinking_budget_for_effort(req.reasoning.effort);
  if (budget <= 0) return {};
  return {budget, true};
}

core::Error refuse(std::string message, std::string param, std::string code) {
  return core::Error::invalid(std::move(message), std::move(param), std::move(code));
}

std::optional<core::Error> unsendable_blocks(std::span<const core::Block> blocks,
                                             const std::string& where, bool own_raw) {
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const core::Block& b = blocks[i];
    const std::string at = where + "[" + std::to_string(i) + "]";
    if (const auto* o = b.get<core::OpaqueBlock>()) {
      if (own_raw && o->dialect == core::Dialect::anthropic) continue;
      return refuse("content part of type '" + o->type +
                        "' cannot be sent to an Anthropic model (its Messages API takes text, "
                        "images, tool calls and tool results); remove it or route the request "
                        "to a model that reads it",
                    at, "unsupported_content");
    }
    if (const auto* image = b.get<core::ImageBlock>()) {
      std::string_view media_type, data;
      if (image->data.empty() && image->url.starts_with("data:") &&
          !split_data_uri(image->url, media_type, data))
        return refuse(
            "an image data: URL must be base64 (data:<media type>;base64,<data>) to be sent to an "
            "Anthropic model",
            at, "unsupported_image_url");
    }
    if (const auto* result = b.get<core::ToolResultBlock>())
      if (auto e = unsendable_blocks(result->content, at + ".content", own_raw)) return e;
  }
  return std::nullopt;
}

}  // namespace

std::optional<core::Error> unsendable_as_messages(const core::ChatRequest& req) {
  if (req.n && *req.n > 1)
    return refuse(
        "n above 1 cannot be served by an Anthropic model (its Messages API answers "
        "once per request); send n: 1 or make several requests",
        "n", "unsupported_parameter");
  using Type = core::ResponseFormat::Type;
  if (req.response_format.type == Type::json_object)
    return refuse(
        "response_format json_object cannot be sent to an Anthropic model: its JSON "
        "outputs take a JSON schema; send response_format {type: json_schema, "
        "json_schema: {name, schema}} instead",
        "response_format", "unsupported_response_format");
  if (req.response_format.type == Type::json_schema &&
      schema_of(req.response_format.json_schema_json).empty())
    return refuse(
        "response_format json_schema needs a `schema` object to be sent to an "
        "Anthropic model",
        "response_format.json_schema.schema", "unsupported_response_format");
  if (!req.reasoning.budget_tokens && !req.reasoning.effort.empty() &&
      core::thinking_budget_for_effort(req.reasoning.effort) < 0)
    return refuse("reasoning_effort '" + req.reasoning.effort +
                      "' has no thinking budget for an Anthropic model; send none, minimal, "
                      "low, medium or high",
                  "reasoning_effort", "unsupported_value");
  const bool own_raw = req.dialect == core::Dialect::anthropic;
  std::optional<core::Error> found;
  core::for_each_message(req, [&](const core::Message& m, std::size_t i) {
    if (!found)
      found = unsendable_blocks(m.content, "messages[" + std::to_string(i) + "].content", own_raw);
  });
  return found;
}

std::string encode_messages_request(const core::ChatRequest& req, std::string_view upstream_model,
                                    std::int64_t default_max_tokens) {
  MessagesBodyOptions o;
  o.default_max_tokens = default_max_tokens;
  o.stream = req.stream;
  return encode_messages_request(req, upstream_model, o);
}

bool version_takes_sampling(std::string_view anthropic_version) {
  return anthropic_version < std::string_view("2026-10-21");
}

std::string encode_messages_request(const core::ChatRequest& req, std::string_view upstream_model,
                                    const MessagesBodyOptions& options) {
  const std::int64_t default_max_tokens = options.default_max_tokens;
  const bool stream = options.stream;
  std::int64_t max_tokens = req.output_token_limit().value_or(default_max_tokens);
  const Thinking thinking = thinking_of(req);
  // Anthropic takes a thinking budget only below max_tokens; OpenAI's
  // max_completion_tokens counts the reasoning too, so the answer keeps the
  // room the client gave it on top of the budget.
  if (thinking.derived && max_tokens <= thinking.budget) max_tokens += thinking.budget;
  std::string out;
  out.reserve(1024);
  Writer w(out, req.dialect == core::Dialect::anthropic);
  Json& j = w.j;
  j.start_object();
  j.kv("model", upstream_model.empty() ? std::string_view(req.model) : upstream_model);
  j.kv_int("max_tokens", max_tokens);
  write_system(w, req);
  write_messages(w, req);
  // With thinking from a reasoning_effort, what Anthropic refuses beside it
  // is left out: temperature, and a top_p below 0.95.
  if (options.sampling && !thinking.derived && req.temperature && std::isfinite(*req.temperature)) {
    j.key("temperature");
    j.number(std::clamp(*req.temperature, 0.0, 1.0));
  }
  if (options.sampling && req.top_p && std::isfinite(*req.top_p) &&
      !(thinking.derived && *req.top_p < 0.95)) {
    j.key("top_p");
    j.number(*req.top_p);
  }
  if (!req.stop.empty()) {
    j.key("stop_sequences");
    j.start_array();
    for (const std::string& s : req.stop) j.str(s);
    j.end_array();
  }
  if (stream) {
    j.key("stream");
    j.boolean(true);
  }
  if (!req.user.empty()) {
    j.key("metadata");
    j.start_object();
    j.kv("user_id", req.user);
    j.end_object();
  }
  write_tools(w, req);
  write_output_format(w, req);
  if (thinking.budget > 0) {
    j.key("thinking");
    j.start_object();
    j.kv("type", "enabled");
    j.kv_int("budget_tokens", thinking.budget);
    j.end_object();
  }
  if (options.sampling) {
    w.extras(req.extra);
  } else if (w.own_raw()) {
    for (const auto& [k, v] : req.extra)
      if (k != "top_k" && k != "temperature" && k != "top_p") j.kv_raw(k, v);
  }
  j.end_object();
  return out;
}

}  // namespace switchyard::api::anthropic
