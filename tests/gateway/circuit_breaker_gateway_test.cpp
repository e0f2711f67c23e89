// The per-deployment circuit breaker through the gateway, against the fake
// upstream: a failing deployment is skipped at once once its breaker opens,
// with the reason in the route-reason header and the ledger plan, its state
// in /metrics; after the cool-down a probe closes or re-opens it.
#include <thread>

#include "gateway/upstream_errors_fixture.hpp"

namespace switchyard::gateway {
namespace {

std::string two_deployments(const std::string& first_model, const std::string& breaker) {
  return "  - alias: m\n    deployments:\n"
         "      - { name: a, provider: fake, model: " +
         first_model + ", side: cloud, circuit_breaker: " + breaker +
         " }\n"
         "      - { name: b, provider: fake, model: gpt-4o-mini, side: cloud }\n";
}

const std::string kOneAttempt = "{ max_attempts: 1 }";

std::size_t requests_for(const testing::FakeOpenAIUpstream& up, const std::string& model) {
  std::size_t n = 0;
  for (const auto& r : up.requests())
    n += testing::str(testing::Parsed(r.body)["/model"]) == model ? 1 : 0;
  return n;
}

class CircuitBreakerGatewayTest : public UpstreamErrorsTest {
 protected:
  std::string metrics() {
    return testing::http_request(gw_.port(), http::bhttp::verb::get, "/metrics").body;
  }
};

TEST_F(CircuitBreakerGatewayTest, AFailingDeploymentIsSkippedOnceItsBreakerOpens) {
  start(two_deployments("flaky-100-open",
                        "{ failure_threshold: 2, error_rate: 0, cooldown_ms: 600000 }"),
        {}, kOneAttempt);
  for (int i = 0; i < 2; ++i) {
    auto r = chat("m");
    ASSERT_EQ(r.status, 200u) << r.body;
    EXPECT_EQ(r.header("x-switchyard-deployment"), "b");
  }
  EXPECT_EQ(requests_for(upstream_, "flaky-100-open"), 2u);
  EXPECT_NE(metrics().find("switchyard_circuit_state{deployment=\"a\"} 1"), std::string::npos)
      << metrics();

  auto r = chat("m");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-deployment"), "b");
  EXPECT_NE(r.header("x-switchyard-route-reason").find("a: circuit open"), std::string::npos)
      << r.header("x-switchyard-route-reason");
  EXPECT_EQ(requests_for(upstream_, "flaky-100-open"), 2u) << "an open breaker sends nothing";
  const auto records = ledger_records();
  ASSERT_EQ(records.size(), 3u);
  EXPECT_NE(records[2].plan.find("a: skipped, circuit open"), std::string::npos) << records[2].plan;
  EXPECT_EQ(records[1].plan.find("circuit open"), std::string::npos) << records[1].plan;
  const std::string m = metrics();
  EXPECT_NE(m.find("switchyard_circuit_transitions_total{deployment=\"a\",to=\"open\"} 1"),
            std::string::npos)
      << m;
  EXPECT_NE(m.find("switchyard_circuit_state{deployment=\"b\"} 0"), std::string::npos) << m;
}

TEST_F(CircuitBreakerGatewayTest, WhenEveryDeploymentIsOpenTheClientIsToldWhy) {
  start(
      "  - alias: m\n    deployments:\n"
      "      - { name: a, provider: fake, model: error-500, side: cloud, circuit_breaker: "
      "{ failure_threshold: 1, cooldown_ms: 600000 } }\n",
      {}, kOneAttempt);
  auto first = chat("m");
  EXPECT_EQ(first.status, 500u) << first.body;
  auto r = chat("m");
  ASSERT_EQ(r.status, 503u) << r.body;
  EXPECT_EQ(testing::parse_error(r.body).code, "circuit_open") << r.body;
  EXPECT_NE(r.header("x-switchyard-route-reason").find("a: circuit open"), std::string::npos)
      << r.header("x-switchyard-route-reason");
  EXPECT_EQ(upstream_.request_count(), 1u);
}

TEST_F(CircuitBreakerGatewayTest, ClientErrorsDoNotOpenIt) {
  start(two_deployments("error-400", "{ failure_threshold: 1, cooldown_ms: 600000 }"), {},
        kOneAttempt);
  for (int i = 0; i < 3; ++i) EXPECT_EQ(chat("m").status, 400u);
  EXPECT_EQ(upstream_.request_count(), 3u);
  EXPECT_NE(metrics().find("switchyard_circuit_state{deployment=\"a\"} 0"), std::string::npos);
}

TEST_F(CircuitBreakerGatewayTest, AfterTheCooldownASucceedingProbeClosesIt) {
  // flaky-2: the first two requests fail, the third (the probe) succeeds.
  start(two_deployments("flaky-2-probe", "{ failure_threshold: 2, error_rate: 0, cooldown_ms: 1 }"),
        {}, kOneAttempt);
  EXPECT_EQ(chat("m").header("x-switchyard-deployment"), "b");
  EXPECT_EQ(chat("m").header("x-switchyard-deployment"), "b");
  std::this_thread::sleep_for(std::chrono::milliseconds(20));  // longer than the cool-down
  auto probe = chat("m");
  ASSERT_EQ(probe.status, 200u) << probe.body;
  EXPECT_EQ(probe.header("x-switchyard-deployment"), "a");
  const std::string m = metrics();
  EXPECT_NE(m.find("switchyard_circuit_state{deployment=\"a\"} 0"), std::string::npos) << m;
  for (const char* to : {"open", "half_open", "closed"})
    EXPECT_NE(m.find("switchyard_circuit_transitions_total{deployment=\"a\",to=\"" +
                     std::string(to) + "\"} 1"),
              std::string::npos)
        << to << "\n"
        << m;
}

TEST_F(CircuitBreakerGatewayTest, AFailingProbeReopensItAndTheRequestFallsBack) {
  start(two_deployments("flaky-3-probe", "{ failure_threshold: 2, error_rate: 0, cooldown_ms: 1 }"),
        {}, kOneAttempt);
  chat("m");
  chat("m");
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  auto r = chat("m");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-deployment"), "b");
  EXPECT_EQ(requests_for(upstream_, "flaky-3-probe"), 3u);
  const std::string m = metrics();
  EXPECT_NE(m.find("switchyard_circuit_transitions_total{deployment=\"a\",to=\"open\"} 2"),
            std::string::npos)
      << m;
}

TEST_F(CircuitBreakerGatewayTest, ProviderKeysApplyToItsDeployments) {
  start(
      "  - alias: m\n    deployments:\n"
      "      - { name: a, provider: fake, model: error-503, side: cloud }\n"
      "      - { name: b, provider: fake, model: gpt-4o-mini, side: cloud }\n",
      {}, kOneAttempt, "    circuit_breaker: { failure_threshold: 1, cooldown_ms: 600000 }\n");
  chat("m");
  auto r = chat("m");
  EXPECT_NE(r.header("x-switchyard-route-reason").find("a: circuit open"), std::string::npos)
      << r.header("x-switchyard-route-reason");
  EXPECT_EQ(requests_for(upstream_, "error-503"), 1u);
}

}  // namespace
}  // namespace switchyard::gateway
