// The strict request decoder's tools (chat_request_decoder.hpp): the tools
// offered, tool_choice, and the "function" object they share with the tool
// calls of an assistant message.
#include "switchyard/api/openai/chat_request_decoder.hpp"

namespace switchyard::api::openai {

using json::SourceNode;

// What a tool, a tool call and a named tool_choice share: "type":
// "function" (optional, or with `type_required` required) and the
// "function" object, whose shape `expected` describes.
bool RequestDecoder::decode_function_member(dom::object obj, bool type_required,
                                            std::string_view expected, dom::object& function) {
  dom::element e;
  if (obj["type"].get(e)) {
    if (type_required) return missing("type");
  } else {
    std::string_view t;
    if (e.get_string().get(t)) return type_error("type", e, "a string");
    if (t != "function") return bad_enum("type", t, "'function'");
  }
  if (obj["function"].get(e)) return missing("function");
  if (e.get_object().get(function)) return type_error("function", e, expected);
  return true;
}

// The function's "name", required (inside the function object's path).
bool RequestDecoder::decode_function_name(dom::object function, std::string& name) {
  dom::element e;
  if (function["name"].get(e)) return missing("name");
  return get_string(e, "name", name, false);
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
    dom::object fo;
    if (!decode_function_member(obj, false, "an object with 'name', 'description' and 'parameters'",
                                fo))
      return false;
    const SourceNode function_src(tool_src, index_of(obj, "function"));
    Push f(path_, "function");
    if (!decode_function_name(fo, tool.name)) return false;
    dom::element e;
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
  dom::object fo;
  if (!decode_function_member(obj, true, "an object with 'name'", fo)) return false;
  Push f(path_, "function");
  if (!decode_function_name(fo, tc.function_name)) return false;
  tc.mode = core::ToolChoice::Mode::function;
  keep_unknown(obj, src, {"type", "function"}, tc.extra);
  const SourceNode function_src(src, index_of(obj, "function"));
  keep_unknown(fo, function_src, {"name"}, tc.function_extra);
  return true;
}

}  // namespace switchyard::api::openai
