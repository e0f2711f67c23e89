// POST /v1/responses served by the in-process llama.cpp engine (a tiny
// random-weight model: the words are noise, the shapes are checked): the
// Response, its stream of semantic events, a function call as a
// function_call item whose arguments fit the tool's schema.
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

class ResponsesLlamaTest : public ::testing::Test {
 protected:
  void TearDown() override { gw_.stop(); }

  void start(int context_size = 512) {
    gw_.start(testing::loopback_server_yaml() + local::testing::tiny_engine_config(context_size) +
              ledger_.yaml());
  }

  TestResponse create(const std::string& body) { return gw_.post("/v1/responses", body); }

  testing::TempLedger ledger_{"switchyard-responses-llama"};
  testing::LoopbackGateway gw_;
};

TEST_F(ResponsesLlamaTest, AResponseFromTheLocalModel) {
  start();
  TestResponse r = create(
      R"({"model":"local","max_output_tokens":5,"instructions":"be brief",)"
      R"("input":[{"role":"user","content":[{"type":"input_text","text":"hello there"}]}]})");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-side"), "local");
  const Parsed a(r.body);
  EXPECT_EQ(str(a["/object"]), "response");
  EXPECT_EQ(str(a["/model"]), "tiny-llama");
  EXPECT_GT(int64_t(a["/usage/input_tokens"]), 5);
  const int64_t out = int64_t(a["/usage/output_tokens"]);
  EXPECT_GE(out, 1);
  EXPECT_LE(out, 5);
  const std::string_view status = str(a["/status"]);
  EXPECT_TRUE(status == "completed" || status == "incomplete") << status;
  if (out == 5) {
    EXPECT_EQ(status, "incomplete");
    EXPECT_EQ(str(a["/incomplete_details/reason"]), "max_output_tokens");
  }
  auto records = gw_.ledger_records(ledger_.path());
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].side, "local");
  EXPECT_EQ(records[0].completion_tokens, out);
}

TEST_F(ResponsesLlamaTest, AStreamFromTheLocalModel) {
  start();
  TestResponse r =
      create(R"({"model":"local","max_output_tokens":6,"stream":true,"input":"count"})");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.body.rfind("event: response.created\n", 0), 0u) << r.body;
  // Every item added is done; the last event is the terminal one.
  const auto count = [&](std::string_view line) {
    int n = 0;
    for (std::size_t at = 0; (at = r.body.find(line, at)) != std::string::npos; at += line.size())
      ++n;
    return n;
  };
  const int added = count("event: response.output_item.added\n");
  const int done = count("event: response.output_item.done\n");
  EXPECT_EQ(added, done) << r.body;
  EXPECT_TRUE(r.body.find("event: response.completed\n") != std::string::npos ||
              r.body.find("event: response.incomplete\n") != std::string::npos)
      << r.body;
}

TEST_F(ResponsesLlamaTest, AFunctionCallIsAFunctionCallItem) {
  start(1024);
  const std::string body =
      R"({"model":"local","max_output_tokens":200,"input":"weather in Paris?",)"
      R"("tools":[{"type":"function","name":"get_weather","description":"Current weather in a city",)"
      R"("parameters":{"type":"object","properties":{"city":{"type":"string","enum":["Paris","Rome"]},)"
      R"("days":{"type":"integer"},"units":{"type":"string","maxLength":6}},"required":["city","days"]}}],)"
      R"("tool_choice":{"type":"function","name":"get_weather"},"parallel_tool_calls":false})";
  TestResponse r = create(body);
  ASSERT_EQ(r.status, 200u) << r.body;
  const Parsed a(r.body);
  simdjson::dom::array output = a["/output"];
  const std::string last = "/output/" + std::to_string(output.size() - 1);
  EXPECT_EQ(str(a[last + "/type"]), "function_call") << r.body;
  EXPECT_EQ(str(a[last + "/name"]), "get_weather");
  EXPECT_FALSE(str(a[last + "/call_id"]).empty());
  local::testing::expect_valid_arguments("get_weather", std::string(str(a[last + "/arguments"])));

  // Streamed: the arguments arrive as deltas of one function_call item.
  r = create(body.substr(0, body.size() - 1) + R"(,"stream":true})");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_NE(r.body.find(R"("item":{"id":"fc_)"), std::string::npos) << r.body;
  EXPECT_NE(r.body.find("event: response.function_call_arguments.delta\n"), std::string::npos)
      << r.body;
  EXPECT_NE(r.body.find("event: response.function_call_arguments.done\n"), std::string::npos)
      << r.body;
}

}  // namespace
}  // namespace switchyard::gateway

#endif  // SWITCHYARD_HAVE_LLAMA
