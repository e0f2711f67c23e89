// The `observe:` section: access log target (off, stderr, a file whose
// folder exists; relative to the config's folder), prompts only when asked,
// metric teams, traces; each mistake at its file:line.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "switchyard/config/config.hpp"

namespace switchyard::config {
namespace {

LoadResult load(const std::string& yaml, const std::string& source = "dir/test.yaml") {
  return load_config_text("server: {listen: \"127.0.0.1:0\"}\n" + yaml, source);
}

std::string problems_of(const LoadResult& r) {
  std::string s;
  for (const auto& p : r.problems) s += p.to_string() + "\n";
  return s;
}

TEST(ObserveConfigTest, EverythingIsOffByDefault) {
  auto r = load("");
  ASSERT_TRUE(r.config) << problems_of(r);
  EXPECT_EQ(r.config->observe.access_log, "off");
  EXPECT_FALSE(r.config->observe.access_log_prompts);
  EXPECT_TRUE(r.config->observe.teams.empty());
  EXPECT_EQ(r.config->observe.traces.endpoint, "");
}

TEST(ObserveConfigTest, ReadsEachSetting) {
  const std::string dir = std::filesystem::temp_directory_path().string();
  auto r = load(
      "observe:\n"
      "  access_log: access.log\n"
      "  access_log_prompts: true\n"
      "  teams: [support, research]\n"
      "  traces:\n"
      "    endpoint: http://127.0.0.1:4318/v1/traces\n"
      "    service_name: gw-eu\n"
      "    interval_ms: 250\n"
      "    max_batch: 64\n"
      "    max_queue: 1000\n",
      dir + "/switchyard.yaml");
  ASSERT_TRUE(r.config) << problems_of(r);
  const ObserveConfig& o = r.config->observe;
  EXPECT_EQ(o.access_log, (std::filesystem::path(dir) / "access.log").string());
  EXPECT_TRUE(o.access_log_prompts);
  EXPECT_EQ(o.teams, (std::vector<std::string>{"support", "research"}));
  EXPECT_EQ(o.traces.endpoint, "http://127.0.0.1:4318/v1/traces");
  EXPECT_EQ(o.traces.service_name, "gw-eu");
  EXPECT_EQ(o.traces.interval, std::chrono::milliseconds(250));
  EXPECT_EQ(o.traces.max_batch, 64u);
  EXPECT_EQ(o.traces.max_queue, 1000u);
  EXPECT_EQ(load("observe: {access_log: stderr}\n").config->observe.access_log, "stderr");
}

TEST(ObserveConfigTest, MistakesAreReportedAtTheirLine) {
  auto r = load(
      "observe:\n"
      "  access_log: /no/such/folder/access.log\n"
      "  log_prompts: true\n"
      "  teams: support\n"
      "  traces:\n"
      "    endpoint: 127.0.0.1:4318\n"
      "    interval_ms: 1\n",
      "test.yaml");
  ASSERT_FALSE(r.config);
  const std::string p = problems_of(r);
  EXPECT_NE(p.find("test.yaml:3: 'access_log' in observe names a file in '/no/such/folder'"),
            std::string::npos)
      << p;
  EXPECT_NE(p.find("test.yaml:4:"), std::string::npos) << p;
  EXPECT_NE(p.find("access_log_prompts: true"), std::string::npos) << p;
  EXPECT_NE(p.find("test.yaml:5:"), std::string::npos) << p;
  EXPECT_NE(p.find("test.yaml:7: 'endpoint' in observe.traces must be the OTLP/HTTP traces URL"),
            std::string::npos)
      << p;
  EXPECT_NE(p.find("test.yaml:8:"), std::string::npos) << p;
}

TEST(ObserveConfigTest, AnEmptyAccessLogOrAFolderIsAMistake) {
  auto r = load("observe:\n  access_log: ''\n", "test.yaml");
  ASSERT_FALSE(r.config);
  EXPECT_NE(problems_of(r).find("test.yaml:3: 'access_log' in observe must be off, stderr"),
            std::string::npos)
      << problems_of(r);
  const std::string dir = std::filesystem::temp_directory_path().string();
  auto folder = load("observe:\n  access_log: " + dir + "\n", "test.yaml");
  ASSERT_FALSE(folder.config);
  EXPECT_NE(problems_of(folder).find("names the folder"), std::string::npos) << problems_of(folder);
}

}  // namespace
}  // namespace switchyard::config
