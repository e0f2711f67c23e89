// Load-aware spill through the gateway, against the fake upstream as both
// sides: a local deployment whose requests are held (model slow-<ms>) fills
// its queue, and public traffic moves to the cloud while restricted traffic
// waits for the local side or gets 503 with Retry-After; nothing restricted
// reaches the cloud, whatever fails on the way (retries, fallback).
#include <atomic>
#include <thread>
#include <vector>

#include "gateway/upstream_errors_fixture.hpp"

namespace switchyard::gateway {
namespace {

constexpr const char* kRestrictedMarker = "restricted-marker-7f3a";

class LoadSpillTest : public ::testing::Test {
 protected:
  void SetUp() override { upstream_.start(); }
  void TearDown() override {
    for (auto& t : background_) t.join();
    gw_.stop();
    upstream_.shutdown();
  }

  // Two providers on the same fake: "local" and "cloud", so the local
  // provider's queue depth counts only what the local deployments hold.
  void start(const std::string& models, const std::string& spill = "{ max_wait_ms: 200 }",
             const std::string& retry = "{ max_attempts: 1 }") {
    const std::string yaml = testing::loopback_server_yaml() +
                             "providers:\n"
                             "  - { name: local, kind: openai_compatible, base_url: " +
                             upstream_.base_url() +
                             "/v1 }\n"
                             "  - { name: cloud, kind: openai_compatible, base_url: " +
                             upstream_.base_url() + "/v1 }\n" + "models:\n" + models +
                             "routing:\n  retry: " + retry + "\n  spill: " + spill + "\n" +
                             ledger_.yaml();
    gw_.start(yaml);
  }

  testing::TestResponse chat(const std::string& model, const std::string& text = "hello",
                             std::vector<std::pair<std::string, std::string>> headers = {}) {
    return gw_.post("/v1/chat/completions", chat_request(model, text), std::move(headers));
  }
  testing::TestResponse restricted(const std::string& model) {
    return chat(model, std::string("payroll ") + kRestrictedMarker,
                {{"x-switchyard-data-class", "restricted"}});
  }

  std::size_t requests_for(const std::string& model) const {
    std::size_t n = 0;
    for (const auto& r : upstream_.requests())
      n += testing::str(testing::Parsed(r.body)["/model"]) == model ? 1 : 0;
    return n;
  }

  // `n` requests for alias m in flight in the background, each held by the
  // fake as `model` (the local deployment's); returns once all of them have
  // reached it.
  void hold(const std::string& model, int n) {
    const std::size_t before = requests_for(model);
    for (int i = 0; i < n; ++i)
      background_.emplace_back([this] {
        auto r = chat("m");
        if (r.status != 200) {
          failures_.fetch_add(1);
          ADD_FAILURE() << r.status << " " << r.body;
        }
      });
    const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (requests_for(model) < before + n) {
      ASSERT_LT(std::chrono::steady_clock::now(), give_up) << "the held requests never arrived";
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
  }
  void wait_background() {
    for (auto& t : background_) t.join();
    background_.clear();
  }

  testing::FakeOpenAIUpstream upstream_{"127.0.0.1", 0, 2};
  testing::TempLedger ledger_{"switchyard-load-spill"};
  testing::LoopbackGateway gw_;
  std::vector<std::thread> background_;
  std::atomic<int> failures_{0};
};

// A model whose local deployment holds each request `ms` and spills at a
// queue depth of 2; its cloud deployment answers at once.
std::string hybrid(int ms, const std::string& more = {}) {
  return "  - alias: m\n    deployments:\n"
         "      - { name: local-a, provider: local, model: slow-" +
         std::to_string(ms) + ", side: local, spill: { queue_depth: 2 } }\n" + more +
         "      - { name: cloud-a, provider: cloud, model: cloud-model, side: cloud }\n";
}

TEST_F(LoadSpillTest, UnderItsLimitsTheLocalDeploymentServes) {
  start(hybrid(1));
  auto r = chat("m");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-deployment"), "local-a");
  EXPECT_EQ(r.header("x-switchyard-route-reason").find("spill"), std::string::npos);
}

TEST_F(LoadSpillTest, PublicTrafficSpillsToTheCloudAtTheQueueLimitAndReturns) {
  start(hybrid(1500));
  hold("slow-1500", 2);
  auto r = chat("m");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-deployment"), "cloud-a");
  const std::string reason = r.header("x-switchyard-route-reason");
  EXPECT_NE(reason.find("spilled from 'local-a' (queue depth 2 (limit 2))"), std::string::npos)
      << reason;
  wait_background();
  EXPECT_EQ(failures_.load(), 0);
  auto back = chat("m");
  ASSERT_EQ(back.status, 200u) << back.body;
  EXPECT_EQ(back.header("x-switchyard-deployment"), "local-a");
  const auto records = gw_.ledger_records(ledger_.path());
  ASSERT_EQ(records.size(), 4u);
  // The spilled request's record says so in its plan; the last one does not.
  std::size_t spilled = 0;
  for (const auto& rec : records)
    if (rec.plan.find("local-a: over its load limits (queue depth 2 (limit 2)), tried last") !=
        std::string::npos) {
      ++spilled;
      EXPECT_EQ(rec.deployment, "cloud-a") << rec.plan;
    }
  EXPECT_EQ(spilled, 1u);
  EXPECT_EQ(records.back().plan.find("load limits"), std::string::npos) << records.back().plan;
  const std::string m = gw_.get("/metrics").body;
  EXPECT_NE(m.find("switchyard_spill_transitions_total{deployment=\"local-a\",to=\"spilling\"} 1"),
            std::string::npos)
      << m;
  EXPECT_NE(m.find("switchyard_spill_transitions_total{deployment=\"local-a\",to=\"back\"} 1"),
            std::string::npos)
      << m;
}

TEST_F(LoadSpillTest, RestrictedNeverSpillsItWaitsThenGets503WithRetryAfter) {
  start(hybrid(1500));
  hold("slow-1500", 2);
  auto r = restricted("m");
  ASSERT_EQ(r.status, 503u) << r.body;
  EXPECT_EQ(r.header("retry-after"), "1");
  const auto e = testing::parse_error(r.body);
  EXPECT_EQ(e.code, "local_capacity_exceeded") << r.body;
  EXPECT_TRUE(e.says("routing.spill.max_wait_ms")) << r.body;
  EXPECT_TRUE(e.says("local-a: queue depth 2 (limit 2)")) << r.body;
  EXPECT_EQ(r.header("x-switchyard-data-class"), "restricted");
  EXPECT_NE(r.header("x-switchyard-route-reason").find("held"), std::string::npos);
  EXPECT_EQ(requests_for("cloud-model"), 0u);
  EXPECT_EQ(requests_for("slow-1500"), 2u) << "the held request was sent nowhere";
}

TEST_F(LoadSpillTest, RestrictedWaitsForTheLocalSideAndIsServedThere) {
  start(hybrid(300), "{ max_wait_ms: 10000 }");
  hold("slow-300", 2);
  auto r = restricted("m");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-deployment"), "local-a");
  EXPECT_NE(r.header("x-switchyard-route-reason").find("waited"), std::string::npos)
      << r.header("x-switchyard-route-reason");
  EXPECT_EQ(requests_for("cloud-model"), 0u);
}

// Adversarial: the local deployment the restricted request may use fails
// (retries, then fallback) while another is over its limits and the cloud
// is idle: it ends on a local deployment or a local error, never the cloud.
TEST_F(LoadSpillTest, RestrictedUnderOverloadWithRetriesAndFallbackNeverReachesTheCloud) {
  start(hybrid(1500, "      - { name: local-b, provider: local, model: error-503, side: local }\n"),
        "{ max_wait_ms: 100 }", "{ max_attempts: 3, initial_backoff_ms: 1, max_backoff_ms: 2 }");
  hold("slow-1500", 2);
  // local-a is over its limits: local-b (failing) first, then local-a, last
  // but still local, which answers once the fake lets it go.
  auto r = restricted("m");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-deployment"), "local-a");
  const std::string reason = r.header("x-switchyard-route-reason");
  EXPECT_NE(reason.find("local-b failed"), std::string::npos) << reason;
  for (const auto& rec : upstream_.requests()) {
    if (rec.body.find(kRestrictedMarker) != std::string::npos) {
      EXPECT_NE(testing::str(testing::Parsed(rec.body)["/model"]), "cloud-model");
    }
  }
  EXPECT_EQ(requests_for("cloud-model"), 0u);
  EXPECT_GE(requests_for("error-503"), 3u) << "retried on the local deployment";
}

// Many threads, public and restricted mixed, while the local side is over
// its limits and returning: the cloud sees public traffic and never the
// restricted marker.
TEST_F(LoadSpillTest, MixedTrafficUnderOverloadTheCloudNeverSeesRestrictedData) {
  start(hybrid(100), "{ max_wait_ms: 2000 }");
  constexpr int kThreads = 6;
  constexpr int kEach = 8;
  std::atomic<int> restricted_ok{0}, restricted_503{0}, public_ok{0}, other{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < kEach; ++i) {
        const bool is_restricted = (t + i) % 2 == 0;
        auto r = is_restricted ? restricted("m") : chat("m");
        if (r.status == 200 && is_restricted) {
          restricted_ok.fetch_add(1);
          if (r.header("x-switchyard-side") != "local") other.fetch_add(1);
        } else if (r.status == 503 && is_restricted) {
          restricted_503.fetch_add(1);
        } else if (r.status == 200) {
          public_ok.fetch_add(1);
        } else {
          other.fetch_add(1);
        }
      }
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(other.load(), 0);
  EXPECT_EQ(public_ok.load() + restricted_ok.load() + restricted_503.load(), kThreads * kEach);
  for (const auto& rec : upstream_.requests()) {
    if (testing::str(testing::Parsed(rec.body)["/model"]) == "cloud-model") {
      EXPECT_EQ(rec.body.find(kRestrictedMarker), std::string::npos) << rec.body;
    }
  }
  EXPECT_GT(requests_for("cloud-model"), 0u) << "six threads over a limit of two spill";
}

}  // namespace
}  // namespace switchyard::gateway
