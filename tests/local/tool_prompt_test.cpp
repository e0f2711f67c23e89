// Tools, tool calls and tool results in the prompt, on exact strings (ChatML,
// llama.cpp's built-in formatter).
#include "switchyard/local/tool_prompt.hpp"

#include <gtest/gtest.h>

#include "switchyard/local/chat_template.hpp"

namespace switchyard::local {
namespace {

core::Message message(core::Role role, std::string text) {
  return core::text_message(role, std::move(text));
}

core::ToolUseBlock& add_call(core::Message& m) {
  return m.content.emplace_back().value.emplace<core::ToolUseBlock>();
}

core::Message tool_result(std::string id, std::string text) {
  core::Message m;
  m.role = core::Role::tool;
  m.form = core::ContentForm::blocks;
  auto& result = m.content.emplace_back().value.emplace<core::ToolResultBlock>();
  result.tool_use_id = std::move(id);
  result.content.emplace_back().value.emplace<core::TextBlock>().text = std::move(text);
  return m;
}

core::Tool weather_tool() {
  core::Tool t;
  t.name = "get_weather";
  t.description = "Current weather, \"now\"";
  t.parameters_json =
      "{\n  \"type\": \"object\",\n  \"properties\": {\"city\": {\"type\": \"string\", "
      "\"description\": \"a city name\"}},\n  \"required\": [\"city\"]\n}";
  return t;
}

const char* const kToolsSection =
    "# Tools\n\nYou may call one or more functions to assist with the user query.\n\n"
    "You are provided with function signatures within <tools></tools> XML tags:\n<tools>\n"
    R"({"type":"function","function":{"name":"get_weather","description":"Current weather, \"now\"",)"
    R"("parameters":{"type":"object","properties":{"city":{"type":"string","description":"a city name"}},)"
    R"("required":["city"]}}})"
    "\n</tools>\n\nFor each function call, return a json object with function name and arguments "
    "within <tool_call></tool_call> XML tags:\n<tool_call>\n"
    "{\"name\": <function-name>, \"arguments\": <args-json-object>}\n</tool_call>";

TEST(ToolPrompt, ToolsAreDescribedAfterTheSystemMessage) {
  const auto chatml = ChatTemplate::named("chatml");
  auto out = chatml.render({message(core::Role::system, "You are helpful."),
                            message(core::Role::user, "Weather in Paris?")},
                           {weather_tool()});
  ASSERT_TRUE(out) << out.error().message;
  EXPECT_EQ(*out, std::string("<|im_start|>system\nYou are helpful.\n\n") + kToolsSection +
                      "<|im_end|>\n<|im_start|>user\nWeather in Paris?<|im_end|>\n"
                      "<|im_start|>assistant\n");
}

TEST(ToolPrompt, WithoutASystemMessageTheToolsAreOne) {
  const auto chatml = ChatTemplate::named("chatml");
  auto out = chatml.render({message(core::Role::user, "Hi")}, {weather_tool()});
  ASSERT_TRUE(out) << out.error().message;
  EXPECT_EQ(*out, std::string("<|im_start|>system\n") + kToolsSection +
                      "<|im_end|>\n<|im_start|>user\nHi<|im_end|>\n<|im_start|>assistant\n");
}

TEST(ToolPrompt, CallsAndResultsInTheHistoryAreRendered) {
  core::Message asked;
  asked.role = core::Role::assistant;
  asked.form = core::ContentForm::absent;
  for (const char* city : {"Paris", "Rome"}) {
    core::ToolUseBlock& c = add_call(asked);
    c.id = std::string("call_") + city;
    c.name = "get_weather";
    c.arguments = std::string("{\"city\": \"") + city + "\"}";
  }
  core::Message paris = tool_result("call_Paris", "{\"temp\": 21}");
  core::Message rome = tool_result("call_Rome", "{\"temp\": 25}");
  core::Message thinking = message(core::Role::assistant, "Checking.");
  core::ToolUseBlock& odd = add_call(thinking);
  odd.name = "get_time";
  odd.arguments = "now";  // not an object: written as a string

  // No tools offered now (tool_choice "none" drops them): the history still renders.
  const auto chatml = ChatTemplate::named("chatml");
  auto out = chatml.render({message(core::Role::user, "Weather in Paris and Rome?"), asked, paris,
                            rome, thinking, message(core::Role::developer, "Be brief.")});
  ASSERT_TRUE(out) << out.error().message;
  EXPECT_EQ(
      *out,
      "<|im_start|>user\nWeather in Paris and Rome?<|im_end|>\n"
      "<|im_start|>assistant\n"
      "<tool_call>\n{\"name\": \"get_weather\", \"arguments\": {\"city\":\"Paris\"}}\n"
      "</tool_call>\n"
      "<tool_call>\n{\"name\": \"get_weather\", \"arguments\": {\"city\":\"Rome\"}}\n"
      "</tool_call><|im_end|>\n"
      "<|im_start|>user\n<tool_response>\n{\"temp\": 21}\n</tool_response>\n"
      "<tool_response>\n{\"temp\": 25}\n</tool_response><|im_end|>\n"
      "<|im_start|>assistant\nChecking.\n"
      "<tool_call>\n{\"name\": \"get_time\", \"arguments\": \"now\"}\n</tool_call><|im_end|>\n"
      "<|im_start|>system\nBe brief.<|im_end|>\n"
      "<|im_start|>assistant\n");
}

TEST(ToolPrompt, AChatWithoutToolsIsRenderedAsBefore) {
  const auto chatml = ChatTemplate::named("chatml");
  auto out = chatml.render({message(core::Role::system, "S"), message(core::Role::user, "U"),
                            message(core::Role::assistant, "A")});
  ASSERT_TRUE(out) << out.error().message;
  EXPECT_EQ(*out,
            "<|im_start|>system\nS<|im_end|>\n<|im_start|>user\nU<|im_end|>\n"
            "<|im_start|>assistant\nA<|im_end|>\n<|im_start|>assistant\n");
}

}  // namespace
}  // namespace switchyard::local
