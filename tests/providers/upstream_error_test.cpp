#include "switchyard/providers/upstream_error.hpp"

#include <gtest/gtest.h>

namespace switchyard::providers {
namespace {

using std::chrono::milliseconds;
using std::chrono::seconds;

constexpr std::string_view kKey = "fk-live-0123456789abcdefWXYZ";  // not sk- shaped

TEST(ScrubSecrets, RemovesTheWholeKey) {
  const std::string s = scrub_secrets(std::string("bad key ") + std::string(kKey) + " here", kKey);
  EXPECT_EQ(s, "bad key [redacted] here");
}

TEST(ScrubSecrets, RemovesMaskedFormsThatShareThePrefixOrSuffixOfTheKey) {
  // OpenAI: "Incorrect API key provided: sk-abc***********xyz."
  EXPECT_EQ(scrub_secrets("Incorrect API key provided: fk-liv**************WXYZ.", kKey),
            "Incorrect API key provided: [redacted].");
  EXPECT_EQ(scrub_secrets("key fk-live-01***", kKey), "key [redacted]");
  EXPECT_EQ(scrub_secrets("key ****WXYZ", kKey), "key [redacted]");
  EXPECT_EQ(scrub_secrets("key fk-li...WXYZ, retry", kKey), "key [redacted], retry");
  // A key cut off where an excerpt was truncated.
  EXPECT_EQ(scrub_secrets("{\"key\":\"fk-live-0123...", kKey), "{\"key\":\"[redacted]");
}

TEST(ScrubSecrets, LeavesMaskedTextThatIsNotTheKey) {
  EXPECT_EQ(scrub_secrets("rating: *** stars; wait...", kKey), "rating: *** stars; wait...");
  EXPECT_EQ(scrub_secrets("ab***cd", kKey), "ab***cd");
}

TEST(ScrubSecrets, RemovesKeyShapedTokensWhoeverOwnsThem) {
  EXPECT_EQ(scrub_secrets("Incorrect API key provided: sk-abc***********xyz."),
            "Incorrect API key provided: [redacted].");
  EXPECT_EQ(scrub_secrets("key sk-proj-AbCdEf0123456789 rejected"), "key [redacted] rejected");
  EXPECT_EQ(scrub_secrets("x-api-key sk-ant-api03-AbCdEf_0123-xyz is invalid"),
            "x-api-key [redacted] is invalid");
  EXPECT_EQ(scrub_secrets("header Authorization: Bearer abc.def-ghi_123 was refused"),
            "header Authorization: Bearer [redacted] was refused");
  EXPECT_EQ(scrub_secrets("\"authorization\":\"bearer tok123\""),
            "\"authorization\":\"bearer [redacted]\"");
}

TEST(ScrubSecrets, LeavesOrdinaryTextAlone) {
  const std::string text =
      "The model `gpt-4o` does not exist; task-force ask-me risk-free sk- words. "
      "You can find your API key at https://platform.openai.com/account/api-keys.";
  EXPECT_EQ(scrub_secrets(text, kKey), text);
  EXPECT_EQ(scrub_secrets("a short key", "abc"), "a short key");
}

TEST(ScrubSecrets, ScrubsEveryTextOfAnError) {
  core::Error e;
  e.message = std::string("key ") + std::string(kKey);
  e.param = std::string(kKey);
  e.code = "sk-abcdefghijkl";
  scrub_secrets(e, kKey);
  EXPECT_EQ(e.message, "key [redacted]");
  EXPECT_EQ(e.param, "[redacted]");
  EXPECT_EQ(e.code, "[redacted]");
}

TEST(RetryAfter, ParsesDelaySeconds) {
  const auto now = std::chrono::system_clock::now();
  EXPECT_EQ(parse_retry_after("0", now), milliseconds(0));
  EXPECT_EQ(parse_retry_after(" 7 ", now), seconds(7));
  EXPECT_EQ(parse_retry_after("99999999999999999999999", now), seconds(86'400));
}

TEST(RetryAfter, ParsesAnHttpDateRelativeToNow) {
  // 1994-11-06 08:49:37 UTC
  const auto at = std::chrono::system_clock::from_time_t(784111777);
  EXPECT_EQ(parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT", at - seconds(30)), seconds(30));
  EXPECT_EQ(parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT", at + seconds(5)), milliseconds(0));
}

TEST(RetryAfter, RejectsWhatIsNeither) {
  const auto now = std::chrono::system_clock::now();
  EXPECT_FALSE(parse_retry_after("", now));
  EXPECT_FALSE(parse_retry_after("-1", now));
  EXPECT_FALSE(parse_retry_after("1.5", now));
  EXPECT_FALSE(parse_retry_after("soon", now));
  EXPECT_FALSE(parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT trailing", now));
}

TEST(UpstreamError, ScrubsTheKeyTheUpstreamQuoted) {
  const std::string body =
      R"({"error":{"message":"Incorrect API key provided: fk-liv**************WXYZ. You sent )" +
      std::string(kKey) + R"(.","type":"invalid_request_error","param":null,"code":"x"}})";
  core::Error e = upstream_error(400, body, "", kKey);
  EXPECT_EQ(e.status, 400);
  EXPECT_EQ(e.message.find("fk-liv"), std::string::npos) << e.message;
  EXPECT_EQ(e.message.find("WXYZ"), std::string::npos) << e.message;
  EXPECT_NE(e.message.find("[redacted]"), std::string::npos) << e.message;
}

TEST(UpstreamError, ScrubsTheKeyInABodyThatIsNotJson) {
  core::Error e = upstream_error(500, std::string("oops, key=") + std::string(kKey), "", kKey);
  EXPECT_EQ(e.message.find(kKey), std::string::npos) << e.message;
}

TEST(UpstreamError, ARejectedGatewayKeyIsTheGatewaysFailure) {
  for (int status : {401, 403}) {
    const std::string body =
        R"({"error":{"message":"Incorrect API key provided: sk-abc***xyz.","type":"invalid_request_error","param":null,"code":"invalid_api_key"}})";
    core::Error e = upstream_error(status, body, "", "sk-abcdef123xyz");
    EXPECT_EQ(e.status, 502);
    EXPECT_EQ(e.code, kUpstreamAuthenticationFailed);
    EXPECT_EQ(e.kind, core::ErrorKind::upstream);
    EXPECT_FALSE(e.retryable);
    EXPECT_NE(e.message.find("HTTP " + std::to_string(status)), std::string::npos) << e.message;
    EXPECT_EQ(e.message.find("sk-abc"), std::string::npos) << e.message;
  }
}

TEST(UpstreamError, KeepsRetryAfter) {
  core::Error e = upstream_error(429, R"({"error":{"message":"slow down"}})", "12", "");
  EXPECT_EQ(e.status, 429);
  EXPECT_EQ(e.retry_after, seconds(12));
  EXPECT_FALSE(upstream_error(503, "", "", "").retry_after);
}

}  // namespace
}  // namespace switchyard::providers
