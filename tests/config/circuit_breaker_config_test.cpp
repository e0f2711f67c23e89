// circuit_breaker keys: defaults, a provider's values inherited by its
// deployments, a deployment's own keys over them, bad values at their line.
#include <gtest/gtest.h>

#include <string>

#include "switchyard/config/config.hpp"

namespace switchyard::config {
namespace {

LoadResult load(const std::string& providers_extra, const std::string& deployment_extra) {
  const std::string yaml =
      "providers:\n"
      "  - name: up\n"
      "    kind: openai_compatible\n"
      "    base_url: http://127.0.0.1:9/v1\n" +
      providers_extra +
      "models:\n"
      "  - alias: m\n"
      "    deployments:\n"
      "      - { name: a, provider: up, model: x, side: cloud" +
      deployment_extra +
      " }\n"
      "      - { name: b, provider: up, model: y, side: cloud }\n";
  return load_config_text(yaml, "test.yaml", [](const char*) -> const char* { return nullptr; });
}

TEST(CircuitBreakerConfig, DefaultsWhenNotConfigured) {
  auto r = load("", "");
  ASSERT_TRUE(r.config) << r.problems[0].to_string();
  const CircuitBreakerConfig& c = r.config->models[0].deployments[0].circuit_breaker;
  EXPECT_TRUE(c.enabled);
  EXPECT_EQ(c.failure_threshold, 5);
  EXPECT_DOUBLE_EQ(c.error_rate, 0.5);
  EXPECT_EQ(c.min_requests, 20);
  EXPECT_EQ(c.window, Millis(30'000));
  EXPECT_EQ(c.cooldown, Millis(10'000));
  EXPECT_EQ(c.half_open_probes, 1);
}

TEST(CircuitBreakerConfig, DeploymentsInheritTheProvidersAndOverrideTheirOwnKeys) {
  auto r = load(
      "    circuit_breaker: { failure_threshold: 3, cooldown_ms: 2000, half_open_probes: 2 }\n",
      ", circuit_breaker: { cooldown_ms: 500, error_rate: 0 }");
  ASSERT_TRUE(r.config) << r.problems[0].to_string();
  const auto& a = r.config->models[0].deployments[0].circuit_breaker;
  EXPECT_EQ(a.failure_threshold, 3);  // the provider's
  EXPECT_EQ(a.half_open_probes, 2);
  EXPECT_EQ(a.cooldown, Millis(500));  // its own
  EXPECT_DOUBLE_EQ(a.error_rate, 0);
  const auto& b = r.config->models[0].deployments[1].circuit_breaker;
  EXPECT_EQ(b.cooldown, Millis(2000));
  EXPECT_EQ(r.config->providers[0].circuit_breaker.failure_threshold, 3);
}

TEST(CircuitBreakerConfig, BadValuesAreReportedAtTheirLine) {
  auto r = load("    circuit_breaker:\n      failure_threshold: 0\n      error_rate: 1.5\n",
                ", circuit_breaker: { cooldown: 5 }");
  ASSERT_FALSE(r.config);
  std::string all;
  for (const auto& p : r.problems) all += p.to_string() + "\n";
  EXPECT_NE(all.find("test.yaml:6:"), std::string::npos) << all;
  EXPECT_NE(all.find("failure_threshold"), std::string::npos) << all;
  EXPECT_NE(all.find("test.yaml:7:"), std::string::npos) << all;
  EXPECT_NE(all.find("error_rate"), std::string::npos) << all;
  EXPECT_NE(all.find("cooldown_ms"), std::string::npos) << all << "(did-you-mean)";
}

}  // namespace
}  // namespace switchyard::config
