// Strict decoding of a client's Chat Completions request (simdjson DOM)
// into core::ChatRequest, with OpenAI-style errors that name the offending
// field. What the gateway does not model is kept as the client's exact text
// (request_fields.hpp, json_source.hpp).

#include <simdjson.h>

#include <algorithm>

#include "switchyard/api/openai/chat_codec.hpp"
#include "switchyard/api/openai/json_input.hpp"
#include "switchyard/api/openai/json_source.hpp"
#include "switchyard/api/openai/request_fields.hpp"

namespace switchyard::api::openai {
namespace {

namespace dom = simdjson::dom;

using json::Parse;
using json::SourceNode;

class RequestDecoder : public FieldReader {
 public:
  explicit RequestDecoder(core::ChatRequest& r) : r_(r) {}

  bool decode(dom::object root, const SourceNode& src);

 private:
  // `src` is the source text of the value being decoded (json_source.hpp),
  // for the members carried through as the client wrote them.
  bool decode_message(dom::element v, std::size_t index, const SourceNode& src, core::Message& m);
  // A string or an array of content parts, into blocks.
  template <typename Blocks>
  bool decode_content(dom::element v, const SourceNode& src, core::ContentForm& form, Blocks& out);
  bool decode_part(dom::element v, const SourceNode& src, core::Block& out);
  bool decode_image_url(dom::object obj, const SourceNode& src, core::ImageBlock& image);
  bool decode_tool_calls(dom::element v, const SourceNode& src, core::Blocks& out);
  bool decode_stop(dom::element v);
  bool decode_stream_options(dom::element v, const SourceNode& src);
  bool decode_tools(dom::element v, const SourceNode& src);
  bool decode_tool_choice(dom::element v, const SourceNode& src);
  bool decode_response_format(dom::element v, const SourceNode& src);
  bool decode_metadata(dom::element v);

  core::ChatRequest& r_;
};

constexpr std::string_view kRoles = "'system', 'developer', 'user', 'assistant', and 'tool'";

bool RequestDecoder::decode(dom::object root, const SourceNode& src) {
  bool have_model = false;
  int have_messages = 0;  // 1: a non-empty list; 2: an empty one
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
      dom::array arr;
      if (v.get_array().get(arr)) {
        return type_error("messages", v, "a non-empty array of message objects");
      }
      r_.messages.clear();
      r_.system.clear();
      r_.messages.reserve(arr.size());
      const SourceNode messages(src, at);  // scanned only if a message carries something through
      std::size_t i = 0;
      for (dom::element m : arr) {
        const SourceNode msg(messages, i);
        core::Message& message = r_.messages.emplace_back();
        if (!decode_message(m, i++, msg, message)) return false;
        if (message.role == core::Role::system || message.role == core::Role::developer) {
          // Instructions stand apart, with their place among the messages.
          core::SystemPrompt& prompt = r_.system.emplace_back();
          prompt.message = std::move(message);
          r_.messages.pop_back();
          prompt.position = r_.messages.size();
        }
      }
      have_messages = arr.size() > 0 ? 1 : 2;
    } else if (k == "temperature") {
      ok = get_number(v, k, 0, 2, r_.temperature);
    } else if (k == "top_p") {
      ok = get_number(v, k, 0, 1, r_.top_p);
    } else if (k == "stream") {
      std::optional<bool> b;
      ok = get_bool(v, k, b);
      r_.stream = b.value_or(false);
    } else if (k == "stream_options") {
      ok = decode_stream_options(v, SourceNode(src, at));
    } else if (k == "max_tokens") {
      ok = get_int(v, k, 1, r_.max_tokens);
    } else if (k == "max_completion_tokens") {
      ok = get_int(v, k, 1, r_.max_completion_tokens);
    } else if (k == "tools") {
      ok = decode_tools(v, SourceNode(src, at));
    } else if (k == "tool_choice") {
      ok = decode_tool_choice(v, SourceNode(src, at));
    } else if (k == "stop") {
      ok = decode_stop(v);
    } else if (k == "frequency_penalty") {
      ok = get_number(v, k, -2, 2, r_.frequency_penalty);
    } else if (k == "presence_penalty") {
      ok = get_number(v, k, -2, 2, r_.presence_penalty);
    } else if (k == "n") {
      ok = get_int(v, k, 1, r_.n);
    } else if (k == "seed") {
      ok = get_int(v, k, INT64_MIN, r_.seed);
    } else if (k == "parallel_tool_calls") {
      ok = get_bool(v, k, r_.parallel_tool_calls);
    } else if (k == "response_format") {
      ok = decode_response_format(v, SourceNode(src, at));
    } else if (k == "user") {
      ok = get_string(v, k, r_.user, true);
    } else if (k == "metadata") {
      ok = decode_metadata(v);
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
  if (have_messages == 2) {
    return fail(
        "Invalid 'messages': empty array. Expected a non-empty array of message objects, e.g. "
        "[{\"role\": \"user\", \"content\": \"Hello\"}].",
        "messages", "empty_array");
  }
  return true;
}

bool RequestDecoder::decode_message(dom::element v, std::size_t index, const SourceNode& src,
                                    core::Message& m) {
  Push at(path_, "messages", index);
  dom::object obj;
  if (v.get_object().get(obj)) {
    return type_error("", v, "a message object with 'role' and 'content'");
  }
  bool have_role = false;
  bool have_content = false;
  bool have_tool_call_id = false;
  dom::element content;
  std::size_t content_index = 0;
  dom::element tool_call_id_value;
  std::size_t tool_call_id_index = 0;
  std::string tool_call_id;
  std::string refusal;
  std::size_t i = 0;
  for (dom::key_value_pair field : obj) {
    const std::string_view k = field.key;
    const dom::element fv = field.value;
    const std::size_t fi = i++;
    if (k == "role") {
      std::string_view s;
      if (fv.get_string().get(s)) return type_error(k, fv, "a string");
      auto role = core::role_from_string(s);
      if (!role) return bad_enum(k, s, kRoles);
      m.role = *role;
      have_role = true;
    } else if (k == "content") {
      content = fv;
      content_index = fi;
      have_content = true;
    } else if (k == "name") {
      if (!get_string(fv, k, m.name, true)) return false;
    } else if (k == "tool_calls") {
      const SourceNode calls(src, fi);
      if (!decode_tool_calls(fv, calls, m.content)) return false;
    } else if (k == "tool_call_id") {
      if (!get_string(fv, k, tool_call_id, false)) return false;
      have_tool_call_id = true;
      tool_call_id_value = fv;
      tool_call_id_index = fi;
    } else if (k == "refusal") {
      if (!get_string(fv, k, refusal, true)) return false;
    } else {
      m.extra.emplace_back(std::string(k), source_json(src, fi, fv));
    }
  }
  if (!have_role) return missing("role");
  if (m.role == core::Role::tool) {
    // The content is what the tool returned, for the call named.
    if (!have_content) return missing("content");
    if (content.is_null()) {
      return type_error("content", content, "a string or an array of content parts");
    }
    core::Block result_block;
    auto& result = result_block.value.emplace<core::ToolResultBlock>();
    if (!decode_content(content, SourceNode(src, content_index), result.form, result.content)) {
      return false;
    }
    if (!have_tool_call_id) return missing("tool_call_id");
    result.tool_use_id = std::move(tool_call_id);
    m.form = core::ContentForm::blocks;
    m.content.insert(m.content.begin(), std::move(result_block));
  } else {
    const std::size_t calls = m.content.size();
    if (!have_content || content.is_null()) {
      if (m.role != core::Role::assistant) {
        if (!have_content) return missing("content");
        return type_error("content", content, "a string or an array of content parts");
      }
      m.form = core::ContentForm::absent;
    } else if (std::string_view s; !content.get_string().get(s)) {
      // The common case: no source node needed.
      m.form = core::ContentForm::string;
      m.content.emplace_back().value.emplace<core::TextBlock>().text.assign(s.data(), s.size());
    } else if (!decode_content(content, SourceNode(src, content_index), m.form, m.content)) {
      return false;
    }
    // Content first, then the tool calls.
    if (calls > 0) std::rotate(m.content.begin(), m.content.begin() + calls, m.content.end());
    // A tool_call_id on another role is carried like any unmodelled member.
    if (have_tool_call_id && !tool_call_id.empty()) {
      m.extra.emplace_back("tool_call_id",
                           source_json(src, tool_call_id_index, tool_call_id_value));
    }
  }
  if (!refusal.empty()) {
    auto& r = m.content.emplace_back().value.emplace<core::RefusalBlock>();
    r.text = std::move(refusal);
    r.member = true;
  }
  return true;
}

template <typename Blocks>
bool RequestDecoder::decode_content(dom::element v, const SourceNode& src, core::ContentForm& form,
                                    Blocks& out) {
  std::string_view s;
  if (!v.get_string().get(s)) {
    form = core::ContentForm::string;
    out.emplace_back().value.template emplace<core::TextBlock>().text.assign(s.data(), s.size());
    return true;
  }
  dom::array arr;
  if (v.get_array().get(arr)) {
    return type_error("content", v, "a string or an array of content parts");
  }
  form = core::ContentForm::blocks;
  out.reserve(out.size() + arr.size());
  std::size_t i = 0;
  for (dom::element pv : arr) {
    const SourceNode part_src(src, i);
    Push at(path_, "content", i++);
    if (!decode_part(pv, part_src, out.emplace_back())) return false;
  }
  return true;
}

bool RequestDecoder::decode_part(dom::element v, const SourceNode& src, core::Block& out) {
  dom::object obj;
  if (v.get_object().get(obj)) {
    return type_error("", v,
                      "a content part object such as {\"type\": \"text\", \"text\": \"...\"}");
  }
  dom::element type_v;
  if (obj["type"].get(type_v)) return missing("type");
  std::string_view type;
  if (type_v.get_string().get(type)) return type_error("type", type_v, "a string");
  if (type == "text") {
    auto& part = out.value.emplace<core::TextBlock>();
    dom::element text;
    if (obj[type].get(text)) return missing(type);
    if (!get_string(text, type, part.text, false)) return false;
    keep_unknown(obj, src, {"type", type}, part.extra);
    return true;
  }
  if (type == "refusal") {
    // A refusal part (an assistant turn sent back) is text like any other.
    auto& part = out.value.emplace<core::RefusalBlock>();
    dom::element text;
    if (obj[type].get(text)) return missing(type);
    if (!get_string(text, type, part.text, false)) return false;
    keep_unknown(obj, src, {"type", type}, part.extra);
    return true;
  }
  if (type == "image_url") {
    auto& part = out.value.emplace<core::ImageBlock>();
    dom::element iv;
    if (obj["image_url"].get(iv)) return missing("image_url");
    std::string_view url;
    if (!iv.get_string().get(url)) {  // lenient: a bare URL string
      part.url.assign(url.data(), url.size());
    } else {
      dom::object io;
      if (iv.get_object().get(io)) {
        return type_error("image_url", iv, "an object with 'url' (and optionally 'detail')");
      }
      const SourceNode image_src(src, index_of(obj, "image_url"));
      if (!decode_image_url(io, image_src, part)) return false;
    }
    keep_unknown(obj, src, {"type", "image_url"}, part.extra);
    return true;
  }
  // input_audio, file, and whatever comes next: the gateway cannot read them,
  // so they go on as sent (the privacy stage and providers decide what to do
  // with a part they cannot read).
  auto& part = out.value.emplace<core::OpaqueBlock>();
  part.dialect = core::Dialect::openai;
  part.type.assign(type.data(), type.size());
  const std::string_view t = src.text();
  part.json = t.empty() ? simdjson::to_string(v) : std::string(t);
  return true;
}

bool RequestDecoder::decode_image_url(dom::object io, const SourceNode& src,
                                      core::ImageBlock& image) {
  Push at(path_, "image_url");
  dom::element uv;
  if (io["url"].get(uv)) return missing("url");
  if (!get_string(uv, "url", image.url, false)) return false;
  dom::element dv;
  if (!io["detail"].get(dv) && !get_string(dv, "detail", image.detail, true)) return false;
  keep_unknown(io, src, {"url", "detail"}, image.image_extra);
  return true;
}

bool RequestDecoder::decode_tool_calls(dom::element v, const SourceNode& src, core::Blocks& out) {
  // A repeated member replaces the calls of the one before.
  out.erase(std::remove_if(out.begin(), out.end(),
                           [](const core::Block& b) { return b.is<core::ToolUseBlock>(); }),
            out.end());
  if (v.is_null()) return true;
  dom::array arr;
  if (v.get_array().get(arr)) return type_error("tool_calls", v, "an array of tool calls");
  out.reserve(out.size() + arr.size());
  std::size_t i = 0;
  for (dom::element tv : arr) {
    const SourceNode call_src(src, i);
    Push at(path_, "tool_calls", i++);
    auto& tc = out.emplace_back().value.emplace<core::ToolUseBlock>();
    dom::object obj;
    if (tv.get_object().get(obj)) {
      return type_error("", tv, "a tool call object with 'id', 'type' and 'function'");
    }
    dom::element e;
    if (obj["id"].get(e)) return missing("id");
    if (!get_string(e, "id", tc.id, false)) return false;
    if (!obj["type"].get(e)) {
      std::string_view t;
      if (e.get_string().get(t)) return type_error("type", e, "a string");
      if (t != "function") return bad_enum("type", t, "'function'");
    }
    dom::element fv;
    if (obj["function"].get(fv)) return missing("function");
    dom::object fo;
    if (fv.get_object().get(fo)) {
      return type_error("function", fv, "an object with 'name' and 'arguments'");
    }
    const SourceNode function_src(call_src, index_of(obj, "function"));
    Push f(path_, "function");
    if (fo["name"].get(e)) return missing("name");
    if (!get_string(e, "name", tc.name, false)) return false;
    if (!fo["arguments"].get(e)) {
      if (e.is_object()) {
        // lenient: arguments sent as an object, kept as the client wrote it
        tc.arguments = source_json(function_src, index_of(fo, "arguments"), e);
      } else if (!get_string(e, "arguments", tc.arguments, true)) {
        return false;
      }
    }
    keep_unknown(obj, call_src, {"id", "type", "function"}, tc.extra);
    keep_unknown(fo, function_src, {"name", "arguments"}, tc.function_extra);
  }
  return true;
}

bool RequestDecoder::decode_stop(dom::element v) {
  r_.stop.clear();
  std::string_view s;
  if (!v.get_string().get(s)) {
    r_.stop.emplace_back(s);
    return true;
  }
  if (v.is_null()) return true;
  dom::array arr;
  if (v.get_array().get(arr)) {
    return type_error("stop", v, "a string or an array of up to 4 strings");
  }
  std::size_t i = 0;
  for (dom::element e : arr) {
    if (e.get_string().get(s)) {
      std::string key = "stop[";
      append_int(key, static_cast<std::int64_t>(i));
      key += ']';
      return type_error(key, e, "a string");
    }
    r_.stop.emplace_back(s);
    ++i;
  }
  if (r_.stop.size() > 4) {
    std::string m =
        "Invalid 'stop': array too long. Expected an array with at most 4 strings, but got ";
    append_int(m, static_cast<std::int64_t>(r_.stop.size()));
    m += " instead.";
    return fail(std::move(m), "stop", "array_above_max_length");
  }
  return true;
}

bool RequestDecoder::decode_stream_options(dom::element v, const SourceNode& src) {
  if (v.is_null()) return true;
  dom::object obj;
  if (v.get_object().get(obj)) {
    return type_error("stream_options", v, "an object such as {\"include_usage\": true}");
  }
  Push at(path_, "stream_options");
  dom::element e;
  if (!obj["include_usage"].get(e)) {
    std::optional<bool> b;
    if (!get_bool(e, "include_usage", b)) return false;
    r_.include_usage = b.value_or(false);
  }
  r_.stream_options_extra.clear();
  keep_unknown(obj, src, {"include_usage"}, r_.stream_options_extra);
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
                        "a tool object such as {\"type\": \"function\", \"function\": {...}}");
    }
    dom::element e;
    if (!obj["type"].get(e)) {
      std::string_view t;
      if (e.get_string().get(t)) return type_error("type", e, "a string");
      if (t != "function") return bad_enum("type", t, "'function'");
    }
    dom::element fv;
    if (obj["function"].get(fv)) return missing("function");
    dom::object fo;
    if (fv.get_object().get(fo)) {
      return type_error("function", fv, "an object with 'name', 'description' and 'parameters'");
    }
    const SourceNode function_src(tool_src, index_of(obj, "function"));
    Push f(path_, "function");
    if (fo["name"].get(e)) return missing("name");
    if (!get_string(e, "name", tool.name, false)) return false;
    if (tool.name.empty()) {
      return fail("Invalid value for '" + param("name") +
                      "': expected a function name, but got an empty string instead.",
                  param("name"), "invalid_value");
    }
    if (!fo["description"].get(e) && !get_string(e, "description", tool.description, true)) {
      return false;
    }
    if (!fo["parameters"].get(e) && !e.is_null()) {
      if (!e.is_object()) return type_error("parameters", e, "a JSON Schema object");
      tool.parameters_json = source_json(function_src, index_of(fo, "parameters"), e);
    }
    if (!fo["strict"].get(e) && !get_bool(e, "strict", tool.strict)) return false;
    keep_unknown(obj, tool_src, {"type", "function"}, tool.extra);
    keep_unknown(fo, function_src, {"name", "description", "parameters", "strict"},
                 tool.function_extra);
  }
  return true;
}

bool RequestDecoder::decode_tool_choice(dom::element v, const SourceNode& src) {
  constexpr std::string_view kExpected =
      "'none', 'auto', 'required' or an object such as {\"type\": \"function\", \"function\": "
      "{\"name\": \"my_function\"}}";
  auto& tc = r_.tool_choice;
  tc = {};
  std::string_view s;
  if (!v.get_string().get(s)) {
    if (s == "none") {
      tc.mode = core::ToolChoice::Mode::none;
    } else if (s == "auto") {
      tc.mode = core::ToolChoice::Mode::auto_;
    } else if (s == "required") {
      tc.mode = core::ToolChoice::Mode::required;
    } else {
      return bad_enum("tool_choice", s, "'none', 'auto', and 'required'");
    }
    return true;
  }
  if (v.is_null()) return true;
  dom::object obj;
  if (v.get_object().get(obj)) return type_error("tool_choice", v, kExpected);
  Push at(path_, "tool_choice");
  dom::element e;
  if (obj["type"].get(e)) return missing("type");
  if (e.get_string().get(s)) return type_error("type", e, "a string");
  if (s != "function") return bad_enum("type", s, "'function'");
  if (obj["function"].get(e)) return missing("function");
  dom::object fo;
  if (e.get_object().get(fo)) return type_error("function", e, "an object with 'name'");
  Push f(path_, "function");
  if (fo["name"].get(e)) return missing("name");
  if (!get_string(e, "name", tc.function_name, false)) return false;
  tc.mode = core::ToolChoice::Mode::function;
  keep_unknown(obj, src, {"type", "function"}, tc.extra);
  const SourceNode function_src(src, index_of(obj, "function"));
  keep_unknown(fo, function_src, {"name"}, tc.function_extra);
  return true;
}

bool RequestDecoder::decode_response_format(dom::element v, const SourceNode& src) {
  auto& rf = r_.response_format;
  rf = {};
  if (v.is_null()) return true;
  dom::object obj;
  if (v.get_object().get(obj)) {
    return type_error("response_format", v, "an object such as {\"type\": \"json_object\"}");
  }
  Push at(path_, "response_format");
  dom::element e;
  if (obj["type"].get(e)) return missing("type");
  std::string_view t;
  if (e.get_string().get(t)) return type_error("type", e, "a string");
  if (t == "text") {
    rf.type = core::ResponseFormat::Type::text;
  } else if (t == "json_object") {
    rf.type = core::ResponseFormat::Type::json_object;
  } else if (t == "json_schema") {
    rf.type = core::ResponseFormat::Type::json_schema;
    if (obj["json_schema"].get(e)) return missing("json_schema");
    if (!e.is_object()) {
      return type_error("json_schema", e, "an object with 'name' and 'schema'");
    }
    rf.json_schema_json = source_json(src, index_of(obj, "json_schema"), e);
  } else {
    return bad_enum("type", t, "'text', 'json_object', and 'json_schema'");
  }
  keep_unknown(obj, src, {"type", "json_schema"}, rf.extra);
  return true;
}

bool RequestDecoder::decode_metadata(dom::element v) {
  r_.metadata.clear();
  if (v.is_null()) return true;
  dom::object obj;
  if (v.get_object().get(obj)) {
    return type_error("metadata", v, "an object mapping strings to strings");
  }
  Push at(path_, "metadata");
  for (dom::key_value_pair field : obj) {
    std::string_view s;
    if (field.value.get_string().get(s)) return type_error(field.key, field.value, "a string");
    r_.metadata.emplace_back(std::string(field.key), std::string(s));
  }
  return true;
}

}  // namespace

// ---------------------------------------------------------------------------

core::Expected<core::ChatRequest> decode_chat_request(std::string_view body) {
  Parse parse;
  // Integers wider than 64 bits are fine where they are carried through (the
  // text is copied from the body) and rejected with the field's name where the
  // decoder reads one.
  auto obj = json::request_object(
      parse, body,
      "Send a JSON object with at least 'model' and 'messages', e.g. {\"model\": "
      "\"gpt-4o-mini\", \"messages\": [{\"role\": \"user\", \"content\": \"Hello\"}]}.",
      /*wide_integers=*/true);
  if (!obj) return obj.error();
  core::ChatRequest req;
  RequestDecoder d(req);
  const SourceNode src(body);
  if (!d.decode(*obj, src)) return d.take_error();
  return req;
}

}  // namespace switchyard::api::openai
