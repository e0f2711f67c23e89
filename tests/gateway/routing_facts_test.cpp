// The two routing facts that read more than the request, through the
// gateway: `local_load` (the local providers' queue depth, as load-aware
// spill reads it) and `difficulty` (the difficulty model named by
// routing.difficulty_model, read at start and at every reload), and the
// action that routes by it. The privacy filter still runs after them: a
// hard or load-shed restricted prompt stays local.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <thread>
#include <vector>

#include "fakes/fake_openai_upstream.hpp"
#include "support/json_compare.hpp"
#include "support/loopback_gateway.hpp"
#include "support/temp_ledger.hpp"

namespace switchyard::gateway {
namespace {

std::string chat_body(const std::string& model, const std::string& text) {
  return R"({"model":")" + model + R"(","messages":[{"role":"user","content":")" + text + R"("}]})";
}

// A difficulty model whose score grows with the prompt's length: "hi"
// scores about 0.0002, 600 bytes about 0.9993 (logistic on ln(1 + chars)).
std::string length_model(double threshold, double share) {
  return "switchyard-difficulty-model 1\n"
         "weak w\nstrong s\nlabel weak_correct\nkind logistic\nbias 0\n"
         "feature log_chars 0 20 4 1 -3\n"
         "threshold " +
         std::to_string(threshold) + " " + std::to_string(share) + "\nend\n";
}

// The 1-based line of `text` that holds `needle`.
int line_of(const std::string& text, const std::string& needle) {
  const std::size_t at = text.find(needle);
  if (at == std::string::npos) return 0;
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + at, '\n'));
}

class RoutingFactsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    upstream_.start();
    dir_ = std::filesystem::temp_directory_path() /
           ("switchyard-routing-facts-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override {
    for (auto& t : background_) t.join();
    gw_.stop();
    upstream_.shutdown();
    std::filesystem::remove_all(dir_);
  }

  // Providers "local" and "cloud" on the same fake; model m: a local
  // deployment answering as `local_model`, then a cloud one.
  std::string yaml(const std::string& local_model, const std::string& routing) const {
    return testing::loopback_server_yaml() +
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
           "routing:\n  retry: { max_attempts: 1 }\n" +
           routing + ledger_.yaml();
  }
  std::string write(const std::string& name, const std::string& text) const {
    const std::string path = (dir_ / name).string();
    std::ofstream(path) << text;
    return path;
  }

  testing::TestResponse chat(const std::string& text,
                             std::vector<std::pair<std::string, std::string>> headers = {}) {
    return gw_.post("/v1/chat/completions", chat_body("m", text), std::move(headers));
  }

  std::size_t requests_for(const std::string& model) const {
    std::size_t n = 0;
    for (const auto& r : upstream_.requests())
      n += testing::str(testing::Parsed(r.body)["/model"]) == model ? 1 : 0;
    return n;
  }

  // `n` requests held by the fake as `model` (the local deployment's), in
  // the background; returns once all have reached it.
  void hold(const std::string& model, int n) {
    const std::size_t before = requests_for(model);
    for (int i = 0; i < n; ++i)
      background_.emplace_back([this] {
        auto r = chat("held");
        if (r.status != 200) failures_.fetch_add(1);
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
  testing::TempLedger ledger_{"switchyard-routing-facts"};
  testing::LoopbackGateway gw_;
  std::filesystem::path dir_;
  std::vector<std::thread> background_;
  std::atomic<int> failures_{0};
};

TEST_F(RoutingFactsTest, ALocalLoadRuleMovesTrafficWhileTheLocalQueueIsLong) {
  gw_.start(yaml("slow-1500",
                 "  rules:\n"
                 "    - { name: busy, when: { local_load: { queue_depth: { over: 1 } } },\n"
                 "        then: { prefer: cloud } }\n"));
  auto idle = chat("hello");
  ASSERT_EQ(idle.status, 200u) << idle.body;
  EXPECT_EQ(idle.header("x-switchyard-deployment"), "local-a");
  hold("slow-1500", 2);
  auto busy = chat("hello", {{"x-switchyard-explain", "1"}});
  ASSERT_EQ(busy.status, 200u) << busy.body;
  EXPECT_EQ(busy.header("x-switchyard-deployment"), "cloud-a");
  const std::string reason = busy.header("x-switchyard-route-reason");
  EXPECT_NE(reason.find("rule 'busy' (local_load.queue_depth=2 over 1)"), std::string::npos)
      << reason;
  EXPECT_NE(busy.header("x-switchyard-route-explain").find("local_load.queue_depth=2"),
            std::string::npos);
  // Restricted data matches the same rule, and the privacy filter keeps it local.
  auto restricted = chat("payroll", {{"x-switchyard-data-class", "restricted"}});
  ASSERT_EQ(restricted.status, 200u) << restricted.body;
  EXPECT_EQ(restricted.header("x-switchyard-deployment"), "local-a");
  EXPECT_EQ(requests_for("cloud-model"), 1u);
  wait_background();
  EXPECT_EQ(failures_.load(), 0);
  auto back = chat("hello");
  ASSERT_EQ(back.status, 200u) << back.body;
  EXPECT_EQ(back.header("x-switchyard-deployment"), "local-a");
  const auto records = gw_.ledger_records(ledger_.path());
  std::size_t busy_rule = 0;
  for (const auto& rec : records) busy_rule += rec.route_rule == "busy" ? 1 : 0;
  EXPECT_EQ(busy_rule, 2u);  // the cloud-bound one and the restricted one
}

TEST_F(RoutingFactsTest, ALatencyRuleSeesTheLocalP95) {
  // Every local attempt takes 40 ms: once the window holds 5 of them, the
  // p95 is over 30 ms and the rule holds.
  gw_.start(yaml("slow-40",
                 "  spill: { latency_window_ms: 60000 }\n"
                 "  rules:\n"
                 "    - { name: slow, when: { local_load: { p95_ms: { over: 30 } } },\n"
                 "        then: { prefer: cloud } }\n"));
  for (int i = 0; i < 5; ++i) {
    auto r = chat("hello");
    ASSERT_EQ(r.status, 200u) << r.body;
    ASSERT_EQ(r.header("x-switchyard-deployment"), "local-a") << "attempt " << i;
  }
  // The p95 is read at most every 20 ms: poll, bounded, for the rule to see it.
  const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  for (;;) {
    auto r = chat("hello");
    ASSERT_EQ(r.status, 200u) << r.body;
    if (r.header("x-switchyard-deployment") == "cloud-a") {
      EXPECT_NE(r.header("x-switchyard-route-reason").find("rule 'slow' (local_load.p95_ms="),
                std::string::npos)
          << r.header("x-switchyard-route-reason");
      break;
    }
    ASSERT_LT(std::chrono::steady_clock::now(), give_up) << "the p95 never reached the rule";
  }
}

TEST_F(RoutingFactsTest, TheDifficultyRoutesTheHardestToTheCloudAndAReloadChangesTheModel) {
  const std::string model = write("difficulty.txt", length_model(0.5, 0.3));
  const std::string text = yaml("local-model", "  difficulty_model: " + model +
                                                   "\n"
                                                   "  rules:\n"
                                                   "    - { name: by-difficulty, then: { route: "
                                                   "{ by: difficulty, strong_share: 0.3 } } }\n");
  gw_.start(text);
  auto easy = chat("hi");
  ASSERT_EQ(easy.status, 200u) << easy.body;
  EXPECT_EQ(easy.header("x-switchyard-deployment"), "local-a");
  EXPECT_NE(easy.header("x-switchyard-route-reason").find("not over 0.5"), std::string::npos)
      << easy.header("x-switchyard-route-reason");
  const std::string long_text(600, 'x');
  auto hard = chat(long_text);
  ASSERT_EQ(hard.status, 200u) << hard.body;
  EXPECT_EQ(hard.header("x-switchyard-deployment"), "cloud-a");
  EXPECT_NE(hard.header("x-switchyard-route-reason")
                .find("over 0.5 (calibrated for 30% to the cloud): cloud first"),
            std::string::npos)
      << hard.header("x-switchyard-route-reason");
  // A hard restricted prompt stays local.
  auto restricted = chat(long_text, {{"x-switchyard-data-class", "restricted"}});
  ASSERT_EQ(restricted.status, 200u) << restricted.body;
  EXPECT_EQ(restricted.header("x-switchyard-deployment"), "local-a");

  // A reload reads the model again: at a threshold of 0.9999 the long
  // prompt (about 0.9993) is not hard enough.
  write("difficulty.txt", length_model(0.9999, 0.3));
  const std::string config = write("switchyard.yaml", text);
  ReloadResult r = gw_.gateway().reload_file(config);
  ASSERT_TRUE(r.applied);
  auto after = chat(long_text);
  ASSERT_EQ(after.status, 200u) << after.body;
  EXPECT_EQ(after.header("x-switchyard-deployment"), "local-a");

  // A model calibrated for another share is refused, with the rule's line
  // and the command that calibrates it; the running configuration stays.
  write("difficulty.txt", length_model(0.5, 0.1));
  r = gw_.gateway().reload_file(config);
  EXPECT_FALSE(r.applied);
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].file, config);
  EXPECT_EQ(r.problems[0].line, line_of(text, "name: by-difficulty")) << r.problems[0].to_string();
  EXPECT_NE(r.problems[0].message.find("asks for strong_share 0.3, but the difficulty model"),
            std::string::npos)
      << r.problems[0].to_string();
  EXPECT_NE(r.problems[0].message.find("--strong-share 0.3 --write"), std::string::npos);
  // A model file that is not one: its own line, under the config's.
  write("difficulty.txt", "switchyard-difficulty-model 1\nbias nope\n");
  r = gw_.gateway().reload_file(config);
  EXPECT_FALSE(r.applied);
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].file, config);
  EXPECT_EQ(r.problems[0].line, line_of(text, "difficulty_model:")) << r.problems[0].to_string();
  EXPECT_NE(r.problems[0].message.find("routing.difficulty_model: " + model + ":2:"),
            std::string::npos)
      << r.problems[0].to_string();
  auto still = chat(long_text);
  ASSERT_EQ(still.status, 200u) << still.body;
  EXPECT_EQ(still.header("x-switchyard-deployment"), "local-a");
}

}  // namespace
}  // namespace switchyard::gateway
