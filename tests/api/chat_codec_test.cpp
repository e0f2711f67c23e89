// The OpenAI Chat Completions codec: client requests in (strict, with errors
// that name the field), upstream requests out (unmodelled fields carried
// through), upstream responses and stream chunks in (tolerant), and responses,
// chunks and errors out in OpenAI's wire shape. Encoder output is checked by
// parsing it with simdjson, not by comparing text.
#include "switchyard/api/openai/chat_codec.hpp"

#include <gtest/gtest.h>
#include <simdjson.h>

#include <cmath>
#include <initializer_list>
#include <limits>
#include <string>
#include <string_view>

#include "support/json_compare.hpp"

namespace switchyard::api::openai {
namespace {

namespace dom = simdjson::dom;
using core::ChatRequest;
using core::ContentForm;
using core::Message;
using core::Role;

// ---------------------------------------------------------------------------
// Helpers

// The blocks of one kind in a message, in order.
template <typename T>
std::vector<const T*> blocks(const Message& m) {
  return core::blocks_of<T>(m.content);
}

template <typename T>
const T& block(const Message& m, std::size_t i) {
  const T* b = m.content.at(i).get<T>();
  if (!b) throw std::runtime_error("block " + std::to_string(i) + " is of another kind");
  return *b;
}

using testing::JsonEq;
using testing::Parsed;
using testing::str;

// A request body with the two required fields and `more` members appended.
std::string body(std::string_view more = {}) {
  std::string b = R"({"model":"gpt-4o-mini","messages":[{"role":"user","content":"Hi"}]})";
  if (!more.empty()) {
    b.pop_back();
    b += ',';
    b += more;
    b += '}';
  }
  return b;
}

ChatRequest decode_ok(std::string_view json) {
  auto r = decode_chat_request(json);
  EXPECT_TRUE(r) << (r ? "" : r.error().message) << "\n  for: " << json;
  return r ? std::move(*r) : ChatRequest{};
}

// The request is rejected with 400, the given param and code, and a message
// holding every piece.
::testing::AssertionResult Rejects(std::string_view json, std::string_view param,
                                   std::initializer_list<std::string_view> pieces,
                                   std::string_view code = {}) {
  auto r = decode_chat_request(json);
  if (r) return ::testing::AssertionFailure() << "accepted: " << json;
  const core::Error& e = r.error();
  auto fail = [&]() {
    return ::testing::AssertionFailure()
           << "for " << json << "\n  got status=" << e.status << " param='" << e.param << "' code='"
           << e.code << "' message: " << e.message;
  };
  if (e.status != 400 || e.kind != core::ErrorKind::invalid_request || e.retryable) return fail();
  if (e.param != param) return fail() << "\n  expected param '" << param << "'";
  if (!code.empty() && e.code != code) return fail() << "\n  expected code '" << code << "'";
  for (auto piece : pieces)
    if (e.message.find(piece) == std::string::npos)
      return fail() << "\n  missing in message: '" << piece << "'";
  return ::testing::AssertionSuccess();
}

TEST(JsonEqHelper, IgnoresMemberOrderButNotValues) {
  EXPECT_TRUE(JsonEq(R"({"a":1,"b":[true,null,"x"]})", R"({"b":[true,null,"x"],"a":1.0})"));
  EXPECT_FALSE(JsonEq(R"({"a":1})", R"({"a":2})"));
  EXPECT_FALSE(JsonEq(R"({"a":1})", R"({"a":1,"b":1})"));
  EXPECT_FALSE(JsonEq(R"({"a":1,"c":1})", R"({"a":1,"b":1})"));
  EXPECT_FALSE(JsonEq(R"([1,2])", R"([2,1])"));
  EXPECT_FALSE(JsonEq(R"({"a":"1"})", R"({"a":1})"));
  EXPECT_FALSE(JsonEq(R"({"a":null})", R"({"a":false})"));
}

// ---------------------------------------------------------------------------
// decode_chat_request: every modelled field

TEST(DecodeChatRequest, MinimalRequest) {
  const ChatRequest r = decode_ok(body());
  EXPECT_EQ(r.model, "gpt-4o-mini");
  ASSERT_EQ(r.messages.size(), 1u);
  EXPECT_TRUE(r.system.empty());
  EXPECT_EQ(r.messages[0].role, Role::user);
  EXPECT_EQ(r.messages[0].form, ContentForm::string);
  ASSERT_EQ(r.messages[0].content.size(), 1u);
  EXPECT_EQ(block<core::TextBlock>(r.messages[0], 0).text, "Hi");
  EXPECT_FALSE(r.stream);
  EXPECT_FALSE(r.include_usage);
  EXPECT_FALSE(r.temperature);
  EXPECT_FALSE(r.max_tokens);
  EXPECT_FALSE(r.output_token_limit());
  EXPECT_TRUE(r.stop.empty());
  EXPECT_TRUE(r.tools.empty());
  EXPECT_EQ(r.tool_choice.mode, core::ToolChoice::Mode::unset);
  EXPECT_EQ(r.response_format.type, core::ResponseFormat::Type::unset);
  EXPECT_TRUE(r.extra.empty());
}

TEST(DecodeChatRequest, MessagesOfEveryRole) {
  const ChatRequest r = decode_ok(R"({"model":"m","messages":[
    {"role":"system","content":"Be brief."},
    {"role":"developer","content":"Answer in JSON."},
    {"role":"user","content":"What is the weather in Paris?","name":"alice"},
    {"role":"assistant","content":null,"tool_calls":[
      {"id":"call_1","type":"function","function":{"name":"get_weather","arguments":"{\"city\":\"Paris\"}"}},
      {"id":"call_2","type":"function","function":{"name":"get_time","arguments":"{}"}}]},
    {"role":"tool","tool_call_id":"call_1","content":"18C, cloudy"},
    {"role":"tool","tool_call_id":"call_2","content":[{"type":"text","text":"14:00"}]},
    {"role":"assistant","content":"It is 18C.","refusal":null},
    {"role":"assistant","tool_calls":[{"id":"c3","function":{"name":"f"}}]}
  ]})");
  // The instructions stand apart, each with the role it came as and its
  // place (both before the first conversation message).
  ASSERT_EQ(r.system.size(), 2u);
  EXPECT_EQ(r.system[0].position, 0u);
  EXPECT_EQ(r.system[0].message.role, Role::system);
  EXPECT_EQ(r.system[0].message.text(), "Be brief.");
  EXPECT_EQ(r.system[1].position, 0u);
  EXPECT_EQ(r.system[1].message.role, Role::developer);
  ASSERT_EQ(r.messages.size(), 6u);
  EXPECT_EQ(r.messages[0].role, Role::user);
  EXPECT_EQ(r.messages[0].name, "alice");

  const Message& call = r.messages[1];
  EXPECT_EQ(call.role, Role::assistant);
  EXPECT_EQ(call.form, ContentForm::absent);
  ASSERT_EQ(call.content.size(), 2u);  // the calls only: no text block
  const auto calls = blocks<core::ToolUseBlock>(call);
  ASSERT_EQ(calls.size(), 2u);
  EXPECT_EQ(calls[0]->id, "call_1");
  EXPECT_EQ(calls[0]->name, "get_weather");
  EXPECT_EQ(calls[0]->arguments, R"({"city":"Paris"})");
  EXPECT_EQ(calls[1]->name, "get_time");

  // A tool message is one tool result block.
  EXPECT_EQ(r.messages[2].role, Role::tool);
  ASSERT_EQ(r.messages[2].content.size(), 1u);
  const auto& result = block<core::ToolResultBlock>(r.messages[2], 0);
  EXPECT_EQ(result.tool_use_id, "call_1");
  EXPECT_EQ(result.form, ContentForm::string);
  EXPECT_EQ(r.messages[2].text(), "18C, cloudy");
  const auto& parts_result = block<core::ToolResultBlock>(r.messages[3], 0);
  EXPECT_EQ(parts_result.tool_use_id, "call_2");
  EXPECT_EQ(parts_result.form, ContentForm::blocks);
  EXPECT_EQ(r.messages[3].text(), "14:00");
  EXPECT_EQ(r.messages[4].text(), "It is 18C.");
  EXPECT_TRUE(blocks<core::RefusalBlock>(r.messages[4]).empty());  // null: none

  // Content left out on an assistant turn with tool calls; type and arguments
  // may be left out of a call.
  const Message& bare = r.messages[5];
  EXPECT_EQ(bare.form, ContentForm::absent);
  ASSERT_EQ(blocks<core::ToolUseBlock>(bare).size(), 1u);
  EXPECT_EQ(blocks<core::ToolUseBlock>(bare)[0]->arguments, "");

  // In the client's order again.
  const std::vector<Message> all = core::messages_in_order(r);
  ASSERT_EQ(all.size(), 8u);
  EXPECT_EQ(all[0].role, Role::system);
  EXPECT_EQ(all[1].role, Role::developer);
  EXPECT_EQ(all[2].name, "alice");
}

TEST(DecodeChatRequest, ContentAsPartsWithTextAndImages) {
  const ChatRequest r = decode_ok(R"({"model":"m","messages":[{"role":"user","content":[
    {"type":"text","text":"What is in these images?"},
    {"type":"image_url","image_url":{"url":"https://example.com/cat.png","detail":"high"}},
    {"type":"image_url","image_url":{"url":"data:image/png;base64,iVBORw0KGgo="}},
    {"type":"image_url","image_url":"https://example.com/bare.png"},
    {"type":"text","text":"Compare them."}
  ]}]})");
  const Message& m = r.messages[0];
  EXPECT_EQ(m.form, ContentForm::blocks);
  ASSERT_EQ(m.content.size(), 5u);
  EXPECT_EQ(block<core::TextBlock>(m, 0).text, "What is in these images?");
  EXPECT_EQ(block<core::ImageBlock>(m, 1).url, "https://example.com/cat.png");
  EXPECT_EQ(block<core::ImageBlock>(m, 1).detail, "high");
  // A data: URI stays the URL it was.
  EXPECT_EQ(block<core::ImageBlock>(m, 2).url, "data:image/png;base64,iVBORw0KGgo=");
  EXPECT_EQ(block<core::ImageBlock>(m, 2).detail, "");
  EXPECT_EQ(block<core::ImageBlock>(m, 2).data, "");
  // lenient bare string
  EXPECT_EQ(block<core::ImageBlock>(m, 3).url, "https://example.com/bare.png");
  EXPECT_EQ(block<core::TextBlock>(m, 4).text, "Compare them.");
  EXPECT_EQ(m.text(), "What is in these images?\nCompare them.");
}

TEST(DecodeChatRequest, ToolCallArgumentsSentAsAnObjectAreKeptAsJsonText) {
  const ChatRequest r = decode_ok(R"({"model":"m","messages":[{"role":"assistant","tool_calls":[
    {"id":"c","type":"function","function":{"name":"f","arguments":{"a": [1, 2.50]}}}]}]})");
  EXPECT_EQ(blocks<core::ToolUseBlock>(r.messages[0])[0]->arguments,
            R"({"a": [1, 2.50]})");  // as written
}

TEST(DecodeChatRequest, ContentPartsOfOtherTypesAreKeptWhole) {
  const std::string audio =
      R"({"type": "input_audio", "input_audio": {"data": "UklGRiQAAABXQVZF", "format": "wav"}})";
  const std::string file =
      R"({"type":"file","file":{"filename":"a.pdf","file_data":"data:application/pdf;base64,JVBERi0x"}})";
  const std::string future =
      R"({"type":"input_video","input_video":{"url":"https://x/v.mp4","fps":2.50}})";
  const ChatRequest r = decode_ok(R"({"model":"m","messages":[{"role":"user","content":[)" + audio +
                                  "," + file + R"(,{"type":"text","text":"Transcribe."},)" +
                                  future + R"(]},{"role":"assistant","content":[)" +
                                  R"({"type":"refusal","refusal":"I can't help with that."}]}]})");
  const Message& m = r.messages[0];
  ASSERT_EQ(m.content.size(), 4u);
  const auto& a = block<core::OpaqueBlock>(m, 0);
  EXPECT_EQ(a.dialect, core::Dialect::openai);
  EXPECT_EQ(a.type, "input_audio");
  EXPECT_EQ(a.json, audio);  // byte for byte, spaces included
  EXPECT_EQ(block<core::OpaqueBlock>(m, 1).type, "file");
  EXPECT_EQ(block<core::OpaqueBlock>(m, 1).json, file);
  EXPECT_EQ(block<core::OpaqueBlock>(m, 3).type, "input_video");
  EXPECT_EQ(block<core::OpaqueBlock>(m, 3).json, future);
  EXPECT_EQ(r.messages[0].text(), "Transcribe.");  // what the gateway can read

  const Message& refused = r.messages[1];
  ASSERT_EQ(refused.content.size(), 1u);
  EXPECT_EQ(block<core::RefusalBlock>(refused, 0).text, "I can't help with that.");
  EXPECT_FALSE(block<core::RefusalBlock>(refused, 0).member);  // a part
  EXPECT_EQ(refused.text(), "I can't help with that.");
}

TEST(DecodeChatRequest, UnknownMembersOfModelledObjectsAreKeptAsTheClientWroteThem) {
  const ChatRequest r = decode_ok(R"({"model":"m","messages":[
    {"role":"user","content":[
      {"type":"text","text":"hi","cache_control":{"type": "ephemeral"}},
      {"type":"image_url","image_url":{"url":"u","detail":"low","max_pixels": 1.50},"weight":2}]},
    {"role":"assistant","content":null,"reasoning_content":"thinking...","prefix":true,
     "tool_calls":[{"id":"c","type":"function","function":{"name":"f","arguments":"{}","x":1e2},"index":0}]}],
    "stream":true,"stream_options":{"include_usage":false,"include_obfuscation":false},
    "tools":[{"type":"function","function":{"name":"f","parameters":{"type":"object"},"x-priority":3},"cache_control":{"type":"ephemeral"}}],
    "tool_choice":{"type":"function","function":{"name":"f","hint":"now"},"disable_parallel":true},
    "response_format":{"type":"json_schema","json_schema":{"name":"n","schema":{"maximum": 2.50}},"x":[1, 2]}})");
  using F = core::RawFields;
  const Message& m = r.messages[0];
  EXPECT_EQ(block<core::TextBlock>(m, 0).extra, (F{{"cache_control", R"({"type": "ephemeral"})"}}));
  EXPECT_EQ(block<core::ImageBlock>(m, 1).image_extra, (F{{"max_pixels", "1.50"}}));
  EXPECT_EQ(block<core::ImageBlock>(m, 1).extra, (F{{"weight", "2"}}));
  EXPECT_EQ(r.messages[1].extra,
            (F{{"reasoning_content", R"("thinking...")"}, {"prefix", "true"}}));
  EXPECT_EQ(block<core::ToolUseBlock>(r.messages[1], 0).extra, (F{{"index", "0"}}));
  EXPECT_EQ(block<core::ToolUseBlock>(r.messages[1], 0).function_extra, (F{{"x", "1e2"}}));
  EXPECT_FALSE(r.include_usage);
  EXPECT_EQ(r.stream_options_extra, (F{{"include_obfuscation", "false"}}));
  EXPECT_EQ(r.tools[0].extra, (F{{"cache_control", R"({"type":"ephemeral"})"}}));
  EXPECT_EQ(r.tools[0].function_extra, (F{{"x-priority", "3"}}));
  EXPECT_EQ(r.tool_choice.extra, (F{{"disable_parallel", "true"}}));
  EXPECT_EQ(r.tool_choice.function_extra, (F{{"hint", R"("now")"}}));
  EXPECT_EQ(r.response_format.extra, (F{{"x", "[1, 2]"}}));
  EXPECT_EQ(r.response_format.json_schema_json, R"({"name":"n","schema":{"maximum": 2.50}})");
}

TEST(DecodeChatRequest, Tools) {
  const ChatRequest r = decode_ok(body(R"("tools":[
    {"type":"function","function":{"name":"get_weather","description":"Weather for a city",
      "parameters":{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]},
      "strict":true}},
    {"function":{"name":"no_params"}}
  ])"));
  ASSERT_EQ(r.tools.size(), 2u);
  EXPECT_EQ(r.tools[0].type, "function");
  EXPECT_EQ(r.tools[0].name, "get_weather");
  EXPECT_EQ(r.tools[0].description, "Weather for a city");
  EXPECT_TRUE(
      JsonEq(r.tools[0].parameters_json,
             R"({"type":"object","properties":{"city":{"type":"string"}},"required":["city"]})"));
  EXPECT_EQ(r.tools[0].strict, true);
  EXPECT_EQ(r.tools[1].name, "no_params");
  EXPECT_EQ(r.tools[1].parameters_json, "");
  EXPECT_FALSE(r.tools[1].strict);
}

TEST(DecodeChatRequest, ToolChoiceInEveryForm) {
  using Mode = core::ToolChoice::Mode;
  EXPECT_EQ(decode_ok(body(R"("tool_choice":"none")")).tool_choice.mode, Mode::none);
  EXPECT_EQ(decode_ok(body(R"("tool_choice":"auto")")).tool_choice.mode, Mode::auto_);
  EXPECT_EQ(decode_ok(body(R"("tool_choice":"required")")).tool_choice.mode, Mode::required);
  EXPECT_EQ(decode_ok(body(R"("tool_choice":null)")).tool_choice.mode, Mode::unset);
  const ChatRequest f =
      decode_ok(body(R"("tool_choice":{"type":"function","function":{"name":"get_weather"}})"));
  EXPECT_EQ(f.tool_choice.mode, Mode::function);
  EXPECT_EQ(f.tool_choice.function_name, "get_weather");
}

TEST(DecodeChatRequest, ResponseFormatInEveryForm) {
  using Type = core::ResponseFormat::Type;
  EXPECT_EQ(decode_ok(body(R"("response_format":{"type":"text"})")).response_format.type,
            Type::text);
  EXPECT_EQ(decode_ok(body(R"("response_format":{"type":"json_object"})")).response_format.type,
            Type::json_object);
  EXPECT_EQ(decode_ok(body(R"("response_format":null)")).response_format.type, Type::unset);
  const ChatRequest s = decode_ok(body(R"("response_format":{"type":"json_schema","json_schema":
      {"name":"answer","strict":true,"schema":{"type":"object","properties":{"n":{"type":"integer"}}}}})"));
  EXPECT_EQ(s.response_format.type, Type::json_schema);
  EXPECT_TRUE(JsonEq(
      s.response_format.json_schema_json,
      R"({"name":"answer","strict":true,"schema":{"type":"object","properties":{"n":{"type":"integer"}}}})"));
}

TEST(DecodeChatRequest, SamplingFields) {
  const ChatRequest r =
      decode_ok(body(R"("temperature":0.7,"top_p":1,"frequency_penalty":-2,"presence_penalty":1.5,)"
                     R"("seed":-42,"parallel_tool_calls":false)"));
  EXPECT_EQ(r.temperature, 0.7);
  EXPECT_EQ(r.top_p, 1.0);
  EXPECT_EQ(r.frequency_penalty, -2.0);
  EXPECT_EQ(r.presence_penalty, 1.5);
  EXPECT_EQ(r.seed, -42);
  EXPECT_EQ(r.parallel_tool_calls, false);
}

TEST(DecodeChatRequest, SamplingBoundsAreInclusive) {
  const ChatRequest lo = decode_ok(body(R"("temperature":0,"top_p":0,"frequency_penalty":-2)"));
  EXPECT_EQ(lo.temperature, 0.0);
  EXPECT_EQ(lo.top_p, 0.0);
  const ChatRequest hi = decode_ok(body(R"("temperature":2,"top_p":1,"presence_penalty":2)"));
  EXPECT_EQ(hi.temperature, 2.0);
  EXPECT_EQ(hi.presence_penalty, 2.0);
}

TEST(DecodeChatRequest, NullLeavesOptionalFieldsUnset) {
  const ChatRequest r = decode_ok(
      body(R"("temperature":null,"top_p":null,"max_tokens":null,"max_completion_tokens":null,)"
           R"("n":null,"seed":null,"stop":null,"stream":null,"stream_options":null,"tools":null,)"
           R"("parallel_tool_calls":null,"user":null,"metadata":null)"));
  EXPECT_FALSE(r.temperature);
  EXPECT_FALSE(r.top_p);
  EXPECT_FALSE(r.max_tokens);
  EXPECT_FALSE(r.max_completion_tokens);
  EXPECT_FALSE(r.n);
  EXPECT_FALSE(r.seed);
  EXPECT_TRUE(r.stop.empty());
  EXPECT_FALSE(r.stream);
  EXPECT_FALSE(r.include_usage);
  EXPECT_TRUE(r.tools.empty());
  EXPECT_FALSE(r.parallel_tool_calls);
  EXPECT_EQ(r.user, "");
  EXPECT_TRUE(r.metadata.empty());
  EXPECT_TRUE(r.extra.empty()) << "null modelled fields must not become extras";
}

TEST(DecodeChatRequest, StopAsAStringOrAnArray) {
  EXPECT_EQ(decode_ok(body(R"("stop":"END")")).stop, std::vector<std::string>{"END"});
  EXPECT_EQ(decode_ok(body(R"("stop":["\n\n","###","</s>","Q:"])")).stop,
            (std::vector<std::string>{"\n\n", "###", "</s>", "Q:"}));
  EXPECT_TRUE(decode_ok(body(R"("stop":[])")).stop.empty());
}

TEST(DecodeChatRequest, TokenLimitsAndN) {
  const ChatRequest a = decode_ok(body(R"("max_tokens":256,"n":3)"));
  EXPECT_EQ(a.max_tokens, 256);
  EXPECT_EQ(a.n, 3);
  EXPECT_EQ(a.output_token_limit(), 256);

  const ChatRequest b = decode_ok(body(R"("max_tokens":256,"max_completion_tokens":64)"));
  EXPECT_EQ(b.max_completion_tokens, 64);
  EXPECT_EQ(b.output_token_limit(), 64);  // max_completion_tokens wins

  // An integral decimal is an integer.
  EXPECT_EQ(decode_ok(body(R"("max_tokens":100.0)")).max_tokens, 100);
  EXPECT_EQ(decode_ok(body(R"("max_tokens":9223372036854775807)")).max_tokens,
            std::numeric_limits<std::int64_t>::max());
}

TEST(DecodeChatRequest, UserAndMetadata) {
  const ChatRequest r =
      decode_ok(body(R"("user":"user-1234","metadata":{"team":"search","env":"prod"})"));
  EXPECT_EQ(r.user, "user-1234");
  const std::vector<std::pair<std::string, std::string>> expected{{"team", "search"},
                                                                  {"env", "prod"}};
  EXPECT_EQ(r.metadata, expected);  // in the order sent
}

TEST(DecodeChatRequest, StreamAndIncludeUsage) {
  const ChatRequest a = decode_ok(body(R"("stream":true,"stream_options":{"include_usage":true})"));
  EXPECT_TRUE(a.stream);
  EXPECT_TRUE(a.include_usage);
  const ChatRequest b = decode_ok(body(R"("stream":true)"));
  EXPECT_TRUE(b.stream);
  EXPECT_FALSE(b.include_usage);
  const ChatRequest c = decode_ok(body(R"("stream":false,"stream_options":{})"));
  EXPECT_FALSE(c.stream);
  EXPECT_FALSE(c.include_usage);
}

TEST(DecodeChatRequest, UnknownTopLevelAndMessageFieldsAreKeptAsRawJson) {
  const ChatRequest r = decode_ok(
      R"({"model":"m","logprobs":true,"top_logprobs":3,"logit_bias":{"50256":-100},)"
      R"("messages":[{"role":"user","content":"x","cache_control":{"type":"ephemeral"}}],)"
      R"("reasoning_effort":"low","modalities":["text"],"prediction":null})");
  const std::vector<std::pair<std::string, std::string>> top{{"logprobs", "true"},
                                                             {"top_logprobs", "3"},
                                                             {"logit_bias", R"({"50256":-100})"},
                                                             {"modalities", R"(["text"])"},
                                                             {"prediction", "null"}};
  EXPECT_EQ(r.extra, top);
  EXPECT_EQ(r.reasoning.effort, "low");  // modelled, not carried
  const std::vector<std::pair<std::string, std::string>> per_message{
      {"cache_control", R"({"type":"ephemeral"})"}};
  EXPECT_EQ(r.messages[0].extra, per_message);
}

TEST(DecodeChatRequest, ReasoningEffortIsModelledAndWrittenBackAsSent) {
  for (std::string_view word : {"none", "minimal", "low", "medium", "high", "xhigh"}) {
    const std::string body = R"({"model":"m","messages":[{"role":"user","content":"x"}],)"
                             R"("reasoning_effort":")" +
                             std::string(word) + R"("})";
    const ChatRequest r = decode_ok(body);
    EXPECT_EQ(r.reasoning.effort, word);
    EXPECT_FALSE(r.reasoning.budget_tokens);
    EXPECT_TRUE(r.extra.empty());
    const std::string out = encode_chat_request(r, "m");
    EXPECT_TRUE(testing::JsonEq(out, body)) << out;
    EXPECT_NE(out.find(R"("reasoning_effort":")" + std::string(word) + "\""), std::string::npos);
  }
  // null: the provider's default, and nothing is sent.
  const ChatRequest unset = decode_ok(
      R"({"model":"m","messages":[{"role":"user","content":"x"}],"reasoning_effort":null})");
  EXPECT_TRUE(unset.reasoning.effort.empty());
  EXPECT_EQ(encode_chat_request(unset, "m").find("reasoning_effort"), std::string::npos);
  // A budget (Anthropic's thinking) has no OpenAI member: the effort
  // nearest it goes instead (core/reasoning_effort.hpp).
  ChatRequest budget = unset;
  for (const auto& [tokens, effort] :
       std::vector<std::pair<std::int64_t, std::string>>{{1, "low"},
                                                         {1024, "low"},
                                                         {4607, "low"},
                                                         {4608, "medium"},
                                                         {8192, "medium"},
                                                         {16383, "medium"},
                                                         {16384, "high"},
                                                         {24576, "high"},
                                                         {100000, "high"}}) {
    budget.reasoning.budget_tokens = tokens;
    const std::string out = encode_chat_request(budget, "m");
    EXPECT_EQ(out.find(std::to_string(tokens)), std::string::npos) << out;
    EXPECT_EQ(std::string(testing::str(testing::Parsed(out)["/reasoning_effort"])), effort)
        << tokens;
  }
  // The client's own effort wins over a budget.
  budget.reasoning.effort = "high";
  budget.reasoning.budget_tokens = 1024;
  EXPECT_EQ(testing::str(testing::Parsed(encode_chat_request(budget, "m"))["/reasoning_effort"]),
            "high");
}

TEST(DecodeChatRequestErrors, ReasoningEffortMustBeAWord) {
  for (std::string_view bad : {R"(1)", R"("")", R"(["low"])", R"({"effort":"low"})", "true"}) {
    const std::string body = R"({"model":"m","messages":[{"role":"user","content":"x"}],)"
                             R"("reasoning_effort":)" +
                             std::string(bad) + "}";
    auto r = decode_chat_request(body);
    ASSERT_FALSE(r) << bad;
    EXPECT_EQ(r.error().status, 400);
    EXPECT_EQ(r.error().param, "reasoning_effort") << bad;
    EXPECT_NE(r.error().message.find("'low'"), std::string::npos) << r.error().message;
  }
}

TEST(DecodeChatRequest, FieldOrderDoesNotMatter) {
  const ChatRequest r =
      decode_ok(R"({"messages":[{"content":"Hi","role":"user"}],"stream":true,"model":"m"})");
  EXPECT_EQ(r.model, "m");
  EXPECT_EQ(r.messages[0].role, Role::user);
  EXPECT_EQ(r.messages[0].text(), "Hi");
}

TEST(DecodeChatRequest, TextWithEscapesAndUnicodeIsDecoded) {
  const ChatRequest r = decode_ok(
      R"({"model":"m","messages":[{"role":"user","content":"line1\nline2 \"q\" \\ \u00e9 \ud83d\ude00 日本"}]})");
  EXPECT_EQ(r.messages[0].text(), "line1\nline2 \"q\" \\ \xc3\xa9 \xf0\x9f\x98\x80 日本");
}

TEST(DecodeChatRequest, BodiesLargerThanOneMebibyteDecode) {
  const std::string big(3u << 20, 'a');
  const ChatRequest r =
      decode_ok(R"({"model":"m","messages":[{"role":"user","content":")" + big + R"("}]})");
  EXPECT_EQ(r.messages[0].text().size(), big.size());
  // And the per-thread parser still works afterwards.
  EXPECT_EQ(decode_ok(body()).messages[0].text(), "Hi");
}

TEST(DecodeChatRequest, LeadingAndTrailingWhitespaceIsFine) {
  EXPECT_EQ(decode_ok("\n\t " + body() + " \r\n").model, "gpt-4o-mini");
}

// ---------------------------------------------------------------------------
// decode_chat_request: errors (400, param, message that says what to send)

TEST(DecodeChatRequestErrors, EmptyBodyShowsAMinimalRequest) {
  for (std::string_view b : {"", "   ", "\r\n\t"})
    EXPECT_TRUE(Rejects(
        b, "", {"The request body is empty", "'model' and 'messages'", R"("role": "user")"}));
}

TEST(DecodeChatRequestErrors, MalformedJson) {
  for (std::string_view b : {R"({"model":"m",)", R"({"model":"m"} extra)", "{model: 'm'}",
                             R"({"model":"m","messages":[}])", "nul", "\"unterminated"}) {
    EXPECT_TRUE(
        Rejects(b, "", {"We could not parse the JSON body of your request", "not valid JSON"}))
        << b;
  }
}

TEST(DecodeChatRequestErrors, InvalidUtf8IsRejectedAsNotJson) {
  const std::string b = body(std::string(R"("user":"bad )") + "\xff\xfe" + "\"");
  EXPECT_TRUE(Rejects(b, "", {"not valid JSON", "UTF-8"}));
  const std::string overlong = body(std::string(R"("user":")") + "\xc0\xaf" + "\"");
  EXPECT_TRUE(Rejects(overlong, "", {"UTF-8"}));
}

TEST(DecodeChatRequestErrors, BodyMustBeAnObject) {
  EXPECT_TRUE(Rejects("[]", "", {"must be a JSON object", "got an array"}));
  EXPECT_TRUE(Rejects("\"hi\"", "", {"must be a JSON object", "got a string"}));
  EXPECT_TRUE(Rejects("42", "", {"must be a JSON object", "got an integer"}));
  EXPECT_TRUE(Rejects("null", "", {"must be a JSON object", "got null"}));
}

TEST(DecodeChatRequestErrors, Model) {
  EXPECT_TRUE(Rejects(R"({"messages":[{"role":"user","content":"x"}]})", "model",
                      {"Missing required parameter: 'model'."}, "missing_required_parameter"));
  EXPECT_TRUE(Rejects(R"({"model":5,"messages":[]})", "model",
                      {"Invalid type for 'model'", "expected a string", "got an integer"},
                      "invalid_type"));
  EXPECT_TRUE(Rejects(R"({"model":"","messages":[{"role":"user","content":"x"}]})", "model",
                      {"expected a model id", "empty string"}, "invalid_value"));
}

TEST(DecodeChatRequestErrors, Messages) {
  EXPECT_TRUE(Rejects(R"({"model":"m"})", "messages", {"Missing required parameter: 'messages'."},
                      "missing_required_parameter"));
  EXPECT_TRUE(Rejects(R"({"model":"m","messages":[]})", "messages",
                      {"empty array", "non-empty array of message objects", R"("role": "user")"},
                      "empty_array"));
  EXPECT_TRUE(Rejects(R"({"model":"m","messages":"Hello"})", "messages",
                      {"Invalid type for 'messages'", "non-empty array", "got a string"},
                      "invalid_type"));
  EXPECT_TRUE(Rejects(R"({"model":"m","messages":null})", "messages", {"got null"}));
  EXPECT_TRUE(Rejects(R"({"model":"m","messages":[{"role":"user","content":"a"},"b"]})",
                      "messages[1]", {"a message object with 'role' and 'content'", "a string"}));
}

TEST(DecodeChatRequestErrors, Role) {
  EXPECT_TRUE(Rejects(R"({"model":"m","messages":[{"content":"x"}]})", "messages[0].role",
                      {"Missing required parameter: 'messages[0].role'."}));
  EXPECT_TRUE(Rejects(R"({"model":"m","messages":[{"role":"robot","content":"x"}]})",
                      "messages[0].role",
                      {"Invalid value for 'messages[0].role': 'robot'.",
                       "'system', 'developer', 'user', 'assistant', and 'tool'"},
                      "invalid_value"));
  EXPECT_TRUE(Rejects(R"({"model":"m","messages":[{"role":1,"content":"x"}]})", "messages[0].role",
                      {"expected a string", "got an integer"}));
  EXPECT_TRUE(Rejects(R"({"model":"m","messages":[{"role":"User","content":"x"}]})",
                      "messages[0].role", {"'User'"}));
}

TEST(DecodeChatRequestErrors, Content) {
  EXPECT_TRUE(Rejects(R"({"model":"m","messages":[{"role":"user"}]})", "messages[0].content",
                      {"Missing required parameter: 'messages[0].content'."}));
  EXPECT_TRUE(Rejects(R"({"model":"m","messages":[{"role":"system","content":null}]})",
                      "messages[0].content",
                      {"expected a string or an array of content parts", "got null"}));
  EXPECT_TRUE(Rejects(R"({"model":"m","messages":[{"role":"user","content":42}]})",
                      "messages[0].content", {"a string or an array", "got an integer"}));
  EXPECT_TRUE(Rejects(R"({"model":"m","messages":[{"role":"user","content":{"text":"x"}}]})",
                      "messages[0].content", {"got an object"}));
}

TEST(DecodeChatRequestErrors, ContentParts) {
  const auto with_parts = [](std::string_view parts) {
    return R"({"model":"m","messages":[{"role":"user","content":"x"},{"role":"user","content":[{"type":"text","text":"ok"},)" +
           std::string(parts) + "]}]}";
  };
  EXPECT_TRUE(Rejects(with_parts(R"("just text")"), "messages[1].content[1]",
                      {"a content part object such as", R"({"type": "text")"}));
  EXPECT_TRUE(Rejects(with_parts(R"({"text":"x"})"), "messages[1].content[1].type",
                      {"Missing required parameter: 'messages[1].content[1].type'."}));
  // Parts of other types are carried through (DecodeChatRequest.ContentPartsOfOtherTypes...).
  EXPECT_TRUE(Rejects(with_parts(R"({"type":"refusal"})"), "messages[1].content[1].refusal",
                      {"Missing required parameter: 'messages[1].content[1].refusal'."}));
  EXPECT_TRUE(Rejects(with_parts(R"({"type":"refusal","refusal":null})"),
                      "messages[1].content[1].refusal", {"expected a string", "got null"}));
  EXPECT_TRUE(
      Rejects(with_parts(R"({"type":7})"), "messages[1].content[1].type", {"expected a string"}));
  EXPECT_TRUE(Rejects(with_parts(R"({"type":"text"})"), "messages[1].content[1].text",
                      {"Missing required parameter"}));
  EXPECT_TRUE(Rejects(with_parts(R"({"type":"text","text":["a"]})"), "messages[1].content[1].text",
                      {"expected a string", "got an array"}));
  EXPECT_TRUE(Rejects(with_parts(R"({"type":"image_url"})"), "messages[1].content[1].image_url",
                      {"Missing required parameter"}));
  EXPECT_TRUE(Rejects(with_parts(R"({"type":"image_url","image_url":5})"),
                      "messages[1].content[1].image_url", {"an object with 'url'"}));
  EXPECT_TRUE(Rejects(with_parts(R"({"type":"image_url","image_url":{"detail":"low"}})"),
                      "messages[1].content[1].image_url.url", {"Missing required parameter"}));
  EXPECT_TRUE(Rejects(with_parts(R"({"type":"image_url","image_url":{"url":"u","detail":1}})"),
                      "messages[1].content[1].image_url.detail", {"a string or null"}));
}

TEST(DecodeChatRequestErrors, ToolMessageNeedsToolCallId) {
  EXPECT_TRUE(Rejects(R"({"model":"m","messages":[{"role":"tool","content":"42"}]})",
                      "messages[0].tool_call_id",
                      {"Missing required parameter: 'messages[0].tool_call_id'."}));
  EXPECT_TRUE(
      Rejects(R"({"model":"m","messages":[{"role":"tool","tool_call_id":null,"content":"42"}]})",
              "messages[0].tool_call_id", {"expected a string", "got null"}));
}

TEST(DecodeChatRequestErrors, MessageNameAndRefusal) {
  EXPECT_TRUE(Rejects(R"({"model":"m","messages":[{"role":"user","content":"x","name":5}]})",
                      "messages[0].name", {"a string or null", "got an integer"}));
  EXPECT_TRUE(
      Rejects(R"({"model":"m","messages":[{"role":"assistant","content":"x","refusal":{}}]})",
              "messages[0].refusal", {"a string or null"}));
}

TEST(DecodeChatRequestErrors, ToolCalls) {
  const auto with_calls = [](std::string_view calls) {
    return R"({"model":"m","messages":[{"role":"assistant","tool_calls":)" + std::string(calls) +
           "}]}";
  };
  EXPECT_TRUE(Rejects(with_calls(R"({"id":"c"})"), "messages[0].tool_calls",
                      {"an array of tool calls", "got an object"}));
  EXPECT_TRUE(Rejects(with_calls(R"(["c"])"), "messages[0].tool_calls[0]",
                      {"a tool call object with 'id', 'type' and 'function'"}));
  EXPECT_TRUE(Rejects(with_calls(R"([{"type":"function","function":{"name":"f"}}])"),
                      "messages[0].tool_calls[0].id", {"Missing required parameter"}));
  EXPECT_TRUE(Rejects(with_calls(R"([{"id":"c","type":"code","function":{"name":"f"}}])"),
                      "messages[0].tool_calls[0].type", {"'code'", "'function'"}));
  EXPECT_TRUE(Rejects(with_calls(R"([{"id":"c"}])"), "messages[0].tool_calls[0].function",
                      {"Missing required parameter"}));
  EXPECT_TRUE(Rejects(with_calls(R"([{"id":"c","function":"f"}])"),
                      "messages[0].tool_calls[0].function", {"an object with 'name' and"}));
  EXPECT_TRUE(Rejects(with_calls(R"([{"id":"c","function":{"arguments":"{}"}}])"),
                      "messages[0].tool_calls[0].function.name", {"Missing required parameter"}));
  EXPECT_TRUE(Rejects(with_calls(R"([{"id":"c","function":{"name":"f","arguments":5}}])"),
                      "messages[0].tool_calls[0].function.arguments", {"a string or null"}));
}

TEST(DecodeChatRequestErrors, NumbersOutOfRange) {
  EXPECT_TRUE(Rejects(body(R"("temperature":2.5)"), "temperature",
                      {"Invalid value for 'temperature'", "between 0 and 2", "got 2.5"},
                      "decimal_above_max_value"));
  EXPECT_TRUE(Rejects(body(R"("temperature":-0.1)"), "temperature", {"got -0.1"},
                      "decimal_below_min_value"));
  EXPECT_TRUE(Rejects(body(R"("top_p":1.01)"), "top_p", {"between 0 and 1"}));
  EXPECT_TRUE(Rejects(body(R"("frequency_penalty":-3)"), "frequency_penalty",
                      {"between -2 and 2", "got -3"}));
  EXPECT_TRUE(
      Rejects(body(R"("presence_penalty":2.0001)"), "presence_penalty", {"between -2 and 2"}));
  EXPECT_TRUE(Rejects(body(R"("max_tokens":0)"), "max_tokens",
                      {"Invalid value for 'max_tokens'", "an integer >= 1", "got 0"},
                      "integer_below_min_value"));
  EXPECT_TRUE(
      Rejects(body(R"("max_completion_tokens":-5)"), "max_completion_tokens", {">= 1", "got -5"}));
  EXPECT_TRUE(Rejects(body(R"("n":0)"), "n", {">= 1"}, "integer_below_min_value"));
}

TEST(DecodeChatRequestErrors, HugeNumbers) {
  // Beyond int64 but within uint64: named as too large.
  EXPECT_TRUE(Rejects(body(R"("max_tokens":18446744073709551615)"), "max_tokens", {"too large"},
                      "integer_above_max_value"));
  EXPECT_TRUE(Rejects(body(R"("seed":9223372036854775808)"), "seed", {"too large"},
                      "integer_above_max_value"));
  // An integral decimal beyond the int64 range, and integers wider than 64
  // bits (which simdjson cannot hold, json_input.hpp): too large, by name.
  EXPECT_TRUE(Rejects(body(R"("max_tokens":1e30)"), "max_tokens",
                      {"Invalid value for 'max_tokens'", "too large"}, "integer_above_max_value"));
  EXPECT_TRUE(Rejects(body(R"("max_tokens":123456789012345678901234567890)"), "max_tokens",
                      {"Invalid value for 'max_tokens'", "an integer >= 1", "too large"},
                      "integer_above_max_value"));
  EXPECT_TRUE(Rejects(body(R"("seed":12345678901234567890123)"), "seed",
                      {"Invalid value for 'seed'", "too large (above 9223372036854775807)"},
                      "integer_above_max_value"));
  EXPECT_TRUE(Rejects(body(R"("seed":-12345678901234567890123)"), "seed",
                      {"Invalid value for 'seed'", "too small"}, "integer_below_min_value"));
  EXPECT_TRUE(Rejects(body(R"("n":-12345678901234567890123)"), "n", {"too small"},
                      "integer_below_min_value"));
  EXPECT_TRUE(Rejects(body(R"("temperature":123456789012345678901234567890)"), "temperature",
                      {"between 0 and 2"}, "decimal_above_max_value"));
  EXPECT_TRUE(Rejects(body(R"("model":123456789012345678901234567890)"), "model",
                      {"expected a string"}, "invalid_type"));
  EXPECT_TRUE(Rejects(body(R"("temperature":1e308)"), "temperature", {"between 0 and 2"},
                      "decimal_above_max_value"));
  // Beyond what a double holds: not parsed.
  EXPECT_TRUE(Rejects(body(R"("temperature":1e400)"), "", {"not valid JSON", "number"}));
  EXPECT_TRUE(Rejects(body(R"("x":1e400,"y":123456789012345678901234567890)"), "",
                      {"not valid JSON", "number"}));
  // Still a JSON check: a wide integer does not excuse a broken body.
  EXPECT_TRUE(
      Rejects(R"({"model":"m","x":123456789012345678901234567890,)", "", {"not valid JSON"}));
}

TEST(DecodeChatRequestErrors, WrongTypes) {
  struct Case {
    const char* member;
    const char* param;
    const char* expected;
    const char* got;
  };
  for (const Case& c : {
           Case{R"("temperature":"0.5")", "temperature", "a number between 0 and 2", "a string"},
           Case{R"("top_p":true)", "top_p", "a number between 0 and 1", "a boolean"},
           Case{R"("max_tokens":"100")", "max_tokens", "a positive integer", "a string"},
           Case{R"("max_tokens":100.5)", "max_tokens", "a positive integer", "a decimal"},
           Case{R"("n":[2])", "n", "a positive integer", "an array"},
           Case{R"("seed":"x")", "seed", "an integer", "a string"},
           Case{R"("stream":"true")", "stream", "a boolean", "a string"},
           Case{R"("stream":1)", "stream", "a boolean", "an integer"},
           Case{R"("stream_options":true)", "stream_options", R"({"include_usage": true})",
                "a boolean"},
           Case{R"("stream_options":{"include_usage":"yes"})", "stream_options.include_usage",
                "a boolean", "a string"},
           Case{R"("stop":5)", "stop", "a string or an array of up to 4 strings", "an integer"},
           Case{R"("stop":["a",5])", "stop[1]", "a string", "an integer"},
           Case{R"("parallel_tool_calls":"no")", "parallel_tool_calls", "a boolean", "a string"},
           Case{R"("user":42)", "user", "a string or null", "an integer"},
           Case{R"("metadata":["a"])", "metadata", "an object mapping strings to strings",
                "an array"},
           Case{R"("metadata":{"a":"b","n":1})", "metadata.n", "a string", "an integer"},
           Case{R"("tools":{"type":"function"})", "tools", "an array of tool objects", "an object"},
           Case{R"("tool_choice":5)", "tool_choice", "'none', 'auto', 'required' or an object",
                "an integer"},
           Case{R"("response_format":"json_object")", "response_format",
                R"({"type": "json_object"})", "a string"},
       }) {
    EXPECT_TRUE(Rejects(body(c.member), c.param,
                        {"Invalid type for '", c.param, c.expected, "but got", c.got},
                        "invalid_type"))
        << c.member;
  }
}

TEST(DecodeChatRequestErrors, StopHasAtMostFourSequences) {
  EXPECT_TRUE(Rejects(body(R"("stop":["a","b","c","d","e"])"), "stop",
                      {"at most 4 strings", "got 5"}, "array_above_max_length"));
}

TEST(DecodeChatRequestErrors, Tools) {
  EXPECT_TRUE(Rejects(body(R"("tools":["get_weather"])"), "tools[0]",
                      {R"(a tool object such as {"type": "function")"}));
  EXPECT_TRUE(Rejects(body(R"("tools":[{"type":"retrieval"}])"), "tools[0].type",
                      {"'retrieval'", "'function'"}, "invalid_value"));
  EXPECT_TRUE(Rejects(body(R"("tools":[{"type":"function"}])"), "tools[0].function",
                      {"Missing required parameter: 'tools[0].function'."}));
  EXPECT_TRUE(Rejects(body(R"("tools":[{"type":"function","function":"f"}])"), "tools[0].function",
                      {"'name', 'description' and 'parameters'"}));
  EXPECT_TRUE(Rejects(body(R"("tools":[{"function":{"name":"a"}},{"function":{}}])"),
                      "tools[1].function.name", {"Missing required parameter"}));
  EXPECT_TRUE(Rejects(body(R"("tools":[{"function":{"name":""}}])"), "tools[0].function.name",
                      {"expected a function name", "empty string"}, "invalid_value"));
  EXPECT_TRUE(Rejects(body(R"("tools":[{"function":{"name":"f","parameters":"{}"}}])"),
                      "tools[0].function.parameters", {"a JSON Schema object", "a string"}));
  EXPECT_TRUE(Rejects(body(R"("tools":[{"function":{"name":"f","description":1}}])"),
                      "tools[0].function.description", {"a string or null"}));
  EXPECT_TRUE(Rejects(body(R"("tools":[{"function":{"name":"f","strict":"yes"}}])"),
                      "tools[0].function.strict", {"a boolean"}));
}

TEST(DecodeChatRequestErrors, ToolChoice) {
  EXPECT_TRUE(Rejects(body(R"("tool_choice":"any")"), "tool_choice",
                      {"'any'", "'none', 'auto', and 'required'"}, "invalid_value"));
  EXPECT_TRUE(Rejects(body(R"("tool_choice":{"function":{"name":"f"}})"), "tool_choice.type",
                      {"Missing required parameter"}));
  EXPECT_TRUE(Rejects(body(R"("tool_choice":{"type":"tool","function":{"name":"f"}})"),
                      "tool_choice.type", {"'tool'", "'function'"}));
  EXPECT_TRUE(Rejects(body(R"("tool_choice":{"type":"function"})"), "tool_choice.function",
                      {"Missing required parameter"}));
  EXPECT_TRUE(Rejects(body(R"("tool_choice":{"type":"function","function":"f"})"),
                      "tool_choice.function", {"an object with 'name'"}));
  EXPECT_TRUE(Rejects(body(R"("tool_choice":{"type":"function","function":{}})"),
                      "tool_choice.function.name", {"Missing required parameter"}));
}

TEST(DecodeChatRequestErrors, ResponseFormat) {
  EXPECT_TRUE(Rejects(body(R"("response_format":{})"), "response_format.type",
                      {"Missing required parameter: 'response_format.type'."}));
  EXPECT_TRUE(Rejects(body(R"("response_format":{"type":"xml"})"), "response_format.type",
                      {"'xml'", "'text', 'json_object', and 'json_schema'"}, "invalid_value"));
  EXPECT_TRUE(Rejects(body(R"("response_format":{"type":"json_schema"})"),
                      "response_format.json_schema", {"Missing required parameter"}));
  EXPECT_TRUE(Rejects(body(R"("response_format":{"type":"json_schema","json_schema":"s"})"),
                      "response_format.json_schema", {"an object with 'name' and 'schema'"}));
}

TEST(DecodeChatRequestErrors, BadValuesAreQuotedShortAndPrintable) {
  const std::string long_role(500, 'r');
  auto r = decode_chat_request(R"({"model":"m","messages":[{"role":")" + long_role +
                               R"(","content":"x"}]})");
  ASSERT_FALSE(r);
  EXPECT_LT(r.error().message.size(), 300u) << r.error().message;
  EXPECT_NE(r.error().message.find("..."), std::string::npos);

  auto ctl = decode_chat_request(R"({"model":"m","tool_choice":"a\u0001\nb","messages":[]})");
  ASSERT_FALSE(ctl);
  EXPECT_NE(ctl.error().message.find("'a??b'"), std::string::npos) << ctl.error().message;
}

TEST(DecodeChatRequestErrors, TheFirstProblemInTheBodyIsReported) {
  // Fields are checked in the order sent.
  EXPECT_TRUE(Rejects(R"({"temperature":9,"model":5})", "temperature", {}));
  EXPECT_TRUE(Rejects(R"({"model":5,"temperature":9})", "model", {}));
}

// ---------------------------------------------------------------------------
// encode_chat_request

TEST(EncodeChatRequest, FullRequestRoundTripsUnchanged) {
  // Every modelled field in the form the encoder writes it, plus unmodelled
  // fields at the top level and in messages.
  const std::string original = R"({
    "model": "gpt-4o",
    "messages": [
      {"role": "system", "content": "Be brief."},
      {"role": "developer", "content": "JSON only."},
      {"role": "user", "name": "alice", "content": [
        {"type": "text", "text": "What is this?"},
        {"type": "image_url", "image_url": {"url": "https://x/cat.png", "detail": "low"}},
        {"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA"}}],
       "cache_control": {"type": "ephemeral", "ttl": [1, 2.5, -3e-7, null, true, "s\"\\\n\u0001é"]}},
      {"role": "assistant", "content": null, "tool_calls": [
        {"id": "call_1", "type": "function",
         "function": {"name": "lookup", "arguments": "{\"q\":\"cat\"}"}}],
       "audio": {"id": "audio_1"}},
      {"role": "tool", "tool_call_id": "call_1", "content": "a cat"},
      {"role": "assistant", "content": "A cat.", "refusal": "no"}
    ],
    "temperature": 0.25, "top_p": 0.5, "frequency_penalty": -1.5, "presence_penalty": 2,
    "max_tokens": 100, "max_completion_tokens": 50, "n": 2, "seed": -7,
    "stop": ["\n\n", "END"],
    "stream": true, "stream_options": {"include_usage": true},
    "tools": [{"type": "function", "function": {"name": "lookup", "description": "Look up",
               "parameters": {"type": "object", "properties": {"q": {"type": "string"}}},
               "strict": true}}],
    "tool_choice": {"type": "function", "function": {"name": "lookup"}},
    "parallel_tool_calls": false,
    "response_format": {"type": "json_schema",
                        "json_schema": {"name": "a", "schema": {"type": "object"}, "strict": true}},
    "user": "u-1",
    "metadata": {"team": "search", "env": "prod"},
    "logprobs": true, "top_logprobs": 2, "logit_bias": {"50256": -100},
    "service_tier": "flex", "store": false, "prediction": null,
    "web_search_options": {"search_context_size": "low", "user_location": {"type": "approximate"}}
  })";
  const ChatRequest r = decode_ok(original);
  EXPECT_TRUE(JsonEq(encode_chat_request(r, ""), original));
}

// The encoder's output holds `piece` verbatim.
::testing::AssertionResult Holds(std::string_view out, std::string_view piece) {
  if (out.find(piece) != std::string_view::npos) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << "missing " << piece << "\n  in: " << out;
}

TEST(EncodeChatRequest, NestedUnknownMembersRoundTripByteForByte) {
  // Unknown members at every level the gateway models, in the client's
  // spacing and number spelling, several of them real OpenAI or
  // OpenAI-compatible fields the gateway has no type for.
  const std::string original = R"({"model":"m","messages":[
    {"role":"system","content":"s","cache_control": {"type":"ephemeral"}},
    {"role":"user","content":[
      {"type":"text","text":"hi","cache_control":{"type": "ephemeral", "ttl": "5m"}},
      {"type":"image_url","image_url":{"url":"https://x/a.png","detail":"low","max_pixels":1.50},"weight":2.0}]},
    {"role":"assistant","content":"ok","reasoning_content":"thought \"hard\"","prefix":true,
     "audio":{"id":"audio_1"},
     "tool_calls":[{"id":"c","type":"function","index":0,
                    "function":{"name":"f","arguments":"{}","thought_signature":"sig=="}}]},
    {"role":"tool","tool_call_id":"c","content":"42","is_error":false}],
  "stream":true,"stream_options":{"include_usage":false,"include_obfuscation":false,"chunk_ms":2.50},
  "tools":[{"type":"function","function":{"name":"f","description":"d","parameters":{"type":"object","properties":{"n":{"maximum":1.50}}},"x-priority":3},"cache_control":{"type":"ephemeral"}}],
  "tool_choice":{"type":"function","function":{"name":"f","hint":"now"},"disable_parallel":true},
  "response_format":{"type":"json_schema","json_schema":{"name":"n","strict":true,"schema":{"maximum": 2.50}},"x-mode":"lax"},
  "top_k":40,"min_p":0.050,"logit_bias":{"50256": -100.0}})";
  const std::string out = encode_chat_request(decode_ok(original), "");
  EXPECT_TRUE(JsonEq(out, std::string(original).replace(original.find(R"("include_usage":false)"),
                                                        21, R"("include_usage":true)")))
      << "the gateway asks for usage on every stream; nothing else changes";
  for (std::string_view piece : {
           R"("cache_control":{"type":"ephemeral"})",
           R"("cache_control":{"type": "ephemeral", "ttl": "5m"})",
           R"("max_pixels":1.50)",
           R"("weight":2.0)",
           R"("reasoning_content":"thought \"hard\"")",
           R"("prefix":true)",
           R"("audio":{"id":"audio_1"})",
           R"("index":0)",
           R"("thought_signature":"sig==")",
           R"("is_error":false)",
           R"("include_obfuscation":false)",
           R"("chunk_ms":2.50)",
           R"("parameters":{"type":"object","properties":{"n":{"maximum":1.50}}})",
           R"("x-priority":3)",
           R"("hint":"now")",
           R"("disable_parallel":true)",
           R"("json_schema":{"name":"n","strict":true,"schema":{"maximum": 2.50}})",
           R"("x-mode":"lax")",
           R"("top_k":40)",
           R"("min_p":0.050)",
           R"("logit_bias":{"50256": -100.0})",
       }) {
    EXPECT_TRUE(Holds(out, piece));
  }
}

TEST(EncodeChatRequest, ContentPartsOfEveryTypeRoundTrip) {
  const std::string audio =
      R"({"type": "input_audio", "input_audio": {"data": "UklGRiQAAABXQVZF", "format": "wav"}})";
  const std::string file = R"({"type":"file","file":{"file_id":"file-abc123","filename":"a.pdf"}})";
  const std::string future =
      R"({"type":"input_video","input_video":{"fps":2.50,"n":123456789012345678901234567890}})";
  const std::string original =
      R"({"model":"m","messages":[{"role":"user","content":[{"type":"text","text":"t"},)" + audio +
      "," + file + "," + future +
      R"(,{"type":"image_url","image_url":{"url":"u"}}]},{"role":"assistant","content":[{"type":"refusal","refusal":"no"}]}]})";
  const std::string out = encode_chat_request(decode_ok(original), "");
  EXPECT_TRUE(Holds(out, audio));
  EXPECT_TRUE(Holds(out, file));
  EXPECT_TRUE(Holds(out, future));
  EXPECT_TRUE(Holds(out, R"({"type":"refusal","refusal":"no"})"));
  // Same parts, same order; the part with a 96-bit integer is checked above.
  std::string comparable = original;
  comparable.replace(comparable.find(future), future.size(), "{}");
  std::string out_comparable = out;
  out_comparable.replace(out_comparable.find(future), future.size(), "{}");
  EXPECT_TRUE(JsonEq(out_comparable, comparable));
}

TEST(EncodeChatRequest, WideIntegersAndNumberSpellingsPassUnchanged) {
  const std::string original =
      R"({"model":"m","messages":[{"role":"user","content":"12345678901234567890123",)"
      R"("trace":{"id":-98765432109876543210987654321}}],"seed_big":12345678901234567890123,)"
      R"("price":2.50,"ratio":1E+2,"neg":-0.0,"list":[18446744073709551616, 1.0e-7],)"
      R"("tools":[{"type":"function","function":{"name":"f","parameters":{"maximum":340282366920938463463374607431768211456}}}],"seed":7})";
  const ChatRequest r = decode_ok(original);
  EXPECT_EQ(r.messages[0].text(), "12345678901234567890123");  // strings are never touched
  EXPECT_EQ(r.seed, 7);
  const std::string out = encode_chat_request(r, "");
  for (std::string_view piece : {
           R"("trace":{"id":-98765432109876543210987654321})",
           R"("seed_big":12345678901234567890123)",
           R"("price":2.50)",
           R"("ratio":1E+2)",
           R"("neg":-0.0)",
           R"("list":[18446744073709551616, 1.0e-7])",
           R"("parameters":{"maximum":340282366920938463463374607431768211456})",
           R"("content":"12345678901234567890123")",
           R"("seed":7)",
       }) {
    EXPECT_TRUE(Holds(out, piece));
  }
}

TEST(EncodeChatRequest, StreamOptionsGoOutOnlyWithAStream) {
  // Without `stream` OpenAI refuses stream_options; the gateway has always
  // left it out then, the client's other stream options with it.
  const Parsed out(encode_chat_request(
      decode_ok(body(R"("stream_options":{"include_usage":true,"include_obfuscation":false})")),
      ""));
  EXPECT_FALSE(out.has("/stream_options"));
}

TEST(EncodeChatRequest, UpstreamModelReplacesTheAlias) {
  const Parsed out(encode_chat_request(decode_ok(body()), "gpt-4o-mini-2024-07-18"));
  EXPECT_EQ(str(out["/model"]), "gpt-4o-mini-2024-07-18");
  const Parsed same(encode_chat_request(decode_ok(body()), ""));
  EXPECT_EQ(str(same["/model"]), "gpt-4o-mini");
}

TEST(EncodeChatRequest, StopAsAStringIsSentAsAnArray) {
  const Parsed out(encode_chat_request(decode_ok(body(R"("stop":"END")")), ""));
  EXPECT_TRUE(JsonEq(simdjson::to_string(out["/stop"]), R"(["END"])"));
}

TEST(EncodeChatRequest, StreamingAlwaysAsksTheUpstreamForUsage) {
  const Parsed out(encode_chat_request(decode_ok(body(R"("stream":true)")), ""));
  EXPECT_TRUE(bool(out["/stream"]));
  EXPECT_TRUE(bool(out["/stream_options/include_usage"]));
  const Parsed plain(encode_chat_request(decode_ok(body(R"("stream":false)")), ""));
  EXPECT_FALSE(plain.has("/stream"));
  EXPECT_FALSE(plain.has("/stream_options"));
}

TEST(EncodeChatRequest, OnlyFieldsThatWereSetAreWritten) {
  EXPECT_TRUE(JsonEq(encode_chat_request(decode_ok(body()), ""),
                     R"({"model":"gpt-4o-mini","messages":[{"role":"user","content":"Hi"}]})"));
}

TEST(EncodeChatRequest, ToolChoiceModes) {
  for (const char* mode : {"none", "auto", "required"}) {
    const Parsed out(
        encode_chat_request(decode_ok(body(std::string(R"("tool_choice":")") + mode + "\"")), ""));
    EXPECT_EQ(str(out["/tool_choice"]), mode);
  }
}

TEST(EncodeChatRequest, ResponseFormatTypes) {
  for (const char* type : {"text", "json_object"}) {
    const std::string rf = std::string(R"("response_format":{"type":")") + type + "\"}";
    EXPECT_TRUE(JsonEq(encode_chat_request(decode_ok(body(rf)), ""), body(rf)));
  }
}

TEST(EncodeChatRequest, BuiltInCodeValuesAreWrittenSafely) {
  // A request built in code, not decoded: absent content, a tool message,
  // numbers JSON cannot hold, text needing escapes.
  ChatRequest r;
  r.model = "m";
  Message& a = r.messages.emplace_back();
  a.role = Role::assistant;
  a.form = ContentForm::absent;
  auto& call = a.content.emplace_back().value.emplace<core::ToolUseBlock>();
  call.id = "call_9";
  call.name = "f";
  call.arguments = "{}";
  // A tool message without a result block (no id).
  const std::string text = "quote \" backslash \\ newline \n nul " + std::string(1, '\0') + " end";
  r.messages.push_back(core::text_message(Role::tool, text));
  r.temperature = std::nan("");
  r.top_p = std::numeric_limits<double>::infinity();
  r.tools.push_back({"", "f", "", "", std::nullopt});

  const Parsed out(encode_chat_request(r, ""));
  EXPECT_TRUE(out["/messages/0/content"].is_null());
  EXPECT_EQ(str(out["/messages/0/tool_calls/0/type"]), "function");
  EXPECT_EQ(str(out["/messages/1/tool_call_id"]), "");  // required on tool messages
  EXPECT_EQ(str(out["/messages/1/content"]), text);
  EXPECT_FALSE(out.has("/temperature"));
  EXPECT_FALSE(out.has("/top_p"));
  EXPECT_EQ(str(out["/tools/0/type"]), "function");
  EXPECT_FALSE(out.has("/tools/0/function/parameters"));
  EXPECT_FALSE(out.has("/tools/0/function/description"));
  EXPECT_FALSE(out.has("/tools/0/function/strict"));
}

// ---------------------------------------------------------------------------
// decode_chat_response: OpenAI's chat.completion objects

// As in the OpenAI API reference (chat.completion object).
constexpr std::string_view kOpenAICompletion = R"({
  "id": "chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT",
  "object": "chat.completion",
  "created": 1741569952,
  "model": "gpt-4.1-2025-04-14",
  "choices": [
    {
      "index": 0,
      "message": {
        "role": "assistant",
        "content": "Hello! How can I assist you today?",
        "refusal": null,
        "annotations": []
      },
      "logprobs": null,
      "finish_reason": "stop"
    }
  ],
  "usage": {
    "prompt_tokens": 19,
    "completion_tokens": 10,
    "total_tokens": 29,
    "prompt_tokens_details": {"cached_tokens": 3, "audio_tokens": 0},
    "completion_tokens_details": {
      "reasoning_tokens": 0, "audio_tokens": 0,
      "accepted_prediction_tokens": 0, "rejected_prediction_tokens": 0
    }
  },
  "service_tier": "default",
  "system_fingerprint": "fp_3a668b2eb1"
})";

constexpr std::string_view kOpenAIToolCallCompletion = R"({
  "id": "chatcmpl-abc123",
  "object": "chat.completion",
  "created": 1699896916,
  "model": "gpt-4o-mini",
  "choices": [
    {
      "index": 0,
      "message": {
        "role": "assistant",
        "content": null,
        "tool_calls": [
          {
            "id": "call_abc123",
            "type": "function",
            "function": {
              "name": "get_current_weather",
              "arguments": "{\n\"location\": \"Boston, MA\"\n}"
            }
          }
        ]
      },
      "logprobs": null,
      "finish_reason": "tool_calls"
    }
  ],
  "usage": {
    "prompt_tokens": 82,
    "completion_tokens": 17,
    "total_tokens": 99,
    "completion_tokens_details": {"reasoning_tokens": 0}
  }
})";

TEST(DecodeChatResponse, OpenAITextCompletion) {
  auto r = decode_chat_response(kOpenAICompletion);
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->id, "chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT");
  EXPECT_EQ(r->model, "gpt-4.1-2025-04-14");
  EXPECT_EQ(r->created, 1741569952);
  EXPECT_EQ(r->system_fingerprint, "fp_3a668b2eb1");
  ASSERT_EQ(r->choices.size(), 1u);
  const core::Choice& c = r->choices[0];
  EXPECT_EQ(c.index, 0);
  EXPECT_EQ(c.finish_reason.kind, core::FinishKind::stop);
  EXPECT_EQ(c.finish_reason.raw, "stop");
  EXPECT_EQ(c.message.role, Role::assistant);
  EXPECT_EQ(c.message.form, ContentForm::string);
  ASSERT_EQ(c.message.content.size(), 1u);  // null refusal: no refusal block
  EXPECT_EQ(block<core::TextBlock>(c.message, 0).text, "Hello! How can I assist you today?");
  // Unmodelled, non-null message fields are kept for the client.
  const std::vector<std::pair<std::string, std::string>> extra{{"annotations", "[]"}};
  EXPECT_EQ(c.message.extra, extra);
  ASSERT_TRUE(r->usage);
  EXPECT_EQ(r->usage->input_tokens, 19);
  EXPECT_EQ(r->usage->output_tokens, 10);
  EXPECT_EQ(r->usage->total_tokens, 29);
  EXPECT_EQ(r->usage->cache_read_tokens, 3);
}

TEST(DecodeChatResponse, OpenAIToolCallCompletion) {
  auto r = decode_chat_response(kOpenAIToolCallCompletion);
  ASSERT_TRUE(r) << r.error().message;
  const core::Choice& c = r->choices[0];
  EXPECT_EQ(c.finish_reason.kind, core::FinishKind::tool_use);
  EXPECT_EQ(c.finish_reason.raw, "tool_calls");
  EXPECT_EQ(c.message.form, ContentForm::absent);
  ASSERT_EQ(c.message.content.size(), 1u);
  const auto& call = block<core::ToolUseBlock>(c.message, 0);
  EXPECT_EQ(call.id, "call_abc123");
  EXPECT_EQ(call.name, "get_current_weather");
  EXPECT_EQ(call.arguments, "{\n\"location\": \"Boston, MA\"\n}");
  EXPECT_EQ(r->usage->cache_read_tokens, 0);
}

TEST(DecodeChatResponse, RefusalAndSeveralChoices) {
  auto r = decode_chat_response(R"({"id":"x","object":"chat.completion","created":1,"model":"m",
    "choices":[
      {"index":0,"message":{"role":"assistant","content":null,"refusal":"I can't help with that."},"finish_reason":"stop"},
      {"index":1,"message":{"role":"assistant","content":"Sure."},"finish_reason":"length"}]})");
  ASSERT_TRUE(r) << r.error().message;
  ASSERT_EQ(r->choices.size(), 2u);
  ASSERT_EQ(r->choices[0].message.content.size(), 1u);
  const auto& refusal = block<core::RefusalBlock>(r->choices[0].message, 0);
  EXPECT_EQ(refusal.text, "I can't help with that.");
  EXPECT_TRUE(refusal.member);
  EXPECT_EQ(r->choices[0].message.form, ContentForm::absent);
  EXPECT_EQ(r->choices[1].index, 1);
  EXPECT_EQ(r->choices[1].finish_reason.kind, core::FinishKind::length);
  EXPECT_EQ(r->choices[1].finish_reason.raw, "length");
  EXPECT_FALSE(r->usage);
}

TEST(DecodeChatResponse, ToleratesWhatOpenAICompatibleServersSend) {
  // Missing index, content as parts, arguments as an object, usage without
  // total, reasoning_content from a local server, null finish_reason.
  auto r = decode_chat_response(R"({"id":"x","model":"m","created":1.7e9,
    "choices":[{"message":{"role":"assistant",
       "content":[{"type":"text","text":"a"},{"type":"text","text":"b"}],
       "reasoning_content":"thinking...",
       "tool_calls":[{"id":"c","function":{"name":"f","arguments":{"k":1}}}]},
      "finish_reason":null}],
    "usage":{"prompt_tokens":5,"completion_tokens":7}})");
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->created, 1'700'000'000);
  const core::Choice& c = r->choices[0];
  EXPECT_EQ(c.index, 0);
  EXPECT_FALSE(c.finish_reason.finished());
  EXPECT_EQ(c.finish_reason.raw, "");
  EXPECT_EQ(c.message.text(), "a\nb");
  EXPECT_EQ(block<core::TextBlock>(c.message, 0).text, "a\nb");  // content first, then the calls
  EXPECT_EQ(block<core::ToolUseBlock>(c.message, 1).arguments, R"({"k":1})");
  const std::vector<std::pair<std::string, std::string>> extra{
      {"reasoning_content", R"("thinking...")"}};
  EXPECT_EQ(c.message.extra, extra);
  EXPECT_EQ(r->usage->total_tokens, 12);  // derived when absent
}

TEST(DecodeChatResponse, NotACompletionIsA502) {
  for (std::string_view b : {"", "not json", "[1,2]", R"({"choices":"none"})"}) {
    auto r = decode_chat_response(b);
    ASSERT_FALSE(r) << b;
    EXPECT_EQ(r.error().status, 502) << b;
    EXPECT_EQ(r.error().kind, core::ErrorKind::upstream) << b;
    EXPECT_FALSE(r.error().message.empty());
  }
}

TEST(DecodeChatResponse, ErrorObjectInA200IsARetryableUpstreamError) {
  auto r = decode_chat_response(
      R"({"error":{"message":"The server had an error","type":"server_error","param":null,"code":null}})");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().status, 502);
  EXPECT_TRUE(r.error().retryable);
  EXPECT_NE(r.error().message.find("The server had an error"), std::string::npos);
}

// ---------------------------------------------------------------------------
// decode_chat_chunk: OpenAI's chat.completion.chunk objects

TEST(DecodeChatChunk, OpenAITextStream) {
  auto first = decode_chat_chunk(
      R"({"id":"chatcmpl-123","object":"chat.completion.chunk","created":1694268190,"model":"gpt-4o-mini","system_fingerprint":"fp_44709d6fcb","choices":[{"index":0,"delta":{"role":"assistant","content":"","refusal":null},"logprobs":null,"finish_reason":null}],"usage":null})");
  ASSERT_TRUE(first) << first.error().message;
  EXPECT_EQ(first->id, "chatcmpl-123");
  EXPECT_EQ(first->model, "gpt-4o-mini");
  EXPECT_EQ(first->created, 1694268190);
  EXPECT_EQ(first->system_fingerprint, "fp_44709d6fcb");
  EXPECT_FALSE(first->usage);
  ASSERT_EQ(first->choices.size(), 1u);
  EXPECT_EQ(first->choices[0].role, Role::assistant);
  EXPECT_EQ(first->choices[0].content, "");  // present but empty
  EXPECT_FALSE(first->choices[0].refusal);   // null is absent
  EXPECT_FALSE(first->choices[0].finish_reason.finished());

  auto middle = decode_chat_chunk(
      R"({"id":"chatcmpl-123","object":"chat.completion.chunk","created":1694268190,"model":"gpt-4o-mini","system_fingerprint":"fp_44709d6fcb","choices":[{"index":0,"delta":{"content":"Hello"},"logprobs":null,"finish_reason":null}]})");
  ASSERT_TRUE(middle);
  EXPECT_FALSE(middle->choices[0].role);
  EXPECT_EQ(middle->choices[0].content, "Hello");

  auto last = decode_chat_chunk(
      R"({"id":"chatcmpl-123","object":"chat.completion.chunk","created":1694268190,"model":"gpt-4o-mini","system_fingerprint":"fp_44709d6fcb","choices":[{"index":0,"delta":{},"logprobs":null,"finish_reason":"stop"}]})");
  ASSERT_TRUE(last);
  EXPECT_FALSE(last->choices[0].content);
  EXPECT_EQ(last->choices[0].finish_reason.kind, core::FinishKind::stop);
  EXPECT_EQ(last->choices[0].finish_reason.raw, "stop");
}

TEST(DecodeChatChunk, OpenAIUsageChunk) {
  auto r = decode_chat_chunk(
      R"({"id":"chatcmpl-123","object":"chat.completion.chunk","created":1694268190,"model":"gpt-4o-mini","system_fingerprint":"fp_44709d6fcb","choices":[],"usage":{"prompt_tokens":9,"completion_tokens":12,"total_tokens":21,"prompt_tokens_details":{"cached_tokens":4,"audio_tokens":0},"completion_tokens_details":{"reasoning_tokens":0}}})");
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_TRUE(r->choices.empty());
  ASSERT_TRUE(r->usage);
  EXPECT_EQ(r->usage->input_tokens, 9);
  EXPECT_EQ(r->usage->output_tokens, 12);
  EXPECT_EQ(r->usage->total_tokens, 21);
  EXPECT_EQ(r->usage->cache_read_tokens, 4);
}

TEST(DecodeChatChunk, OpenAIToolCallDeltas) {
  auto first = decode_chat_chunk(
      R"({"id":"chatcmpl-9","object":"chat.completion.chunk","created":1,"model":"gpt-4o","choices":[{"index":0,"delta":{"role":"assistant","content":null,"tool_calls":[{"index":0,"id":"call_DdmO9pD3xa9XTPNJ32zg2hcA","type":"function","function":{"name":"get_weather","arguments":""}}],"refusal":null},"logprobs":null,"finish_reason":null}]})");
  ASSERT_TRUE(first) << first.error().message;
  const ChoiceDelta& d = first->choices[0];
  EXPECT_FALSE(d.content);
  ASSERT_EQ(d.tool_calls.size(), 1u);
  EXPECT_EQ(d.tool_calls[0].index, 0);
  EXPECT_EQ(d.tool_calls[0].id, "call_DdmO9pD3xa9XTPNJ32zg2hcA");
  EXPECT_EQ(d.tool_calls[0].name, "get_weather");
  EXPECT_EQ(d.tool_calls[0].arguments, "");

  auto fragment = decode_chat_chunk(
      R"({"id":"chatcmpl-9","object":"chat.completion.chunk","created":1,"model":"gpt-4o","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"{\"location\":\""}}]},"logprobs":null,"finish_reason":null}]})");
  ASSERT_TRUE(fragment);
  ASSERT_EQ(fragment->choices[0].tool_calls.size(), 1u);
  EXPECT_EQ(fragment->choices[0].tool_calls[0].id, "");
  EXPECT_EQ(fragment->choices[0].tool_calls[0].name, "");
  EXPECT_EQ(fragment->choices[0].tool_calls[0].arguments, "{\"location\":\"");

  // Parallel calls: the second call's index is 1.
  auto second = decode_chat_chunk(
      R"({"id":"chatcmpl-9","object":"chat.completion.chunk","created":1,"model":"gpt-4o","choices":[{"index":0,"delta":{"tool_calls":[{"index":1,"id":"call_2","type":"function","function":{"name":"get_time","arguments":"{}"}}]},"finish_reason":null}]})");
  ASSERT_TRUE(second);
  EXPECT_EQ(second->choices[0].tool_calls[0].index, 1);

  auto end = decode_chat_chunk(
      R"({"id":"chatcmpl-9","object":"chat.completion.chunk","created":1,"model":"gpt-4o","choices":[{"index":0,"delta":{},"logprobs":null,"finish_reason":"tool_calls"}]})");
  ASSERT_TRUE(end);
  EXPECT_EQ(end->choices[0].finish_reason.kind, core::FinishKind::tool_use);
  EXPECT_EQ(end->choices[0].finish_reason.raw, "tool_calls");
  EXPECT_TRUE(end->choices[0].tool_calls.empty());
}

TEST(DecodeChatChunk, RefusalDelta) {
  auto r = decode_chat_chunk(
      R"({"id":"c","choices":[{"index":0,"delta":{"refusal":"I can't"},"finish_reason":null}]})");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->choices[0].refusal, "I can't");
}

TEST(DecodeChatChunk, ErrorEventInTheStreamIsARetryableUpstreamError) {
  auto r = decode_chat_chunk(
      R"({"error":{"message":"Rate limit reached","type":"rate_limit_error","code":"rate_limit_exceeded"}})");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().status, 502);
  EXPECT_TRUE(r.error().retryable);
  EXPECT_NE(r.error().message.find("Rate limit reached"), std::string::npos);
  EXPECT_EQ(r.error().code, "rate_limit_exceeded");
}

TEST(DecodeChatChunk, NotAChunkIsA502) {
  for (std::string_view d : {"[DONE]", "", "{", "\"text\""}) {
    auto r = decode_chat_chunk(d);
    ASSERT_FALSE(r) << d;
    EXPECT_EQ(r.error().status, 502) << d;
  }
}

// ---------------------------------------------------------------------------
// encode_chat_response / encode_chat_chunk: OpenAI's wire shape

core::ChatResponse sample_response() {
  core::ChatResponse resp;
  resp.id = "chatcmpl-sy-1";
  resp.model = "gpt-4o-mini";
  resp.created = 1700000000;
  core::Choice& c = resp.choices.emplace_back();
  c.message = core::text_message(Role::assistant, "Hello \"world\"\n");
  c.finish_reason = {core::FinishKind::stop, "stop"};
  resp.usage = core::Usage{10, 5, 15, 2};
  return resp;
}

TEST(EncodeChatResponse, ChatCompletionObject) {
  const Parsed out(encode_chat_response(sample_response()));
  EXPECT_EQ(str(out["/id"]), "chatcmpl-sy-1");
  EXPECT_EQ(str(out["/object"]), "chat.completion");
  EXPECT_EQ(int64_t(out["/created"]), 1700000000);
  EXPECT_EQ(str(out["/model"]), "gpt-4o-mini");
  EXPECT_EQ(int64_t(out["/choices/0/index"]), 0);
  EXPECT_EQ(str(out["/choices/0/message/role"]), "assistant");
  EXPECT_EQ(str(out["/choices/0/message/content"]), "Hello \"world\"\n");
  EXPECT_TRUE(out["/choices/0/message/refusal"].is_null());
  EXPECT_FALSE(out.has("/choices/0/message/tool_calls"));
  EXPECT_TRUE(out["/choices/0/logprobs"].is_null());
  EXPECT_EQ(str(out["/choices/0/finish_reason"]), "stop");
  EXPECT_EQ(int64_t(out["/usage/prompt_tokens"]), 10);
  EXPECT_EQ(int64_t(out["/usage/completion_tokens"]), 5);
  EXPECT_EQ(int64_t(out["/usage/total_tokens"]), 15);
  EXPECT_EQ(int64_t(out["/usage/prompt_tokens_details/cached_tokens"]), 2);
  EXPECT_TRUE(out["/system_fingerprint"].is_null());
}

TEST(EncodeChatResponse, ToolCallsWithNullContent) {
  core::ChatResponse resp = sample_response();
  Message& m = resp.choices[0].message;
  m.form = ContentForm::absent;
  auto& call = m.content.emplace_back().value.emplace<core::ToolUseBlock>();
  call.id = "call_1";
  call.name = "get_weather";
  call.arguments = R"({"city":"Paris"})";
  resp.choices[0].finish_reason = {core::FinishKind::tool_use, {}};  // made here: OpenAI's word
  resp.usage.reset();
  resp.system_fingerprint = "fp_1";
  const Parsed out(encode_chat_response(resp));
  EXPECT_TRUE(out["/choices/0/message/content"].is_null());
  EXPECT_EQ(str(out["/choices/0/message/tool_calls/0/id"]), "call_1");
  EXPECT_EQ(str(out["/choices/0/message/tool_calls/0/type"]), "function");
  EXPECT_EQ(str(out["/choices/0/message/tool_calls/0/function/name"]), "get_weather");
  EXPECT_EQ(str(out["/choices/0/message/tool_calls/0/function/arguments"]), R"({"city":"Paris"})");
  EXPECT_EQ(str(out["/choices/0/finish_reason"]), "tool_calls");
  EXPECT_FALSE(out.has("/usage"));
  EXPECT_EQ(str(out["/system_fingerprint"]), "fp_1");
}

TEST(EncodeChatResponse, EmptyFinishReasonIsNullAndPartsAreFlattenedToText) {
  core::ChatResponse resp = sample_response();
  Message& m = resp.choices[0].message;
  m.form = ContentForm::blocks;
  m.content.resize(3);
  m.content[0].value.emplace<core::TextBlock>().text = "a";
  m.content[1].value.emplace<core::ImageBlock>().url = "http://x";
  m.content[2].value.emplace<core::TextBlock>().text = "b";
  resp.choices[0].finish_reason = {};
  const Parsed out(encode_chat_response(resp));
  EXPECT_EQ(str(out["/choices/0/message/content"]), "a\nb");
  EXPECT_TRUE(out["/choices/0/finish_reason"].is_null());
}

TEST(EncodeChatResponse, OpenAICompletionRoundTrips) {
  for (std::string_view wire : {kOpenAICompletion, kOpenAIToolCallCompletion}) {
    auto first = decode_chat_response(wire);
    ASSERT_TRUE(first);
    const std::string encoded = encode_chat_response(*first);
    auto second = decode_chat_response(encoded);
    ASSERT_TRUE(second) << encoded;
    EXPECT_EQ(encode_chat_response(*second), encoded);
    EXPECT_EQ(second->id, first->id);
    EXPECT_EQ(second->choices[0].message.content.size(), first->choices[0].message.content.size());
    EXPECT_EQ(second->choices[0].message.text(), first->choices[0].message.text());
    EXPECT_EQ(second->choices[0].message.form, first->choices[0].message.form);
    EXPECT_EQ(second->choices[0].message.extra, first->choices[0].message.extra);
    EXPECT_EQ(second->usage->total_tokens, first->usage->total_tokens);
  }
  // The annotations the upstream sent reach the client.
  const Parsed out(encode_chat_response(*decode_chat_response(kOpenAICompletion)));
  EXPECT_TRUE(out["/choices/0/message/annotations"].is_array());
}

TEST(EncodeChatChunk, ContentChunk) {
  ChatChunk chunk;
  chunk.id = "chatcmpl-1";
  chunk.model = "gpt-4o-mini";
  chunk.created = 1694268190;
  chunk.system_fingerprint = "fp_1";
  ChoiceDelta& d = chunk.choices.emplace_back();
  d.role = Role::assistant;
  d.content = "Hel";
  std::string out;
  encode_chat_chunk(chunk, out);
  const Parsed p(out);
  EXPECT_EQ(str(p["/id"]), "chatcmpl-1");
  EXPECT_EQ(str(p["/object"]), "chat.completion.chunk");
  EXPECT_EQ(int64_t(p["/created"]), 1694268190);
  EXPECT_EQ(str(p["/model"]), "gpt-4o-mini");
  EXPECT_EQ(str(p["/system_fingerprint"]), "fp_1");
  EXPECT_EQ(int64_t(p["/choices/0/index"]), 0);
  EXPECT_EQ(str(p["/choices/0/delta/role"]), "assistant");
  EXPECT_EQ(str(p["/choices/0/delta/content"]), "Hel");
  EXPECT_FALSE(p.has("/choices/0/delta/refusal"));
  EXPECT_FALSE(p.has("/choices/0/delta/tool_calls"));
  EXPECT_TRUE(p["/choices/0/logprobs"].is_null());
  EXPECT_TRUE(p["/choices/0/finish_reason"].is_null());
  EXPECT_FALSE(p.has("/usage"));
}

TEST(EncodeChatChunk, FinishChunkHasAnEmptyDelta) {
  ChatChunk chunk;
  chunk.id = "c";
  chunk.choices.emplace_back().finish_reason = {core::FinishKind::length, "length"};
  std::string out;
  encode_chat_chunk(chunk, out);
  const Parsed p(out);
  EXPECT_EQ(dom::object(p["/choices/0/delta"]).size(), 0u);
  EXPECT_EQ(str(p["/choices/0/finish_reason"]), "length");
  EXPECT_FALSE(p.has("/system_fingerprint"));
}

TEST(EncodeChatChunk, ToolCallDeltas) {
  ChatChunk chunk;
  chunk.id = "c";
  ChoiceDelta& d = chunk.choices.emplace_back();
  d.tool_calls.push_back({0, "call_1", "get_weather", ""});
  d.tool_calls.push_back({1, "", "", "{\"q\":"});
  std::string out;
  encode_chat_chunk(chunk, out);
  const Parsed p(out);
  EXPECT_EQ(int64_t(p["/choices/0/delta/tool_calls/0/index"]), 0);
  EXPECT_EQ(str(p["/choices/0/delta/tool_calls/0/id"]), "call_1");
  EXPECT_EQ(str(p["/choices/0/delta/tool_calls/0/type"]), "function");
  EXPECT_EQ(str(p["/choices/0/delta/tool_calls/0/function/name"]), "get_weather");
  EXPECT_EQ(str(p["/choices/0/delta/tool_calls/0/function/arguments"]), "");
  // A continuation carries only the index and the arguments fragment.
  EXPECT_EQ(int64_t(p["/choices/0/delta/tool_calls/1/index"]), 1);
  EXPECT_FALSE(p.has("/choices/0/delta/tool_calls/1/id"));
  EXPECT_FALSE(p.has("/choices/0/delta/tool_calls/1/type"));
  EXPECT_FALSE(p.has("/choices/0/delta/tool_calls/1/function/name"));
  EXPECT_EQ(str(p["/choices/0/delta/tool_calls/1/function/arguments"]), "{\"q\":");
}

TEST(EncodeChatChunk, UsageChunkHasNoChoices) {
  ChatChunk chunk;
  chunk.id = "c";
  chunk.usage = core::Usage{9, 12, 21, 0};
  std::string out;
  encode_chat_chunk(chunk, out);
  const Parsed p(out);
  EXPECT_EQ(dom::array(p["/choices"]).size(), 0u);
  EXPECT_EQ(int64_t(p["/usage/prompt_tokens"]), 9);
  EXPECT_EQ(int64_t(p["/usage/completion_tokens"]), 12);
  EXPECT_EQ(int64_t(p["/usage/total_tokens"]), 21);
}

TEST(EncodeChatChunk, AppendsToTheCallersBuffer) {
  ChatChunk chunk;
  chunk.id = "c";
  std::string out = "data: ";
  encode_chat_chunk(chunk, out);
  ASSERT_EQ(out.rfind("data: {", 0), 0u) << out;
  const Parsed p(out.substr(6));
  EXPECT_EQ(str(p["/id"]), "c");
}

TEST(EncodeChatChunk, DecodedChunksRoundTrip) {
  for (
      std::string_view wire : {
          R"({"id":"a","object":"chat.completion.chunk","created":5,"model":"m","system_fingerprint":"fp","choices":[{"index":0,"delta":{"role":"assistant","content":""},"logprobs":null,"finish_reason":null}]})",
          R"({"id":"a","object":"chat.completion.chunk","created":5,"model":"m","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"id":"call_1","type":"function","function":{"name":"f","arguments":""}}]},"logprobs":null,"finish_reason":null}]})",
          R"({"id":"a","object":"chat.completion.chunk","created":5,"model":"m","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"{}"}}]},"logprobs":null,"finish_reason":null}]})",
          R"({"id":"a","object":"chat.completion.chunk","created":5,"model":"m","choices":[{"index":0,"delta":{"refusal":"no"},"logprobs":null,"finish_reason":"stop"}]})",
          R"({"id":"a","object":"chat.completion.chunk","created":5,"model":"m","choices":[],"usage":{"prompt_tokens":1,"completion_tokens":2,"total_tokens":3,"prompt_tokens_details":{"cached_tokens":0}}})",
      }) {
    auto chunk = decode_chat_chunk(wire);
    ASSERT_TRUE(chunk) << wire;
    std::string out;
    encode_chat_chunk(*chunk, out);
    EXPECT_TRUE(JsonEq(out, wire));
  }
}

// ---------------------------------------------------------------------------
// encode_error / decode_upstream_error

TEST(EncodeError, OpenAIErrorObject) {
  const Parsed out(encode_error(core::Error::invalid("Missing required parameter: 'messages'.",
                                                     "messages", "missing_required_parameter")));
  EXPECT_EQ(dom::object(out.root).size(), 1u);
  EXPECT_EQ(str(out["/error/message"]), "Missing required parameter: 'messages'.");
  EXPECT_EQ(str(out["/error/type"]), "invalid_request_error");
  EXPECT_EQ(str(out["/error/param"]), "messages");
  EXPECT_EQ(str(out["/error/code"]), "missing_required_parameter");
}

TEST(EncodeError, EmptyParamAndCodeAreNull) {
  const Parsed out(encode_error(core::Error::internal("boom")));
  EXPECT_EQ(str(out["/error/type"]), "server_error");
  EXPECT_TRUE(out["/error/param"].is_null());
  EXPECT_TRUE(out["/error/code"].is_null());
}

TEST(EncodeError, TypeFollowsTheKind) {
  using K = core::ErrorKind;
  struct Case {
    K kind;
    int status;
    std::string_view type;
  };
  for (const Case& c : {
           Case{K::invalid_request, 400, "invalid_request_error"},
           Case{K::not_found, 404, "invalid_request_error"},
           Case{K::method_not_allowed, 405, "invalid_request_error"},
           Case{K::payload_too_large, 413, "invalid_request_error"},
           Case{K::authentication, 401, "authentication_error"},
           Case{K::permission, 403, "permission_error"},
           Case{K::rate_limited, 429, "rate_limit_error"},
           Case{K::upstream, 401, "authentication_error"},
           Case{K::upstream, 403, "permission_error"},
           Case{K::upstream, 429, "rate_limit_error"},
           Case{K::upstream, 422, "invalid_request_error"},
           Case{K::upstream, 500, "server_error"},
           Case{K::upstream, 502, "server_error"},
           Case{K::upstream_unreachable, 502, "server_error"},
           Case{K::timeout, 504, "server_error"},
           Case{K::unavailable, 503, "server_error"},
           Case{K::internal, 500, "server_error"},
       }) {
    const Parsed out(encode_error(core::Error{c.kind, c.status, "m", {}, {}, false}));
    EXPECT_EQ(str(out["/error/type"]), c.type)
        << "kind " << static_cast<int>(c.kind) << " status " << c.status;
  }
}

TEST(EncodeError, MessagesWithQuotesAndControlCharactersStayValidJson) {
  const std::string message = "bad \"value\"\n\t\\ \x01 é";
  const Parsed out(encode_error(core::Error::invalid(message, "messages[0].content")));
  EXPECT_EQ(str(out["/error/message"]), message);
  EXPECT_EQ(str(out["/error/param"]), "messages[0].content");
}

TEST(DecodeUpstreamError, OpenAIErrorBodyKeepsStatusMessageParamAndCode) {
  const core::Error e = decode_upstream_error(
      429,
      R"({"error":{"message":"Rate limit reached for gpt-4o","type":"requests","param":null,"code":"rate_limit_exceeded"}})");
  EXPECT_EQ(e.status, 429);
  EXPECT_EQ(e.kind, core::ErrorKind::rate_limited);
  EXPECT_TRUE(e.retryable);
  EXPECT_EQ(e.message, "Rate limit reached for gpt-4o");
  EXPECT_EQ(e.code, "rate_limit_exceeded");
  EXPECT_EQ(e.param, "");

  const core::Error bad = decode_upstream_error(
      400,
      R"({"error":{"message":"Invalid value for 'temperature'","type":"invalid_request_error","param":"temperature","code":"decimal_above_max_value"}})");
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(bad.kind, core::ErrorKind::invalid_request);
  EXPECT_FALSE(bad.retryable);
  EXPECT_EQ(bad.param, "temperature");
  EXPECT_EQ(bad.code, "decimal_above_max_value");
}

TEST(DecodeUpstreamError, StatusDecidesRetryability) {
  EXPECT_FALSE(
      decode_upstream_error(401, R"({"error":{"message":"Incorrect API key"}})").retryable);
  EXPECT_EQ(decode_upstream_error(401, R"({"error":{"message":"x"}})").kind,
            core::ErrorKind::authentication);
  EXPECT_FALSE(decode_upstream_error(404, "").retryable);
  EXPECT_TRUE(decode_upstream_error(408, "").retryable);
  EXPECT_TRUE(decode_upstream_error(500, "").retryable);
  EXPECT_TRUE(decode_upstream_error(503, "").retryable);
  EXPECT_EQ(decode_upstream_error(504, "").kind, core::ErrorKind::timeout);
}

TEST(DecodeUpstreamError, OtherServersErrorShapes) {
  // Ollama and others: {"error": "text"}.
  const core::Error ollama = decode_upstream_error(404, R"({"error":"model 'llama9' not found"})");
  EXPECT_EQ(ollama.status, 404);
  EXPECT_EQ(ollama.kind, core::ErrorKind::not_found);
  EXPECT_EQ(ollama.message, "model 'llama9' not found");
  // vLLM: a flat error object.
  const core::Error vllm = decode_upstream_error(
      400,
      R"({"object":"error","message":"max_tokens is too large","type":"BadRequestError","param":null,"code":400})");
  EXPECT_EQ(vllm.message, "max_tokens is too large");
  EXPECT_EQ(vllm.kind, core::ErrorKind::invalid_request);
  EXPECT_EQ(vllm.code, "400");
}

TEST(DecodeUpstreamError, NonJsonBodyIsQuotedShortAndPrintable) {
  const core::Error html = decode_upstream_error(
      502, "<html>\n<head><title>502 Bad Gateway</title></head>\n<body>nginx</body>\n</html>");
  EXPECT_EQ(html.status, 502);
  EXPECT_TRUE(html.retryable);
  EXPECT_EQ(html.message,
            "upstream returned HTTP 502: <html> <head><title>502 Bad Gateway</title></head> "
            "<body>nginx</body> </html>");

  const core::Error empty = decode_upstream_error(500, "");
  EXPECT_EQ(empty.message, "upstream returned HTTP 500 with an empty body");

  const core::Error big = decode_upstream_error(500, std::string(10'000, 'x') + "\x01");
  EXPECT_LT(big.message.size(), 300u);
  EXPECT_NE(big.message.find("..."), std::string::npos);
}

TEST(DecodeUpstreamError, StatusOutsideTheErrorRangeBecomes502) {
  const core::Error e = decode_upstream_error(200, "oops");
  EXPECT_EQ(e.status, 502);
  EXPECT_TRUE(e.retryable);
  EXPECT_NE(e.message.find("HTTP 200"), std::string::npos);
}

}  // namespace
}  // namespace switchyard::api::openai
