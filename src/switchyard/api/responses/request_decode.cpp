// Strict decoding of a client's Responses request (simdjson DOM) into
// core::ChatRequest. The field reader and the source-text scanner are the
// OpenAI codec's (request_fields.hpp, json_source.hpp): the same errors
// naming the field, the same exact text for tool parameters and schemas.

#include <simdjson.h>

#include "switchyard/api/openai/json_input.hpp"
#include "switchyard/api/openai/json_sink.hpp"
#include "switchyard/api/openai/json_source.hpp"
#include "switchyard/api/openai/request_fields.hpp"
#include "switchyard/api/responses/responses_codec.hpp"

namespace switchyard::api::responses {
namespace {

namespace dom = simdjson::dom;

using openai::index_of;
using openai::source_json;
using openai::json::Parse;
using openai::json::SourceNode;

class RequestDecoder : public openai::FieldReader {
 public:
  explicit RequestDecoder(core::ChatRequest& r) : r_(r) {}

  bool decode(dom::object root, const SourceNode& src);

 private:
  // A member that needs state the gateway does not keep, or a mode it does
  // not run: 400 naming it.
  bool refuse(std::string_view key, std::string why, const char* code);
  bool decode_instructions(dom::element v);
  bool decode_input(dom::element v, const SourceNode& src);
  bool decode_item(dom::element v, const SourceNode& src);
  bool decode_message_item(dom::object obj, const SourceNode& src);
  // Content parts (or a string) into `out`; `form` says which it was.
  template <typename Blocks>
  bool decode_content(dom::element v, core::ContentForm& form, Blocks& out, std::string_view key);
  bool decode_part(dom::element v, core::Block& out);
  bool decode_function_call(dom::object obj);
  bool decode_function_call_output(dom::object obj);
  bool decode_tools(dom::element v, const SourceNode& src);
  bool decode_tool_choice(dom::element v);
  bool decode_text(dom::element v, const SourceNode& src);
  bool decode_format(dom::element v, const SourceNode& src);
  bool decode_reasoning(dom::element v);
  bool decode_include(dom::element v);
  // A string member carried to Chat Completions under `as`.
  bool carry_string(dom::element v, std::string_view key, std::string_view as,
                    const SourceNode& src, std::size_t at);
  // The members of an item other than `known`, which are refused (the item's
  // id and status, which clients send back with output items, are allowed).
  bool only_known(dom::object obj, std::initializer_list<std::string_view> known);

  core::ChatRequest& r_;
  std::optional<std::string> instructions_;
  // The assistant message a function_call item joins: the last message, while
  // nothing but assistant content and calls has come since.
  bool assistant_open_ = false;
};

bool RequestDecoder::refuse(std::string_view key, std::string why, const char* code) {
  return fail("'" + param(key) + "' is not supported: " + std::move(why), param(key), code);
}

bool RequestDecoder::decode(dom::object root, const SourceNode& src) {
  bool have_model = false;
  bool have_input = false;
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
    } else if (k == "input") {
      ok = decode_input(v, SourceNode(src, at));
      have_input = true;
    } else if (k == "instructions") {
      ok = decode_instructions(v);
    } else if (k == "tools") {
      ok = decode_tools(v, SourceNode(src, at));
    } else if (k == "tool_choice") {
      ok = decode_tool_choice(v);
    } else if (k == "text") {
      ok = decode_text(v, SourceNode(src, at));
    } else if (k == "max_output_tokens") {
      ok = get_int(v, k, 1, r_.max_completion_tokens);
    } else if (k == "temperature") {
      ok = get_number(v, k, 0, 2, r_.temperature);
    } else if (k == "top_p") {
      ok = get_number(v, k, 0, 1, r_.top_p);
    } else if (k == "metadata") {
      ok = get_string_map(v, k, &r_.metadata);
    } else if (k == "user") {
      ok = get_string(v, k, r_.user, true);
    } else if (k == "stream") {
      std::optional<bool> b;
      ok = get_bool(v, k, b);
      r_.stream = b.value_or(false);
    } else if (k == "parallel_tool_calls") {
      ok = get_bool(v, k, r_.parallel_tool_calls);
    } else if (k == "reasoning") {
      ok = decode_reasoning(v);
    } else if (k == "store") {
      // Accepted either way; nothing is stored (the answer says store: false).
      std::optional<bool> b;
      ok = get_bool(v, k, b);
    } else if (k == "include") {
      ok = decode_include(v);
    } else if (k == "client_metadata") {
      // Codex CLI's per-turn labels (its turn and session ids) for OpenAI's
      // own request logs: not model input, so nothing is sent upstream or
      // kept; only its shape is checked.
      ok = get_string_map(v, k, nullptr);
    } else if (k == "stream_options") {
      // {include_obfuscation}: the gateway's events carry no obfuscation.
      if (!v.is_null() && !v.is_object())
        return type_error(k, v, "an object such as {\"include_obfuscation\": false}");
    } else if (k == "truncation") {
      std::string t;
      ok = get_string(v, k, t, true);
      if (ok && !t.empty() && t != "disabled") {
        if (t == "auto") {
          return refuse(k, "the gateway does not truncate a conversation; send 'disabled'.",
                        "unsupported_parameter");
        }
        return bad_enum(k, t, "'auto' and 'disabled'");
      }
    } else if (k == "service_tier" || k == "prompt_cache_key" || k == "safety_identifier") {
      ok = carry_string(v, k, k, src, at);
    } else if (k == "previous_response_id") {
      if (!v.is_null()) {
        return refuse(k,
                      "this gateway keeps no responses (no response store is configured), so "
                      "it cannot continue one; send the whole conversation in 'input' instead.",
                      "unsupported_parameter");
      }
    } else if (k == "conversation") {
      if (!v.is_null()) {
        return refuse(k,
                      "this gateway keeps no conversations; send the whole conversation in "
                      "'input' instead.",
                      "unsupported_parameter");
      }
    } else if (k == "background") {
      std::optional<bool> b;
      if (!get_bool(v, k, b)) return false;
      if (b.value_or(false)) {
        return refuse(k,
                      "this gateway answers every response in the foreground (it keeps no "
                      "responses to poll); leave 'background' out or set it to false.",
                      "unsupported_parameter");
      }
    } else if (k == "prompt") {
      if (!v.is_null()) {
        return refuse(k,
                      "stored prompts live on OpenAI's platform, which this gateway does not "
                      "read; send the prompt's text as 'instructions' and 'input'.",
                      "unsupported_parameter");
      }
    } else {
      return fail("Unknown parameter: '" + std::string(k.substr(0, 128)) +
                      "'. The gateway serves the stateless subset of the Responses API "
                      "(docs/providers.md lists it).",
                  std::string(k.substr(0, 128)), "unknown_parameter");
    }
    if (!ok) return false;
  }
  if (!have_model) return missing("model");
  if (r_.model.empty()) {
    return fail("Invalid value for 'model': expected a model id, but got an empty string instead.",
                "model", "invalid_value");
  }
  if (!have_input) return missing("input");
  if (r_.messages.empty()) {
    return fail(
        "Invalid 'input': it holds no message or function call output for the model to answer. "
        "Send a string, or an array of input items such as [{\"role\": \"user\", \"content\": "
        "\"Hello\"}].",
        "input", "empty_array");
  }
  if (instructions_) {
    core::Message m;
    m.role = core::Role::system;
    m.form = core::ContentForm::string;  // the instructions' mark (responses_codec.hpp)
    m.content.emplace_back().value.emplace<core::TextBlock>().text = std::move(*instructions_);
    r_.system.insert(r_.system.begin(), core::SystemPrompt{0, std::move(m)});
  }
  // response.completed reports the usage.
  r_.include_usage = true;
  return true;
}

bool RequestDecoder::decode_instructions(dom::element v) {
  instructions_.reset();
  if (v.is_null()) return true;
  std::string_view s;
  if (v.get_string().get(s)) return type_error("instructions", v, "a string");
  instructions_.emplace(s);
  return true;
}

bool RequestDecoder::decode_input(dom::element v, const SourceNode& src) {
  r_.messages.clear();
  // Instructions given as items; the top-level one is placed first at the end.
  r_.system.clear();
  assistant_open_ = false;
  std::string_view s;
  if (!v.get_string().get(s)) {
    r_.messages.push_back(core::text_message(core::Role::user, std::string(s)));
    return true;
  }
  dom::array arr;
  if (v.get_array().get(arr)) return type_error("input", v, "a string or an array of input items");
  std::size_t i = 0;
  for (dom::element item : arr) {
    const SourceNode item_src(src, i);
    Push at(path_, "input", i++);
    if (!decode_item(item, item_src)) return false;
  }
  return true;
}

bool RequestDecoder::only_known(dom::object obj, std::initializer_list<std::string_view> known) {
  for (dom::key_value_pair field : obj) {
    bool ok = field.key == "id" || field.key == "status";
    for (std::string_view k : known) ok = ok || field.key == k;
    if (!ok) {
      return fail("Unknown parameter: '" + param(std::string(field.key.substr(0, 128))) + "'.",
                  param(std::string(field.key.substr(0, 128))), "unknown_parameter");
    }
  }
  return true;
}

bool RequestDecoder::decode_item(dom::element v, const SourceNode& src) {
  dom::object obj;
  if (v.get_object().get(obj)) {
    return type_error("", v,
                      "an input item such as {\"role\": \"user\", \"content\": \"...\"} or "
                      "{\"type\": \"function_call_output\", \"call_id\": \"...\", \"output\": "
                      "\"...\"}");
  }
  dom::element e;
  std::string_view type = "message";  // an easy input message has no type
  if (!obj["type"].get(e)) {
    if (e.get_string().get(type)) return type_error("type", e, "a string");
  }
  if (type == "message") return decode_message_item(obj, src);
  if (type == "function_call") return decode_function_call(obj);
  if (type == "function_call_output") return decode_function_call_output(obj);
  if (type == "reasoning") {
    // The model's reasoning from an earlier turn: the Chat Completions API
    // takes none back, so it is not sent anywhere.
    return true;
  }
  if (type == "item_reference") {
    return refuse("type",
                  "an item reference points into a stored response, and this gateway keeps "
                  "none; send the item itself.",
                  "unsupported_parameter");
  }
  return refuse("type",
                "'" + std::string(type.substr(0, 64)) +
                    "' items belong to tools the gateway does not run; it takes message, "
                    "function_call, function_call_output and reasoning items.",
                "unsupported_parameter");
}

bool RequestDecoder::decode_message_item(dom::object obj, const SourceNode&) {
  if (!only_known(obj, {"type", "role", "content"})) return false;
  dom::element e;
  if (obj["role"].get(e)) return missing("role");
  std::string_view role_s;
  if (e.get_string().get(role_s)) return type_error("role", e, "a string");
  core::Role role;
  if (role_s == "user") {
    role = core::Role::user;
  } else if (role_s == "assistant") {
    role = core::Role::assistant;
  } else if (role_s == "system") {
    role = core::Role::system;
  } else if (role_s == "developer") {
    role = core::Role::developer;
  } else {
    return bad_enum("role", role_s, "'user', 'assistant', 'system', and 'developer'");
  }
  if (obj["content"].get(e)) return missing("content");
  core::Message m;
  m.role = role;
  if (!decode_content(e, m.form, m.content, "content")) return false;
  if (role == core::Role::system || role == core::Role::developer) {
    // Blocks form: the string form marks the top-level instructions.
    m.form = core::ContentForm::blocks;
    r_.system.push_back(core::SystemPrompt{r_.messages.size(), std::move(m)});
    assistant_open_ = false;
    return true;
  }
  r_.messages.push_back(std::move(m));
  assistant_open_ = role == core::Role::assistant;
  return true;
}

template <typename Blocks>
bool RequestDecoder::decode_content(dom::element v, core::ContentForm& form, Blocks& out,
                                    std::string_view key) {
  std::string_view s;
  if (!v.get_string().get(s)) {
    form = core::ContentForm::string;
    core::Block& b = out.emplace_back();
    b.value.emplace<core::TextBlock>().text.assign(s.data(), s.size());
    return true;
  }
  dom::array arr;
  if (v.get_array().get(arr)) return type_error(key, v, "a string or an array of content parts");
  form = core::ContentForm::blocks;
  std::size_t i = 0;
  for (dom::element pv : arr) {
    Push at(path_, key, i++);
    if (!decode_part(pv, out.emplace_back())) return false;
  }
  return true;
}

bool RequestDecoder::decode_part(dom::element v, core::Block& out) {
  dom::object obj;
  if (v.get_object().get(obj)) {
    return type_error("", v,
                      "a content part such as {\"type\": \"input_text\", \"text\": \"...\"}");
  }
  dom::element e;
  if (obj["type"].get(e)) return missing("type");
  std::string_view type;
  if (e.get_string().get(type)) return type_error("type", e, "a string");
  if (type == "input_text" || type == "output_text") {
    if (!only_known(obj, {"type", "text", "annotations", "logprobs"})) return false;
    auto& b = out.value.emplace<core::TextBlock>();
    if (obj["text"].get(e)) return missing("text");
    return get_string(e, "text", b.text, false);
  }
  if (type == "refusal") {
    if (!only_known(obj, {"type", "refusal"})) return false;
    auto& b = out.value.emplace<core::RefusalBlock>();
    if (obj["refusal"].get(e)) return missing("refusal");
    return get_string(e, "refusal", b.text, false);
  }
  if (type == "input_image") {
    if (!only_known(obj, {"type", "image_url", "detail", "file_id"})) return false;
    auto& b = out.value.emplace<core::ImageBlock>();
    if (!obj["file_id"].get(e) && !e.is_null()) {
      return refuse("file_id",
                    "files live on OpenAI's platform, which this gateway does not read; send "
                    "the image as 'image_url' (a URL or a data: URL).",
                    "unsupported_parameter");
    }
    if (obj["image_url"].get(e) || e.is_null()) return missing("image_url");
    if (!get_string(e, "image_url", b.url, false)) return false;
    if (!obj["detail"].get(e) && !get_string(e, "detail", b.detail, true)) return false;
    return true;
  }
  if (type == "input_file" || type == "input_audio") {
    return refuse("type",
                  "'" + std::string(type) +
                      "' parts are not carried by this gateway; send text (input_text) or "
                      "images (input_image).",
                  "unsupported_parameter");
  }
  return bad_enum("type", type, "'input_text', 'input_image', 'output_text', and 'refusal'");
}

bool RequestDecoder::decode_function_call(dom::object obj) {
  if (!only_known(obj, {"type", "call_id", "name", "arguments"})) return false;
  core::Block block;
  auto& b = block.value.emplace<core::ToolUseBlock>();
  dom::element e;
  if (obj["call_id"].get(e)) return missing("call_id");
  if (!get_string(e, "call_id", b.id, false)) return false;
  if (obj["name"].get(e)) return missing("name");
  if (!get_string(e, "name", b.name, false)) return false;
  if (obj["arguments"].get(e)) return missing("arguments");
  if (!get_string(e, "arguments", b.arguments, false)) return false;
  if (!assistant_open_ || r_.messages.empty()) {
    core::Message& m = r_.messages.emplace_back();
    m.role = core::Role::assistant;
    m.form = core::ContentForm::absent;
    assistant_open_ = true;
  }
  r_.messages.back().content.push_back(std::move(block));
  return true;
}

bool RequestDecoder::decode_function_call_output(dom::object obj) {
  if (!only_known(obj, {"type", "call_id", "output"})) return false;
  core::Message& m = r_.messages.emplace_back();
  m.role = core::Role::tool;
  m.form = core::ContentForm::blocks;
  auto& result = m.content.emplace_back().value.emplace<core::ToolResultBlock>();
  dom::element e;
  if (obj["call_id"].get(e)) return missing("call_id");
  if (!get_string(e, "call_id", result.tool_use_id, false)) return false;
  if (obj["output"].get(e)) return missing("output");
  assistant_open_ = false;
  return decode_content(e, result.form, result.content, "output");
}

bool RequestDecoder::decode_tools(dom::element v, const SourceNode& src) {
  r_.tools.clear();
  if (v.is_null()) return true;
  dom::array arr;
  if (v.get_array().get(arr)) return type_error("tools", v, "an array of tool objects");
  std::size_t i = 0;
  for (dom::element tv : arr) {
    const SourceNode tool_src(src, i);
    Push at(path_, "tools", i++);
    dom::object obj;
    if (tv.get_object().get(obj)) {
      return type_error("", tv,
                        "a tool object such as {\"type\": \"function\", \"name\": \"...\", "
                        "\"parameters\": {\"type\": \"object\"}}");
    }
    dom::element e;
    if (obj["type"].get(e)) return missing("type");
    std::string_view t;
    if (e.get_string().get(t)) return type_error("type", e, "a string");
    if (t != "function") {
      return fail("Invalid '" + param("type") + "': '" + std::string(t.substr(0, 64)) +
                      "' is a tool OpenAI runs on its platform (or a custom tool), which this "
                      "gateway does not; describe it as a function tool ({\"type\": "
                      "\"function\", \"name\", \"description\", \"parameters\"}) instead.",
                  param("type"), "unsupported_tool_type");
    }
    if (!only_known(obj, {"type", "name", "description", "parameters", "strict"})) return false;
    core::Tool& tool = r_.tools.emplace_back();
    if (obj["name"].get(e)) return missing("name");
    if (!get_string(e, "name", tool.name, false)) return false;
    if (tool.name.empty()) {
      return fail("Invalid value for '" + param("name") +
                      "': expected a function name, but got an empty string instead.",
                  param("name"), "invalid_value");
    }
    if (!obj["description"].get(e) && !get_string(e, "description", tool.description, true)) {
      return false;
    }
    if (!obj["parameters"].get(e) && !e.is_null()) {
      if (!e.is_object()) return type_error("parameters", e, "a JSON Schema object");
      tool.parameters_json = source_json(tool_src, index_of(obj, "parameters"), e);
    }
    if (!obj["strict"].get(e) && !get_bool(e, "strict", tool.strict)) return false;
  }
  return true;
}

bool RequestDecoder::decode_tool_choice(dom::element v) {
  auto& tc = r_.tool_choice;
  tc = {};
  if (v.is_null()) return true;
  using Mode = core::ToolChoice::Mode;
  std::string_view s;
  if (!v.get_string().get(s)) {
    if (s == "none") {
      tc.mode = Mode::none;
    } else if (s == "auto") {
      tc.mode = Mode::auto_;
    } else if (s == "required") {
      tc.mode = Mode::required;
    } else {
      return bad_enum("tool_choice", s, "'none', 'auto', and 'required'");
    }
    return true;
  }
  dom::object obj;
  if (v.get_object().get(obj)) {
    return type_error("tool_choice", v,
                      "'none', 'auto', 'required' or {\"type\": \"function\", \"name\": \"...\"}");
  }
  Push at(path_, "tool_choice");
  dom::element e;
  if (obj["type"].get(e)) return missing("type");
  std::string_view t;
  if (e.get_string().get(t)) return type_error("type", e, "a string");
  if (t != "function") {
    return refuse("type",
                  "the gateway forces only function tools; send {\"type\": \"function\", "
                  "\"name\": \"...\"} or 'none', 'auto', 'required'.",
                  "unsupported_parameter");
  }
  if (!only_known(obj, {"type", "name"})) return false;
  tc.mode = Mode::function;
  if (obj["name"].get(e)) return missing("name");
  return get_string(e, "name", tc.function_name, false);
}

bool RequestDecoder::decode_text(dom::element v, const SourceNode& src) {
  r_.response_format = {};
  if (v.is_null()) return true;
  dom::object obj;
  if (v.get_object().get(obj)) {
    return type_error("text", v, "an object such as {\"format\": {\"type\": \"text\"}}");
  }
  Push at(path_, "text");
  std::size_t i = 0;
  for (dom::key_value_pair field : obj) {
    const std::size_t at_member = i++;
    if (field.key == "format") {
      if (!decode_format(field.value, SourceNode(src, at_member))) return false;
    } else if (field.key == "verbosity") {
      std::string word;
      if (!get_string(field.value, "verbosity", word, true)) return false;
      if (!word.empty() && word != "low" && word != "medium" && word != "high")
        return bad_enum("verbosity", word, "'low', 'medium', and 'high'");
      // Chat Completions' top-level verbosity.
      if (!word.empty())
        r_.extra.emplace_back("verbosity", source_json(src, at_member, field.value));
    } else {
      return fail("Unknown parameter: '" + param(std::string(field.key.substr(0, 128))) + "'.",
                  param(std::string(field.key.substr(0, 128))), "unknown_parameter");
    }
  }
  return true;
}

bool RequestDecoder::decode_format(dom::element v, const SourceNode& src) {
  auto& rf = r_.response_format;
  if (v.is_null()) return true;
  dom::object obj;
  if (v.get_object().get(obj)) {
    return type_error("format", v,
                      "an object such as {\"type\": \"text\"}, {\"type\": \"json_object\"} or "
                      "{\"type\": \"json_schema\", \"name\": \"...\", \"schema\": {...}}");
  }
  Push at(path_, "format");
  dom::element e;
  if (obj["type"].get(e)) return missing("type");
  std::string_view t;
  if (e.get_string().get(t)) return type_error("type", e, "a string");
  if (t == "text") {
    if (!only_known(obj, {"type"})) return false;
    rf.type = core::ResponseFormat::Type::text;
    return true;
  }
  if (t == "json_object") {
    if (!only_known(obj, {"type"})) return false;
    rf.type = core::ResponseFormat::Type::json_object;
    return true;
  }
  if (t != "json_schema") return bad_enum("type", t, "'text', 'json_object', and 'json_schema'");
  if (!only_known(obj, {"type", "name", "schema", "description", "strict"})) return false;
  rf.type = core::ResponseFormat::Type::json_schema;
  // Chat Completions' json_schema object: {name, description, schema, strict}.
  std::string name;
  std::string description;
  std::optional<bool> strict;
  if (obj["name"].get(e)) return missing("name");
  if (!get_string(e, "name", name, false)) return false;
  if (!obj["description"].get(e) && !get_string(e, "description", description, true)) return false;
  if (!obj["strict"].get(e) && !get_bool(e, "strict", strict)) return false;
  if (obj["schema"].get(e)) return missing("schema");
  if (!e.is_object()) return type_error("schema", e, "a JSON Schema object");
  const std::string schema = source_json(src, index_of(obj, "schema"), e);
  std::string out;
  openai::StringSink sink(out);
  openai::JsonWriter w(sink);
  w.StartObject();
  w.Key("name");
  w.String(name.data(), static_cast<rapidjson::SizeType>(name.size()));
  if (!description.empty()) {
    w.Key("description");
    w.String(description.data(), static_cast<rapidjson::SizeType>(description.size()));
  }
  w.Key("schema");
  w.RawValue(schema.data(), schema.size(), rapidjson::kObjectType);
  if (strict) {
    w.Key("strict");
    w.Bool(*strict);
  }
  w.EndObject();
  rf.json_schema_json = std::move(out);
  return true;
}

bool RequestDecoder::decode_reasoning(dom::element v) {
  r_.reasoning.effort.clear();
  if (v.is_null()) return true;
  dom::object obj;
  if (v.get_object().get(obj)) {
    return type_error("reasoning", v, "an object such as {\"effort\": \"low\"}");
  }
  Push at(path_, "reasoning");
  for (dom::key_value_pair field : obj) {
    if (field.key == "effort") {
      if (!get_string(field.value, "effort", r_.reasoning.effort, true)) return false;
    } else if (field.key == "summary" || field.key == "generate_summary") {
      // Summaries are OpenAI's own; the answer carries none (reasoning comes
      // back as reasoning_text when the model gives it).
      std::string ignored;
      if (!get_string(field.value, field.key, ignored, true)) return false;
    } else {
      return fail("Unknown parameter: '" + param(std::string(field.key.substr(0, 128))) + "'.",
                  param(std::string(field.key.substr(0, 128))), "unknown_parameter");
    }
  }
  return true;
}

bool RequestDecoder::decode_include(dom::element v) {
  if (v.is_null()) return true;
  dom::array arr;
  if (v.get_array().get(arr)) return type_error("include", v, "an array of strings");
  std::size_t i = 0;
  for (dom::element e : arr) {
    Push at(path_, "include", i++);
    std::string_view s;
    if (e.get_string().get(s)) return type_error("", e, "a string");
    // What the answer may include: encrypted reasoning is asked for by
    // clients that keep no state; the gateway has none to give, so the
    // answer simply lacks it. Every other value names output of a built-in
    // tool (not run here) or logprobs (not carried).
    if (s != "reasoning.encrypted_content") {
      return fail("Invalid '" + path_ + "': '" + std::string(s.substr(0, 64)) +
                      "' is not supported by this gateway; it accepts only "
                      "'reasoning.encrypted_content'.",
                  path_, "unsupported_parameter");
    }
  }
  return true;
}

bool RequestDecoder::carry_string(dom::element v, std::string_view key, std::string_view as,
                                  const SourceNode& src, std::size_t at) {
  std::string s;
  if (!get_string(v, key, s, true)) return false;
  if (!v.is_null()) r_.extra.emplace_back(std::string(as), source_json(src, at, v));
  return true;
}

}  // namespace

core::Expected<core::ChatRequest> decode_responses_request(std::string_view body) {
  Parse parse;
  auto obj = openai::json::request_object(
      parse, body,
      "Send a JSON object with at least 'model' and 'input', e.g. {\"model\": \"gpt-4.1\", "
      "\"input\": \"Hello\"}.",
      /*wide_integers=*/true);
  if (!obj) return obj.error();
  core::ChatRequest req;
  req.dialect = core::Dialect::openai;
  RequestDecoder d(req);
  const SourceNode src(body);
  if (!d.decode(*obj, src)) return d.take_error();
  return req;
}

}  // namespace switchyard::api::responses
