#include "switchyard/providers/gemini_request.hpp"

#include <simdjson.h>

#include <charconv>
#include <optional>
#include <unordered_map>

#include "switchyard/api/openai/json_input.hpp"
#include "switchyard/api/openai/json_sink.hpp"

namespace switchyard::providers {
namespace {

using api::openai::JsonWriter;
using api::openai::StringSink;

// Where a block sits, for the `param` of an error: messages[i].content[j].
std::string where(std::size_t message, std::size_t block) {
  return "messages[" + std::to_string(message) + "].content[" + std::to_string(block) + "]";
}

core::Error refuse(std::string message, std::string param, std::string code = {}) {
  return core::Error::invalid(std::move(message), std::move(param), std::move(code));
}

std::string_view trim(std::string_view s) {
  while (!s.empty() &&
         (s.front() == ' ' || s.front() == '\n' || s.front() == '\t' || s.front() == '\r'))
    s.remove_prefix(1);
  while (!s.empty() &&
         (s.back() == ' ' || s.back() == '\n' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

// Whether `text` is one JSON object (so it can be written as it is).
bool is_json_object(std::string_view text) {
  if (text.empty() || text.front() != '{') return false;
  api::openai::json::Parse parse;
  simdjson::dom::element root;
  return !parse.run(text, root) && root.is_object();
}

// Gemini's contents, built as they are written: a content is opened for a
// role and closed when the next message is of the other role.
class Writer {
 public:
  explicit Writer(std::string& out) : sink_(out), w_(sink_) {}

  JsonWriter& json() { return w_; }
  void key(std::string_view k) { w_.Key(k.data(), static_cast<rapidjson::SizeType>(k.size())); }
  void str(std::string_view s) { w_.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }
  void kv(std::string_view k, std::string_view v) {
    key(k);
    str(v);
  }
  void raw_object(std::string_view json) {
    w_.RawValue(json.data(), json.size(), rapidjson::kObjectType);
  }

  // The parts that follow belong to a turn of `role`.
  void turn(std::string_view role) {
    if (open_ && role == role_) return;
    close_turn();
    w_.StartObject();
    kv("role", role);
    key("parts");
    w_.StartArray();
    open_ = true;
    role_ = role;
  }
  void close_turn() {
    if (!open_) return;
    w_.EndArray();
    w_.EndObject();
    open_ = false;
  }

 private:
  StringSink sink_;
  JsonWriter w_;
  bool open_ = false;
  std::string_view role_;
};

// A base64 data: URL's media type and payload; false when `url` is not one.
bool split_data_url(std::string_view url, std::string_view& mime, std::string_view& data) {
  if (!url.starts_with("data:")) return false;
  const auto comma = url.find(',');
  if (comma == std::string_view::npos) return false;
  std::string_view head = url.substr(5, comma - 5);
  if (!head.ends_with(";base64")) return false;
  head.remove_suffix(7);
  mime = head.substr(0, head.find(';'));
  data = url.substr(comma + 1);
  return !mime.empty();
}

std::optional<core::Error> write_image(Writer& w, const core::ImageBlock& image,
                                       const std::string& param) {
  std::string_view mime = image.media_type;
  std::string_view data = image.data;
  if (data.empty()) {
    if (image.url.starts_with("http://") || image.url.starts_with("https://"))
      return refuse(
          "Gemini does not fetch images from URLs; send the image inline as a base64 data: URL "
          "(data:image/png;base64,...)",
          param + ".image_url.url", "unsupported_image_url");
    if (!split_data_url(image.url, mime, data))
      return refuse(
          "an image for Gemini must be a base64 data: URL with its media type "
          "(data:image/png;base64,...)",
          param + ".image_url.url", "unsupported_image_url");
  }
  if (mime.empty())
    return refuse("an image for Gemini needs its media type (image/png, image/jpeg, ...)", param);
  w.json().StartObject();
  w.key("inlineData");
  w.json().StartObject();
  w.kv("mimeType", mime);
  w.kv("data", data);
  w.json().EndObject();
  w.json().EndObject();
  return std::nullopt;
}

std::optional<core::Error> write_call(Writer& w, const core::ToolUseBlock& call,
                                      const std::string& param) {
  const std::string_view args = trim(call.arguments);
  if (!args.empty() && !is_json_object(args))
    return refuse("the arguments of tool call '" + call.id +
                      "' are not a JSON object; Gemini takes a function call's arguments as one",
                  param + ".function.arguments");
  w.json().StartObject();
  w.key("functionCall");
  w.json().StartObject();
  w.kv("name", call.name);
  w.key("args");
  w.raw_object(args.empty() ? std::string_view("{}") : args);
  w.json().EndObject();
  w.json().EndObject();
  return std::nullopt;
}

std::optional<core::Error> write_result(Writer& w, const core::ToolResultBlock& result,
                                        const std::unordered_map<std::string, std::string>& names,
                                        const std::string& param) {
  const auto name = names.find(result.tool_use_id);
  if (name == names.end())
    return refuse("the tool result for call '" + result.tool_use_id +
                      "' answers no tool call of an earlier assistant message; Gemini names a "
                      "function's result by the function called, so the call must be sent too",
                  param, "unknown_tool_call_id");
  const std::string text = core::text_of(result.content);
  const std::string_view body = trim(text);
  w.json().StartObject();
  w.key("functionResponse");
  w.json().StartObject();
  w.kv("name", name->second);
  w.key("response");
  if (!result.is_error && is_json_object(body)) {
    w.raw_object(body);
  } else {
    w.json().StartObject();
    w.kv(result.is_error ? "error" : "output", text);
    w.json().EndObject();
  }
  w.json().EndObject();
  w.json().EndObject();
  // What a result shows besides its text (an image) follows it.
  for (std::size_t i = 0; i < result.content.size(); ++i) {
    if (const auto* image = result.content[i].get<core::ImageBlock>()) {
      if (auto e = write_image(w, *image, param + ".content[" + std::to_string(i) + "]")) return e;
    }
  }
  return std::nullopt;
}

std::optional<core::Error> write_block(Writer& w, const core::Block& b,
                                       const std::unordered_map<std::string, std::string>& names,
                                       const std::string& param) {
  if (const auto* t = b.get<core::TextBlock>()) {
    w.json().StartObject();
    w.kv("text", t->text);
    w.json().EndObject();
  } else if (const auto* r = b.get<core::RefusalBlock>()) {
    w.json().StartObject();
    w.kv("text", r->text);
    w.json().EndObject();
  } else if (const auto* i = b.get<core::ImageBlock>()) {
    return write_image(w, *i, param);
  } else if (const auto* c = b.get<core::ToolUseBlock>()) {
    return write_call(w, *c, param);
  } else if (const auto* res = b.get<core::ToolResultBlock>()) {
    return write_result(w, *res, names, param);
  } else if (const auto* o = b.get<core::OpaqueBlock>()) {
    return refuse("a content part of type '" + o->type +
                      "' cannot be sent to Gemini; send text, images or tool calls and results",
                  param, "unsupported_content");
  }
  // Thinking: the model's own earlier reasoning, not input for the next turn.
  return std::nullopt;
}

// Whether the block becomes a part at all (thinking does not).
bool has_part(const core::Block& b) {
  return !b.is<core::ThinkingBlock>();
}

std::optional<core::Error> write_contents(Writer& w, const core::ChatRequest& req) {
  if (req.messages.empty())
    return refuse("Gemini needs at least one user or assistant message besides the instructions",
                  "messages");
  std::unordered_map<std::string, std::string> names;  // call id → function
  for (const auto& m : req.messages)
    for (const auto& b : m.content)
      if (const auto* c = b.get<core::ToolUseBlock>()) names.emplace(c->id, c->name);

  w.key("contents");
  w.json().StartArray();
  for (std::size_t i = 0; i < req.messages.size(); ++i) {
    const core::Message& m = req.messages[i];
    const bool model = m.role == core::Role::assistant;
    bool any = false;
    for (const auto& b : m.content) any = any || has_part(b);
    if (!any) {
      // An assistant turn with nothing to say adds nothing; a user turn
      // with no content is an empty text, which Gemini refuses by name.
      if (model) continue;
      w.turn("user");
      w.json().StartObject();
      w.kv("text", "");
      w.json().EndObject();
      continue;
    }
    w.turn(model ? "model" : "user");
    for (std::size_t j = 0; j < m.content.size(); ++j) {
      if (!has_part(m.content[j])) continue;
      if (auto e = write_block(w, m.content[j], names, where(i, j))) return e;
    }
  }
  w.close_turn();
  w.json().EndArray();
  return std::nullopt;
}

void write_system(Writer& w, const core::ChatRequest& req) {
  if (req.system.empty()) return;
  w.key("systemInstruction");
  w.json().StartObject();
  w.key("parts");
  w.json().StartArray();
  for (const auto& s : req.system) {
    w.json().StartObject();
    w.kv("text", s.message.text());
    w.json().EndObject();
  }
  w.json().EndArray();
  w.json().EndObject();
}

std::optional<core::Error> write_tools(Writer& w, const core::ChatRequest& req) {
  if (req.tools.empty()) return std::nullopt;
  w.key("tools");
  w.json().StartArray();
  w.json().StartObject();
  w.key("functionDeclarations");
  w.json().StartArray();
  for (std::size_t i = 0; i < req.tools.size(); ++i) {
    const core::Tool& t = req.tools[i];
    if (t.type != "function")
      return refuse(
          "a tool of type '" + t.type + "' cannot be sent to Gemini, which calls functions only",
          "tools[" + std::to_string(i) + "].type", "unsupported_tool_type");
    w.json().StartObject();
    w.kv("name", t.name);
    if (!t.description.empty()) w.kv("description", t.description);
    const std::string_view schema = trim(t.parameters_json);
    if (!schema.empty() && schema != "null") {
      if (schema.front() != '{')
        return refuse("the parameters of tool '" + t.name + "' must be a JSON Schema object",
                      "tools[" + std::to_string(i) + "].function.parameters");
      w.key("parametersJsonSchema");
      w.raw_object(schema);
    }
    w.json().EndObject();
  }
  w.json().EndArray();
  w.json().EndObject();
  w.json().EndArray();

  using Mode = core::ToolChoice::Mode;
  const Mode mode = req.tool_choice.mode;
  if (mode == Mode::unset) return std::nullopt;
  w.key("toolConfig");
  w.json().StartObject();
  w.key("functionCallingConfig");
  w.json().StartObject();
  switch (mode) {
    case Mode::none:
      w.kv("mode", "NONE");
      break;
    case Mode::auto_:
    case Mode::unset:
      w.kv("mode", "AUTO");
      break;
    case Mode::required:
      w.kv("mode", "ANY");
      break;
    case Mode::function:
      w.kv("mode", "ANY");
      w.key("allowedFunctionNames");
      w.json().StartArray();
      w.str(req.tool_choice.function_name);
      w.json().EndArray();
      break;
  }
  w.json().EndObject();
  w.json().EndObject();
  return std::nullopt;
}

// `top_k`, an unmodelled member: Anthropic's own parameter, and an extra of
// an OpenAI body (what vLLM and llama-server read there).
std::optional<std::int64_t> top_k_of(const core::ChatRequest& req) {
  for (const auto& [k, v] : req.extra) {
    if (k != "top_k") continue;
    std::int64_t n = 0;
    const auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
    if (ec == std::errc() && p == v.data() + v.size() && n > 0) return n;
  }
  return std::nullopt;
}

std::optional<std::int64_t> thinking_budget(const core::ReasoningSettings& r) {
  if (r.budget_tokens) return r.budget_tokens;
  if (r.effort == "none") return 0;
  if (r.effort == "minimal" || r.effort == "low") return 1024;
  if (r.effort == "medium") return 8192;
  if (r.effort == "high") return 24576;
  return std::nullopt;
}

// The `schema` member of OpenAI's json_schema object, as sent.
std::string schema_of(std::string_view json_schema_json) {
  api::openai::json::Parse parse;
  simdjson::dom::element root;
  simdjson::dom::element schema;
  if (json_schema_json.empty() || parse.run(json_schema_json, root) || root["schema"].get(schema) ||
      !schema.is_object())
    return {};
  return simdjson::to_string(schema);
}

std::optional<core::Error> write_generation_config(Writer& w, const core::ChatRequest& req) {
  auto& j = w.json();
  bool open = false;
  auto member = [&](std::string_view k) {
    if (!open) {
      w.key("generationConfig");
      j.StartObject();
      open = true;
    }
    w.key(k);
  };
  if (req.temperature) {
    member("temperature");
    j.Double(*req.temperature);
  }
  if (req.top_p) {
    member("topP");
    j.Double(*req.top_p);
  }
  if (auto k = top_k_of(req)) {
    member("topK");
    j.Int64(*k);
  }
  if (auto limit = req.output_token_limit()) {
    member("maxOutputTokens");
    j.Int64(*limit);
  }
  if (!req.stop.empty()) {
    member("stopSequences");
    j.StartArray();
    for (const auto& s : req.stop) w.str(s);
    j.EndArray();
  }
  if (req.n) {
    member("candidateCount");
    j.Int64(*req.n);
  }
  if (req.seed) {
    member("seed");
    j.Int64(*req.seed);
  }
  if (req.presence_penalty) {
    member("presencePenalty");
    j.Double(*req.presence_penalty);
  }
  if (req.frequency_penalty) {
    member("frequencyPenalty");
    j.Double(*req.frequency_penalty);
  }
  using Type = core::ResponseFormat::Type;
  const Type format = req.response_format.type;
  if (format == Type::json_object || format == Type::json_schema) {
    member("responseMimeType");
    w.str("application/json");
    if (format == Type::json_schema) {
      const std::string schema = schema_of(req.response_format.json_schema_json);
      if (schema.empty())
        return refuse("response_format json_schema needs a `schema` object for Gemini",
                      "response_format.json_schema.schema");
      member("responseJsonSchema");
      w.raw_object(schema);
    }
  }
  if (auto budget = thinking_budget(req.reasoning)) {
    member("thinkingConfig");
    j.StartObject();
    w.key("thinkingBudget");
    j.Int64(*budget);
    j.EndObject();
  }
  if (open) j.EndObject();
  return std::nullopt;
}

}  // namespace

core::Expected<std::string> encode_gemini_request(const core::ChatRequest& req) {
  std::string out;
  Writer w(out);
  w.json().StartObject();
  if (auto e = write_contents(w, req)) return std::move(*e);
  write_system(w, req);
  if (auto e = write_tools(w, req)) return std::move(*e);
  if (auto e = write_generation_config(w, req)) return std::move(*e);
  w.json().EndObject();
  return out;
}

}  // namespace switchyard::providers
