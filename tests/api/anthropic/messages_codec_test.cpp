// The Anthropic Messages codec (api/anthropic/messages_codec.hpp): requests
// as Anthropic's API reference writes them, into the canonical model, and
// answers and errors back in Anthropic's shapes.
#include "switchyard/api/anthropic/messages_codec.hpp"

#include <gtest/gtest.h>

#include <string>

#include "support/json_compare.hpp"
#include "switchyard/api/openai/chat_codec.hpp"

namespace switchyard::api::anthropic {
namespace {

using testing::JsonEq;
using testing::Parsed;

core::ChatRequest decode_ok(std::string_view body, MessagesBody kind = MessagesBody::create) {
  auto r = decode_messages_request(body, kind);
  EXPECT_TRUE(r) << (r ? "" : r.error().message);
  return r ? std::move(*r) : core::ChatRequest{};
}

core::Error decode_error(std::string_view body) {
  auto r = decode_messages_request(body);
  EXPECT_FALSE(r) << body;
  return r ? core::Error{} : r.error();
}

TEST(AnthropicRequest, TheSimplestMessage) {
  auto r = decode_ok(
      R"({"model":"claude-sonnet-4-5","max_tokens":1024,"messages":[{"role":"user","content":"Hello, Claude"}]})");
  EXPECT_EQ(r.dialect, core::Dialect::anthropic);
  EXPECT_EQ(r.model, "claude-sonnet-4-5");
  EXPECT_EQ(r.max_tokens, 1024);
  ASSERT_EQ(r.messages.size(), 1u);
  EXPECT_EQ(r.messages[0].role, core::Role::user);
  EXPECT_EQ(r.messages[0].form, core::ContentForm::string);
  EXPECT_EQ(r.messages[0].text(), "Hello, Claude");
  EXPECT_FALSE(r.stream);
  EXPECT_TRUE(r.include_usage);  // Anthropic's streams always report usage
}

TEST(AnthropicRequest, MaxTokensIsRequiredToCreateButNotToCount) {
  const std::string_view body = R"({"model":"m","messages":[{"role":"user","content":"Hi"}]})";
  core::Error e = decode_error(body);
  EXPECT_EQ(e.status, 400);
  EXPECT_EQ(e.param, "max_tokens");
  EXPECT_NE(e.message.find("max_tokens"), std::string::npos);
  auto counted = decode_ok(body, MessagesBody::count_tokens);
  EXPECT_FALSE(counted.max_tokens);
}

TEST(AnthropicRequest, ErrorsNameTheField) {
  EXPECT_EQ(decode_error(R"({"max_tokens":5,"messages":[{"role":"user","content":"x"}]})").param,
            "model");
  EXPECT_EQ(decode_error(R"({"model":"m","max_tokens":5,"messages":[]})").param, "messages");
  EXPECT_EQ(
      decode_error(R"({"model":"m","max_tokens":0,"messages":[{"role":"user","content":"x"}]})")
          .param,
      "max_tokens");
  EXPECT_EQ(
      decode_error(R"({"model":"m","max_tokens":5,"messages":[{"role":"tool","content":"x"}]})")
          .param,
      "messages[0].role");
  EXPECT_EQ(
      decode_error(
          R"({"model":"m","max_tokens":5,"messages":[{"role":"user","content":[{"type":"text"}]}]})")
          .param,
      "messages[0].content[0].text");
  EXPECT_EQ(
      decode_error(
          R"({"model":"m","max_tokens":5,"temperature":1.5,"messages":[{"role":"user","content":"x"}]})")
          .param,
      "temperature");
  EXPECT_EQ(
      decode_error(
          R"({"model":"m","max_tokens":5,"tool_choice":{"type":"sometimes"},"messages":[{"role":"user","content":"x"}]})")
          .param,
      "tool_choice.type");
  EXPECT_EQ(
      decode_error(
          R"({"model":"m","max_tokens":5,"messages":[{"role":"user","content":"x"}],"tools":[{"type":"web_search_20250305","name":"web_search"}]})")
          .code,
      "unsupported_tool_type");
  // A tool_result in the assistant's turn.
  EXPECT_EQ(
      decode_error(
          R"({"model":"m","max_tokens":5,"messages":[{"role":"assistant","content":[{"type":"tool_result","tool_use_id":"t","content":"x"}]}]})")
          .param,
      "messages[0].content[0].type");
  EXPECT_EQ(decode_error("not json").status, 400);
  EXPECT_EQ(decode_error("").status, 400);
}

TEST(AnthropicRequest, SystemAsStringOrBlocksWithCacheControl) {
  auto a = decode_ok(
      R"({"model":"m","max_tokens":5,"system":"Be brief.","messages":[{"role":"user","content":"x"}]})");
  ASSERT_EQ(a.system.size(), 1u);
  EXPECT_EQ(a.system[0].position, 0u);
  EXPECT_EQ(a.system[0].message.role, core::Role::system);
  EXPECT_EQ(a.system[0].message.text(), "Be brief.");

  auto b = decode_ok(
      R"({"model":"m","max_tokens":5,"system":[{"type":"text","text":"One."},{"type":"text","text":"Two.","cache_control":{"type":"ephemeral","ttl":"1h"}}],"messages":[{"role":"user","content":"x"}]})");
  ASSERT_EQ(b.system.size(), 1u);
  const auto& blocks = b.system[0].message.content;
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_FALSE(blocks[0].cache);
  ASSERT_TRUE(blocks[1].cache);
  EXPECT_EQ(blocks[1].cache->ttl, "1h");
  EXPECT_EQ(b.system[0].message.text(), "One.\nTwo.");
  // Sent to an OpenAI-compatible upstream: one system message first.
  Parsed sent(openai::encode_chat_request(b, "up"));
  EXPECT_EQ(std::string_view(sent["/messages/0/role"]), "system");
  EXPECT_EQ(std::string_view(sent["/messages/1/role"]), "user");

  EXPECT_EQ(
      decode_error(
          R"({"model":"m","max_tokens":5,"system":[{"type":"image"}],"messages":[{"role":"user","content":"x"}]})")
          .param,
      "system[0]");
}

TEST(AnthropicRequest, SystemMessagesAmongTheConversationKeepTheirPlace) {
  // Claude Code sends instructions mid-conversation as role "system", and
  // the top-level system after the messages.
  auto r = decode_ok(R"({"model":"m","max_tokens":5,"messages":[
    {"role":"user","content":"hi"},
    {"role":"system","content":[{"type":"text","text":"Tools changed."}]},
    {"role":"assistant","content":"ok"}],"system":"Be brief."})");
  ASSERT_EQ(r.system.size(), 2u);
  EXPECT_EQ(r.system[0].position, 0u);
  EXPECT_EQ(r.system[0].message.text(), "Be brief.");
  EXPECT_EQ(r.system[1].position, 1u);
  EXPECT_EQ(r.system[1].message.text(), "Tools changed.");
  ASSERT_EQ(r.messages.size(), 2u);
  const auto all = core::messages_in_order(r);
  ASSERT_EQ(all.size(), 4u);
  EXPECT_EQ(all[0].text(), "Be brief.");
  EXPECT_EQ(all[2].text(), "Tools changed.");
  EXPECT_EQ(
      decode_error(
          R"({"model":"m","max_tokens":5,"messages":[{"role":"system","content":[{"type":"image"}]}]})")
          .param,
      "messages[0].content[0]");
}

TEST(AnthropicRequest, ToolUseAndToolResultsBecomeCanonicalTurns) {
  auto r = decode_ok(R"({"model":"m","max_tokens":100,
    "tools":[{"name":"get_weather","description":"Weather for a city","input_schema":{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]},"cache_control":{"type":"ephemeral"}}],
    "tool_choice":{"type":"any","disable_parallel_tool_use":true},
    "messages":[
      {"role":"user","content":"Weather in Paris and Rome?"},
      {"role":"assistant","content":[{"type":"text","text":"Looking."},
        {"type":"tool_use","id":"toolu_1","name":"get_weather","input":{"city":"Paris"}},
        {"type":"tool_use","id":"toolu_2","name":"get_weather","input":{"city": "Rome"}}]},
      {"role":"user","content":[
        {"type":"tool_result","tool_use_id":"toolu_1","content":"18C"},
        {"type":"tool_result","tool_use_id":"toolu_2","content":[{"type":"text","text":"21C"}],"is_error":false},
        {"type":"text","text":"Which is warmer?"}]}]})");
  ASSERT_EQ(r.tools.size(), 1u);
  EXPECT_EQ(r.tools[0].name, "get_weather");
  EXPECT_TRUE(r.tools[0].cache);
  EXPECT_TRUE(
      JsonEq(r.tools[0].parameters_json,
             R"({"type":"object","properties":{"city":{"type":"string"}},"required":["city"]})"));
  EXPECT_EQ(r.tool_choice.mode, core::ToolChoice::Mode::required);
  EXPECT_EQ(r.parallel_tool_calls, false);
  // user, assistant (text + 2 calls), tool, tool, user.
  ASSERT_EQ(r.messages.size(), 5u);
  const auto& assistant = r.messages[1];
  EXPECT_EQ(assistant.role, core::Role::assistant);
  ASSERT_EQ(assistant.content.size(), 3u);
  const auto* call = assistant.content[2].get<core::ToolUseBlock>();
  ASSERT_TRUE(call);
  EXPECT_EQ(call->id, "toolu_2");
  EXPECT_EQ(call->arguments, R"({"city": "Rome"})");  // as the client wrote it
  EXPECT_EQ(r.messages[2].role, core::Role::tool);
  EXPECT_EQ(r.messages[2].content[0].get<core::ToolResultBlock>()->tool_use_id, "toolu_1");
  EXPECT_EQ(r.messages[3].role, core::Role::tool);
  EXPECT_EQ(r.messages[3].text(), "21C");
  EXPECT_EQ(r.messages[4].role, core::Role::user);
  EXPECT_EQ(r.messages[4].text(), "Which is warmer?");

  // The OpenAI encoder writes them as tool calls and tool messages.
  Parsed sent(openai::encode_chat_request(r, "up"));
  EXPECT_EQ(std::string_view(sent["/messages/1/tool_calls/1/function/arguments"]),
            R"({"city": "Rome"})");
  EXPECT_EQ(std::string_view(sent["/messages/2/tool_call_id"]), "toolu_1");
  EXPECT_EQ(std::string_view(sent["/messages/3/tool_call_id"]), "toolu_2");
  EXPECT_EQ(std::string_view(sent["/tool_choice"]), "required");
  EXPECT_EQ(std::string_view(sent["/tools/0/function/name"]), "get_weather");
}

TEST(AnthropicRequest, SamplingStopMetadataThinkingAndUnknownMembers) {
  auto r = decode_ok(R"({"model":"m","max_tokens":64,"temperature":0.5,"top_p":0.9,"top_k":40,
    "stop_sequences":["\n\nHuman:","END"],"metadata":{"user_id":"user-42"},"stream":true,
    "thinking":{"type":"enabled","budget_tokens":2048},"service_tier":"auto",
    "messages":[{"role":"user","content":"x","future_member":1}]})");
  EXPECT_EQ(r.temperature, 0.5);
  EXPECT_EQ(r.top_p, 0.9);
  EXPECT_EQ(r.stop, (std::vector<std::string>{"\n\nHuman:", "END"}));
  EXPECT_EQ(r.user, "user-42");
  EXPECT_TRUE(r.stream);
  EXPECT_EQ(r.reasoning.budget_tokens, 2048);
  ASSERT_EQ(r.extra.size(), 2u);
  EXPECT_EQ(r.extra[0], (std::pair<std::string, std::string>{"top_k", "40"}));
  EXPECT_EQ(r.extra[1], (std::pair<std::string, std::string>{"service_tier", "\"auto\""}));
  ASSERT_EQ(r.messages[0].extra.size(), 1u);
  // Anthropic's own members never reach an OpenAI body.
  Parsed sent(openai::encode_chat_request(r, "up"));
  EXPECT_FALSE(sent.has("/service_tier"));
  EXPECT_FALSE(sent.has("/top_k"));
  EXPECT_EQ(std::string_view(sent["/user"]), "user-42");
  EXPECT_EQ(std::string_view(sent["/stop/1"]), "END");
}

TEST(AnthropicRequest, ImagesThinkingAndUnreadableBlocks) {
  auto r = decode_ok(R"({"model":"m","max_tokens":64,"messages":[
    {"role":"user","content":[
      {"type":"image","source":{"type":"base64","media_type":"image/png","data":"iVBORw0KGgo="}},
      {"type":"image","source":{"type":"url","url":"https://example.com/a.png"}},
      {"type":"document","source":{"type":"text","media_type":"text/plain","data":"secret"}}]},
    {"role":"assistant","content":[
      {"type":"thinking","thinking":"Let me see.","signature":"sig=="},
      {"type":"redacted_thinking","data":"opaque=="},
      {"type":"text","text":"Done."}]}]})");
  const auto& user = r.messages[0].content;
  ASSERT_EQ(user.size(), 3u);
  EXPECT_EQ(user[0].get<core::ImageBlock>()->media_type, "image/png");
  EXPECT_EQ(user[0].get<core::ImageBlock>()->data, "iVBORw0KGgo=");
  EXPECT_EQ(user[1].get<core::ImageBlock>()->url, "https://example.com/a.png");
  const auto* doc = user[2].get<core::OpaqueBlock>();
  ASSERT_TRUE(doc);
  EXPECT_EQ(doc->dialect, core::Dialect::anthropic);
  EXPECT_EQ(doc->type, "document");
  const auto& assistant = r.messages[1].content;
  EXPECT_EQ(assistant[0].get<core::ThinkingBlock>()->signature, "sig==");
  EXPECT_TRUE(assistant[1].get<core::ThinkingBlock>()->redacted);
  // An OpenAI body: the image as a data: URI; no document, no thinking.
  Parsed sent(openai::encode_chat_request(r, "up"));
  EXPECT_EQ(std::string_view(sent["/messages/0/content/0/image_url/url"]),
            "data:image/png;base64,iVBORw0KGgo=");
  EXPECT_EQ(simdjson::dom::array(sent["/messages/0/content"]).size(), 2u);
}

core::ChatResponse answer() {
  core::ChatResponse resp;
  resp.id = "chatcmpl-7";
  resp.model = "local-model";
  core::Choice& c = resp.choices.emplace_back();
  c.message.role = core::Role::assistant;
  c.message.content.emplace_back().value.emplace<core::TextBlock>().text = "It is sunny.";
  auto& call = c.message.content.emplace_back().value.emplace<core::ToolUseBlock>();
  call.id = "call_1";
  call.name = "get_weather";
  call.arguments = R"({"city":"Paris"})";
  c.finish_reason.kind = core::FinishKind::tool_use;
  c.finish_reason.raw = "tool_calls";
  core::Usage u;
  u.input_tokens = 100;
  u.cache_read_tokens = 60;
  u.cache_write_tokens = 10;
  u.output_tokens = 7;
  u.total_tokens = 107;
  resp.usage = u;
  return resp;
}

TEST(AnthropicResponse, AMessageWithBlocksStopReasonAndUsage) {
  EXPECT_TRUE(JsonEq(encode_message_response(answer()), R"({
    "id":"msg_chatcmpl-7","type":"message","role":"assistant","model":"local-model",
    "content":[{"type":"text","text":"It is sunny."},
               {"type":"tool_use","id":"call_1","name":"get_weather","input":{"city":"Paris"}}],
    "stop_reason":"tool_use","stop_sequence":null,
    "usage":{"input_tokens":30,"cache_creation_input_tokens":10,"cache_read_input_tokens":60,"output_tokens":7}})"));
}

TEST(AnthropicResponse, StopReasonsMapFromEveryKind) {
  core::FinishReason r;
  r.kind = core::FinishKind::stop;
  r.raw = "stop";
  EXPECT_EQ(stop_reason(r), "end_turn");
  r.kind = core::FinishKind::length;
  EXPECT_EQ(stop_reason(r), "max_tokens");
  r.kind = core::FinishKind::tool_use;
  EXPECT_EQ(stop_reason(r), "tool_use");
  r.kind = core::FinishKind::content_filter;
  EXPECT_EQ(stop_reason(r), "refusal");
  // An Anthropic upstream's own word is kept.
  r.kind = core::FinishKind::stop;
  r.raw = "stop_sequence";
  r.dialect = core::Dialect::anthropic;
  EXPECT_EQ(stop_reason(r), "stop_sequence");
}

TEST(AnthropicResponse, ToolInputIsAlwaysAnObject) {
  EXPECT_EQ(tool_input_json(""), "{}");
  EXPECT_EQ(tool_input_json(" {\"a\":1} "), "{\"a\":1}");
  EXPECT_TRUE(JsonEq(tool_input_json("{\"a\":"), R"({"_arguments":"{\"a\":"})"));
  EXPECT_TRUE(JsonEq(tool_input_json("[1]"), R"({"_arguments":"[1]"})"));
}

TEST(AnthropicResponse, MessageIds) {
  EXPECT_EQ(message_id("msg_abc"), "msg_abc");
  EXPECT_EQ(message_id("chatcmpl-1"), "msg_chatcmpl-1");
  const std::string fresh = message_id("");
  EXPECT_TRUE(fresh.starts_with("msg_"));
  EXPECT_GT(fresh.size(), 10u);
}

TEST(AnthropicErrors, TypesAndShape) {
  EXPECT_TRUE(JsonEq(
      encode_error(core::Error::invalid("max_tokens: Field required", "max_tokens")),
      R"({"type":"error","error":{"type":"invalid_request_error","message":"max_tokens: Field required"}})"));
  auto type_of = [](core::ErrorKind kind, int status) {
    core::Error e;
    e.kind = kind;
    e.status = status;
    return std::string(error_type(e));
  };
  using K = core::ErrorKind;
  EXPECT_EQ(type_of(K::authentication, 401), "authentication_error");
  EXPECT_EQ(type_of(K::permission, 403), "permission_error");
  EXPECT_EQ(type_of(K::not_found, 404), "not_found_error");
  EXPECT_EQ(type_of(K::payload_too_large, 413), "request_too_large");
  EXPECT_EQ(type_of(K::rate_limited, 429), "rate_limit_error");
  EXPECT_EQ(type_of(K::unavailable, 503), "overloaded_error");
  EXPECT_EQ(type_of(K::upstream, 529), "overloaded_error");
  EXPECT_EQ(type_of(K::upstream, 500), "api_error");
  EXPECT_EQ(type_of(K::upstream, 422), "invalid_request_error");
  EXPECT_EQ(type_of(K::internal, 500), "api_error");
  EXPECT_EQ(type_of(K::no_permitted_deployment, 503), "api_error");
  EXPECT_TRUE(JsonEq(encode_token_count(42), R"({"input_tokens":42})"));
}

}  // namespace
}  // namespace switchyard::api::anthropic
