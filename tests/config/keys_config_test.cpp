// The `keys:` section: open mode by default, the key database beside the
// ledger unless keys.path names another, and problems at their lines.
#include <gtest/gtest.h>

#include <string>

#include "switchyard/config/config.hpp"

namespace switchyard::config {
namespace {

LoadResult load(const std::string& yaml) {
  return load_config_text(yaml, "/etc/switchyard/test.yaml",
                          [](const char*) -> const char* { return nullptr; });
}

std::string problems_of(const LoadResult& r) {
  std::string s;
  for (const auto& p : r.problems) s += p.to_string() + "\n";
  return s;
}

TEST(KeysConfigTest, OpenModeAndTheLedgersDatabaseByDefault) {
  auto r = load("ledger:\n  path: /var/lib/sy/ledger.db\n");
  ASSERT_TRUE(r.config) << problems_of(r);
  EXPECT_FALSE(r.config->keys.required);
  EXPECT_EQ(r.config->keys.path, "/var/lib/sy/ledger.db");
  EXPECT_EQ(r.config->keys.refresh, Millis(1000));
  auto d = load("server: {listen: \"127.0.0.1:0\"}\n");
  ASSERT_TRUE(d.config) << problems_of(d);
  EXPECT_EQ(d.config->keys.path, "/etc/switchyard/switchyard-ledger.db");
}

TEST(KeysConfigTest, RequiredPathAndRefresh) {
  auto r = load("keys:\n  required: true\n  path: keys.db\n  refresh_ms: 250\n");
  ASSERT_TRUE(r.config) << problems_of(r);
  EXPECT_TRUE(r.config->keys.required);
  EXPECT_EQ(r.config->keys.path, "/etc/switchyard/keys.db");
  EXPECT_EQ(r.config->keys.refresh, Millis(250));
}

TEST(KeysConfigTest, MistakesAreReportedAtTheirLines) {
  auto r = load("keys:\n  required: yes please\n  refresh_ms: 0\n  path: \"\"\n  mode: open\n");
  ASSERT_FALSE(r.config);
  const std::string all = problems_of(r);
  EXPECT_NE(all.find("test.yaml:2"), std::string::npos) << all;
  EXPECT_NE(all.find("test.yaml:3"), std::string::npos) << all;
  EXPECT_NE(all.find("test.yaml:4"), std::string::npos) << all;
  EXPECT_NE(all.find("test.yaml:5"), std::string::npos) << all;
}

}  // namespace
}  // namespace switchyard::config
