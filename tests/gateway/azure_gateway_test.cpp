// OpenAI chat in, Azure OpenAI out (kind azure_openai): the fake upstream's
// Azure routes check what Azure checks (the deployment in the path, the
// api-version query, the api-key header) before answering, so every request
// below proves the addressing; then the round trips (text, tool calls,
// JSON mode, images, streams, embeddings), errors in Azure's shape, and
// privacy (restricted data never reaches it; confidential data is redacted
// and restored).
#include <gtest/gtest.h>

#include <string>

#include "fakes/fake_openai_upstream.hpp"
#include "support/error_body.hpp"
#include "support/json_compare.hpp"
#include "support/loopback_gateway.hpp"
#include "support/sse_events.hpp"
#include "support/temp_ledger.hpp"

namespace switchyard::gateway {
namespace {

using testing::parse_error;
using testing::Parsed;
using testing::str;

constexpr const char* kAzureKey = "az-0123456789abcdef0123456789abcdef";

const char* azure_env(const char* name) {
  const std::string_view n = name;
  if (n == "AZURE_KEY") return kAzureKey;
  if (n == "AZURE_BAD_KEY") return "fail-auth";
  return nullptr;
}

std::string user_chat(const std::string& model, const std::string& text,
                      const std::string& more = {}) {
  return R"({"model":")" + model + R"(","messages":[{"role":"user","content":")" + text + "\"}]" +
         more + "}";
}

class AzureGatewayTest : public ::testing::Test {
 protected:
  void SetUp() override { azure_.start(); }
  void TearDown() override {
    gw_.stop();
    azure_.shutdown();
  }

  void start(const std::string& key_env = "AZURE_KEY") {
    const std::string yaml =
        testing::loopback_server_yaml() +
        "providers:\n"
        "  - name: azure\n"
        "    kind: azure_openai\n"
        "    base_url: " +
        azure_.base_url() +
        "\n"
        "    api_version: 2024-10-21\n"
        "    api_key_env: " +
        key_env +
        "\n"
        "models:\n"
        "  - alias: gpt\n"
        "    deployments: [{ provider: azure, model: gpt-4o-prod, side: cloud }]\n"
        "  - alias: embed\n"
        "    deployments: [{ provider: azure, model: text-embedding-3-small, side: cloud }]\n"
        "  - alias: busy\n"
        "    deployments: [{ provider: azure, model: error-429, side: cloud }]\n"
        "  - alias: sneaky\n"
        "    deployments: [{ provider: azure, model: \"x/../../admin\", side: cloud }]\n"
        "routing:\n  retry: { max_attempts: 1 }\n" +
        ledger_.yaml();
    gw_.start(yaml, azure_env);
  }

  testing::FakeOpenAIUpstream azure_;
  testing::TempLedger ledger_{"switchyard-azure"};
  testing::LoopbackGateway gw_;
};

TEST_F(AzureGatewayTest, ChatGoesToTheDeploymentWithVersionAndKey) {
  start();
  auto r = gw_.post("/v1/chat/completions", user_chat("gpt", "hello azure"));
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(str(Parsed(r.body)["/choices/0/message/content"]), "echo: hello azure");
  ASSERT_EQ(azure_.requests().size(), 1u);
  const auto requests = azure_.requests();
  const auto& sent = requests[0];
  EXPECT_EQ(sent.path, "/openai/deployments/gpt-4o-prod/chat/completions?api-version=2024-10-21");
  EXPECT_EQ(sent.api_key, kAzureKey);
  EXPECT_EQ(sent.authorization, "");  // the key goes in api-key only
  EXPECT_EQ(str(Parsed(sent.body)["/messages/0/content"]), "hello azure");
}

TEST_F(AzureGatewayTest, StreamsToolCallsJsonModeAndImages) {
  start();
  auto r = gw_.post(
      "/v1/chat/completions",
      user_chat("gpt", "stream me", R"(,"stream":true,"stream_options":{"include_usage":true})"));
  ASSERT_EQ(r.status, 200u) << r.body;
  std::string text;
  for (const auto& e : testing::sse_payloads(r.body)) {
    const Parsed chunk(e);
    if (chunk.has("/choices/0/delta/content")) text += str(chunk["/choices/0/delta/content"]);
  }
  EXPECT_EQ(text, "echo: stream me");
  EXPECT_TRUE(testing::ends_with_done(r.body));
  EXPECT_NE(r.body.find("\"usage\":{"), std::string::npos) << r.body;

  r = gw_.post("/v1/chat/completions",
               user_chat("gpt", "call it",
                         R"(,"tools":[{"type":"function","function":{"name":"lookup",)"
                         R"("parameters":{"type":"object"}}}],"tool_choice":"required")"));
  ASSERT_EQ(r.status, 200u) << r.body;
  const Parsed call(r.body);
  EXPECT_EQ(str(call["/choices/0/message/tool_calls/0/function/name"]), "lookup");
  EXPECT_EQ(str(call["/choices/0/finish_reason"]), "tool_calls");

  r = gw_.post("/v1/chat/completions",
               user_chat("gpt", "json please", R"(,"response_format":{"type":"json_object"})"));
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(str(Parsed(azure_.requests().back().body)["/response_format/type"]), "json_object");

  r = gw_.post(
      "/v1/chat/completions",
      R"({"model":"gpt","messages":[{"role":"user","content":[{"type":"text","text":"see"},)"
      R"({"type":"image_url","image_url":{"url":"data:image/png;base64,iVBORw0KGgo="}}]}]})");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(str(Parsed(azure_.requests().back().body)["/messages/0/content/1/image_url/url"]),
            "data:image/png;base64,iVBORw0KGgo=");
}

TEST_F(AzureGatewayTest, EmbeddingsGoToTheDeploymentToo) {
  start();
  auto r = gw_.post("/v1/embeddings", R"({"model":"embed","input":["a","b"]})");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(Parsed(r.body)["/data"].get_array().size(), 2u);
  EXPECT_EQ(azure_.requests().back().path,
            "/openai/deployments/text-embedding-3-small/embeddings?api-version=2024-10-21");
  EXPECT_EQ(azure_.requests().back().api_key, kAzureKey);
}

TEST_F(AzureGatewayTest, ErrorsKeepAzuresMessage) {
  start();
  auto r = gw_.post("/v1/chat/completions", user_chat("busy", "x"));
  EXPECT_EQ(r.status, 429u) << r.body;
  EXPECT_TRUE(parse_error(r.body).says("Rate limit reached")) << r.body;

  // A deployment name cannot walk the path: it stays one (unknown) deployment.
  r = gw_.post("/v1/chat/completions", user_chat("sneaky", "x"));
  EXPECT_EQ(r.status, 404u) << r.body;
  EXPECT_TRUE(parse_error(r.body).says("The API deployment for this resource does not exist"))
      << r.body;
  EXPECT_EQ(azure_.requests().back().path,
            "/openai/deployments/x%2F..%2F..%2Fadmin/chat/completions?api-version=2024-10-21");
}

TEST_F(AzureGatewayTest, ARejectedKeyIsTheGatewaysFailure) {
  start("AZURE_BAD_KEY");
  auto r = gw_.post("/v1/chat/completions", user_chat("gpt", "x"));
  EXPECT_EQ(r.status, 502u) << r.body;
  const auto e = parse_error(r.body);
  EXPECT_EQ(e.code, "upstream_authentication_failed") << r.body;
  EXPECT_TRUE(e.says("Access denied due to invalid subscription key")) << r.body;
}

TEST_F(AzureGatewayTest, RestrictedDataNeverReachesAzure) {
  start();
  for (const bool stream : {false, true}) {
    auto r = gw_.post("/v1/chat/completions", user_chat("gpt", "My SSN is 536-22-8146, file it.",
                                                        stream ? R"(,"stream":true)" : ""));
    EXPECT_EQ(r.status, 503u) << r.body;
    EXPECT_EQ(parse_error(r.body).code, "no_permitted_deployment") << r.body;
  }
  EXPECT_EQ(azure_.request_count(), 0u);
}

TEST_F(AzureGatewayTest, ConfidentialDataIsRedactedForAzureAndRestored) {
  start();
  auto r =
      gw_.post("/v1/chat/completions", user_chat("gpt", "Write to jane.doe@example.com today."));
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-redacted"), "true");
  ASSERT_EQ(azure_.requests().size(), 1u);
  EXPECT_EQ(azure_.requests()[0].body.find("jane.doe@example.com"), std::string::npos);
  EXPECT_EQ(str(Parsed(r.body)["/choices/0/message/content"]),
            "echo: Write to jane.doe@example.com today.");
}

}  // namespace
}  // namespace switchyard::gateway
