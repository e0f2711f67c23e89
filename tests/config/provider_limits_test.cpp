// The keys that bound what one upstream answer may cost the gateway: its
// stream clocks (first byte, idle gap) and its sizes (stream line, stream
// event, whole body).
#include <gtest/gtest.h>

#include <string>

#include "switchyard/config/config.hpp"

namespace switchyard::config {
namespace {

const char* no_env(const char*) {
  return nullptr;
}

const std::string kHead =
    "providers:\n"                               // 1
    "  - name: a\n"                              // 2
    "    kind: openai_compatible\n"              // 3
    "    base_url: http://127.0.0.1:9000/v1\n";  // 4
const std::string kModels =
    "models:\n"
    "  - alias: m\n"
    "    deployments:\n"
    "      - {provider: a, model: x, side: local}\n";

LoadResult load(const std::string& provider_keys) {
  return load_config_text(kHead + provider_keys + kModels, "test.yaml", no_env);
}

std::string problems(const LoadResult& r) {
  std::string s;
  for (const auto& p : r.problems) s += p.to_string() + "\n";
  return s;
}

TEST(ConfigProviderLimits, DefaultsSuitRealProviders) {
  const LoadResult r = load("");
  ASSERT_TRUE(r.config) << problems(r);
  const ProviderConfig& p = r.config->providers.at(0);
  EXPECT_EQ(p.first_byte_timeout, Millis(60'000));
  EXPECT_EQ(p.stream_idle_timeout, Millis(30'000));
  EXPECT_EQ(p.max_stream_line_bytes, 1u << 20);
  EXPECT_EQ(p.max_stream_event_bytes, 4u << 20);
  EXPECT_EQ(p.max_response_bytes, 64u << 20);
}

TEST(ConfigProviderLimits, EachKeyIsRead) {
  const LoadResult r = load(
      "    first_byte_timeout_ms: 1500\n"
      "    stream_idle_timeout_ms: 700\n"
      "    max_stream_line_bytes: 64KiB\n"
      "    max_stream_event_bytes: 2MiB\n"
      "    max_response_bytes: 1000000\n");
  ASSERT_TRUE(r.config) << problems(r);
  const ProviderConfig& p = r.config->providers.at(0);
  EXPECT_EQ(p.first_byte_timeout, Millis(1500));
  EXPECT_EQ(p.stream_idle_timeout, Millis(700));
  EXPECT_EQ(p.max_stream_line_bytes, 64u << 10);
  EXPECT_EQ(p.max_stream_event_bytes, 2u << 20);
  EXPECT_EQ(p.max_response_bytes, 1'000'000u);
}

TEST(ConfigProviderLimits, ZeroIsRefusedAtItsLine) {
  const LoadResult r = load(
      "    stream_idle_timeout_ms: 0\n"   // 5
      "    max_stream_line_bytes: 0\n");  // 6
  EXPECT_FALSE(r.config);
  ASSERT_EQ(r.problems.size(), 2u) << problems(r);
  EXPECT_EQ(r.problems[0].line, 5) << problems(r);
  EXPECT_NE(r.problems[0].message.find("stream_idle_timeout_ms"), std::string::npos);
  EXPECT_EQ(r.problems[1].line, 6) << problems(r);
  EXPECT_NE(r.problems[1].message.find("greater than 0"), std::string::npos);
}

TEST(ConfigProviderLimits, TheyDoNotApplyToTheInProcessEngine) {
  const LoadResult r = load_config_text(
      "providers:\n"
      "  - name: engine\n"
      "    kind: llama\n"
      "    model_path: m.gguf\n"
      "    first_byte_timeout_ms: 100\n",
      "test.yaml", no_env);
  EXPECT_FALSE(r.config);
  bool found = false;
  for (const auto& p : r.problems)
    found = found ||
            (p.line == 5 && p.message.find("does not apply to kind llama") != std::string::npos);
  EXPECT_TRUE(found) << problems(r);
}

}  // namespace
}  // namespace switchyard::config
