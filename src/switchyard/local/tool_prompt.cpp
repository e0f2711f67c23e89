#include "switchyard/local/tool_prompt.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace switchyard::local {
namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

// `json` without the whitespace between tokens: a pretty-printed schema costs
// the model's context as many tokens as its indentation.
std::string compact_json(std::string_view json) {
  std::string out;
  out.reserve(json.size());
  bool in_string = false;
  bool escaped = false;
  for (const char c : json) {
    if (in_string) {
      out += c;
      if (escaped) {
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else if (c == '"') {
        in_string = false;
      }
      continue;
    }
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') continue;
    if (c == '"') in_string = true;
    out += c;
  }
  return out;
}

void write_string(JsonWriter& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

// {"type":"function","function":{"name":...,"description":...,"parameters":...}}
std::string tool_line(const core::Tool& tool) {
  rapidjson::StringBuffer buf;
  JsonWriter w(buf);
  w.StartObject();
  w.Key("type");
  w.String("function");
  w.Key("function");
  w.StartObject();
  w.Key("name");
  write_string(w, tool.name);
  if (!tool.description.empty()) {
    w.Key("description");
    write_string(w, tool.description);
  }
  if (!tool.parameters_json.empty()) {
    const std::string params = compact_json(tool.parameters_json);
    w.Key("parameters");
    w.RawValue(params.data(), params.size(), rapidjson::kObjectType);
  }
  w.EndObject();
  w.EndObject();
  return {buf.GetString(), buf.GetSize()};
}

// True when `text` is one JSON value (the arguments the client sent back).
bool looks_like_json_object(std::string_view text) {
  const auto first = text.find_first_not_of(" \n\r\t");
  const auto last = text.find_last_not_of(" \n\r\t");
  return first != std::string_view::npos && text[first] == '{' && text[last] == '}';
}

const char* turn_role(core::Role r) {
  switch (r) {
    case core::Role::system:
    case core::Role::developer:  // OpenAI's newer name for system; templates know only the latter
      return "system";
    case core::Role::assistant:
      return "assistant";
    case core::Role::user:
    case core::Role::tool:
      return "user";
  }
  return "user";
}

}  // namespace

std::string tools_system_section(const std::vector<core::Tool>& tools) {
  if (tools.empty()) return {};
  std::string out =
      "# Tools\n\nYou may call one or more functions to assist with the user query.\n\n"
      "You are provided with function signatures within <tools></tools> XML tags:\n<tools>";
  for (const auto& tool : tools) {
    out += '\n';
    out += tool_line(tool);
  }
  out +=
      "\n</tools>\n\nFor each function call, return a json object with function name and "
      "arguments within <tool_call></tool_call> XML tags:\n<tool_call>\n"
      "{\"name\": <function-name>, \"arguments\": <args-json-object>}\n</tool_call>";
  return out;
}

std::string tool_call_block(const core::ToolUseBlock& call) {
  rapidjson::StringBuffer name;
  JsonWriter w(name);
  write_string(w, call.name);
  std::string out(kToolCallOpen);
  out += "\n{\"name\": ";
  out.append(name.GetString(), name.GetSize());
  out += ", \"arguments\": ";
  if (looks_like_json_object(call.arguments)) {
    out += compact_json(call.arguments);
  } else if (call.arguments.find_first_not_of(" \n\r\t") == std::string::npos) {
    out += "{}";
  } else {  // not an object: as the string it is
    rapidjson::StringBuffer args;
    JsonWriter aw(args);
    write_string(aw, call.arguments);
    out.append(args.GetString(), args.GetSize());
  }
  out += "}\n";
  out += kToolCallClose;
  return out;
}

std::vector<TemplateTurn> template_turns(const std::vector<core::Message>& messages,
                                         const std::vector<core::Tool>& tools) {
  std::vector<TemplateTurn> turns;
  turns.reserve(messages.size() + 1);
  const std::string section = tools_system_section(tools);
  bool section_placed = section.empty();
  if (!section_placed &&
      (messages.empty() || std::string_view(turn_role(messages.front().role)) != "system")) {
    turns.push_back({"system", section});
    section_placed = true;
  }
  bool last_was_tool = false;
  for (const auto& m : messages) {
    const bool is_tool = m.role == core::Role::tool;
    std::string text = m.text();
    if (is_tool) {
      std::string block = "<tool_response>\n" + text + "\n</tool_response>";
      if (last_was_tool) {
        turns.back().content += '\n';
        turns.back().content += block;
      } else {
        turns.push_back({"user", std::move(block)});
      }
      last_was_tool = true;
      continue;
    }
    last_was_tool = false;
    TemplateTurn turn{turn_role(m.role), std::move(text)};
    if (m.role == core::Role::assistant) {
      for (const auto& b : m.content) {
        const auto* call = b.get<core::ToolUseBlock>();
        if (!call) continue;
        if (!turn.content.empty()) turn.content += '\n';
        turn.content += tool_call_block(*call);
      }
    }
    if (!section_placed && turn.role == "system") {
      if (!turn.content.empty()) turn.content += "\n\n";
      turn.content += section;
      section_placed = true;
    }
    turns.push_back(std::move(turn));
  }
  return turns;
}

}  // namespace switchyard::local
