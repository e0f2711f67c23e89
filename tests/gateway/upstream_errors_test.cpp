// Upstream failures as clients and the ledger see them (issue 9, section 5):
// no provider key in relayed errors, a rejected gateway key reported as the
// gateway's failure after fallback, Retry-After honoured and passed on.
#include <chrono>

#include "gateway/upstream_errors_fixture.hpp"

namespace switchyard::gateway {
namespace {

bool mentions_key(const std::string& text) {
  return text.find(kProviderKey) != std::string::npos || text.find("fk-liv") != std::string::npos ||
         text.find("WXYZ") != std::string::npos;
}

const std::string kQuote400 =
    "  - alias: quote\n    deployments:\n"
    "      - { name: quoting, provider: fake, model: quote-key-400, side: cloud }\n";

TEST_F(UpstreamErrorsTest, AnErrorQuotingTheProviderKeyReachesTheClientWithoutIt) {
  start(kQuote400);
  auto r = chat("quote");
  ASSERT_EQ(r.status, 400u) << r.body;
  EXPECT_FALSE(mentions_key(r.body)) << r.body;
  EXPECT_TRUE(testing::parse_error(r.body).says("Incorrect API key provided: [redacted]"))
      << r.body;
  // The upstream did receive the key: it is the answer that was scrubbed.
  auto seen = upstream_.requests();
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_EQ(seen[0].authorization, std::string("Bearer ") + kProviderKey);
  for (const auto& rec : ledger_records()) {
    EXPECT_FALSE(mentions_key(rec.plan));
    EXPECT_FALSE(mentions_key(rec.class_reason));
  }
}

TEST_F(UpstreamErrorsTest, AStreamedRequestGetsTheScrubbedErrorToo) {
  start(kQuote400);
  auto r = testing::post_json(
      gw_.port(), "/v1/chat/completions",
      R"({"model":"quote","stream":true,"messages":[{"role":"user","content":"hi"}]})");
  ASSERT_EQ(r.status, 400u) << r.body;
  EXPECT_FALSE(mentions_key(r.body)) << r.body;
}

TEST_F(UpstreamErrorsTest, ARejectedGatewayKeyIs502NamingTheDeploymentNotTheKey) {
  start(
      "  - alias: bad-key\n    deployments:\n"
      "      - { name: cloud-a, provider: fake, model: quote-key-401, side: cloud }\n");
  auto r = chat("bad-key");
  ASSERT_EQ(r.status, 502u) << r.body;
  const auto e = testing::parse_error(r.body);
  EXPECT_EQ(e.code, "upstream_authentication_failed") << r.body;
  EXPECT_EQ(e.type, "server_error") << r.body;
  EXPECT_TRUE(e.says("cloud-a")) << r.body;
  EXPECT_FALSE(mentions_key(r.body)) << r.body;
  EXPECT_EQ(upstream_.request_count(), 1u)
      << "a rejected key is not retried on the same deployment";
}

TEST_F(UpstreamErrorsTest, ARejectedGatewayKeyFallsBackToTheNextDeployment) {
  start(
      "  - alias: bad-key\n    deployments:\n"
      "      - { name: cloud-a, provider: fake, model: quote-key-403, side: cloud }\n"
      "      - { name: cloud-b, provider: fake, model: gpt-4o-mini, side: cloud }\n");
  auto r = chat("bad-key");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-deployment"), "cloud-b");
  EXPECT_NE(r.header("x-switchyard-route-reason").find("cloud-a"), std::string::npos)
      << r.header("x-switchyard-route-reason");
  EXPECT_EQ(upstream_.request_count(), 2u);
}

TEST_F(UpstreamErrorsTest, ARetryAfterBeyondTheDeadlineIsPassedOnInsteadOfSleptThrough) {
  // 30 s asked, 5 s left: no retry on the same deployment, no sleep; the
  // client gets the upstream's 429 with its Retry-After.
  start(
      "  - alias: limited\n    deployments:\n"
      "      - { name: cloud-a, provider: fake, model: retry-after-429-30, side: cloud }\n",
      "  request_timeout_ms: 5000\n",
      "{ max_attempts: 3, initial_backoff_ms: 1, max_backoff_ms: 5 }");
  auto r = chat("limited");
  ASSERT_EQ(r.status, 429u) << r.body;
  EXPECT_EQ(r.header("retry-after"), "30");
  EXPECT_EQ(upstream_.request_count(), 1u);
}

TEST_F(UpstreamErrorsTest, ARetryAfterBeyondTheDeadlineFallsBackAtOnce) {
  start(
      "  - alias: limited\n    deployments:\n"
      "      - { name: cloud-a, provider: fake, model: retry-after-503-30, side: cloud }\n"
      "      - { name: cloud-b, provider: fake, model: gpt-4o-mini, side: cloud }\n",
      "  request_timeout_ms: 5000\n",
      "{ max_attempts: 3, initial_backoff_ms: 1, max_backoff_ms: 5 }");
  auto r = chat("limited");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-deployment"), "cloud-b");
  EXPECT_EQ(r.header("retry-after"), "");
  EXPECT_EQ(upstream_.request_count(), 2u);
}

TEST_F(UpstreamErrorsTest, AnHttpDateRetryAfterIsPassedOnInSeconds) {
  start(
      "  - alias: limited\n    deployments:\n"
      "      - { name: cloud-a, provider: fake, model: retry-after-503-date-40, side: cloud }\n",
      "  request_timeout_ms: 5000\n");
  auto r = chat("limited");
  ASSERT_EQ(r.status, 503u) << r.body;
  const int seconds = std::stoi("0" + r.header("retry-after"));
  EXPECT_GE(seconds, 38);
  EXPECT_LE(seconds, 41);
}

TEST_F(UpstreamErrorsTest, AnAffordableRetryAfterIsWaitedBeforeTheRetry) {
  start(
      "  - alias: limited\n    deployments:\n"
      "      - { name: cloud-a, provider: fake, model: retry-after-429-1, side: cloud }\n",
      "  request_timeout_ms: 10000\n");
  const auto started = std::chrono::steady_clock::now();
  auto r = chat("limited");
  const auto took = std::chrono::steady_clock::now() - started;
  ASSERT_EQ(r.status, 429u) << r.body;
  EXPECT_EQ(upstream_.request_count(), 2u);  // max_attempts
  EXPECT_EQ(r.header("retry-after"), "1");
  // A lower bound only: the retry waited at least what the upstream asked.
  EXPECT_GE(took, std::chrono::seconds(1));
}

// ---- the switchyard headers on every answer of the pipeline ----

const std::string kSsnText = "My SSN is 536-22-8146, please file the form.";

const std::string kCloudThenLocal =
    "  - alias: gpt-4o\n    deployments:\n"
    "      - { name: openai/gpt-4o, provider: fake, model: gpt-4o, side: cloud }\n"
    "      - { name: local, provider: fake, model: llama, side: local }\n"
    "  - alias: cloud-only\n    deployments:\n"
    "      - { name: openai/gpt-4o, provider: fake, model: gpt-4o, side: cloud }\n";

TEST_F(UpstreamErrorsTest, AServedRequestSaysWhyEarlierCandidatesWereSkipped) {
  start(kCloudThenLocal);
  auto r = chat("gpt-4o", kSsnText);
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-deployment"), "local");
  const std::string reason = r.header("x-switchyard-route-reason");
  EXPECT_NE(reason.find("openai/gpt-4o: cloud not permitted for restricted data"),
            std::string::npos)
      << reason;
  EXPECT_NE(reason.find("fallback #1 of 'gpt-4o'"), std::string::npos) << reason;
}

TEST_F(UpstreamErrorsTest, APrivacyRefusalSaysWhichCandidatesWereNotPermitted) {
  start(kCloudThenLocal);
  auto r = chat("cloud-only", kSsnText);
  ASSERT_EQ(r.status, 503u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-data-class"), "restricted");
  EXPECT_EQ(r.header("x-switchyard-redacted"), "false");
  EXPECT_EQ(r.header("x-switchyard-route-reason"),
            "openai/gpt-4o: cloud not permitted for restricted data");
  EXPECT_EQ(r.header("x-switchyard-deployment"), "") << "nothing was tried";
  EXPECT_EQ(upstream_.request_count(), 0u);
}

TEST_F(UpstreamErrorsTest, ErrorAnswersCarryTheHeadersThePipelineKnew) {
  start(kCloudThenLocal +
        "  - alias: failing\n    deployments:\n"
        "      - { name: a, provider: fake, model: error-500, side: cloud }\n"
        "      - { name: b, provider: fake, model: error-502, side: local }\n");
  auto unknown = chat("no-such-model");
  ASSERT_EQ(unknown.status, 404u);
  EXPECT_FALSE(unknown.header("x-request-id").empty());
  EXPECT_EQ(unknown.header("x-switchyard-route-reason"), "no route: unknown model");

  auto bad = testing::post_json(gw_.port(), "/v1/chat/completions", R"({"model":"gpt-4o"})");
  ASSERT_EQ(bad.status, 400u);
  EXPECT_FALSE(bad.header("x-request-id").empty());

  auto failed = chat("failing");
  ASSERT_EQ(failed.status, 502u) << failed.body;
  EXPECT_EQ(failed.header("x-switchyard-deployment"), "b");
  EXPECT_EQ(failed.header("x-switchyard-side"), "local");
  EXPECT_EQ(failed.header("x-switchyard-data-class"), "public");
  EXPECT_EQ(failed.header("x-switchyard-redacted"), "false");
  const std::string reason = failed.header("x-switchyard-route-reason");
  EXPECT_NE(reason.find("a failed: HTTP 500"), std::string::npos) << reason;
  EXPECT_NE(reason.find("b failed: HTTP 502"), std::string::npos) << reason;
}

}  // namespace
}  // namespace switchyard::gateway
