// The strict request decoder's top level (chat_request_decoder.hpp): the
// request's members, its small objects, and decode_chat_request.
#include "switchyard/api/openai/chat_codec.hpp"
#include "switchyard/api/openai/chat_request_decoder.hpp"
#include "switchyard/api/openai/json_input.hpp"

namespace switchyard::api::openai {

using json::Parse;
using json::SourceNode;

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
    } else if (k == "reasoning_effort") {
      ok = decode_reasoning_effort(v);
    } else if (k == "user") {
      ok = get_string(v, k, r_.user, true);
    } else if (k == "metadata") {
      ok = get_string_map(v, k, &r_.metadata);
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

// A word, not checked against OpenAI's list (newer models add words; the
// upstream judges them); null is the default, as if absent.
bool RequestDecoder::decode_reasoning_effort(dom::element v) {
  r_.reasoning.effort.clear();
  if (v.is_null()) return true;
  std::string_view s;
  if (v.get_string().get(s) || s.empty()) {
    return type_error("reasoning_effort", v,
                      "a string: 'none', 'minimal', 'low', 'medium' or 'high'");
  }
  r_.reasoning.effort.assign(s.data(), s.size());
  return true;
}

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
