// Every position of a Chat Completions request a string can take, as body
// templates for the privacy tests.
#pragma once

#include <string>
#include <vector>

namespace switchyard::testing {

// Request bodies with the value at one position: @V@ is a JSON string whose
// text is the value, @S@ the value inside a JSON string already open.
struct Position {
  const char* name;
  const char* body;
};

inline const std::vector<Position>& chat_positions() {
  static const std::vector<Position> p = {
      {"content", R"({"model":"m","messages":[{"role":"user","content":@V@}]})"},
      {"user", R"({"model":"m","messages":[{"role":"user","content":"hi"}],"user":@V@})"},
      {"metadata value",
       R"({"model":"m","messages":[{"role":"user","content":"hi"}],"metadata":{"k":@V@}})"},
      {"metadata key",
       R"({"model":"m","messages":[{"role":"user","content":"hi"}],"metadata":{@V@:"x"}})"},
      {"messages[].name",
       R"({"model":"m","messages":[{"role":"user","content":"hi","name":@V@}]})"},
      {"stop", R"({"model":"m","messages":[{"role":"user","content":"hi"}],"stop":@V@})"},
      {"stop[]", R"({"model":"m","messages":[{"role":"user","content":"hi"}],"stop":["END",@V@]})"},
      {"tools[].function.description",
       R"({"model":"m","messages":[{"role":"user","content":"hi"}],"tools":[{"type":"function","function":{"name":"f","description":@V@}}]})"},
      {"tools[].function.name",
       R"({"model":"m","messages":[{"role":"user","content":"hi"}],"tools":[{"type":"function","function":{"name":@V@}}]})"},
      {"tool parameters description",
       R"({"model":"m","messages":[{"role":"user","content":"hi"}],"tools":[{"type":"function","function":{"name":"f","parameters":{"type":"object","properties":{"a":{"type":"string","description":@V@}}}}}]})"},
      {"tool parameters enum",
       R"({"model":"m","messages":[{"role":"user","content":"hi"}],"tools":[{"type":"function","function":{"name":"f","parameters":{"type":"object","properties":{"a":{"type":"string","enum":["x",@V@]}}}}}]})"},
      {"tool parameters property name",
       R"({"model":"m","messages":[{"role":"user","content":"hi"}],"tools":[{"type":"function","function":{"name":"f","parameters":{"type":"object","properties":{@V@:{"type":"string"}}}}}]})"},
      {"tool extra",
       R"({"model":"m","messages":[{"role":"user","content":"hi"}],"tools":[{"type":"function","x":@V@,"function":{"name":"f","x-owner":{"deep":[@V@]}}}]})"},
      {"response_format.json_schema description",
       R"({"model":"m","messages":[{"role":"user","content":"hi"}],"response_format":{"type":"json_schema","json_schema":{"name":"out","schema":{"type":"object","description":@V@}}}})"},
      {"response_format.json_schema name",
       R"({"model":"m","messages":[{"role":"user","content":"hi"}],"response_format":{"type":"json_schema","json_schema":{"name":@V@,"schema":{"type":"object"}}}})"},
      {"response_format extra",
       R"({"model":"m","messages":[{"role":"user","content":"hi"}],"response_format":{"type":"json_object","x":@V@}})"},
      {"tool_choice.function.name",
       R"({"model":"m","messages":[{"role":"user","content":"hi"}],"tools":[{"type":"function","function":{"name":"f"}}],"tool_choice":{"type":"function","function":{"name":@V@}}})"},
      {"tool_choice extra",
       R"({"model":"m","messages":[{"role":"user","content":"hi"}],"tool_choice":{"type":"function","x":@V@,"function":{"name":"f","y":@V@}}})"},
      {"tool_call_id",
       R"({"model":"m","messages":[{"role":"assistant","content":null,"tool_calls":[{"id":"call_1","type":"function","function":{"name":"f","arguments":"{}"}}]},{"role":"tool","tool_call_id":@V@,"content":"ok"}]})"},
      {"tool_calls[].id",
       R"({"model":"m","messages":[{"role":"assistant","content":null,"tool_calls":[{"id":@V@,"type":"function","function":{"name":"f","arguments":"{}"}}]}]})"},
      {"tool_calls[].function.name",
       R"({"model":"m","messages":[{"role":"assistant","content":null,"tool_calls":[{"id":"c","type":"function","function":{"name":@V@,"arguments":"{}"}}]}]})"},
      {"tool_calls[].function.arguments",
       R"({"model":"m","messages":[{"role":"assistant","content":null,"tool_calls":[{"id":"c","type":"function","function":{"name":"f","arguments":"{\"to\":\"@S@\",\"n\":1}"}}]}]})"},
      {"tool call extra",
       R"({"model":"m","messages":[{"role":"assistant","content":null,"tool_calls":[{"id":"c","type":"function","x":@V@,"function":{"name":"f","arguments":"{}","y":@V@}}]}]})"},
      {"content part text",
       R"({"model":"m","messages":[{"role":"user","content":[{"type":"text","text":@V@}]}]})"},
      {"content part extra",
       R"({"model":"m","messages":[{"role":"user","content":[{"type":"text","text":"hi","note":@V@}]}]})"},
      {"image url",
       R"({"model":"m","messages":[{"role":"user","content":[{"type":"image_url","image_url":{"url":"https://example.org/a?q=@S@"}}]}]})"},
      {"image detail and extra",
       R"({"model":"m","messages":[{"role":"user","content":[{"type":"image_url","image_url":{"url":"https://example.org/a.png","detail":@V@,"x":@V@}}]}]})"},
      {"refusal",
       R"({"model":"m","messages":[{"role":"assistant","content":"no","refusal":@V@},{"role":"user","content":"ok"}]})"},
      {"message extra", R"({"model":"m","messages":[{"role":"user","content":"hi","x":@V@}]})"},
      {"stream_options extra",
       R"({"model":"m","messages":[{"role":"user","content":"hi"}],"stream":true,"stream_options":{"include_usage":true,"x":@V@}})"},
      {"unknown top-level field",
       R"({"model":"m","messages":[{"role":"user","content":"hi"}],"x_note":@V@})"},
      {"unknown field, deep",
       R"({"model":"m","messages":[{"role":"user","content":"hi"}],"x_trace":{"a":[1,{"b":{"c":[true,@V@]}}]}})"},
      {"unknown field, mixed-case keys",
       R"({"model":"m","messages":[{"role":"user","content":"hi"}],"X-Customer":{"Tax_ID":@V@,"NOTE":[{"Value":@V@}]}})"},
      {"unknown field key",
       R"({"model":"m","messages":[{"role":"user","content":"hi"}],"x_index":{@V@:1}})"},
  };
  return p;
}

inline std::string fill(std::string body, const std::string& inner) {
  for (std::size_t at; (at = body.find("@V@")) != std::string::npos;)
    body.replace(at, 3, "\"" + inner + "\"");
  for (std::size_t at; (at = body.find("@S@")) != std::string::npos;) body.replace(at, 3, inner);
  return body;
}

}  // namespace switchyard::testing
