// kind: anthropic — Anthropic's Messages API: its endpoint and API version
// by default, the max_tokens it sends for a request that sets none, its
// keys refused on other kinds (and theirs on it) with file:line, one API
// endpoint (no pool), its deployments in the cloud; the examples that use it
// load.
#include <gtest/gtest.h>

#include <string>

#include "support/paths.hpp"
#include "switchyard/config/config.hpp"

namespace switchyard::config {
namespace {

const char* env(const char* name) {
  if (std::string_view(name) == "ANTHROPIC_API_KEY") return "sk-ant-test-0123456789";
  return nullptr;
}

LoadResult load(const std::string& provider, const std::string& side = "cloud") {
  const std::string yaml = "providers:\n" + provider +
                           "models:\n"
                           "  - alias: m\n"
                           "    deployments:\n"
                           "      - {provider: p, model: claude-sonnet-4-5, side: " +
                           side + "}\n";
  return load_config_text(yaml, "test.yaml", env);
}

std::string problems(const LoadResult& r) {
  std::string s;
  for (const auto& p : r.problems) s += p.to_string() + "\n";
  return s;
}

TEST(ConfigAnthropic, DefaultsToAnthropicsEndpointAndVersion) {
  const LoadResult r = load(
      "  - name: p\n"
      "    kind: anthropic\n"
      "    api_key_env: ANTHROPIC_API_KEY\n");
  ASSERT_TRUE(r.config) << problems(r);
  const ProviderConfig& p = r.config->providers.at(0);
  EXPECT_EQ(p.kind, ProviderKind::anthropic);
  EXPECT_STREQ(to_string(p.kind), "anthropic");
  EXPECT_EQ(p.base_url, "https://api.anthropic.com/v1");
  EXPECT_EQ(p.anthropic_version, "2023-06-01");
  EXPECT_EQ(p.default_max_tokens, 4096);
  EXPECT_EQ(p.api_key, "sk-ant-test-0123456789");
}

TEST(ConfigAnthropic, ReadsItsOwnKeys) {
  const LoadResult r = load(
      "  - name: p\n"
      "    kind: anthropic\n"
      "    base_url: https://proxy.example.com/anthropic/v1\n"
      "    anthropic_version: 2024-01-01\n"
      "    default_max_tokens: 8192\n");
  ASSERT_TRUE(r.config) << problems(r);
  const ProviderConfig& p = r.config->providers.at(0);
  EXPECT_EQ(p.base_url, "https://proxy.example.com/anthropic/v1");
  EXPECT_EQ(p.anthropic_version, "2024-01-01");
  EXPECT_EQ(p.default_max_tokens, 8192);
}

TEST(ConfigAnthropic, ExplainsBadValuesWithTheirLine) {
  LoadResult r = load(
      "  - name: p\n"
      "    kind: anthropic\n"
      "    anthropic_version: latest\n");
  ASSERT_FALSE(r.config);
  EXPECT_NE(problems(r).find("test.yaml:4"), std::string::npos) << problems(r);
  EXPECT_NE(problems(r).find("2023-06-01"), std::string::npos) << problems(r);

  r = load(
      "  - name: p\n"
      "    kind: anthropic\n"
      "    default_max_tokens: 0\n");
  ASSERT_FALSE(r.config);
  EXPECT_NE(problems(r).find("test.yaml:4"), std::string::npos) << problems(r);
  EXPECT_NE(problems(r).find("default_max_tokens"), std::string::npos) << problems(r);
}

TEST(ConfigAnthropic, ItsKeysBelongToItAlone) {
  const LoadResult r = load(
      "  - name: p\n"
      "    kind: openai_compatible\n"
      "    base_url: https://api.openai.com/v1\n"
      "    default_max_tokens: 100\n");
  ASSERT_FALSE(r.config);
  EXPECT_NE(problems(r).find("test.yaml:5"), std::string::npos) << problems(r);
  EXPECT_NE(problems(r).find("applies only to kind anthropic"), std::string::npos) << problems(r);

  const LoadResult v = load(
      "  - name: p\n"
      "    kind: anthropic\n"
      "    api_version: 2024-10-21\n");
  ASSERT_FALSE(v.config);
  EXPECT_NE(problems(v).find("applies only to kind azure_openai"), std::string::npos)
      << problems(v);
}

TEST(ConfigAnthropic, IsOneEndpointInTheCloud) {
  LoadResult r = load(
      "  - name: p\n"
      "    kind: anthropic\n"
      "    endpoints: [\"http://127.0.0.1:9000\"]\n");
  ASSERT_FALSE(r.config);
  EXPECT_NE(problems(r).find("applies only to kind openai_compatible"), std::string::npos)
      << problems(r);

  r = load("  - name: p\n    kind: anthropic\n", "local");
  ASSERT_FALSE(r.config);
  const std::string text = problems(r);
  EXPECT_NE(text.find("test.yaml:7"), std::string::npos) << text;
  EXPECT_NE(text.find("a cloud API"), std::string::npos) << text;
}

TEST(ConfigAnthropic, AMisspeltKindSuggestsIt) {
  const LoadResult r = load("  - name: p\n    kind: anthropc\n");
  ASSERT_FALSE(r.config);
  EXPECT_NE(problems(r).find("did you mean 'anthropic'"), std::string::npos) << problems(r);
}

TEST(ConfigAnthropic, TheExamplesLoadWithIt) {
  for (const char* file : {"/examples/cloud-providers.yaml", "/examples/switchyard.yaml"}) {
    const LoadResult r = load_config_file(switchyard::testing::source_dir() + file);
    ASSERT_TRUE(r.config) << file << "\n" << problems(r);
    const ProviderConfig* p = r.config->find_provider("anthropic");
    ASSERT_NE(p, nullptr) << file;
    EXPECT_EQ(p->kind, ProviderKind::anthropic);
    EXPECT_EQ(p->api_key_env, "ANTHROPIC_API_KEY");
  }
}

}  // namespace
}  // namespace switchyard::config
