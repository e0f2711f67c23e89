// The Responses codec (api/responses/responses_codec.hpp): requests as
// OpenAI's API reference writes them, into the canonical model, refusals
// of what a stateless gateway cannot do, and Response objects back.
#include "switchyard/api/responses/responses_codec.hpp"

#include <gtest/gtest.h>

#include <string>

#include "support/json_compare.hpp"
#include "switchyard/api/openai/chat_codec.hpp"

namespace switchyard::api::responses {
namespace {

using testing::JsonEq;
using testing::Parsed;
using testing::str;

core::ChatRequest decode_ok(std::string_view body) {
  auto r = decode_responses_request(body);
  EXPECT_TRUE(r) << (r ? "" : r.error().message);
  return r ? std::move(*r) : core::ChatRequest{};
}

core::Error decode_error(std::string_view body) {
  auto r = decode_responses_request(body);
  EXPECT_FALSE(r) << body;
  return r ? core::Error{} : r.error();
}

TEST(ResponsesRequest, InputAsAString) {
  auto r = decode_ok(R"({"model":"gpt-4.1","input":"Tell me a joke"})");
  EXPECT_EQ(r.dialect, core::Dialect::openai);
  EXPECT_EQ(r.model, "gpt-4.1");
  ASSERT_EQ(r.messages.size(), 1u);
  EXPECT_EQ(r.messages[0].role, core::Role::user);
  EXPECT_EQ(r.messages[0].text(), "Tell me a joke");
  EXPECT_TRUE(r.system.empty());
  EXPECT_FALSE(r.stream);
  EXPECT_TRUE(r.include_usage);
}

TEST(ResponsesRequest, ItemsAndSettings) {
  auto r = decode_ok(R"({
    "model": "gpt-4.1",
    "instructions": "Talk like a pirate.",
    "input": [
      {"role": "developer", "content": "Be terse."},
      {"type": "message", "role": "user", "content": [
        {"type": "input_text", "text": "What is in this image?"},
        {"type": "input_image", "image_url": "https://example.com/cat.png", "detail": "low"}]},
      {"type": "message", "id": "msg_1", "status": "completed", "role": "assistant",
       "content": [{"type": "output_text", "text": "Let me look it up.", "annotations": []}]},
      {"type": "function_call", "id": "fc_1", "call_id": "call_a", "name": "lookup",
       "arguments": "{\"q\":\"cat\"}"},
      {"type": "function_call", "call_id": "call_b", "name": "lookup", "arguments": "{}"},
      {"type": "reasoning", "id": "rs_1", "summary": []},
      {"type": "function_call_output", "call_id": "call_a", "output": "a tabby"},
      {"type": "function_call_output", "call_id": "call_b",
       "output": [{"type": "input_text", "text": "no result"}]}
    ],
    "tools": [{"type": "function", "name": "lookup", "description": "Looks things up",
               "parameters": {"type":"object","properties":{"q":{"type":"string"}},"maximum":2.50},
               "strict": true}],
    "tool_choice": {"type": "function", "name": "lookup"},
    "text": {"format": {"type": "json_schema", "name": "answer", "strict": true,
                        "schema": {"type": "object", "properties": {}}}, "verbosity": "low"},
    "max_output_tokens": 300, "temperature": 0.5, "top_p": 0.9,
    "metadata": {"team": "blue"}, "user": "u-1", "stream": true,
    "parallel_tool_calls": false, "store": false, "reasoning": {"effort": "low", "summary": "auto"},
    "include": ["reasoning.encrypted_content"], "truncation": "disabled",
    "service_tier": "auto", "previous_response_id": null, "background": false
  })");
  ASSERT_EQ(r.system.size(), 2u);
  EXPECT_EQ(r.system[0].position, 0u);
  EXPECT_EQ(r.system[0].message.role, core::Role::system);
  EXPECT_EQ(r.system[0].message.form, core::ContentForm::string);
  EXPECT_EQ(r.system[0].message.text(), "Talk like a pirate.");
  EXPECT_EQ(r.system[1].message.role, core::Role::developer);
  EXPECT_EQ(r.system[1].message.form, core::ContentForm::blocks);
  EXPECT_EQ(r.system[1].message.text(), "Be terse.");

  // user, assistant (text + two calls), tool, tool
  ASSERT_EQ(r.messages.size(), 4u);
  const auto& user = r.messages[0];
  ASSERT_EQ(user.content.size(), 2u);
  EXPECT_EQ(user.content[0].get<core::TextBlock>()->text, "What is in this image?");
  const auto* image = user.content[1].get<core::ImageBlock>();
  ASSERT_NE(image, nullptr);
  EXPECT_EQ(image->url, "https://example.com/cat.png");
  EXPECT_EQ(image->detail, "low");

  const auto& assistant = r.messages[1];
  EXPECT_EQ(assistant.role, core::Role::assistant);
  ASSERT_EQ(assistant.content.size(), 3u);
  EXPECT_EQ(assistant.content[0].get<core::TextBlock>()->text, "Let me look it up.");
  const auto* call = assistant.content[1].get<core::ToolUseBlock>();
  ASSERT_NE(call, nullptr);
  EXPECT_EQ(call->id, "call_a");
  EXPECT_EQ(call->name, "lookup");
  EXPECT_EQ(call->arguments, R"({"q":"cat"})");
  EXPECT_EQ(assistant.content[2].get<core::ToolUseBlock>()->id, "call_b");

  EXPECT_EQ(r.messages[2].role, core::Role::tool);
  const auto* result = r.messages[2].content[0].get<core::ToolResultBlock>();
  ASSERT_NE(result, nullptr);
  EXPECT_EQ(result->tool_use_id, "call_a");
  EXPECT_EQ(core::text_of(result->content), "a tabby");
  EXPECT_EQ(core::text_of(r.messages[3].content[0].get<core::ToolResultBlock>()->content),
            "no result");

  ASSERT_EQ(r.tools.size(), 1u);
  EXPECT_EQ(r.tools[0].name, "lookup");
  EXPECT_EQ(r.tools[0].description, "Looks things up");
  // The schema as the client wrote it (2.50 keeps its spelling).
  EXPECT_EQ(r.tools[0].parameters_json,
            R"({"type":"object","properties":{"q":{"type":"string"}},"maximum":2.50})");
  EXPECT_EQ(r.tools[0].strict, true);
  EXPECT_EQ(r.tool_choice.mode, core::ToolChoice::Mode::function);
  EXPECT_EQ(r.tool_choice.function_name, "lookup");
  EXPECT_EQ(r.response_format.type, core::ResponseFormat::Type::json_schema);
  EXPECT_TRUE(
      JsonEq(r.response_format.json_schema_json,
             R"({"name":"answer","schema":{"type":"object","properties":{}},"strict":true})"));
  EXPECT_EQ(r.max_completion_tokens, 300);
  EXPECT_EQ(r.temperature, 0.5);
  EXPECT_EQ(r.top_p, 0.9);
  ASSERT_EQ(r.metadata.size(), 1u);
  EXPECT_EQ(r.metadata[0].second, "blue");
  EXPECT_EQ(r.user, "u-1");
  EXPECT_TRUE(r.stream);
  EXPECT_EQ(r.parallel_tool_calls, false);
  EXPECT_EQ(r.reasoning.effort, "low");

  // What an OpenAI-compatible upstream is sent: a Chat Completions body.
  Parsed chat(openai::encode_chat_request(r, "gpt-4.1"));
  EXPECT_EQ(str(chat["/messages/0/role"]), "system");
  EXPECT_EQ(str(chat["/messages/0/content"]), "Talk like a pirate.");
  EXPECT_EQ(str(chat["/messages/1/role"]), "developer");
  EXPECT_EQ(str(chat["/messages/3/tool_calls/1/id"]), "call_b");
  EXPECT_EQ(str(chat["/messages/4/tool_call_id"]), "call_a");
  EXPECT_EQ(str(chat["/response_format/type"]), "json_schema");
  EXPECT_EQ(str(chat["/response_format/json_schema/name"]), "answer");
  EXPECT_EQ(int64_t(chat["/max_completion_tokens"]), 300);
  EXPECT_EQ(str(chat["/verbosity"]), "low");
  EXPECT_EQ(str(chat["/service_tier"]), "auto");
  EXPECT_EQ(str(chat["/reasoning_effort"]), "low");
  EXPECT_FALSE(chat.has("/instructions"));
  EXPECT_FALSE(chat.has("/input"));
}

TEST(ResponsesRequest, StatefulAndBuiltInFeaturesAreRefusedNamingTheParam) {
  struct Case {
    const char* body;
    const char* param;
  };
  const Case cases[] = {
      {R"({"model":"m","input":"hi","previous_response_id":"resp_123"})", "previous_response_id"},
      {R"({"model":"m","input":"hi","conversation":"conv_1"})", "conversation"},
      {R"({"model":"m","input":"hi","background":true})", "background"},
      {R"({"model":"m","input":"hi","prompt":{"id":"pmpt_1"}})", "prompt"},
      {R"({"model":"m","input":"hi","tools":[{"type":"web_search"}]})", "tools[0].type"},
      {R"({"model":"m","input":"hi","tools":[{"type":"function","name":"f"},{"type":"file_search","vector_store_ids":["v"]}]})",
       "tools[1].type"},
      {R"({"model":"m","input":"hi","frobnicate":1})", "frobnicate"},
      {R"({"model":"m","input":[{"type":"item_reference","id":"msg_1"}]})", "input[0].type"},
      {R"({"model":"m","input":[{"type":"web_search_call","id":"ws_1"}]})", "input[0].type"},
      {R"({"model":"m","input":[{"role":"user","content":[{"type":"input_file","file_id":"f"}]}]})",
       "input[0].content[0].type"},
      {R"({"model":"m","input":[{"role":"user","content":[{"type":"input_image","file_id":"f"}]}]})",
       "input[0].content[0].file_id"},
      {R"({"model":"m","input":"hi","tool_choice":{"type":"web_search_preview"}})",
       "tool_choice.type"},
      {R"({"model":"m","input":"hi","truncation":"auto"})", "truncation"},
      {R"({"model":"m","input":[{"role":"user","content":"hi","name":"x"}]})", "input[0].name"},
  };
  for (const Case& c : cases) {
    const core::Error e = decode_error(c.body);
    EXPECT_EQ(e.status, 400) << c.body;
    EXPECT_EQ(e.param, c.param) << c.body << " → " << e.message;
    EXPECT_FALSE(e.message.empty());
    Parsed body(openai::encode_error(e));
    EXPECT_EQ(str(body["/error/type"]), "invalid_request_error");
    EXPECT_EQ(str(body["/error/param"]), c.param);
  }
}

TEST(ResponsesRequest, BadShapesSayWhatToSend) {
  EXPECT_EQ(decode_error(R"({"model":"m"})").param, "input");
  EXPECT_EQ(decode_error(R"({"input":"hi"})").param, "model");
  EXPECT_EQ(decode_error(R"({"model":"m","input":[]})").param, "input");
  EXPECT_EQ(decode_error(R"({"model":"m","input":7})").param, "input");
  EXPECT_EQ(decode_error(R"({"model":"m","input":[{"role":"robot","content":"x"}]})").param,
            "input[0].role");
  EXPECT_EQ(decode_error(R"({"model":"m","input":"x","temperature":3})").param, "temperature");
  EXPECT_EQ(decode_error(R"({"model":"m","input":"x","text":{"format":{"type":"yaml"}}})").param,
            "text.format.type");
  EXPECT_EQ(decode_error(
                R"({"model":"m","input":[{"type":"function_call","name":"f","arguments":"{}"}]})")
                .param,
            "input[0].call_id");
  EXPECT_EQ(decode_error("").status, 400);
}

// What Codex CLI sends (tests/e2e/codex.test.mjs has the whole request):
// developer items with ids, strict function tools, reasoning summaries,
// encrypted reasoning asked for, store false, a prompt cache key and its
// client_metadata. All of it decodes; client_metadata goes nowhere.
TEST(ResponsesRequest, WhatCodexSendsIsAccepted) {
  const core::ChatRequest r = decode_ok(R"({"model":"codex-test","stream":true,
      "input":[{"type":"message","id":"msg_1","role":"developer","content":[{"type":"input_text","text":"You are a coding agent."}]},
               {"type":"message","id":"msg_2","role":"user","content":[{"type":"input_text","text":"Reply with one word: pong"}]},
               {"type":"reasoning","id":"rs_1","summary":[],"encrypted_content":"gAAAA"}],
      "tools":[{"type":"function","name":"exec_command","description":"Runs a command","strict":false,
                "parameters":{"type":"object","properties":{"cmd":{"type":"string"}},"required":["cmd"]}}],
      "tool_choice":"auto","parallel_tool_calls":true,"reasoning":{"summary":"auto"},"store":false,
      "include":["reasoning.encrypted_content"],"prompt_cache_key":"01a241fd",
      "client_metadata":{"turn_id":"01a2","x-codex-turn-metadata":"{\"model\":\"codex-test\"}"}})");
  ASSERT_EQ(r.system.size(), 1u);
  EXPECT_EQ(r.system[0].message.role, core::Role::developer);
  ASSERT_EQ(r.messages.size(), 1u);
  EXPECT_EQ(r.messages[0].text(), "Reply with one word: pong");
  ASSERT_EQ(r.tools.size(), 1u);
  EXPECT_EQ(r.tools[0].name, "exec_command");
  const Parsed chat(openai::encode_chat_request(r, "gpt-4o-mini"));
  EXPECT_EQ(str(chat["/prompt_cache_key"]), "01a241fd");
  EXPECT_FALSE(chat.has("/client_metadata"));
  EXPECT_FALSE(chat.has("/include"));
  EXPECT_FALSE(chat.has("/store"));
  EXPECT_EQ(chat.json.find("01a2\""), std::string::npos) << chat.json;

  // client_metadata must still be an object of strings.
  EXPECT_EQ(decode_error(R"({"model":"m","input":"hi","client_metadata":["a"]})").param,
            "client_metadata");
  EXPECT_EQ(decode_error(R"({"model":"m","input":"hi","client_metadata":{"n":1}})").param,
            "client_metadata.n");
  EXPECT_EQ(decode_error(R"({"model":"m","input":"hi","metadata":{"n":1}})").param, "metadata.n");
}

core::ChatResponse answer() {
  core::ChatResponse res;
  res.id = "chatcmpl-abc123";
  res.model = "gpt-4.1-2025-04-14";
  res.created = 1741476542;
  auto& choice = res.choices.emplace_back();
  choice.message.role = core::Role::assistant;
  choice.message.content.emplace_back().value.emplace<core::TextBlock>().text = "Hello there";
  auto& call = choice.message.content.emplace_back().value.emplace<core::ToolUseBlock>();
  call.id = "call_1";
  call.name = "lookup";
  call.arguments = R"({"q":"x"})";
  choice.finish_reason = {core::FinishKind::tool_use, "tool_calls", core::Dialect::openai};
  core::Usage u;
  u.input_tokens = 36;
  u.output_tokens = 87;
  u.total_tokens = 123;
  u.cache_read_tokens = 4;
  res.usage = u;
  return res;
}

TEST(ResponsesAnswer, EncodesAResponseObject) {
  auto req = decode_ok(
      R"({"model":"alias","instructions":"be brief","input":"hi","temperature":0.2,"metadata":{"k":"v"},
          "tools":[{"type":"function","name":"lookup","parameters":{"type":"object"}}],
          "text":{"format":{"type":"json_schema","name":"n","schema":{"type":"object"}}}})");
  Parsed r(encode_response(answer(), echo_of(req)));
  EXPECT_TRUE(JsonEq(r.json, R"({
    "id": "resp_chatcmplabc123", "object": "response", "created_at": 1741476542,
    "status": "completed", "background": false, "error": null, "incomplete_details": null,
    "instructions": "be brief", "max_output_tokens": null, "model": "gpt-4.1-2025-04-14",
    "output": [
      {"id": "msg_chatcmplabc123_0", "type": "message", "status": "completed", "role": "assistant",
       "content": [{"type": "output_text", "text": "Hello there", "annotations": [], "logprobs": []}]},
      {"id": "fc_chatcmplabc123_1", "type": "function_call", "status": "completed",
       "call_id": "call_1", "name": "lookup", "arguments": "{\"q\":\"x\"}"}
    ],
    "parallel_tool_calls": true, "previous_response_id": null,
    "reasoning": {"effort": null, "summary": null}, "store": false, "temperature": 0.2,
    "text": {"format": {"type": "json_schema", "name": "n", "schema": {"type": "object"}}},
    "tool_choice": "auto",
    "tools": [{"type": "function", "name": "lookup", "description": null,
               "parameters": {"type": "object"}, "strict": null}],
    "top_p": null, "truncation": "disabled",
    "usage": {"input_tokens": 36, "input_tokens_details": {"cached_tokens": 4},
              "output_tokens": 87, "output_tokens_details": {"reasoning_tokens": 0},
              "total_tokens": 123},
    "user": null, "metadata": {"k": "v"}
  })"));
}

TEST(ResponsesAnswer, ATruncatedAnswerIsIncomplete) {
  auto res = answer();
  res.choices[0].message.content.pop_back();
  res.choices[0].finish_reason = {core::FinishKind::length, "length", core::Dialect::openai};
  Parsed r(encode_response(res, echo_of(decode_ok(R"({"model":"m","input":"x"})"))));
  EXPECT_EQ(str(r["/status"]), "incomplete");
  EXPECT_EQ(str(r["/incomplete_details/reason"]), "max_output_tokens");
  EXPECT_EQ(str(r["/output/0/status"]), "incomplete");
  EXPECT_EQ(str(r["/model"]), "gpt-4.1-2025-04-14");
}

TEST(ResponsesAnswer, ResponseIdsAreResponseIds) {
  EXPECT_EQ(response_id("resp_x1"), "resp_x1");
  EXPECT_EQ(response_id("chatcmpl-9z"), "resp_chatcmpl9z");
  const std::string fresh = response_id("");
  EXPECT_TRUE(fresh.starts_with("resp_"));
  EXPECT_EQ(fresh.size(), 5u + 32u);
  EXPECT_NE(fresh, response_id(""));
}

}  // namespace
}  // namespace switchyard::api::responses
