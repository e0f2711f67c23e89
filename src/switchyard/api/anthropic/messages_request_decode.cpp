// Strict decoding of a client's Anthropic Messages request (simdjson DOM)
// into core::ChatRequest. The field reader and the source-text scanner are
// the OpenAI codec's (request_fields.hpp, json_source.hpp): the same errors
// naming the field, the same exact text for what is carried through.

#include <simdjson.h>

#include "switchyard/api/anthropic/messages_codec.hpp"
#include "switchyard/api/openai/json_input.hpp"
#include "switchyard/api/openai/json_source.hpp"
#include "switchyard/api/openai/request_fields.hpp"

namespace switchyard::api::anthropic {
namespace {

namespace dom = simdjson::dom;

using openai::index_of;
using openai::keep_unknown;
using openai::source_json;
using openai::json::Parse;
using openai::json::SourceNode;

constexpr std::string_view kBlockTypes =
    "a content block object such as {\"type\": \"text\", \"text\": \"...\"}";

class RequestDecoder : public openai::FieldReader {
 public:
  RequestDecoder(core::ChatRequest& r, MessagesBody kind) : r_(r), kind_(kind) {}

  bool decode(dom::object root, const SourceNode& src);

 private:
  bool decode_system(dom::element v, const SourceNode& src);
  // A system message among the conversation's (`message` is its object).
  bool decode_instructions(dom::element v, const SourceNode& src, dom::object message,
                           const SourceNode& message_src);
  // Instructions: a string or text blocks, into `m`; `key` names them.
  bool decode_prompt(dom::element v, const SourceNode& src, core::Message& m, std::string_view key);
  bool decode_messages(dom::element v, const SourceNode& src);
  bool decode_message(dom::element v, const SourceNode& src);
  // Blocks of a message's (or a tool result's) content, appended to `out`.
  // `role`: whose turn (tool_result only in a user's, tool_use only in an
  // assistant's); unset inside a tool result.
  bool decode_block(dom::element v, const SourceNode& src, std::optional<core::Role> role,
                    core::Block& out);
  bool decode_image(dom::object obj, const SourceNode& src, core::ImageBlock& image);
  bool decode_tool_result(dom::object obj, const SourceNode& src, core::ToolResultBlock& result);
  bool decode_cache_control(dom::object obj, std::optional<core::CacheControl>& out);
  bool decode_stop_sequences(dom::element v);
  bool decode_metadata(dom::element v);
  bool decode_tools(dom::element v, const SourceNode& src);
  bool decode_tool_choice(dom::element v, const SourceNode& src);
  // `carry`: a mode the gateway does not model, to be kept as sent.
  bool decode_thinking(dom::element v, bool& carry);

  core::ChatRequest& r_;
  MessagesBody kind_;
  // The top-level `system`, placed before the conversation (and before any
  // instructions given in it) once the whole body is read.
  std::optional<core::Message> top_system_;
};

bool RequestDecoder::decode(dom::object root, const SourceNode& src) {
  bool have_model = false;
  bool have_messages = false;
  std::size_t index = 0;
  for (dom::key_value_pair field : root) {
    const std::string_view k = field.key;
    const dom::element v = field.value;
    const std::size_t at = index++;
    bool ok = true;
    if (k == "model") {
      std::string_view s;
      if (v.get_string().get(s)) return type_error("model", v, "a string (the model id)");
      r_.model.assign(s.data(), s.size());
      have_model = true;
    } else if (k == "messages") {
      ok = decode_messages(v, SourceNode(src, at));
      have_messages = true;
    } else if (k == "system") {
      ok = decode_system(v, SourceNode(src, at));
    } else if (k == "max_tokens") {
      ok = get_int(v, k, 1, r_.max_tokens);
    } else if (k == "temperature") {
      ok = get_number(v, k, 0, 1, r_.temperature);
    } else if (k == "top_p") {
      ok = get_number(v, k, 0, 1, r_.top_p);
    } else if (k == "top_k") {
      // Checked here, kept as sent: the in-process engine reads it from
      // `extra`, an Anthropic upstream gets it back.
      std::optional<std::int64_t> top_k;
      ok = get_int(v, k, 0, top_k);
      if (ok && top_k) r_.extra.emplace_back(std::string(k), source_json(src, at, v));
    } else if (k == "stop_sequences") {
      ok = decode_stop_sequences(v);
    } else if (k == "stream") {
      std::optional<bool> b;
      ok = get_bool(v, k, b);
      r_.stream = b.value_or(false);
    } else if (k == "metadata") {
      ok = decode_metadata(v);
    } else if (k == "tools") {
      ok = decode_tools(v, SourceNode(src, at));
    } else if (k == "tool_choice") {
      ok = decode_tool_choice(v, SourceNode(src, at));
    } else if (k == "thinking") {
      bool carry = false;
      ok = decode_thinking(v, carry);
      if (ok && carry) r_.extra.emplace_back(std::string(k), source_json(src, at, v));
    } else {
      r_.extra.emplace_back(std::string(k), source_json(src, at, v));
    }
    if (!ok) return false;
  }
  if (!have_model) return missing("model");
  if (r_.model.empty()) {
    return fail("Invalid value for 'model': expected a model id, but got an empty string instead.",
                "model", "invalid_value");
  }
  if (!have_messages) return missing("messages");
  if (r_.messages.empty()) {
    return fail(
        "Invalid 'messages': empty array. Expected a non-empty array of message objects, e.g. "
        "[{\"role\": \"user\", \"content\": \"Hello\"}].",
        "messages", "empty_array");
  }
  if (kind_ == MessagesBody::create && !r_.max_tokens) {
    return fail(
        "Missing required parameter: 'max_tokens'. The Messages API needs the most tokens the "
        "answer may have, e.g. \"max_tokens\": 1024.",
        "max_tokens", "missing_required_parameter");
  }
  if (top_system_) {
    r_.system.insert(r_.system.begin(), core::SystemPrompt{0, std::move(*top_system_)});
  }
  if (kind_ == MessagesBody::count_tokens) r_.stream = false;
  // Anthropic's streams report usage in message_start and message_delta.
  r_.include_usage = true;
  return true;
}

bool RequestDecoder::decode_system(dom::element v, const SourceNode& src) {
  top_system_.reset();
  if (v.is_null()) return true;
  return decode_prompt(v, src, top_system_.emplace(), "system");
}

bool RequestDecoder::decode_instructions(dom::element v, const SourceNode& src, dom::object message,
                                         const SourceNode& message_src) {
  core::SystemPrompt& prompt = r_.system.emplace_back();
  prompt.position = r_.messages.size();
  keep_unknown(message, message_src, {"role", "content"}, prompt.message.extra);
  return decode_prompt(v, src, prompt.message, "content");
}

bool RequestDecoder::decode_prompt(dom::element v, const SourceNode& src, core::Message& m,
                                   std::string_view key) {
  m.role = core::Role::system;
  std::string_view s;
  if (!v.get_string().get(s)) {
    m.form = core::ContentForm::string;
    m.content.emplace_back().value.emplace<core::TextBlock>().text.assign(s.data(), s.size());
    return true;
  }
  dom::array arr;
  if (v.get_array().get(arr)) return type_error(key, v, "a string or an array of text blocks");
  m.form = core::ContentForm::blocks;
  std::size_t i = 0;
  for (dom::element bv : arr) {
    const SourceNode block_src(src, i);
    Push at(path_, key, i++);
    dom::object obj;
    dom::element e;
    std::string_view type;
    if (bv.get_object().get(obj) || obj["type"].get(e) || e.get_string().get(type) ||
        type != "text") {
      return fail("Invalid '" + path_ +
                      "': instructions take only text blocks, such as {\"type\": "
                      "\"text\", \"text\": \"...\"}.",
                  path_, "invalid_value");
    }
    if (!decode_block(bv, block_src, core::Role::system, m.content.emplace_back())) return false;
  }
  return true;
}

bool RequestDecoder::decode_messages(dom::element v, const SourceNode& src) {
  dom::array arr;
  if (v.get_array().get(arr)) {
    return type_error("messages", v, "a non-empty array of message objects");
  }
  r_.messages.clear();
  r_.system.clear();  // instructions among the messages; the top-level one is apart
  r_.messages.reserve(arr.size());
  std::size_t i = 0;
  for (dom::element m : arr) {
    const SourceNode msg_src(src, i);
    Push at(path_, "messages", i++);
    if (!decode_message(m, msg_src)) return false;
  }
  return true;
}

bool RequestDecoder::decode_message(dom::element v, const SourceNode& src) {
  dom::object obj;
  if (v.get_object().get(obj)) {
    return type_error("", v, "a message object with 'role' and 'content'");
  }
  dom::element role_v;
  if (obj["role"].get(role_v)) return missing("role");
  std::string_view role_s;
  if (role_v.get_string().get(role_s)) return type_error("role", role_v, "a string");
  core::Role role;
  if (role_s == "user") {
    role = core::Role::user;
  } else if (role_s == "assistant") {
    role = core::Role::assistant;
  } else if (role_s == "system") {
    // Instructions given mid-conversation (Claude Code sends them): kept
    // apart, with their place, like the top-level system prompt.
    role = core::Role::system;
  } else {
    return bad_enum("role", role_s, "'user', 'assistant' and 'system'");
  }
  dom::element content;
  if (obj["content"].get(content)) return missing("content");
  const std::size_t content_index = index_of(obj, "content");

  if (role == core::Role::system)
    return decode_instructions(content, SourceNode(src, content_index), obj, src);
  core::Message m;
  m.role = role;
  keep_unknown(obj, src, {"role", "content"}, m.extra);
  std::string_view s;
  if (!content.get_string().get(s)) {
    m.form = core::ContentForm::string;
    m.content.emplace_back().value.emplace<core::TextBlock>().text.assign(s.data(), s.size());
    r_.messages.push_back(std::move(m));
    return true;
  }
  dom::array arr;
  if (content.get_array().get(arr)) {
    return type_error("content", content, "a string or an array of content blocks");
  }
  m.form = core::ContentForm::blocks;
  const SourceNode content_src(src, content_index);
  // A user turn's tool results become tool messages of their own, in
  // place; the blocks between them, user messages.
  std::size_t i = 0;
  bool rest_open = false;
  for (dom::element bv : arr) {
    const SourceNode block_src(content_src, i);
    Push at(path_, "content", i++);
    core::Block block;
    if (!decode_block(bv, block_src, role, block)) return false;
    if (block.is<core::ToolResultBlock>()) {
      core::Message& tool = r_.messages.emplace_back();
      tool.role = core::Role::tool;
      tool.form = core::ContentForm::blocks;
      tool.content.push_back(std::move(block));
      rest_open = false;
      continue;
    }
    if (!rest_open) {
      core::Message& rest = r_.messages.emplace_back();
      rest.role = role;
      rest.form = core::ContentForm::blocks;
      rest.extra = m.extra;
      rest_open = true;
    }
    r_.messages.back().content.push_back(std::move(block));
  }
  if (arr.size() == 0) r_.messages.push_back(std::move(m));  // an empty turn, as sent
  return true;
}

bool RequestDecoder::decode_cache_control(dom::object obj, std::optional<core::CacheControl>& out) {
  dom::element cv;
  if (obj["cache_control"].get(cv) || cv.is_null()) return true;
  Push at(path_, "cache_control");
  dom::object co;
  if (cv.get_object().get(co))
    return type_error("", cv, "an object such as {\"type\": \"ephemeral\"}");
  dom::element e;
  if (co["type"].get(e)) return missing("type");
  std::string_view t;
  if (e.get_string().get(t)) return type_error("type", e, "a string");
  if (t != "ephemeral") return bad_enum("type", t, "'ephemeral'");
  core::CacheControl cc;
  if (!co["ttl"].get(e) && !get_string(e, "ttl", cc.ttl, true)) return false;
  out = std::move(cc);
  return true;
}

bool RequestDecoder::decode_block(dom::element v, const SourceNode& src,
                                  std::optional<core::Role> role, core::Block& out) {
  dom::object obj;
  if (v.get_object().get(obj)) return type_error("", v, kBlockTypes);
  dom::element type_v;
  if (obj["type"].get(type_v)) return missing("type");
  std::string_view type;
  if (type_v.get_string().get(type)) return type_error("type", type_v, "a string");
  if (!decode_cache_control(obj, out.cache)) return false;
  dom::element e;
  if (type == "text") {
    auto& b = out.value.emplace<core::TextBlock>();
    if (obj["text"].get(e)) return missing("text");
    if (!get_string(e, "text", b.text, false)) return false;
    keep_unknown(obj, src, {"type", "text", "cache_control"}, b.extra);
    return true;
  }
  if (type == "image") {
    auto& b = out.value.emplace<core::ImageBlock>();
    return decode_image(obj, src, b);
  }
  if (type == "tool_use" && role == core::Role::assistant) {
    auto& b = out.value.emplace<core::ToolUseBlock>();
    if (obj["id"].get(e)) return missing("id");
    if (!get_string(e, "id", b.id, false)) return false;
    if (obj["name"].get(e)) return missing("name");
    if (!get_string(e, "name", b.name, false)) return false;
    if (obj["input"].get(e)) return missing("input");
    if (!e.is_object()) return type_error("input", e, "an object (the tool's arguments)");
    b.arguments = source_json(src, index_of(obj, "input"), e);
    keep_unknown(obj, src, {"type", "id", "name", "input", "cache_control"}, b.extra);
    return true;
  }
  if (type == "tool_result" && role == core::Role::user) {
    auto& b = out.value.emplace<core::ToolResultBlock>();
    return decode_tool_result(obj, src, b);
  }
  if ((type == "tool_use" || type == "tool_result") && role) {
    return fail("Invalid '" + param("type") + "': a '" + std::string(type) + "' block belongs in " +
                    (type == "tool_use" ? "an assistant" : "a user") + " message.",
                param("type"), "invalid_value");
  }
  if (type == "thinking" && role == core::Role::assistant) {
    auto& b = out.value.emplace<core::ThinkingBlock>();
    if (obj["thinking"].get(e)) return missing("thinking");
    if (!get_string(e, "thinking", b.text, false)) return false;
    if (!obj["signature"].get(e) && !get_string(e, "signature", b.signature, true)) return false;
    return true;
  }
  if (type == "redacted_thinking" && role == core::Role::assistant) {
    auto& b = out.value.emplace<core::ThinkingBlock>();
    b.redacted = true;
    if (obj["data"].get(e)) return missing("data");
    return get_string(e, "data", b.text, false);
  }
  // document, search_result, server tool blocks and types yet to come: the
  // gateway cannot read them; they go on as sent to an Anthropic upstream
  // (the privacy stage classes a request carrying one at the top).
  auto& b = out.value.emplace<core::OpaqueBlock>();
  b.dialect = core::Dialect::anthropic;
  b.type.assign(type.data(), type.size());
  const std::string_view t = src.text();
  b.json = t.empty() ? simdjson::to_string(v) : std::string(t);
  out.cache.reset();  // inside the block's own text
  return true;
}

bool RequestDecoder::decode_image(dom::object obj, const SourceNode& src, core::ImageBlock& image) {
  dom::element sv;
  if (obj["source"].get(sv)) return missing("source");
  dom::object so;
  if (sv.get_object().get(so)) {
    return type_error("source", sv,
                      "an object such as {\"type\": \"base64\", \"media_type\": \"image/png\", "
                      "\"data\": \"...\"} or {\"type\": \"url\", \"url\": \"https://...\"}");
  }
  Push at(path_, "source");
  dom::element e;
  if (so["type"].get(e)) return missing("type");
  std::string_view t;
  if (e.get_string().get(t)) return type_error("type", e, "a string");
  if (t == "base64") {
    if (so["media_type"].get(e)) return missing("media_type");
    if (!get_string(e, "media_type", image.media_type, false)) return false;
    if (so["data"].get(e)) return missing("data");
    if (!get_string(e, "data", image.data, false)) return false;
    keep_unknown(so, SourceNode(src, index_of(obj, "source")), {"type", "media_type", "data"},
                 image.image_extra);
  } else if (t == "url") {
    if (so["url"].get(e)) return missing("url");
    if (!get_string(e, "url", image.url, false)) return false;
    keep_unknown(so, SourceNode(src, index_of(obj, "source")), {"type", "url"}, image.image_extra);
  } else {
    return bad_enum("type", t, "'base64' and 'url'");
  }
  keep_unknown(obj, src, {"type", "source", "cache_control"}, image.extra);
  return true;
}

bool RequestDecoder::decode_tool_result(dom::object obj, const SourceNode& src,
                                        core::ToolResultBlock& result) {
  dom::element e;
  if (obj["tool_use_id"].get(e)) return missing("tool_use_id");
  if (!get_string(e, "tool_use_id", result.tool_use_id, false)) return false;
  if (!obj["is_error"].get(e)) {
    std::optional<bool> b;
    if (!get_bool(e, "is_error", b)) return false;
    result.is_error = b.value_or(false);
  }
  if (obj["content"].get(e) || e.is_null()) {
    // No content: an empty string.
    result.form = core::ContentForm::string;
    result.content.emplace_back().value.emplace<core::TextBlock>();
    return true;
  }
  std::string_view s;
  if (!e.get_string().get(s)) {
    result.form = core::ContentForm::string;
    result.content.emplace_back().value.emplace<core::TextBlock>().text.assign(s.data(), s.size());
    return true;
  }
  dom::array arr;
  if (e.get_array().get(arr)) {
    return type_error("content", e, "a string or an array of text and image blocks");
  }
  result.form = core::ContentForm::blocks;
  const SourceNode content_src(src, index_of(obj, "content"));
  std::size_t i = 0;
  for (dom::element bv : arr) {
    const SourceNode block_src(content_src, i);
    Push at(path_, "content", i++);
    if (!decode_block(bv, block_src, std::nullopt, result.content.emplace_back())) return false;
  }
  return true;
}

bool RequestDecoder::decode_stop_sequences(dom::element v) {
  r_.stop.clear();
  if (v.is_null()) return true;
  dom::array arr;
  if (v.get_array().get(arr)) return type_error("stop_sequences", v, "an array of strings");
  std::size_t i = 0;
  for (dom::element e : arr) {
    std::string_view s;
    if (e.get_string().get(s)) {
      std::string key = "stop_sequences[";
      openai::append_int(key, static_cast<std::int64_t>(i));
      key += ']';
      return type_error(key, e, "a string");
    }
    r_.stop.emplace_back(s);
    ++i;
  }
  return true;
}

bool RequestDecoder::decode_metadata(dom::element v) {
  if (v.is_null()) return true;
  dom::object obj;
  if (v.get_object().get(obj)) {
    return type_error("metadata", v, "an object such as {\"user_id\": \"...\"}");
  }
  Push at(path_, "metadata");
  dom::element e;
  if (!obj["user_id"].get(e) && !get_string(e, "user_id", r_.user, true)) return false;
  // Members Anthropic may add later: kept as metadata (string values).
  for (dom::key_value_pair field : obj) {
    if (field.key == "user_id") continue;
    std::string_view s;
    if (field.value.get_string().get(s)) return type_error(field.key, field.value, "a string");
    r_.metadata.emplace_back(std::string(field.key), std::string(s));
  }
  return true;
}

bool RequestDecoder::decode_tools(dom::element v, const SourceNode& src) {
  r_.tools.clear();
  if (v.is_null()) return true;
  dom::array arr;
  if (v.get_array().get(arr)) return type_error("tools", v, "an array of tool objects");
  r_.tools.reserve(arr.size());
  std::size_t i = 0;
  for (dom::element tv : arr) {
    const SourceNode tool_src(src, i);
    Push at(path_, "tools", i++);
    core::Tool& tool = r_.tools.emplace_back();
    dom::object obj;
    if (tv.get_object().get(obj)) {
      return type_error("", tv,
                        "a tool object such as {\"name\": \"...\", \"description\": \"...\", "
                        "\"input_schema\": {\"type\": \"object\"}}");
    }
    dom::element e;
    if (!obj["type"].get(e) && !e.is_null()) {
      std::string_view t;
      if (e.get_string().get(t)) return type_error("type", e, "a string");
      if (t != "custom") {
        return fail("Invalid '" + param("type") + "': '" + std::string(t.substr(0, 64)) +
                        "' is one of Anthropic's server or client tool types, which this "
                        "gateway does not run; describe the tool as a custom tool (name, "
                        "description, input_schema) instead.",
                    param("type"), "unsupported_tool_type");
      }
    }
    if (obj["name"].get(e)) return missing("name");
    if (!get_string(e, "name", tool.name, false)) return false;
    if (tool.name.empty()) {
      return fail("Invalid value for '" + param("name") +
                      "': expected a tool name, but got an empty string instead.",
                  param("name"), "invalid_value");
    }
    if (!obj["description"].get(e) && !get_string(e, "description", tool.description, true)) {
      return false;
    }
    if (obj["input_schema"].get(e)) return missing("input_schema");
    if (!e.is_object()) return type_error("input_schema", e, "a JSON Schema object");
    tool.parameters_json = source_json(tool_src, index_of(obj, "input_schema"), e);
    if (!decode_cache_control(obj, tool.cache)) return false;
    keep_unknown(obj, tool_src, {"type", "name", "description", "input_schema", "cache_control"},
                 tool.extra);
  }
  return true;
}

bool RequestDecoder::decode_tool_choice(dom::element v, const SourceNode& src) {
  auto& tc = r_.tool_choice;
  tc = {};
  if (v.is_null()) return true;
  dom::object obj;
  if (v.get_object().get(obj)) {
    return type_error("tool_choice", v,
                      "an object such as {\"type\": \"auto\"}, {\"type\": \"any\"}, "
                      "{\"type\": \"none\"} or {\"type\": \"tool\", \"name\": \"...\"}");
  }
  Push at(path_, "tool_choice");
  dom::element e;
  if (obj["type"].get(e)) return missing("type");
  std::string_view t;
  if (e.get_string().get(t)) return type_error("type", e, "a string");
  using Mode = core::ToolChoice::Mode;
  if (t == "auto") {
    tc.mode = Mode::auto_;
  } else if (t == "any") {
    tc.mode = Mode::required;
  } else if (t == "none") {
    tc.mode = Mode::none;
  } else if (t == "tool") {
    tc.mode = Mode::function;
    if (obj["name"].get(e)) return missing("name");
    if (!get_string(e, "name", tc.function_name, false)) return false;
  } else {
    return bad_enum("type", t, "'auto', 'any', 'tool', and 'none'");
  }
  if (!obj["disable_parallel_tool_use"].get(e)) {
    std::optional<bool> disable;
    if (!get_bool(e, "disable_parallel_tool_use", disable)) return false;
    if (disable) r_.parallel_tool_calls = !*disable;
  }
  keep_unknown(obj, src, {"type", "name", "disable_parallel_tool_use"}, tc.extra);
  return true;
}

bool RequestDecoder::decode_thinking(dom::element v, bool& carry) {
  r_.reasoning.budget_tokens.reset();
  if (v.is_null()) return true;
  dom::object obj;
  if (v.get_object().get(obj)) {
    return type_error("thinking", v,
                      "an object such as {\"type\": \"enabled\", \"budget_tokens\": 2048}");
  }
  Push at(path_, "thinking");
  dom::element e;
  if (obj["type"].get(e)) return missing("type");
  std::string_view t;
  if (e.get_string().get(t)) return type_error("type", e, "a string");
  if (t == "enabled") {
    if (obj["budget_tokens"].get(e)) return missing("budget_tokens");
    return get_int(e, "budget_tokens", 1, r_.reasoning.budget_tokens);
  }
  // A newer mode ("adaptive", ...): carried as sent, for an Anthropic upstream.
  carry = t != "disabled";
  return true;
}

}  // namespace

core::Expected<core::ChatRequest> decode_messages_request(std::string_view body,
                                                          MessagesBody kind) {
  Parse parse;
  auto obj = openai::json::request_object(
      parse, body,
      "Send a JSON object with at least 'model', 'max_tokens' and 'messages', e.g. {\"model\": "
      "\"claude-sonnet-4-5\", \"max_tokens\": 1024, \"messages\": [{\"role\": \"user\", "
      "\"content\": \"Hello\"}]}.",
      /*wide_integers=*/true);
  if (!obj) return obj.error();
  core::ChatRequest req;
  req.dialect = core::Dialect::anthropic;
  RequestDecoder d(req, kind);
  const SourceNode src(body);
  if (!d.decode(*obj, src)) return d.take_error();
  return req;
}

}  // namespace switchyard::api::anthropic
