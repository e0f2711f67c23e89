// Routing rules under live reload: a new policy decides new requests at
// once while a request in flight finishes under the plan it started with,
// and a policy with mistakes is refused, each at its file:line, while the
// running rules keep deciding.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>

#include "fakes/fake_openai_upstream.hpp"
#include "support/json_compare.hpp"
#include "support/loopback_gateway.hpp"
#include "support/temp_ledger.hpp"

namespace switchyard::gateway {
namespace {

using Headers = std::vector<std::pair<std::string, std::string>>;

std::string chat_body() {
  return R"({"model":"m","messages":[{"role":"user","content":"my parcel is late"}]})";
}

// The 1-based line of `text` that holds `needle` (0: none).
int line_of(const std::string& text, const std::string& needle) {
  const std::size_t at = text.find(needle);
  if (at == std::string::npos) return 0;
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + at, '\n'));
}

class RoutingReloadTest : public ::testing::Test {
 protected:
  void SetUp() override {
    upstream_.start();
    path_ = (std::filesystem::temp_directory_path() /
             ("switchyard-routing-reload-" + std::to_string(::getpid()) + "-" +
              ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".yaml"))
                .string();
  }
  void TearDown() override {
    gw_.stop();
    upstream_.shutdown();
    std::filesystem::remove(path_);
  }

  // Model m: local-a (answering as `local_model` at the fake), then cloud-a.
  std::string yaml(const std::string& local_model, const std::string& rules) const {
    return testing::loopback_server_yaml(2) +
           "providers:\n"
           "  - { name: local, kind: openai_compatible, base_url: " +
           upstream_.base_url() +
           "/v1 }\n"
           "  - { name: cloud, kind: openai_compatible, base_url: " +
           upstream_.base_url() +
           "/v1 }\n"
           "models:\n"
           "  - alias: m\n    deployments:\n"
           "      - { name: local-a, provider: local, model: " +
           local_model +
           ", side: local }\n"
           "      - { name: cloud-a, provider: cloud, model: cloud-model, side: cloud }\n"
           "routing:\n  retry: { max_attempts: 1 }\n  rules:\n" +
           rules + ledger_.yaml();
  }
  ReloadResult reload(const std::string& text) {
    std::ofstream(path_) << text;
    return gw_.gateway().reload_file(path_);
  }
  testing::TestResponse triage() {
    return gw_.post("/v1/chat/completions", chat_body(), {{"x-switchyard-task", "triage"}});
  }

  testing::FakeOpenAIUpstream upstream_{"127.0.0.1", 0, 2};
  testing::TempLedger ledger_{"switchyard-routing-reload"};
  testing::LoopbackGateway gw_;
  std::string path_;
};

const std::string kToLocal =
    "    - { name: triage-local, when: { task: triage }, then: { pin: local-a } }\n";
const std::string kToCloud =
    "    - { name: triage-cloud, when: { task: triage }, then: { pin: cloud-a } }\n";

TEST_F(RoutingReloadTest, ANewPolicyDecidesNewRequestsWhileOneInFlightKeepsItsPlan) {
  // slow-3000: the local deployment holds each request for 3 s.
  gw_.start(yaml("slow-3000", kToLocal));
  testing::TestResponse in_flight;
  std::atomic<bool> answered{false};
  std::thread first([&] {
    in_flight = triage();
    answered = true;
  });
  const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (upstream_.request_count() == 0 && std::chrono::steady_clock::now() < give_up)
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  ReloadResult r = reload(yaml("slow-3000", kToCloud));
  // Still held at the fake: the reload came while it was in flight.
  const bool reloaded_in_flight = upstream_.request_count() == 1 && !answered.load();
  ASSERT_TRUE(r.applied) << (r.problems.empty() ? "" : r.problems[0].to_string());
  auto after = triage();
  first.join();
  ASSERT_TRUE(reloaded_in_flight);
  ASSERT_EQ(in_flight.status, 200u) << in_flight.body;
  EXPECT_EQ(in_flight.header("x-switchyard-deployment"), "local-a");
  EXPECT_EQ(in_flight.header("x-switchyard-route-reason").rfind("rule 'triage-local'", 0), 0u)
      << in_flight.header("x-switchyard-route-reason");
  ASSERT_EQ(after.status, 200u) << after.body;
  EXPECT_EQ(after.header("x-switchyard-deployment"), "cloud-a");
  EXPECT_EQ(after.header("x-switchyard-route-reason").rfind("rule 'triage-cloud'", 0), 0u)
      << after.header("x-switchyard-route-reason");
  const auto records = gw_.ledger_records(ledger_.path());
  ASSERT_EQ(records.size(), 2u);
  std::vector<std::string> rules{records[0].route_rule, records[1].route_rule};
  std::sort(rules.begin(), rules.end());
  EXPECT_EQ(rules, (std::vector<std::string>{"triage-cloud", "triage-local"}));
}

TEST_F(RoutingReloadTest, APolicyWithMistakesIsRefusedAtTheirLinesAndTheRunningOneStays) {
  gw_.start(yaml("local-model", kToLocal));
  const std::string bad =
      yaml("local-model",
           "    - { name: misspelt, when: { tsak: triage }, then: { pin: "
           "cloud-a } }\n"
           "    - { name: nowhere, when: { task: x }, then: { pin: cloud-b } }\n");
  ReloadResult r = reload(bad);
  ASSERT_FALSE(r.applied);
  ASSERT_EQ(r.problems.size(), 2u);
  EXPECT_EQ(r.problems[0].file, path_);
  EXPECT_EQ(r.problems[0].line, line_of(bad, "tsak")) << r.problems[0].to_string();
  EXPECT_NE(r.problems[0].message.find("'task'"), std::string::npos) << r.problems[0].to_string();
  EXPECT_EQ(r.problems[1].line, line_of(bad, "cloud-b")) << r.problems[1].to_string();
  EXPECT_NE(r.problems[1].message.find("cloud-b"), std::string::npos) << r.problems[1].to_string();
  EXPECT_EQ(gw_.gateway().reloads(), 0u);
  auto still = triage();
  ASSERT_EQ(still.status, 200u) << still.body;
  EXPECT_EQ(still.header("x-switchyard-deployment"), "local-a");
  EXPECT_EQ(still.header("x-switchyard-route-reason").rfind("rule 'triage-local'", 0), 0u);
}

}  // namespace
}  // namespace switchyard::gateway
