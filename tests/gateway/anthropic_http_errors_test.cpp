// Errors found before a dialect decodes the body — a body over the limit,
// malformed HTTP framing, malformed JSON, a wrong method, an unknown path
// under /v1/messages/ — come in Anthropic's error shape on Anthropic's
// routes, with Anthropic's status and error type
// (https://docs.anthropic.com/en/api/errors), and in OpenAI's on the others.
// Real HTTP on loopback, through the whole gateway.
#include <gtest/gtest.h>

#include <string>

#include "fakes/fake_openai_upstream.hpp"
#include "support/http_client.hpp"
#include "support/json_compare.hpp"
#include "support/loopback_gateway.hpp"
#include "switchyard/config/config.hpp"

namespace switchyard::gateway {
namespace {

using testing::FakeOpenAIUpstream;
using testing::Parsed;
using testing::str;
using testing::TestResponse;

const char* fake_env(const char* name) {
  if (std::string_view(name) == "FAKE_KEY") return "sk-test-secret-123";
  return nullptr;
}

constexpr std::size_t kMaxBody = 4096;

// The body after the head of a raw HTTP answer.
std::string body_of(const std::string& raw) {
  const auto at = raw.find("\r\n\r\n");
  return at == std::string::npos ? std::string() : raw.substr(at + 4);
}

// `body` is Anthropic's error object with this type and a message, and
// nothing of OpenAI's shape.
void expect_anthropic_error(const std::string& body, std::string_view type) {
  const Parsed e(body);
  EXPECT_EQ(str(e["/type"]), "error") << body;
  EXPECT_EQ(str(e["/error/type"]), type) << body;
  EXPECT_FALSE(str(e["/error/message"]).empty()) << body;
  EXPECT_FALSE(e.has("/error/code")) << body;
}

// `body` is OpenAI's error object: no top-level "type", the message inside.
void expect_openai_error(const std::string& body) {
  const Parsed e(body);
  EXPECT_FALSE(e.has("/type")) << body;
  EXPECT_FALSE(str(e["/error/message"]).empty()) << body;
  EXPECT_TRUE(e.has("/error/code")) << body;
}

class AnthropicHttpErrorsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    upstream_.start();
    gw_.start(testing::loopback_server_yaml() + "  max_body_bytes: " + std::to_string(kMaxBody) +
                  "\n"
                  "providers:\n"
                  "  - name: fake\n    kind: openai_compatible\n"
                  "    base_url: " +
                  upstream_.base_url() +
                  "/v1\n    api_key_env: FAKE_KEY\n"
                  "models:\n"
                  "  - alias: claude-test\n    deployments:\n"
                  "      - { provider: fake, model: gpt-4o-mini, side: cloud }\n",
              fake_env);
  }
  void TearDown() override {
    gw_.stop();
    upstream_.shutdown();
  }

  FakeOpenAIUpstream upstream_;
  testing::LoopbackGateway gw_;
};

const char* const kAnthropicRoutes[] = {"/v1/messages", "/v1/messages/count_tokens"};

TEST_F(AnthropicHttpErrorsTest, ABodyOverTheLimitIs413RequestTooLarge) {
  for (const char* route : kAnthropicRoutes) {
    SCOPED_TRACE(route);
    const std::string big = R"({"model":"claude-test","max_tokens":8,"messages":[{"role":"user",)"
                            R"("content":")" +
                            std::string(kMaxBody, 'x') + R"("}]})";
    const TestResponse r = gw_.post(route, big);
    EXPECT_EQ(r.status, 413u) << r.body;
    EXPECT_EQ(r.header("content-type"), "application/json");
    expect_anthropic_error(r.body, "request_too_large");
    // With a query string, the path still decides.
    const TestResponse q = gw_.post(std::string(route) + "?beta=true", big);
    EXPECT_EQ(q.status, 413u) << q.body;
    expect_anthropic_error(q.body, "request_too_large");
  }
  EXPECT_EQ(upstream_.request_count(), 0u);
}

TEST_F(AnthropicHttpErrorsTest, MalformedHttpFramingIs400InvalidRequest) {
  for (const char* route : kAnthropicRoutes) {
    SCOPED_TRACE(route);
    // A body length two readers could disagree on: refused before any route.
    const std::string raw = testing::raw_exchange(
        gw_.port(),
        std::string("POST ") + route + " HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n{}");
    ASSERT_TRUE(raw.starts_with("HTTP/1.1 400 ")) << raw;
    expect_anthropic_error(body_of(raw), "invalid_request_error");
    // A chunked body that breaks its own framing, found while reading it.
    const std::string chunked = testing::raw_exchange(
        gw_.port(), std::string("POST ") + route +
                        " HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n");
    ASSERT_TRUE(chunked.starts_with("HTTP/1.1 400 ")) << chunked;
    expect_anthropic_error(body_of(chunked), "invalid_request_error");
  }
}

TEST_F(AnthropicHttpErrorsTest, MalformedJsonIs400InvalidRequest) {
  for (const char* route : kAnthropicRoutes) {
    SCOPED_TRACE(route);
    for (const std::string body : {R"({"model":"claude-test",)", "[1,2]", "", "not json"}) {
      SCOPED_TRACE(body);
      const TestResponse r = gw_.post(route, body);
      EXPECT_EQ(r.status, 400u) << r.body;
      expect_anthropic_error(r.body, "invalid_request_error");
    }
  }
  EXPECT_EQ(upstream_.request_count(), 0u);
}

TEST_F(AnthropicHttpErrorsTest, AWrongMethodIs405InvalidRequestWithAllow) {
  for (const char* route : kAnthropicRoutes) {
    SCOPED_TRACE(route);
    for (auto method :
         {http::bhttp::verb::get, http::bhttp::verb::put, http::bhttp::verb::delete_}) {
      const TestResponse r = gw_.request(method, route);
      EXPECT_EQ(r.status, 405u) << r.body;
      EXPECT_EQ(r.header("allow"), "POST");
      expect_anthropic_error(r.body, "invalid_request_error");
    }
  }
}

TEST_F(AnthropicHttpErrorsTest, AnUnknownPathUnderMessagesIs404NotFound) {
  for (const char* path : {"/v1/messages/batches", "/v1/messages/batches/msgbatch_1/results",
                           "/v1/messages/count_tokens/x"}) {
    SCOPED_TRACE(path);
    const TestResponse r = gw_.post(path, R"({"requests":[]})");
    EXPECT_EQ(r.status, 404u) << r.body;
    expect_anthropic_error(r.body, "not_found_error");
    EXPECT_NE(str(Parsed(r.body)["/error/message"]).find(path), std::string::npos) << r.body;
  }
}

// The same failures on OpenAI's routes and on paths of no dialect keep
// OpenAI's shape.
TEST_F(AnthropicHttpErrorsTest, OpenAIRoutesAndOtherPathsKeepOpenAIsShape) {
  const std::string big = std::string(kMaxBody + 10, ' ') + "{}";
  TestResponse r = gw_.post("/v1/chat/completions", big);
  EXPECT_EQ(r.status, 413u);
  expect_openai_error(r.body);
  r = gw_.post("/v1/chat/completions", "{");
  EXPECT_EQ(r.status, 400u);
  expect_openai_error(r.body);
  r = gw_.get("/v1/chat/completions");
  EXPECT_EQ(r.status, 405u);
  expect_openai_error(r.body);
  r = gw_.post("/v1/messagesX", "{}");  // not under /v1/messages/
  EXPECT_EQ(r.status, 404u);
  expect_openai_error(r.body);
  r = gw_.post("/v2/messages/batches", "{}");
  EXPECT_EQ(r.status, 404u);
  expect_openai_error(r.body);

  std::string raw = testing::raw_exchange(
      gw_.port(),
      "POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n");
  ASSERT_TRUE(raw.starts_with("HTTP/1.1 400 ")) << raw;
  expect_openai_error(body_of(raw));
  // No request line to read a path from: OpenAI's shape.
  raw = testing::raw_exchange(gw_.port(), "\x01\x02 garbage\r\n\r\n");
  ASSERT_TRUE(raw.starts_with("HTTP/1.1 400 ")) << raw;
  expect_openai_error(body_of(raw));
}

}  // namespace
}  // namespace switchyard::gateway
