// spill keys: a local deployment's limits, routing.spill's settings, and
// every mistake reported at its line with what to write instead.
#include <gtest/gtest.h>

#include <string>

#include "switchyard/config/config.hpp"

namespace switchyard::config {
namespace {

LoadResult load(const std::string& local_extra, const std::string& routing = "",
                const std::string& cloud_extra = "") {
  const std::string yaml =
      "providers:\n"
      "  - name: up\n"
      "    kind: openai_compatible\n"
      "    base_url: http://127.0.0.1:9/v1\n"
      "models:\n"
      "  - alias: m\n"
      "    deployments:\n"
      "      - { name: local, provider: up, model: x, side: local" +
      local_extra +
      " }\n"
      "      - { name: cloud, provider: up, model: y, side: cloud" +
      cloud_extra + " }\n" + routing;
  return load_config_text(yaml, "test.yaml", [](const char*) -> const char* { return nullptr; });
}

std::string all_problems(const LoadResult& r) {
  std::string all;
  for (const auto& p : r.problems) all += p.to_string() + "\n";
  return all;
}

TEST(SpillConfig, OffAndDefaultsWhenNotConfigured) {
  auto r = load("");
  ASSERT_TRUE(r.config) << all_problems(r);
  EXPECT_FALSE(r.config->models[0].deployments[0].spill.any());
  EXPECT_DOUBLE_EQ(r.config->spill.resume_below, 0.8);
  EXPECT_EQ(r.config->spill.latency_window, Millis(2'000));
  EXPECT_EQ(r.config->spill.max_wait, Millis(5'000));
}

TEST(SpillConfig, ALocalDeploymentsLimitsAndTheRoutingSettingsAreRead) {
  auto r = load(", spill: { queue_depth: 8, p95_ms: 1500 }",
                "routing:\n  spill:\n    resume_below: 0.5\n    latency_window_ms: 1000\n"
                "    max_wait_ms: 250\n");
  ASSERT_TRUE(r.config) << all_problems(r);
  const SpillLimitsConfig& s = r.config->models[0].deployments[0].spill;
  EXPECT_EQ(s.queue_depth, 8);
  EXPECT_EQ(s.p95, Millis(1500));
  EXPECT_FALSE(r.config->models[0].deployments[1].spill.any());
  EXPECT_DOUBLE_EQ(r.config->spill.resume_below, 0.5);
  EXPECT_EQ(r.config->spill.latency_window, Millis(1000));
  EXPECT_EQ(r.config->spill.max_wait, Millis(250));
}

TEST(SpillConfig, LimitsOnACloudDeploymentAreRefused) {
  auto r = load("", "", ", spill: { queue_depth: 8 }");
  ASSERT_FALSE(r.config);
  const std::string all = all_problems(r);
  EXPECT_NE(all.find("test.yaml:9:"), std::string::npos) << all;
  EXPECT_NE(all.find("only a local deployment"), std::string::npos) << all;
}

TEST(SpillConfig, EveryMistakeIsReportedAtItsLine) {
  auto r = load(", spill: { queue_depth: 0, p95: 100, max_wait_ms: 5 }",
                "routing:\n  spill:\n    resume_below: 1.5\n    latency_window_ms: 10\n"
                "    queue_depth: 3\n    max_wait_ms: soon\n");
  ASSERT_FALSE(r.config);
  const std::string all = all_problems(r);
  EXPECT_NE(all.find("test.yaml:8:"), std::string::npos) << all;
  EXPECT_NE(all.find("queue_depth"), std::string::npos) << all;
  EXPECT_NE(all.find("p95_ms"), std::string::npos) << all << "(did-you-mean)";
  EXPECT_NE(all.find("it goes under routing.spill"), std::string::npos) << all;
  EXPECT_NE(all.find("test.yaml:12: 'resume_below'"), std::string::npos) << all;
  EXPECT_NE(all.find("test.yaml:13: 'latency_window_ms'"), std::string::npos) << all;
  EXPECT_NE(all.find("test.yaml:14:"), std::string::npos) << all;
  EXPECT_NE(all.find("write it under the deployment"), std::string::npos) << all;
  EXPECT_NE(all.find("test.yaml:15: 'max_wait_ms'"), std::string::npos) << all;
}

TEST(SpillConfig, AnEmptySpillMapIsAMistake) {
  auto r = load(", spill: {}");
  ASSERT_FALSE(r.config);
  EXPECT_NE(all_problems(r).find("sets no limit"), std::string::npos) << all_problems(r);
}

}  // namespace
}  // namespace switchyard::config
