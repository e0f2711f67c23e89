// The gateway in-process in front of the in-process llama.cpp engine
// (provider kind llama) serving a tiny random-weight model: the answers are
// noise, so the tests check structure, usage, determinism and errors.
#ifdef SWITCHYARD_HAVE_LLAMA

#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <stdexcept>

#include "local/test_model.hpp"
#include "local/test_tools.hpp"
#include "support/http_client.hpp"
#include "support/json_compare.hpp"
#include "support/temp_ledger.hpp"
#include "switchyard/config/config.hpp"
#include "switchyard/gateway/gateway.hpp"

namespace switchyard::gateway {
namespace {

using testing::post_json;
using testing::TestResponse;

std::string body(const std::string& text, const std::string& extra = {}) {
  return R"({"model":"local","messages":[{"role":"system","content":"be brief"},)"
         R"({"role":"user","content":")" +
         text + R"("}])" + extra + "}";
}

class LlamaGatewayTest : public ::testing::Test {
 protected:
  void TearDown() override {
    if (server_) server_->shutdown(std::chrono::seconds(5));
    gateway_.reset();
  }

  std::string yaml(const std::string& model_path, const std::string& server_extra = {},
                   int context_size = 256) {
    return "server:\n  listen: 127.0.0.1:0\n  threads: 1\n" + server_extra +
           "providers:\n"
           "  - name: engine\n    kind: llama\n    model_path: " +
           model_path + "\n    context_size: " + std::to_string(context_size) +
           "\n    threads: 1\n    parallel: 2\n    batch_size: 64\n"
           "models:\n"
           "  - alias: local\n    deployments:\n"
           "      - { provider: engine, model: tiny-llama, side: local }\n"
           "ledger:\n  path: " +
           ledger_.path() + "\n";
  }

  void start(const std::string& server_extra = {}, int context_size = 256) {
    auto loaded = config::load_config_text(
        yaml(local::testing::tiny_model_path(), server_extra, context_size), "test.yaml");
    ASSERT_TRUE(loaded.config) << (loaded.problems.empty() ? "" : loaded.problems[0].to_string());
    gateway_ = std::make_unique<Gateway>(std::move(*loaded.config));
    server_ = std::make_unique<http::Server>(
        gateway_->server_options(),
        [g = gateway_.get()](http::Request& r, http::ResponseWriter& w) {
          return g->handle(r, w);
        });
    server_->start();
    port_ = server_->port();
  }

  // The parsed JSON body of a 200 answer.
  std::unique_ptr<testing::Parsed> answer(const std::string& request_body) {
    TestResponse r = post_json(port_, "/v1/chat/completions", request_body);
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

  testing::TempLedger ledger_{"switchyard-llama"};
  std::unique_ptr<Gateway> gateway_;
  std::unique_ptr<http::Server> server_;
  std::uint16_t port_ = 0;
};

TEST_F(LlamaGatewayTest, AnswersFromTheInProcessModelWithUsageAndLocalSide) {
  start();
  TestResponse r =
      post_json(port_, "/v1/chat/completions", body("hello there", R"(,"max_tokens":6,"seed":3)"));
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
  TestResponse r = post_json(
      port_, "/v1/chat/completions",
      body("stream please",
           R"(,"max_tokens":6,"seed":5,"stream":true,"stream_options":{"include_usage":true})"));
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("content-type"), "text/event-stream");
  EXPECT_EQ(r.header("x-switchyard-side"), "local");
  EXPECT_NE(r.body.find("chat.completion.chunk"), std::string::npos);
  EXPECT_NE(r.body.find(R"("role":"assistant")"), std::string::npos) << r.body;
  EXPECT_TRUE(r.body.find(R"("finish_reason":"length")") != std::string::npos ||
              r.body.find(R"("finish_reason":"stop")") != std::string::npos)
      << r.body;
  EXPECT_NE(r.body.find("\"completion_tokens\""), std::string::npos) << r.body;
  const std::string done = "data: [DONE]\n\n";
  ASSERT_GE(r.body.size(), done.size());
  EXPECT_EQ(r.body.substr(r.body.size() - done.size()), done);
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
      post_json(port_, "/v1/chat/completions",
                body("weather in Rome?",
                     std::string(kToolsJson) +
                         R"(,"tool_choice":{"type":"function","function":{"name":"get_weather"}},)"
                         R"("max_tokens":200,"seed":4,"stream":true)"));
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_NE(r.body.find(R"("tool_calls":[{"index":0,"id":"call_)"), std::string::npos) << r.body;
  EXPECT_NE(r.body.find(R"("name":"get_weather","arguments":"")"), std::string::npos) << r.body;
  EXPECT_NE(r.body.find(R"("finish_reason":"tool_calls")"), std::string::npos) << r.body;
  EXPECT_EQ(r.body.find("<tool_call>"), std::string::npos) << r.body;
  EXPECT_EQ(r.body.find(R"("content")"), std::string::npos) << r.body;
}

TEST_F(LlamaGatewayTest, APromptLongerThanTheContextIsA400InOpenAIFormat) {
  start();
  std::string long_text;
  for (int i = 0; i < 400; ++i) long_text += "word" + std::to_string(i) + " ";
  TestResponse r = post_json(port_, "/v1/chat/completions", body(long_text));
  EXPECT_EQ(r.status, 400u) << r.body;
  EXPECT_NE(r.body.find(R"("code":"context_length_exceeded")"), std::string::npos) << r.body;
  EXPECT_NE(r.body.find(R"("error":{)"), std::string::npos) << r.body;
}

TEST_F(LlamaGatewayTest, AGenerationPastTheDeadlineIsCancelledWithATimeout) {
  start("  request_timeout_ms: 60\n");
  const auto begun = std::chrono::steady_clock::now();
  // No max_tokens: the model would write until its context is full.
  TestResponse r = post_json(port_, "/v1/chat/completions", body("go on", R"(,"seed":1)"));
  EXPECT_EQ(r.status, 504u) << r.body;
  EXPECT_LT(std::chrono::steady_clock::now() - begun, std::chrono::seconds(5));
}

TEST_F(LlamaGatewayTest, MoreThanOneChoiceIsA400) {
  start();
  TestResponse r = post_json(port_, "/v1/chat/completions", body("hi", R"(,"n":2)"));
  EXPECT_EQ(r.status, 400u) << r.body;
  EXPECT_NE(r.body.find(R"("param":"n")"), std::string::npos) << r.body;
}

TEST_F(LlamaGatewayTest, ContentPartsThatAreNotTextAreA400InOpenAIFormat) {
  start();
  for (const std::string& part :
       {std::string(R"({"type":"input_audio","input_audio":{"data":"UklG","format":"wav"}})"),
        std::string(R"({"type":"image_url","image_url":{"url":"https://x/cat.png"}})")}) {
    TestResponse r = post_json(
        port_, "/v1/chat/completions",
        R"({"model":"local","messages":[{"role":"user","content":[{"type":"text","text":"hi"},)" +
            part + "]}]}");
    EXPECT_EQ(r.status, 400u) << r.body;
    EXPECT_NE(r.body.find(R"("type":"invalid_request_error")"), std::string::npos) << r.body;
    EXPECT_NE(r.body.find(R"("param":"messages[0].content[1]")"), std::string::npos) << r.body;
    EXPECT_NE(r.body.find("the local model takes only text"), std::string::npos) << r.body;
  }
  // Text and refusal parts are text.
  TestResponse ok = post_json(
      port_, "/v1/chat/completions",
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
