// POST /v1/messages served by the in-process llama.cpp engine (a tiny
// random-weight model: the words are noise, the shapes are checked): the
// message, its stream of Anthropic events, a tool call as a tool_use block.
#ifdef SWITCHYARD_HAVE_LLAMA

#include <gtest/gtest.h>

#include "local/test_tools.hpp"
#include "support/json_compare.hpp"
#include "support/loopback_gateway.hpp"
#include "support/temp_ledger.hpp"
#include "support/tiny_model.hpp"
#include "switchyard/config/config.hpp"

namespace switchyard::gateway {
namespace {

using testing::Parsed;
using testing::str;
using testing::TestResponse;

class AnthropicLlamaTest : public ::testing::Test {
 protected:
  void TearDown() override { gw_.stop(); }

  void start(int context_size = 512) {
    gw_.start(testing::loopback_server_yaml() + local::testing::tiny_engine_config(context_size) +
              ledger_.yaml());
  }

  TestResponse messages(const std::string& body) { return gw_.post("/v1/messages", body); }

  testing::TempLedger ledger_{"switchyard-anthropic-llama"};
  testing::LoopbackGateway gw_;
};

TEST_F(AnthropicLlamaTest, AMessageFromTheLocalModel) {
  start();
  TestResponse r = messages(
      R"({"model":"local","max_tokens":5,"system":[{"type":"text","text":"be brief"}],)"
      R"("messages":[{"role":"user","content":[{"type":"text","text":"hello there"}]}],"top_k":20})");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-side"), "local");
  const Parsed a(r.body);
  EXPECT_EQ(str(a["/type"]), "message");
  EXPECT_EQ(str(a["/model"]), "tiny-llama");
  EXPECT_GT(int64_t(a["/usage/input_tokens"]) + int64_t(a["/usage/cache_read_input_tokens"]), 5);
  const int64_t out = int64_t(a["/usage/output_tokens"]);
  EXPECT_GE(out, 1);
  EXPECT_LE(out, 5);
  const std::string_view stop = str(a["/stop_reason"]);
  EXPECT_TRUE(stop == "max_tokens" || stop == "end_turn") << stop;
  if (out == 5) {
    EXPECT_EQ(stop, "max_tokens");
  }
  auto records = gw_.ledger_records(ledger_.path());
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].side, "local");
  EXPECT_EQ(records[0].completion_tokens, out);
}

TEST_F(AnthropicLlamaTest, AStreamFromTheLocalModel) {
  start();
  TestResponse r = messages(
      R"({"model":"local","max_tokens":6,"stream":true,"messages":[{"role":"user","content":"count"}]})");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.body.rfind("event: message_start\n", 0), 0u) << r.body;
  EXPECT_NE(r.body.find("event: message_delta\n"), std::string::npos) << r.body;
  EXPECT_TRUE(r.body.ends_with("event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n"))
      << r.body;
  // Every block that starts stops, in order.
  int starts = 0, stops = 0;
  for (std::size_t at = 0; (at = r.body.find("event: content_block_", at)) != std::string::npos;
       ++at) {
    starts += r.body.compare(at, 26, "event: content_block_start") == 0;
    stops += r.body.compare(at, 25, "event: content_block_stop") == 0;
  }
  EXPECT_EQ(starts, stops) << r.body;
}

TEST_F(AnthropicLlamaTest, AToolCallIsAToolUseBlock) {
  start(1024);
  const std::string body =
      R"({"model":"local","max_tokens":200,"messages":[{"role":"user","content":"weather in Paris?"}],)"
      R"("tools":[{"name":"get_weather","description":"Current weather in a city","input_schema":)"
      R"({"type":"object","properties":{"city":{"type":"string","enum":["Paris","Rome"]},)"
      R"("days":{"type":"integer"},"units":{"type":"string","maxLength":6}},"required":["city","days"]}}],)"
      R"("tool_choice":{"type":"tool","name":"get_weather","disable_parallel_tool_use":true}})";
  TestResponse r = messages(body);
  ASSERT_EQ(r.status, 200u) << r.body;
  const Parsed a(r.body);
  EXPECT_EQ(str(a["/stop_reason"]), "tool_use") << r.body;
  simdjson::dom::array content = a["/content"];
  const std::string last = "/content/" + std::to_string(content.size() - 1);
  EXPECT_EQ(str(a[last + "/type"]), "tool_use") << r.body;
  EXPECT_EQ(str(a[last + "/name"]), "get_weather");
  ASSERT_TRUE(a[last + "/input"].is_object()) << r.body;
  local::testing::expect_valid_arguments("get_weather", simdjson::to_string(a[last + "/input"]));

  // Streamed: the arguments arrive as input_json_delta events of one block.
  r = messages(body.substr(0, body.size() - 1) + R"(,"stream":true})");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_NE(r.body.find(R"("content_block":{"type":"tool_use")"), std::string::npos) << r.body;
  EXPECT_NE(r.body.find(R"("type":"input_json_delta")"), std::string::npos) << r.body;
  EXPECT_NE(r.body.find(R"("stop_reason":"tool_use")"), std::string::npos) << r.body;
}

TEST_F(AnthropicLlamaTest, CountTokensIsWhatTheModelIsCharged) {
  start();
  const std::string conversation =
      R"("system":"be brief","messages":[{"role":"user","content":"how many tokens is this?"}])";
  TestResponse counted =
      gw_.post("/v1/messages/count_tokens", R"({"model":"local",)" + conversation + "}");
  ASSERT_EQ(counted.status, 200u) << counted.body;
  const int64_t n = int64_t(Parsed(counted.body)["/input_tokens"]);
  TestResponse r = messages(R"({"model":"local","max_tokens":1,)" + conversation + "}");
  ASSERT_EQ(r.status, 200u) << r.body;
  const Parsed a(r.body);
  EXPECT_EQ(int64_t(a["/usage/input_tokens"]) + int64_t(a["/usage/cache_read_input_tokens"]), n);
  // Counting ran no model: one record, the message's.
  EXPECT_EQ(gw_.ledger_records(ledger_.path()).size(), 1u);
}

}  // namespace
}  // namespace switchyard::gateway

#endif  // SWITCHYARD_HAVE_LLAMA
