// The gateway in-process in front of the in-process llama.cpp engine
// (provider kind llama) serving a tiny random-weight model: the answers are
// noise, so the tests check structure, usage, determinism and errors.
#ifdef SWITCHYARD_HAVE_LLAMA

#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <stdexcept>

#include "local/test_tools.hpp"
#include "support/error_body.hpp"
#include "support/json_compare.hpp"
#include "support/loopback_gateway.hpp"
#include "support/sse_events.hpp"
#include "support/temp_ledger.hpp"
#include "support/tiny_model.hpp"
#include "switchyard/config/config.hpp"
#include "switchyard/gateway/gateway.hpp"

namespace switchyard::gateway {
namespace {

using testing::parse_error;
using testing::Parsed;
using testing::str;
using testing::TestResponse;

std::string body(const std::string& text, const std::string& extra = {}) {
  return R"({"model":"local","messages":[{"role":"system","content":"be brief"},)"
         R"({"role":"user","content":")" +
         text + R"("}])" + extra + "}";
}

class LlamaGatewayTest : public ::testing::Test {
 protected:
  void TearDown() override { gw_.stop(); }

  std::string yaml(const std::string& model_path, const std::string& server_extra = {},
                   int context_size = 256) {
    return testing::loopback_server_yaml() + server_extra +
           "providers:\n"
           "  - name: engine\n    kind: llama\n    model_path: " +
           model_path + "\n    context_size: " + std::to_string(context_size) +
           "\n    threads: 1\n    parallel: 2\n    batch_size: 64\n"
           "models:\n"
           "  - alias: local\n    deployments:\n"
           "      - { provider: engine, model: tiny-llama, side: local }\n" +
           ledger_.yaml();
  }

  void start(const std::string& server_extra = {}, int context_size = 256) {
    gw_.start(yaml(local::testing::tiny_model_path(), server_extra, context_size));
  }

  // The parsed JSON body of a 200 answer.
  std::unique_ptr<testing::Parsed> answer(const std::string& request_body) {
    TestResponse r = chat(request_body);
    EXPECT_EQ(r.status, 200u) << r.body;
    return std::make_unique<testing::Parsed>(r.body);
  }

  // A string of the first choice ("" when it is not a string, such as null).
  static std::string choice_text(const testing::Parsed& a, const std::string& path) {
    if (!a.has("/choices/0")) return "<no choices>";
    std::string_view text;
    if (!a.has("/choices/0" + path) || a["/choices/0" + path].get_string().get(text)) return "";
    return std::string(text);
  }
  static std::string content(const testing::Parsed& a) {
    return choice_text(a, "/message/content");
  }
  static std::string finish_reason(const testing::Parsed& a) {
    return choice_text(a, "/finish_reason");
  }
  static double usage(const testing::Parsed& a, const char* key) {
    return double(a[std::string("/usage/") + key]);
  }

  TestResponse chat(const std::string& request_body) {
    return gw_.post("/v1/chat/completions", request_body);
  }

  testing::TempLedger ledger_{"switchyard-llama"};
  testing::LoopbackGateway gw_;
};

TEST_F(LlamaGatewayTest, AnswersFromTheInProcessModelWithUsageAndLocalSide) {
  start();
  TestResponse r = chat(body("hello there", R"(,"max_tokens":6,"seed":3)"));
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-side"), "local");
  EXPECT_EQ(r.header("x-switchyard-deployment"), "engine/tiny-llama");
  const testing::Parsed a(r.body);
  EXPECT_EQ(testing::str(a["/object"]), "chat.completion");
  EXPECT_EQ(testing::str(a["/id"]).rfind("chatcmpl-", 0), 0u);
  EXPECT_EQ(testing::str(a["/model"]), "tiny-llama");
  EXPECT_GT(double(a["/created"]), 1.7e9);
  EXPECT_GT(usage(a, "prompt_tokens"), 5);
  EXPECT_GE(usage(a, "completion_tokens"), 1);
  EXPECT_LE(usage(a, "completion_tokens"), 6);
  EXPECT_EQ(usage(a, "total_tokens"), usage(a, "prompt_tokens") + usage(a, "completion_tokens"));
}

TEST_F(LlamaGatewayTest, MaxTokensEndsWithLengthAndExactlyThatManyTokens) {
  start();
  auto a = answer(body("count", R"(,"max_completion_tokens":5,"seed":11)"));
  EXPECT_EQ(finish_reason(*a), "length") << content(*a);
  EXPECT_EQ(usage(*a, "completion_tokens"), 5);
}

TEST_F(LlamaGatewayTest, TheSameSeedGivesTheSameAnswer) {
  start();
  const std::string request = body("tell me", R"(,"max_tokens":8,"seed":42,"temperature":1.0)");
  auto first = answer(request);
  auto second = answer(request);
  EXPECT_EQ(content(*first), content(*second));
  EXPECT_EQ(usage(*first, "completion_tokens"), usage(*second, "completion_tokens"));
}

TEST_F(LlamaGatewayTest, StreamsChunksThenAFinishChunkAndDone) {
  start();
  TestResponse r = chat(
      body("stream please",
           R"(,"max_tokens":6,"seed":5,"stream":true,"stream_options":{"include_usage":true})"));
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("content-type"), "text/event-stream");
  EXPECT_EQ(r.header("x-switchyard-side"), "local");
  const auto events = testing::sse_payloads(r.body);
  ASSERT_FALSE(events.empty()) << r.body;
  for (const auto& e : events) EXPECT_EQ(str(Parsed(e)["/object"]), "chat.completion.chunk") << e;
  const Parsed first(events.front());
  EXPECT_TRUE(first.has("/choices/0/delta/role") &&
              str(first["/choices/0/delta/role"]) == "assistant")
      << r.body;
  std::string finish;  // the finish chunk's reason
  for (const auto& e : events) {
    const Parsed chunk(e);
    if (chunk.has("/choices/0/finish_reason") && chunk["/choices/0/finish_reason"].is_string())
      finish = str(chunk["/choices/0/finish_reason"]);
  }
  EXPECT_TRUE(finish == "length" || finish == "stop") << r.body;
  const Parsed last(events.back());  // the usage chunk
  EXPECT_TRUE(last.has("/usage/completion_tokens") && last["/usage/completion_tokens"].is_int64())
      << r.body;
  EXPECT_TRUE(testing::ends_with_done(r.body)) << r.body;
}

TEST_F(LlamaGatewayTest, JsonObjectResponseFormatGivesJson) {
  start();
  auto a = answer(body("json please", R"(,"max_tokens":60,"seed":9,"temperature":0.7,)"
                                      R"("response_format":{"type":"json_object"})"));
  const std::string text = content(*a);
  ASSERT_FALSE(text.empty());
  EXPECT_EQ(text[0], '{') << text;
  if (finish_reason(*a) == "stop") {
    simdjson::dom::parser parser;
    simdjson::dom::element json;
    EXPECT_EQ(parser.parse(text).get(json), simdjson::SUCCESS) << text;
  }
}

// The bounded_tools() of the local tests, as a client sends them.
const char* const kToolsJson =
    R"(,"tools":[{"type":"function","function":{"name":"get_weather",)"
    R"("description":"Current weather in a city","parameters":{"type":"object","properties":{)"
    R"("city":{"type":"string","enum":["Paris","Rome"]},"days":{"type":"integer"},)"
    R"("units":{"type":"string","maxLength":6}},"required":["city","days"]}}},)"
    R"({"type":"function","function":{"name":"get_time","description":"The time in a zone",)"
    R"("parameters":{"type":"object","properties":{"utc":{"type":"boolean"}},"required":["utc"]}}}])";

TEST_F(LlamaGatewayTest, ToolChoiceRequiredAnswersWithOpenAIToolCalls) {
  start({}, 1024);
  auto a =
      answer(body("weather in Paris?", std::string(kToolsJson) + R"(,"tool_choice":"required",)"
                                                                 R"("parallel_tool_calls":false,)"
                                                                 R"("max_tokens":200,"seed":3)"));
  ASSERT_EQ(finish_reason(*a), "tool_calls") << a->json;
  const testing::Parsed& reply = *a;
  EXPECT_TRUE(reply["/choices/0/message/content"].is_null());
  simdjson::dom::array calls;
  ASSERT_EQ(reply["/choices/0/message/tool_calls"].get_array().get(calls), simdjson::SUCCESS)
      << reply.json;
  ASSERT_EQ(calls.size(), 1u) << reply.json;
  EXPECT_EQ(testing::str(reply["/choices/0/message/tool_calls/0/id"]).rfind("call_", 0), 0u);
  EXPECT_EQ(testing::str(reply["/choices/0/message/tool_calls/0/type"]), "function");
  local::testing::expect_valid_arguments(
      std::string(testing::str(reply["/choices/0/message/tool_calls/0/function/name"])),
      std::string(testing::str(reply["/choices/0/message/tool_calls/0/function/arguments"])));
}

TEST_F(LlamaGatewayTest, AStreamedToolCallArrivesAsToolCallDeltas) {
  start({}, 1024);
  TestResponse r =
      chat(body("weather in Rome?",
                std::string(kToolsJson) +
                    R"(,"tool_choice":{"type":"function","function":{"name":"get_weather"}},)"
                    R"("max_tokens":200,"seed":4,"stream":true)"));
  ASSERT_EQ(r.status, 200u) << r.body;
  const auto events = testing::sse_payloads(r.body);
  bool opened = false;  // a first tool-call delta: index, id, name, empty arguments
  std::string finish;
  for (const auto& e : events) {
    const Parsed chunk(e);
    EXPECT_FALSE(chunk.has("/choices/0/delta/content")) << "a content delta: " << e;
    if (chunk.has("/choices/0/finish_reason") && chunk["/choices/0/finish_reason"].is_string())
      finish = str(chunk["/choices/0/finish_reason"]);
    if (!opened && chunk.has("/choices/0/delta/tool_calls/0/id")) {
      opened = true;
      EXPECT_EQ(int64_t(chunk["/choices/0/delta/tool_calls/0/index"]), 0) << e;
      EXPECT_EQ(str(chunk["/choices/0/delta/tool_calls/0/id"]).rfind("call_", 0), 0u) << e;
      EXPECT_EQ(str(chunk["/choices/0/delta/tool_calls/0/function/name"]), "get_weather") << e;
      EXPECT_EQ(str(chunk["/choices/0/delta/tool_calls/0/function/arguments"]), "") << e;
    }
  }
  EXPECT_TRUE(opened) << r.body;
  EXPECT_EQ(finish, "tool_calls") << r.body;
  EXPECT_EQ(r.body.find("<tool_call>"), std::string::npos) << r.body;
}

TEST_F(LlamaGatewayTest, APromptLongerThanTheContextIsA400InOpenAIFormat) {
  start();
  std::string long_text;
  for (int i = 0; i < 400; ++i) long_text += "word" + std::to_string(i) + " ";
  TestResponse r = chat(body(long_text));
  EXPECT_EQ(r.status, 400u) << r.body;
  EXPECT_EQ(parse_error(r.body).code, "context_length_exceeded") << r.body;
}

TEST_F(LlamaGatewayTest, AGenerationPastTheDeadlineIsCancelledWithATimeout) {
  start("  request_timeout_ms: 60\n");
  const auto begun = std::chrono::steady_clock::now();
  // No max_tokens: the model would write until its context is full.
  TestResponse r = chat(body("go on", R"(,"seed":1)"));
  EXPECT_EQ(r.status, 504u) << r.body;
  EXPECT_LT(std::chrono::steady_clock::now() - begun, std::chrono::seconds(5));
}

TEST_F(LlamaGatewayTest, MoreThanOneChoiceIsA400) {
  start();
  TestResponse r = chat(body("hi", R"(,"n":2)"));
  EXPECT_EQ(r.status, 400u) << r.body;
  EXPECT_EQ(parse_error(r.body).param, "n") << r.body;
}

TEST_F(LlamaGatewayTest, ContentPartsThatAreNotTextAreA400InOpenAIFormat) {
  start();
  for (const std::string& part :
       {std::string(R"({"type":"input_audio","input_audio":{"data":"UklG","format":"wav"}})"),
        std::string(R"({"type":"image_url","image_url":{"url":"https://x/cat.png"}})")}) {
    TestResponse r = chat(
        R"({"model":"local","messages":[{"role":"user","content":[{"type":"text","text":"hi"},)" +
        part + "]}]}");
    EXPECT_EQ(r.status, 400u) << r.body;
    const auto e = parse_error(r.body);
    EXPECT_EQ(e.type, "invalid_request_error") << r.body;
    EXPECT_EQ(e.param, "messages[0].content[1]") << r.body;
    EXPECT_TRUE(e.says("the local model takes only text")) << r.body;
  }
  // Text and refusal parts are text.
  TestResponse ok = chat(
      R"({"model":"local","max_tokens":2,"messages":[{"role":"user","content":[{"type":"text","text":"hi"}]},)"
      R"({"role":"assistant","content":[{"type":"refusal","refusal":"no"}]},{"role":"user","content":"ok"}]})");
  EXPECT_EQ(ok.status, 200u) << ok.body;
}

TEST_F(LlamaGatewayTest, AMissingModelFileStopsTheStartNamingTheFile) {
  const std::string missing = "/nonexistent/dir/no-such-model.gguf";
  auto loaded = config::load_config_text(yaml(missing), "test.yaml");
  ASSERT_TRUE(loaded.config);
  try {
    Gateway g(std::move(*loaded.config));
    FAIL() << "the gateway started without its model";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find(missing), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace switchyard::gateway

#endif  // SWITCHYARD_HAVE_LLAMA
