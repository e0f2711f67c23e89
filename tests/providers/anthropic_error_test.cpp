// What an Anthropic error answer becomes (providers/anthropic_error.hpp):
// status and message kept, the error's type as the code, which are
// retried, the wait from retry-after or the anthropic-ratelimit-* headers,
// the key scrubbed, and a rejected key as the gateway's own failure.
#include "switchyard/providers/anthropic_error.hpp"

#include <gtest/gtest.h>

namespace switchyard::providers {
namespace {

using std::chrono::milliseconds;
using std::chrono::seconds;

std::string body(std::string_view type, std::string_view message) {
  return R"({"type":"error","error":{"type":")" + std::string(type) + R"(","message":")" +
         std::string(message) + R"("},"request_id":"req_011"})";
}

TEST(AnthropicErrorTest, KeepsStatusTypeAndMessage) {
  struct Case {
    int status;
    const char* type;
    bool retryable;
  };
  for (const Case& c :
       {Case{400, "invalid_request_error", false}, Case{404, "not_found_error", false},
        Case{413, "request_too_large", false}, Case{429, "rate_limit_error", true},
        Case{500, "api_error", true}, Case{529, "overloaded_error", true}}) {
    const core::Error e = anthropic_upstream_error(c.status, body(c.type, "said so"), "", {}, "");
    EXPECT_EQ(e.status, c.status);
    EXPECT_EQ(e.code, c.type);
    EXPECT_EQ(e.message, "said so");
    EXPECT_EQ(e.retryable, c.retryable) << c.status;
    EXPECT_EQ(e.kind, core::ErrorKind::upstream);
  }
  // Not JSON (a proxy's page): the status says it, the text is quoted.
  const core::Error e = anthropic_upstream_error(502, "Bad Gateway", "", {}, "");
  EXPECT_EQ(e.status, 502);
  EXPECT_NE(e.message.find("Bad Gateway"), std::string::npos) << e.message;
  EXPECT_TRUE(e.retryable);
}

TEST(AnthropicErrorTest, ARejectedKeyIsTheGatewaysFailureAndTheKeyIsScrubbed) {
  const std::string key = "sk-ant-api03-abcdefghijklmnop0123";
  for (int status : {401, 403}) {
    const core::Error e = anthropic_upstream_error(
        status,
        body(status == 401 ? "authentication_error" : "permission_error", "invalid x-api-key"), "",
        {}, key);
    EXPECT_EQ(e.status, 502);
    EXPECT_EQ(e.code, "upstream_authentication_failed");
    EXPECT_FALSE(e.retryable);
  }
  const core::Error e = anthropic_upstream_error(
      400, body("invalid_request_error", "bad key " + key + " or sk-a****0123"), "", {}, key);
  EXPECT_EQ(e.message.find(key), std::string::npos) << e.message;
  EXPECT_EQ(e.message.find("0123"), std::string::npos) << e.message;
}

TEST(AnthropicErrorTest, RetryAfterComesFirst) {
  ResponseHeaders h{{"anthropic-ratelimit-requests-remaining", "0"},
                    {"anthropic-ratelimit-requests-reset", "2999-01-01T00:00:00Z"}};
  const core::Error e = anthropic_upstream_error(429, body("rate_limit_error", "slow"), "7", h, "");
  ASSERT_TRUE(e.retry_after);
  EXPECT_EQ(*e.retry_after, seconds(7));
}

TEST(AnthropicErrorTest, WithoutRetryAfterTheExhaustedLimitsResetIsTheWait) {
  const auto now = std::chrono::system_clock::from_time_t(1'700'000'000);  // 2023-11-14T22:13:20Z
  ResponseHeaders h{
      {"anthropic-ratelimit-requests-limit", "50"},
      {"anthropic-ratelimit-requests-remaining", "12"},
      {"anthropic-ratelimit-requests-reset", "2023-11-14T22:14:20Z"},  // not exhausted: ignored
      {"anthropic-ratelimit-input-tokens-remaining", "0"},
      {"anthropic-ratelimit-input-tokens-reset", "2023-11-14T22:13:25.5Z"},
      {"anthropic-ratelimit-output-tokens-remaining", "0"},
      {"anthropic-ratelimit-output-tokens-reset", "2023-11-14T23:13:22+01:00"}};
  const auto wait = anthropic_rate_limit_wait(h, now);
  ASSERT_TRUE(wait);
  EXPECT_EQ(*wait, milliseconds(5'500));  // the later of the two exhausted limits

  EXPECT_FALSE(anthropic_rate_limit_wait({{"anthropic-ratelimit-tokens-remaining", "9"}}, now));
  const ResponseHeaders past{{"anthropic-ratelimit-tokens-remaining", "0"},
                             {"anthropic-ratelimit-tokens-reset", "2020-01-01T00:00:00Z"}};
  EXPECT_EQ(anthropic_rate_limit_wait(past, now), milliseconds(0));
  const ResponseHeaders bad{{"anthropic-ratelimit-tokens-remaining", "0"},
                            {"anthropic-ratelimit-tokens-reset", "soon"}};
  EXPECT_FALSE(anthropic_rate_limit_wait(bad, now));
}

TEST(AnthropicErrorTest, Rfc3339) {
  EXPECT_EQ(parse_rfc3339("1970-01-01T00:00:10Z"), std::chrono::system_clock::from_time_t(10));
  EXPECT_EQ(parse_rfc3339("1970-01-01T01:00:10+01:00"), std::chrono::system_clock::from_time_t(10));
  EXPECT_EQ(parse_rfc3339("1970-01-01T00:00:10.250Z"),
            std::chrono::system_clock::from_time_t(10) + milliseconds(250));
  for (const char* bad : {"", "1970-01-01", "1970-01-01T00:00:10", "1970-13-01T00:00:10Z",
                          "1970-01-01T00:00:10.Z", "x970-01-01T00:00:10Z"})
    EXPECT_FALSE(parse_rfc3339(bad)) << bad;
}

}  // namespace
}  // namespace switchyard::providers
