// The cloud API kinds: azure_openai (an Azure resource's endpoint, an
// api-version) and gemini (Google's endpoint by default). Both are one API
// endpoint (no pools) and their deployments run in the cloud.
#include <gtest/gtest.h>

#include <string>

#include "support/paths.hpp"
#include "switchyard/config/config.hpp"

namespace switchyard::config {
namespace {

const char* env(const char* name) {
  if (std::string_view(name) == "AZURE_OPENAI_API_KEY") return "az-key-0123456789";
  if (std::string_view(name) == "GEMINI_API_KEY") return "gm-key-0123456789";
  return nullptr;
}

LoadResult load(const std::string& provider, const std::string& side = "cloud") {
  const std::string yaml = "providers:\n" + provider +
                           "models:\n"
                           "  - alias: m\n"
                           "    deployments:\n"
                           "      - {provider: p, model: x, side: " +
                           side + "}\n";
  return load_config_text(yaml, "test.yaml", env);
}

std::string problems(const LoadResult& r) {
  std::string s;
  for (const auto& p : r.problems) s += p.to_string() + "\n";
  return s;
}

TEST(ConfigCloudKinds, AzureReadsEndpointVersionAndKey) {
  const LoadResult r = load(
      "  - name: p\n"
      "    kind: azure_openai\n"
      "    base_url: https://my-resource.openai.azure.com\n"
      "    api_version: 2024-06-01\n"
      "    api_key_env: AZURE_OPENAI_API_KEY\n");
  ASSERT_TRUE(r.config) << problems(r);
  const ProviderConfig& p = r.config->providers.at(0);
  EXPECT_EQ(p.kind, ProviderKind::azure_openai);
  EXPECT_STREQ(to_string(p.kind), "azure_openai");
  EXPECT_EQ(p.base_url, "https://my-resource.openai.azure.com");
  EXPECT_EQ(p.api_version, "2024-06-01");
  EXPECT_EQ(p.api_key, "az-key-0123456789");
}

TEST(ConfigCloudKinds, AzureDefaultsToTheGeneralAvailabilityVersion) {
  const LoadResult r = load(
      "  - name: p\n"
      "    kind: azure_openai\n"
      "    base_url: https://my-resource.openai.azure.com\n");
  ASSERT_TRUE(r.config) << problems(r);
  EXPECT_EQ(r.config->providers.at(0).api_version, "2024-10-21");
}

TEST(ConfigCloudKinds, AzureNeedsItsEndpoint) {
  const LoadResult r = load(
      "  - name: p\n"
      "    kind: azure_openai\n");
  ASSERT_FALSE(r.config);
  EXPECT_NE(problems(r).find("missing required key 'base_url'"), std::string::npos) << problems(r);
  EXPECT_NE(problems(r).find("openai.azure.com"), std::string::npos) << problems(r);
}

TEST(ConfigCloudKinds, AzureRefusesAVersionThatCouldBreakTheUrl) {
  const LoadResult r = load(
      "  - name: p\n"
      "    kind: azure_openai\n"
      "    base_url: https://my-resource.openai.azure.com\n"
      "    api_version: \"2024-10-21&x=1\"\n");
  ASSERT_FALSE(r.config);
  EXPECT_NE(problems(r).find("test.yaml:5"), std::string::npos) << problems(r);
  EXPECT_NE(problems(r).find("api_version"), std::string::npos) << problems(r);
}

TEST(ConfigCloudKinds, ApiVersionBelongsToAzureOnly) {
  const LoadResult r = load(
      "  - name: p\n"
      "    kind: openai_compatible\n"
      "    base_url: https://api.openai.com/v1\n"
      "    api_version: 2024-10-21\n");
  ASSERT_FALSE(r.config);
  EXPECT_NE(problems(r).find("applies only to kind azure_openai"), std::string::npos)
      << problems(r);
}

TEST(ConfigCloudKinds, GeminiDefaultsToGooglesEndpoint) {
  const LoadResult r = load(
      "  - name: p\n"
      "    kind: gemini\n"
      "    api_key_env: GEMINI_API_KEY\n");
  ASSERT_TRUE(r.config) << problems(r);
  const ProviderConfig& p = r.config->providers.at(0);
  EXPECT_EQ(p.kind, ProviderKind::gemini);
  EXPECT_EQ(p.base_url, "https://generativelanguage.googleapis.com/v1beta");
  EXPECT_EQ(p.api_key, "gm-key-0123456789");
}

TEST(ConfigCloudKinds, GeminiTakesAnotherBaseUrl) {
  const LoadResult r = load(
      "  - name: p\n"
      "    kind: gemini\n"
      "    base_url: http://127.0.0.1:9000/v1beta/\n");
  ASSERT_TRUE(r.config) << problems(r);
  EXPECT_EQ(r.config->providers.at(0).base_url, "http://127.0.0.1:9000/v1beta");
}

TEST(ConfigCloudKinds, CloudKindsAreNotPools) {
  for (const char* kind : {"azure_openai", "gemini"}) {
    const LoadResult r = load(std::string("  - name: p\n    kind: ") + kind +
                              "\n"
                              "    endpoints: [\"http://127.0.0.1:9000\"]\n");
    ASSERT_FALSE(r.config) << kind;
    EXPECT_NE(problems(r).find("applies only to kind openai_compatible"), std::string::npos)
        << problems(r);
  }
}

TEST(ConfigCloudKinds, ACloudApiDeploymentCannotClaimToBeLocal) {
  for (const char* kind : {"azure_openai", "gemini"}) {
    const LoadResult r = load(std::string("  - name: p\n    kind: ") + kind +
                                  "\n"
                                  "    base_url: https://example.com\n",
                              "local");
    ASSERT_FALSE(r.config) << kind;
    const std::string text = problems(r);
    EXPECT_NE(text.find("test.yaml:8"), std::string::npos) << text;
    EXPECT_NE(text.find("a cloud API"), std::string::npos) << text;
    EXPECT_NE(text.find("side: cloud"), std::string::npos) << text;
  }
}

TEST(ConfigCloudKinds, UnknownKindListsTheNewOnes) {
  const LoadResult r = load(
      "  - name: p\n"
      "    kind: gemeni\n"
      "    base_url: https://example.com\n");
  ASSERT_FALSE(r.config);
  const std::string text = problems(r);
  EXPECT_NE(text.find("did you mean 'gemini'"), std::string::npos) << text;
  EXPECT_NE(text.find("azure_openai"), std::string::npos) << text;
}

TEST(ConfigCloudKinds, TheCloudProvidersExampleIsValid) {
  const LoadResult r =
      load_config_file(switchyard::testing::source_dir() + "/examples/cloud-providers.yaml");
  ASSERT_TRUE(r.config) << problems(r);
  EXPECT_EQ(r.config->find_provider("gemini")->kind, ProviderKind::gemini);
  EXPECT_EQ(r.config->find_provider("gemini")->api_key_env, "GEMINI_API_KEY");
  EXPECT_EQ(r.config->find_provider("azure")->kind, ProviderKind::azure_openai);
  EXPECT_EQ(r.config->find_provider("azure")->api_key_env, "AZURE_OPENAI_API_KEY");
}

}  // namespace
}  // namespace switchyard::config
