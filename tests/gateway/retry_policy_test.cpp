#include "switchyard/gateway/retry_policy.hpp"

#include <gtest/gtest.h>

namespace switchyard::gateway {
namespace {

config::RetryConfig cfg(int attempts = 3) {
  config::RetryConfig c;
  c.max_attempts = attempts;
  c.initial_backoff = std::chrono::milliseconds(100);
  c.max_backoff = std::chrono::milliseconds(1000);
  c.backoff_multiplier = 2.0;
  c.jitter = 0.2;
  return c;
}

core::Error upstream(int status, bool retryable) {
  core::Error e;
  e.kind = core::ErrorKind::upstream;
  e.status = status;
  e.retryable = retryable;
  return e;
}

TEST(RetryPolicy, RetriesTransientErrorsUpToMaxAttempts) {
  RetryPolicy p(cfg(3));
  auto e = upstream(500, true);
  EXPECT_TRUE(p.retry_same(e, 1));
  EXPECT_TRUE(p.retry_same(e, 2));
  EXPECT_FALSE(p.retry_same(e, 3));
}

TEST(RetryPolicy, NeverRetriesNonRetryableErrors) {
  RetryPolicy p(cfg(5));
  EXPECT_FALSE(p.retry_same(upstream(400, false), 1));
  EXPECT_FALSE(p.retry_same(upstream(401, false), 1));
}

TEST(RetryPolicy, SingleAttemptMeansNoRetry) {
  RetryPolicy p(cfg(1));
  EXPECT_FALSE(p.retry_same(upstream(503, true), 1));
}

TEST(RetryPolicy, FallsBackOnTransientAndDeploymentSpecificErrors) {
  EXPECT_TRUE(RetryPolicy::fall_back(upstream(500, true)));
  EXPECT_TRUE(RetryPolicy::fall_back(upstream(429, true)));
  EXPECT_TRUE(RetryPolicy::fall_back(upstream(401, false)));  // this deployment's key
  EXPECT_TRUE(RetryPolicy::fall_back(upstream(404, false)));  // model unknown upstream
  core::Error unavailable{core::ErrorKind::unavailable, 503, "x", {}, {}, false};
  EXPECT_TRUE(RetryPolicy::fall_back(unavailable));
}

TEST(RetryPolicy, FallsBackFromADeploymentThatDoesNotServeEmbeddings) {
  core::Error e = core::Error::invalid("no embeddings here", "model", "embeddings_not_supported");
  EXPECT_TRUE(RetryPolicy::fall_back(e));
  RetryPolicy p(cfg(3));
  EXPECT_FALSE(p.retry_same(e, 1));  // the same deployment would refuse again
}

TEST(RetryPolicy, DoesNotFallBackOnTheClientsOwnMistake) {
  EXPECT_FALSE(RetryPolicy::fall_back(upstream(400, false)));
  EXPECT_FALSE(RetryPolicy::fall_back(upstream(422, false)));
}

TEST(RetryPolicy, BackoffGrowsExponentiallyAndIsCapped) {
  RetryPolicy p(cfg());
  // unit_random 0.5 → no jitter
  EXPECT_EQ(p.backoff(1, 0.5).count(), 100);
  EXPECT_EQ(p.backoff(2, 0.5).count(), 200);
  EXPECT_EQ(p.backoff(3, 0.5).count(), 400);
  EXPECT_EQ(p.backoff(4, 0.5).count(), 800);
  EXPECT_EQ(p.backoff(5, 0.5).count(), 1000);
  EXPECT_EQ(p.backoff(30, 0.5).count(), 1000);
}

TEST(RetryPolicy, JitterStaysWithinBounds) {
  RetryPolicy p(cfg());
  EXPECT_EQ(p.backoff(2, 0.0).count(), 160);  // 200 - 20%
  EXPECT_GE(p.backoff(2, 0.999999).count(), 239);
  EXPECT_LE(p.backoff(2, 0.999999).count(), 240);
  for (int i = 0; i < 1000; ++i) {
    double u = jitter_unit();
    ASSERT_GE(u, 0.0);
    ASSERT_LT(u, 1.0);
    auto b = p.backoff(2, u).count();
    ASSERT_GE(b, 160);
    ASSERT_LE(b, 240);
  }
}

TEST(RetryPolicy, WaitsAtLeastTheUpstreamsRetryAfter) {
  RetryPolicy p(cfg());
  auto e = upstream(429, true);
  const std::chrono::milliseconds plenty(60'000);
  EXPECT_EQ(p.wait_before_retry(e, 1, 0.5, plenty), std::chrono::milliseconds(100));  // backoff
  e.retry_after = std::chrono::milliseconds(2500);
  EXPECT_EQ(p.wait_before_retry(e, 1, 0.5, plenty), std::chrono::milliseconds(2500));
  e.retry_after = std::chrono::milliseconds(10);  // shorter than the backoff: the backoff
  EXPECT_EQ(p.wait_before_retry(e, 1, 0.5, plenty), std::chrono::milliseconds(100));
}

TEST(RetryPolicy, ARetryAfterTheDeadlineCannotAffordMeansNoRetry) {
  RetryPolicy p(cfg());
  auto e = upstream(503, true);
  e.retry_after = std::chrono::seconds(30);
  EXPECT_FALSE(p.wait_before_retry(e, 1, 0.5, std::chrono::seconds(5)));
  EXPECT_FALSE(p.wait_before_retry(e, 1, 0.5, std::chrono::seconds(30)));
  EXPECT_TRUE(p.wait_before_retry(e, 1, 0.5, std::chrono::seconds(31)));
}

TEST(RetryPolicy, ABackoffIsCappedByTheTimeLeft) {
  RetryPolicy p(cfg());
  EXPECT_EQ(p.wait_before_retry(upstream(500, true), 5, 0.5, std::chrono::milliseconds(40)),
            std::chrono::milliseconds(40));
}

TEST(RetryPolicy, FallsBackWhenTheUpstreamRejectsTheGatewaysKey) {
  core::Error e{core::ErrorKind::upstream, 502, "x", {}, "upstream_authentication_failed", false};
  EXPECT_TRUE(RetryPolicy::fall_back(e));
  EXPECT_FALSE(RetryPolicy(cfg()).retry_same(e, 1));
}

}  // namespace
}  // namespace switchyard::gateway
