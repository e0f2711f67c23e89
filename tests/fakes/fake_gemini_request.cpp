#include "fakes/fake_gemini_request.hpp"

#include <simdjson.h>

#include <algorithm>
#include <initializer_list>
#include <string_view>

namespace switchyard::testing::gemini {
namespace {

namespace dom = simdjson::dom;

// A refusal in Google's words, thrown to the top.
struct Refused {
  std::string message;
};

[[noreturn]] void refuse(std::string message) {
  throw Refused{std::move(message)};
}

// The proto3 JSON mapping accepts a field's camelCase and snake_case names.
std::string snake(std::string_view camel) {
  std::string s;
  for (char c : camel) {
    if (c >= 'A' && c <= 'Z') {
      s += '_';
      s += static_cast<char>(c - 'A' + 'a');
    } else {
      s += c;
    }
  }
  return s;
}

void known_fields(dom::object o, std::initializer_list<std::string_view> names,
                  std::string_view where) {
  for (auto [key, value] : o) {
    (void)value;
    const bool known = std::any_of(names.begin(), names.end(),
                                   [&](std::string_view n) { return key == n || key == snake(n); });
    if (!known)
      refuse("Invalid JSON payload received. Unknown name \"" + std::string(key) + "\" at '" +
             std::string(where) + "': Cannot find field.");
  }
}

std::optional<dom::element> field(dom::object o, std::string_view camel) {
  dom::element e;
  if (!o[camel].get(e)) return e;
  if (!o[snake(camel)].get(e)) return e;
  return std::nullopt;
}

dom::object object_of(dom::element e, std::string_view where) {
  dom::object o;
  if (e.get_object().get(o))
    refuse("Invalid JSON payload received. Expected an object at '" + std::string(where) + "'.");
  return o;
}

std::string string_of(dom::element e, std::string_view where) {
  std::string_view s;
  if (e.get_string().get(s))
    refuse("Invalid value at '" + std::string(where) + "', expected a string.");
  return std::string(s);
}

std::int64_t words(std::string_view s) {
  std::int64_t n = 0;
  bool in = false;
  for (char c : s) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (!space && !in) ++n;
    in = !space;
  }
  return n;
}

std::size_t base64_bytes(std::string_view data, std::string_view where) {
  std::size_t pad = 0;
  for (char c : data) {
    const bool b64 = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                     c == '+' || c == '/' || c == '-' || c == '_';
    if (c == '=') {
      ++pad;
    } else if (!b64 || pad > 0) {
      refuse("Invalid value at '" + std::string(where) +
             "' (TYPE_BYTES), Base64 decoding failed for \"" + std::string(data.substr(0, 32)) +
             "\"");
    }
  }
  const std::size_t whole = data.size() * 3 / 4;
  return whole - std::min<std::size_t>({pad, 2, whole});
}

struct Turn {
  std::string role;
  int calls = 0;
  int responses = 0;
};

Turn read_content(dom::element e, const std::string& where, Request& r, bool system) {
  const dom::object content = object_of(e, where);
  known_fields(content, {"role", "parts"}, where);
  Turn t;
  if (auto role = field(content, "role")) t.role = string_of(*role, where + ".role");
  if (!system && !t.role.empty() && t.role != "user" && t.role != "model")
    refuse("Please use a valid role: user, model.");
  dom::array parts;
  auto pe = field(content, "parts");
  if (!pe || pe->get_array().get(parts) || parts.size() == 0)
    refuse("* GenerateContentRequest." + where + ".parts: contents.parts must not be empty.");
  std::string text;
  std::vector<FunctionResponse> results;
  std::size_t i = 0;
  for (dom::element pel : parts) {
    const std::string pw = where + ".parts[" + std::to_string(i++) + "]";
    const dom::object p = object_of(pel, pw);
    known_fields(p,
                 {"text", "inlineData", "functionCall", "functionResponse", "fileData", "thought",
                  "thoughtSignature"},
                 pw);
    int kinds = 0;
    if (auto t2 = field(p, "text")) {
      ++kinds;
      text += string_of(*t2, pw + ".text");
    }
    if (auto d = field(p, "inlineData")) {
      ++kinds;
      const dom::object o = object_of(*d, pw + ".inline_data");
      known_fields(o, {"mimeType", "data"}, pw + ".inline_data");
      auto mime = field(o, "mimeType");
      auto data = field(o, "data");
      if (!mime || !data) refuse("* " + pw + ".inline_data: mime_type and data are required.");
      const std::string m = string_of(*mime, pw + ".inline_data.mime_type");
      r.images.push_back({m, base64_bytes(string_of(*data, pw + ".inline_data.data"), pw)});
    }
    if (auto c = field(p, "functionCall")) {
      ++kinds;
      ++t.calls;
      const dom::object o = object_of(*c, pw + ".function_call");
      known_fields(o, {"name", "args", "id"}, pw + ".function_call");
      if (auto a = field(o, "args")) object_of(*a, pw + ".function_call.args");
      auto n = field(o, "name");
      if (!n || string_of(*n, pw).empty()) refuse("* " + pw + ".function_call.name: required.");
    }
    if (auto fr = field(p, "functionResponse")) {
      ++kinds;
      ++t.responses;
      const dom::object o = object_of(*fr, pw + ".function_response");
      known_fields(o, {"name", "response", "id"}, pw + ".function_response");
      auto n = field(o, "name");
      auto resp = field(o, "response");
      if (!n || string_of(*n, pw).empty() || !resp)
        refuse("* " + pw + ".function_response: name and response are required.");
      object_of(*resp, pw + ".function_response.response");
      results.push_back({string_of(*n, pw), simdjson::to_string(*resp)});
    }
    if (field(p, "fileData")) ++kinds;
    if (kinds != 1)
      refuse("* GenerateContentRequest." + pw +
             ".data: required oneof field 'data' must have one initialized field");
  }
  if (system) {
    r.system_text += text;
  } else if (t.role != "model") {
    r.last_user_text = text;
    r.last_results = std::move(results);
  }
  return t;
}

void read_tools(dom::element e, Request& r) {
  dom::array tools;
  if (e.get_array().get(tools))
    refuse("Invalid JSON payload received. Expected a list at 'tools'.");
  for (dom::element tel : tools) {
    const dom::object tool = object_of(tel, "tools[]");
    known_fields(tool, {"functionDeclarations", "googleSearch", "codeExecution"}, "tools[]");
    auto decls = field(tool, "functionDeclarations");
    dom::array list;
    if (!decls) continue;
    if (decls->get_array().get(list)) refuse("Expected a list at 'function_declarations'.");
    for (dom::element d : list) {
      const dom::object o = object_of(d, "tools[].function_declarations[]");
      known_fields(o,
                   {"name", "description", "parameters", "parametersJsonSchema", "response",
                    "responseJsonSchema", "behavior"},
                   "tools[].function_declarations[]");
      if (field(o, "parameters") && field(o, "parametersJsonSchema"))
        refuse("parameters and parameters_json_schema are mutually exclusive.");
      auto n = field(o, "name");
      if (!n) refuse("* GenerateContentRequest.tools[0].function_declarations[].name: required");
      r.functions.push_back(string_of(*n, "function_declarations[].name"));
    }
  }
}

void read_tool_config(dom::element e, Request& r) {
  const dom::object o = object_of(e, "tool_config");
  known_fields(o, {"functionCallingConfig"}, "tool_config");
  auto f = field(o, "functionCallingConfig");
  if (!f) return;
  const dom::object c = object_of(*f, "tool_config.function_calling_config");
  known_fields(c, {"mode", "allowedFunctionNames"}, "tool_config.function_calling_config");
  if (auto m = field(c, "mode")) r.mode = string_of(*m, "function_calling_config.mode");
  if (!r.mode.empty() && r.mode != "AUTO" && r.mode != "ANY" && r.mode != "NONE" &&
      r.mode != "VALIDATED")
    refuse(
        "Invalid value at 'tool_config.function_calling_config.mode' (type.googleapis.com/"
        "google.ai.generativelanguage.v1beta.FunctionCallingConfig.Mode), \"" +
        r.mode + "\"");
  if (auto a = field(c, "allowedFunctionNames")) {
    if (r.mode != "ANY")
      refuse(
          "* GenerateContentRequest.tool_config.function_calling_config.allowed_function_names:"
          " allowed_function_names may only be set when mode is ANY.");
    dom::array names;
    if (a->get_array().get(names)) refuse("Expected a list at 'allowed_function_names'.");
    for (dom::element n : names) r.allowed.push_back(string_of(n, "allowed_function_names[]"));
  }
}

void read_generation_config(dom::element e, Request& r) {
  const dom::object o = object_of(e, "generation_config");
  known_fields(o,
               {"temperature", "topP", "topK", "candidateCount", "maxOutputTokens", "stopSequences",
                "presencePenalty", "frequencyPenalty", "seed", "responseMimeType", "responseSchema",
                "responseJsonSchema", "thinkingConfig", "responseLogprobs", "logprobs",
                "responseModalities"},
               "generation_config");
  std::string mime;
  if (auto m = field(o, "responseMimeType")) mime = string_of(*m, "response_mime_type");
  r.json = mime == "application/json";
  if (field(o, "responseJsonSchema")) {
    if (field(o, "responseSchema"))
      refuse("response_schema and response_json_schema are mutually exclusive.");
    if (!r.json)
      refuse(
          "* GenerateContentRequest.generation_config.response_mime_type: "
          "response_json_schema requires response_mime_type application/json.");
  }
  if (auto c = field(o, "candidateCount")) {
    std::int64_t n = 0;
    if (c->get_int64().get(n) || n < 1 || n > 8)
      refuse("* GenerateContentRequest.generation_config.candidate_count: must be 1 to 8.");
    r.candidates = static_cast<int>(n);
  }
  if (auto m = field(o, "maxOutputTokens")) {
    std::int64_t n = 0;
    if (m->get_int64().get(n) || n < 1)
      refuse("* GenerateContentRequest.generation_config.max_output_tokens: must be positive.");
    r.max_output_tokens = n;
  }
  if (auto t = field(o, "thinkingConfig"))
    known_fields(object_of(*t, "generation_config.thinking_config"),
                 {"thinkingBudget", "includeThoughts", "thinkingLevel"},
                 "generation_config.thinking_config");
  if (auto s = field(o, "stopSequences")) {
    dom::array list;
    if (s->get_array().get(list) || list.size() > 5)
      refuse("* GenerateContentRequest.generation_config.stop_sequences: at most 5.");
  }
}

Request read(std::string_view body) {
  dom::parser parser;
  dom::element root;
  if (parser.parse(body.data(), body.size(), true).get(root))
    refuse("Invalid JSON payload received. Unexpected token.");
  const dom::object o = object_of(root, "");
  known_fields(o,
               {"contents", "systemInstruction", "tools", "toolConfig", "generationConfig",
                "safetySettings", "cachedContent"},
               "");
  Request r;
  dom::array contents;
  auto c = field(o, "contents");
  if (!c || c->get_array().get(contents) || contents.size() == 0)
    refuse("* GenerateContentRequest.contents: contents is not specified");
  Turn previous;
  std::size_t i = 0;
  for (dom::element e : contents) {
    const Turn t = read_content(e, "contents[" + std::to_string(i++) + "]", r, false);
    if (t.responses > 0 && t.responses != previous.calls)
      refuse(
          "Please ensure that the number of function response parts is equal to the number "
          "of function call parts of the function call turn.");
    if (t.responses > 0 && previous.role != "model")
      refuse(
          "Please ensure that function response turn comes immediately after a function "
          "call turn.");
    previous = t;
  }
  for (dom::element e : contents) {
    const dom::object content = object_of(e, "contents[]");
    dom::array parts;
    if (!content["parts"].get_array().get(parts))
      for (dom::element p : parts) {
        std::string_view t;
        if (!p["text"].get_string().get(t)) r.prompt_words += words(t);
      }
  }
  if (auto s = field(o, "systemInstruction")) read_content(*s, "system_instruction", r, true);
  r.prompt_words += words(r.system_text);
  if (auto t = field(o, "tools")) read_tools(*t, r);
  if (auto t = field(o, "toolConfig")) read_tool_config(*t, r);
  if (auto g = field(o, "generationConfig")) read_generation_config(*g, r);
  return r;
}

}  // namespace

Checked check_request(std::string_view body) {
  Checked out;
  try {
    out.request = read(body);
  } catch (const Refused& r) {
    out.error = r.message;
  }
  return out;
}

}  // namespace switchyard::testing::gemini
