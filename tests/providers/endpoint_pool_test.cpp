// The pool's balancing and health state, driven directly: which endpoint an
// attempt gets, how reports take endpoints out and bring them back. No
// network and no clocks, so every outcome is exact.
#include "switchyard/providers/endpoint_pool.hpp"

#include <gtest/gtest.h>

#include <map>
#include <thread>
#include <vector>

namespace switchyard::providers {
namespace {

std::vector<http::Url> urls(int n) {
  std::vector<http::Url> out;
  for (int i = 0; i < n; ++i)
    out.push_back(*http::Url::parse("http://10.0.0." + std::to_string(i + 1) + ":8080/v1"));
  return out;
}

HealthCheckOptions thresholds(int unhealthy_after, int healthy_after) {
  HealthCheckOptions h;
  h.unhealthy_after = unhealthy_after;
  h.healthy_after = healthy_after;
  return h;
}

struct Seen {
  std::size_t index;
  bool up;
  std::string why;
};

class EndpointPoolTest : public ::testing::Test {
 protected:
  void make(int n, HealthCheckOptions h = thresholds(2, 1)) {
    pool_ = std::make_unique<EndpointPool>("local", urls(n), h);
    pool_->set_observer([this](std::size_t i, bool up, const std::string& why) {
      seen_.push_back({i, up, why});
    });
  }
  std::size_t pick() {
    auto lease = pool_->acquire();
    EXPECT_TRUE(lease.ok()) << lease.error().message;
    return lease.ok() ? lease->index() : 999;
  }

  std::unique_ptr<EndpointPool> pool_;
  std::vector<Seen> seen_;
};

TEST_F(EndpointPoolTest, NamesEachEndpointByItsBaseUrl) {
  make(2);
  EXPECT_EQ(pool_->size(), 2u);
  EXPECT_EQ(pool_->name(0), "http://10.0.0.1:8080/v1");
  EXPECT_EQ(pool_->name(1), "http://10.0.0.2:8080/v1");
  EXPECT_EQ(pool_->provider(), "local");
  auto lease = pool_->acquire();
  ASSERT_TRUE(lease.ok());
  EXPECT_EQ(lease->url().host, pool_->url(lease->index()).host);
}

TEST_F(EndpointPoolTest, TheEndpointWithFewestOutstandingRequestsWins) {
  make(3);
  auto a = pool_->acquire();
  auto b = pool_->acquire();
  auto c = pool_->acquire();
  ASSERT_TRUE(a.ok() && b.ok() && c.ok());
  // Three leases on three idle endpoints: one each.
  EXPECT_NE(a->index(), b->index());
  EXPECT_NE(b->index(), c->index());
  EXPECT_NE(a->index(), c->index());
  for (std::size_t i = 0; i < 3; ++i) EXPECT_EQ(pool_->outstanding(i), 1);

  const std::size_t freed = b->index();
  { auto done = std::move(*b); }  // that attempt ends
  EXPECT_EQ(pool_->outstanding(freed), 0);
  // Whatever the rotation, the only endpoint with nothing in flight is chosen,
  // several times over while the others stay busy.
  for (int k = 0; k < 5; ++k) EXPECT_EQ(pick(), freed);
  auto d = pool_->acquire();
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->index(), freed);
  EXPECT_EQ(pool_->outstanding(freed), 1);
}

TEST_F(EndpointPoolTest, EqualLoadsTakeTurns) {
  make(3);
  std::vector<std::size_t> order;
  for (int k = 0; k < 9; ++k) order.push_back(pick());  // each lease released at once
  std::map<std::size_t, int> count;
  for (std::size_t i : order) ++count[i];
  EXPECT_EQ(count[0], 3);
  EXPECT_EQ(count[1], 3);
  EXPECT_EQ(count[2], 3);
  for (std::size_t k = 1; k < order.size(); ++k) EXPECT_NE(order[k], order[k - 1]);
}

TEST_F(EndpointPoolTest, LeasesCountUntilDestroyedAndMovesDoNotDoubleCount) {
  make(1);
  {
    auto lease = pool_->acquire();
    ASSERT_TRUE(lease.ok());
    EXPECT_EQ(pool_->outstanding(0), 1);
    EndpointPool::Lease moved = std::move(*lease);
    EXPECT_EQ(pool_->outstanding(0), 1);
    auto other = pool_->acquire();
    ASSERT_TRUE(other.ok());
    EXPECT_EQ(pool_->outstanding(0), 2);
    moved = std::move(*other);  // the lease it held is given back
    EXPECT_EQ(pool_->outstanding(0), 1);
  }
  EXPECT_EQ(pool_->outstanding(0), 0);
}

TEST_F(EndpointPoolTest, AConnectFailureTakesAnEndpointOutAtOnce) {
  make(3);
  pool_->report_connect_failure(1, "connection refused");
  EXPECT_FALSE(pool_->up(1));
  ASSERT_EQ(seen_.size(), 1u);
  EXPECT_EQ(seen_[0].index, 1u);
  EXPECT_FALSE(seen_[0].up);
  EXPECT_EQ(seen_[0].why, "connection refused");
  for (int k = 0; k < 10; ++k) EXPECT_NE(pick(), 1u);
  // Already out: a second report changes nothing and is not announced again.
  pool_->report_connect_failure(1, "connection refused");
  EXPECT_EQ(seen_.size(), 1u);
}

TEST_F(EndpointPoolTest, FailedProbesTakeAnEndpointOutOnlyAfterUnhealthyAfterInARow) {
  make(2, thresholds(3, 1));
  pool_->report_probe(0, false, "HTTP 503");
  pool_->report_probe(0, false, "HTTP 503");
  EXPECT_TRUE(pool_->up(0));
  pool_->report_probe(0, true, "HTTP 200");  // the run is broken
  pool_->report_probe(0, false, "HTTP 503");
  pool_->report_probe(0, false, "HTTP 503");
  EXPECT_TRUE(pool_->up(0));
  EXPECT_TRUE(seen_.empty());
  pool_->report_probe(0, false, "GET /health answered HTTP 503");
  EXPECT_FALSE(pool_->up(0));
  ASSERT_EQ(seen_.size(), 1u);
  EXPECT_FALSE(seen_[0].up);
  EXPECT_EQ(seen_[0].why, "GET /health answered HTTP 503");
  EXPECT_TRUE(pool_->up(1));
}

TEST_F(EndpointPoolTest, AnEndpointComesBackAfterHealthyAfterGoodProbesInARow) {
  make(2, thresholds(1, 3));
  pool_->report_connect_failure(0, "connection refused");
  ASSERT_FALSE(pool_->up(0));
  pool_->report_probe(0, true, "ok");
  pool_->report_probe(0, true, "ok");
  EXPECT_FALSE(pool_->up(0));
  pool_->report_probe(0, false, "refused");  // the run is broken
  pool_->report_probe(0, true, "ok");
  pool_->report_probe(0, true, "ok");
  EXPECT_FALSE(pool_->up(0));
  for (int k = 0; k < 4; ++k) EXPECT_EQ(pick(), 1u);
  pool_->report_probe(0, true, "GET /health answered HTTP 200");
  EXPECT_TRUE(pool_->up(0));
  ASSERT_EQ(seen_.size(), 2u);
  EXPECT_TRUE(seen_[1].up);
  EXPECT_EQ(seen_[1].index, 0u);
  // Back in rotation: both endpoints serve again.
  std::map<std::size_t, int> count;
  for (int k = 0; k < 4; ++k) ++count[pick()];
  EXPECT_EQ(count[0], 2);
  EXPECT_EQ(count[1], 2);
}

TEST_F(EndpointPoolTest, APassiveFailureRestartsTheRunOfGoodProbes) {
  make(1, thresholds(1, 2));
  pool_->report_connect_failure(0, "refused");
  pool_->report_probe(0, true, "ok");
  pool_->report_connect_failure(0, "refused");
  pool_->report_probe(0, true, "ok");
  EXPECT_FALSE(pool_->up(0));
  pool_->report_probe(0, true, "ok");
  EXPECT_TRUE(pool_->up(0));
}

TEST_F(EndpointPoolTest, WithEveryEndpointOutAcquireFailsAtOnceWithARetryableError) {
  make(2);
  pool_->report_connect_failure(0, "upstream http://10.0.0.1:8080 failed (connect): refused");
  pool_->report_connect_failure(1, "upstream http://10.0.0.2:8080 failed (connect): refused");
  auto lease = pool_->acquire();
  ASSERT_FALSE(lease.ok());
  const core::Error& e = lease.error();
  EXPECT_EQ(e.kind, core::ErrorKind::upstream_unreachable);
  EXPECT_EQ(e.status, 502);
  EXPECT_TRUE(e.retryable);  // the gateway's retry and fallback move on
  EXPECT_EQ(e.code, "no_healthy_endpoint");
  EXPECT_NE(e.message.find("provider 'local' has no healthy endpoint"), std::string::npos)
      << e.message;
  EXPECT_NE(e.message.find("http://10.0.0.2:8080/v1: upstream http://10.0.0.2:8080 failed"),
            std::string::npos)
      << e.message;
  EXPECT_EQ(pool_->outstanding(0), 0);
  EXPECT_EQ(pool_->outstanding(1), 0);

  pool_->report_probe(1, true, "ok");
  EXPECT_EQ(pick(), 1u);
}

TEST_F(EndpointPoolTest, WithoutHealthOptionsNothingIsEverTakenOut) {
  pool_ = std::make_unique<EndpointPool>("cloud", urls(1), std::nullopt);
  pool_->report_connect_failure(0, "refused");
  pool_->report_probe(0, false, "HTTP 500");
  pool_->report_probe(0, false, "HTTP 500");
  EXPECT_TRUE(pool_->up(0));
  EXPECT_EQ(pick(), 0u);
}

TEST_F(EndpointPoolTest, ConcurrentLeasesAllComeBack) {
  make(3);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([this] {
      for (int k = 0; k < 20'000; ++k) {
        auto lease = pool_->acquire();
        ASSERT_TRUE(lease.ok());
        if (k % 1000 == 0) pool_->report_probe(lease->index(), true, "ok");
      }
    });
  }
  for (auto& t : threads) t.join();
  for (std::size_t i = 0; i < 3; ++i) EXPECT_EQ(pool_->outstanding(i), 0);
}

}  // namespace
}  // namespace switchyard::providers
