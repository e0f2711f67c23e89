// A pool of three fake OpenAI-compatible servers behind one provider
// (`endpoints:`), with the gateway in-process: load spreads over the members,
// a killed member is taken out by the attempt that finds it (passive) or by
// probes (active) while requests keep succeeding on the others, and it is
// used again once it is back.
#include <gtest/gtest.h>

#include <future>
#include <optional>
#include <thread>

#include "fakes/fake_openai_upstream.hpp"
#include "support/error_body.hpp"
#include "support/json_compare.hpp"
#include "support/loopback_gateway.hpp"
#include "support/sse_events.hpp"
#include "support/temp_ledger.hpp"

namespace switchyard::gateway {
namespace {

using namespace std::chrono_literals;
using testing::FakeOpenAIUpstream;
using testing::TestResponse;

std::string chat_body(const std::string& model, const std::string& extra = {}) {
  return R"({"model":")" + model + R"(","messages":[{"role":"user","content":"hello pool"}])" +
         extra + "}";
}

// Polls `done` until it holds or 20 s pass (generous: the machine is shared).
bool eventually(const std::function<bool()>& done) {
  const auto until = std::chrono::steady_clock::now() + 20s;
  while (!done()) {
    if (std::chrono::steady_clock::now() > until) return false;
    std::this_thread::sleep_for(5ms);
  }
  return true;
}

class EndpointPoolGatewayTest : public ::testing::Test {
 protected:
  static constexpr int kMembers = 3;

  void SetUp() override {
    for (int i = 0; i < kMembers; ++i) {
      members_.push_back(std::make_unique<FakeOpenAIUpstream>());
      members_.back()->start();
      ports_.push_back(members_.back()->port());
    }
    backup_.start();
  }
  void TearDown() override {
    gw_.stop();
    for (auto& m : members_)
      if (m) m->shutdown();
    backup_.shutdown();
  }

  std::string endpoint(int i) const {
    return "http://127.0.0.1:" + std::to_string(ports_[i]) + "/v1";
  }

  // The pool serves alias "m" (answers at once) and "slow" (after 4 s);
  // alias "guarded" falls back to a plain provider on another server.
  // `health` is the pool's health_check map.
  void start(const std::string& health) {
    std::string endpoints;
    for (int i = 0; i < kMembers; ++i) {
      if (i > 0) endpoints += ", ";
      endpoints += endpoint(i);
    }
    std::string yaml = testing::loopback_server_yaml() +
                       "providers:\n"
                       "  - name: pool\n    kind: openai_compatible\n"
                       "    endpoints: [" +
                       endpoints +
                       "]\n"
                       "    connect_timeout_ms: 1000\n"
                       "    health_check: " +
                       health +
                       "\n"
                       "  - name: single\n    kind: openai_compatible\n    base_url: " +
                       backup_.base_url() +
                       "/v1\n"
                       "models:\n"
                       "  - alias: m\n    deployments:\n"
                       "      - { provider: pool, model: gpt-4o-mini, side: local, "
                       "name: local-pool }\n"
                       "  - alias: slow\n    deployments:\n"
                       "      - { provider: pool, model: slow-4000, side: local }\n"
                       "  - alias: guarded\n    deployments:\n"
                       "      - { provider: pool, model: gpt-4o-mini, side: local, "
                       "name: local-pool }\n"
                       "      - { provider: single, model: gpt-4o-mini, side: cloud, "
                       "name: backup }\n"
                       "routing:\n  retry: { max_attempts: 2, initial_backoff_ms: 1, "
                       "max_backoff_ms: 5 }\n" +
                       ledger_.yaml();
    gw_.start(yaml, nullptr, "pool.yaml");
  }

  TestResponse chat(const std::string& model = "m", const std::string& extra = {}) {
    return gw_.post("/v1/chat/completions", chat_body(model, extra));
  }
  // `n` requests one after another, each of which must succeed.
  void chat_ok(int n) {
    for (int k = 0; k < n; ++k) {
      auto r = chat();
      ASSERT_EQ(r.status, 200u) << r.body;
    }
  }

  // A pool gauge of `endpoint_url` from /metrics; nullopt if absent.
  std::optional<double> gauge(const std::string& name, const std::string& endpoint_url) {
    auto m = gw_.get("/metrics");
    std::string series = name;
    series += "{provider=\"pool\",endpoint=\"";
    series += endpoint_url;
    series += "\"} ";
    const auto at = m.body.find(series);
    if (at == std::string::npos) return std::nullopt;
    return std::stod(m.body.substr(at + series.size()));
  }
  bool is_up(int i) { return gauge("switchyard_endpoint_up", endpoint(i)) == 1.0; }
  bool is_down(int i) { return gauge("switchyard_endpoint_up", endpoint(i)) == 0.0; }

  // The member stops listening; connections to its port are refused.
  void kill(int i) {
    members_[i]->shutdown();
    members_[i].reset();
  }
  // A new server on the dead member's port.
  void revive(int i) {
    members_[i] = std::make_unique<FakeOpenAIUpstream>("127.0.0.1", ports_[i]);
    members_[i]->start();
  }
  // Chat requests that reached member i.
  std::size_t served(int i) const { return members_[i] ? members_[i]->request_count() : 0; }
  void reset_counts() {
    for (auto& m : members_)
      if (m) m->reset();
  }

  std::vector<std::unique_ptr<FakeOpenAIUpstream>> members_;
  std::vector<std::uint16_t> ports_;
  FakeOpenAIUpstream backup_;
  testing::TempLedger ledger_{"switchyard-pool"};
  testing::LoopbackGateway gw_;
};

// One probe at start, then none: tests of balancing and passive health must
// not depend on probes.
const std::string kQuietChecks = "{ interval_ms: 3600000 }";
// Probes every 20 ms, so state changes show quickly.
const std::string kBusyChecks =
    "{ interval_ms: 20, timeout_ms: 1000, unhealthy_after: 2, healthy_after: 2 }";

TEST_F(EndpointPoolGatewayTest, IdleMembersTakeTurns) {
  start(kQuietChecks);
  for (int k = 0; k < 3 * kMembers; ++k) {
    auto r = chat();
    ASSERT_EQ(r.status, 200u) << r.body;
    // The deployment is the one configured, whichever member answered.
    EXPECT_EQ(r.header("x-switchyard-deployment"), "local-pool");
    EXPECT_EQ(r.header("x-switchyard-side"), "local");
  }
  for (int i = 0; i < kMembers; ++i) EXPECT_EQ(served(i), 3u) << "member " << i;
}

TEST_F(EndpointPoolGatewayTest, AMemberBusyWithALongRequestIsPassedOver) {
  start(kQuietChecks);
  auto slow = std::async(std::launch::async, [&] { return chat("slow"); });
  int busy = -1;
  ASSERT_TRUE(eventually([&] {
    for (int i = 0; i < kMembers; ++i)
      if (served(i) == 1) busy = i;
    return busy >= 0;
  }));
  chat_ok(4);
  EXPECT_EQ(served(busy), 1u) << "the busy member got a request while idle ones were free";
  std::size_t others = 0;
  for (int i = 0; i < kMembers; ++i)
    if (i != busy) others += served(i);
  EXPECT_EQ(others, 4u);
  EXPECT_EQ(slow.get().status, 200u);
}

TEST_F(EndpointPoolGatewayTest, ConcurrentStreamsSpreadOverMembersAndAreGivenBack) {
  start(kQuietChecks);
  std::vector<std::future<TestResponse>> streams;
  for (int k = 0; k < 2 * kMembers; ++k)
    streams.push_back(std::async(std::launch::async, [&] {
      return chat("m", R"(,"stream":true,"stream_options":{"include_usage":true})");
    }));
  for (auto& f : streams) {
    auto r = f.get();
    ASSERT_EQ(r.status, 200u) << r.body;
    const auto events = testing::sse_payloads(r.body);
    ASSERT_FALSE(events.empty()) << r.body;
    const testing::Parsed usage(events.back());
    EXPECT_TRUE(usage.has("/usage/completion_tokens") &&
                usage["/usage/completion_tokens"].is_int64())
        << r.body;
    EXPECT_TRUE(testing::ends_with_done(r.body)) << r.body;
  }
  for (int i = 0; i < kMembers; ++i) {
    EXPECT_GE(served(i), 1u) << "member " << i;
    // Every lease was given back when its stream ended.
    EXPECT_EQ(gauge("switchyard_endpoint_outstanding_requests", endpoint(i)), 0.0);
  }
}

TEST_F(EndpointPoolGatewayTest, AKilledMemberIsTakenOutByTheAttemptThatFindsItDead) {
  start(kQuietChecks);
  // The one probe at start has been answered, so no late good probe can put
  // the member back after the request below took it out.
  ASSERT_TRUE(eventually([&] { return members_[1]->health_checks() >= 1; }));
  kill(1);
  // One of these lands on the dead member, cannot connect, takes it out and
  // is retried on another member: every request succeeds.
  chat_ok(2 * kMembers);
  EXPECT_TRUE(is_down(1));
  EXPECT_TRUE(is_up(0));
  EXPECT_TRUE(is_up(2));
  EXPECT_EQ(served(0) + served(2), 2u * kMembers);
  // Out means out: the next requests do not try it again.
  chat_ok(4);
  EXPECT_EQ(served(0) + served(2), 2u * kMembers + 4);
}

TEST_F(EndpointPoolGatewayTest, ProbesTakeOutAKilledMemberAndBringItBackWhenItReturns) {
  start(kBusyChecks);
  kill(1);
  // No request needed: the probes find it.
  ASSERT_TRUE(eventually([&] { return is_down(1); }));
  chat_ok(2 * kMembers);
  EXPECT_EQ(served(0) + served(2), 2u * kMembers);

  revive(1);
  ASSERT_TRUE(eventually([&] { return is_up(1); }));
  reset_counts();
  chat_ok(3 * kMembers);
  for (int i = 0; i < kMembers; ++i) EXPECT_EQ(served(i), 3u) << "member " << i;
}

TEST_F(EndpointPoolGatewayTest, AMemberThatSaysItIsNotReadyIsLeftOutUntilItIs) {
  start(kBusyChecks);
  members_[2]->set_health(503);  // llama-server while it loads the model
  ASSERT_TRUE(eventually([&] { return is_down(2); }));
  reset_counts();
  chat_ok(2 * kMembers);
  EXPECT_EQ(served(2), 0u);
  EXPECT_EQ(served(0) + served(1), 2u * kMembers);

  members_[2]->set_health(200);
  ASSERT_TRUE(eventually([&] { return is_up(2); }));
  reset_counts();
  chat_ok(3 * kMembers);
  EXPECT_EQ(served(2), 3u);
  EXPECT_GT(members_[2]->health_checks(), 0u);
}

TEST_F(EndpointPoolGatewayTest, WithEveryMemberDownRequestsFailFastOrFallBack) {
  start(kBusyChecks);
  for (int i = 0; i < kMembers; ++i) kill(i);
  ASSERT_TRUE(eventually([&] { return is_down(0) && is_down(1) && is_down(2); }));

  const auto t0 = std::chrono::steady_clock::now();
  auto r = chat();
  EXPECT_EQ(r.status, 502u) << r.body;
  const auto e = testing::parse_error(r.body);
  EXPECT_TRUE(e.says("has no healthy endpoint")) << r.body;
  EXPECT_EQ(e.code, "no_healthy_endpoint") << r.body;
  EXPECT_LT(std::chrono::steady_clock::now() - t0, 5s);  // not a benchmark: "no hang"

  auto g = chat("guarded");
  ASSERT_EQ(g.status, 200u) << g.body;
  EXPECT_EQ(g.header("x-switchyard-deployment"), "backup");
  EXPECT_NE(g.header("x-switchyard-route-reason").find("local-pool failed"), std::string::npos)
      << g.header("x-switchyard-route-reason");
  EXPECT_EQ(backup_.request_count(), 1u);
}

TEST_F(EndpointPoolGatewayTest, StoppingHealthChecksLeavesRequestsWorking) {
  start(kBusyChecks);
  gw_.gateway().stop_health_checks();
  gw_.gateway().stop_health_checks();
  chat_ok(kMembers);
  for (int i = 0; i < kMembers; ++i) EXPECT_EQ(served(i), 1u);
}

}  // namespace
}  // namespace switchyard::gateway
