// Where shared state lives: `ledger.store: postgres` (the keys follow the
// ledger into PostgreSQL) and `limits.store: redis`, their URLs read from
// the environment variables the file names, and every mistake reported at
// its line without echoing a URL.
#include <gtest/gtest.h>

#include <cstring>
#include <string>

#include "switchyard/config/config.hpp"

namespace switchyard::config {
namespace {

const char* env(const char* name) {
  if (std::strcmp(name, "LEDGER_URL") == 0)
    return "postgresql://sy:hunter2-secret@db.internal:5432/switchyard";
  if (std::strcmp(name, "REDIS_URL") == 0) return "redis://:hunter2-secret@10.0.0.5:6379/0";
  return nullptr;
}

LoadResult load(const std::string& yaml) {
  return load_config_text(yaml, "/etc/switchyard/test.yaml", env);
}

std::string problems_of(const LoadResult& r) {
  std::string s;
  for (const auto& p : r.problems) s += p.to_string() + "\n";
  return s;
}

TEST(StoresConfigTest, OneMachineByDefault) {
  auto r = load("server: {listen: \"127.0.0.1:0\"}\n");
  ASSERT_TRUE(r.config) << problems_of(r);
  EXPECT_EQ(r.config->ledger.store, LedgerConfig::Store::sqlite);
  EXPECT_EQ(r.config->limits.store, LimitsConfig::Store::memory);
  EXPECT_TRUE(r.config->keys.url.empty());
}

TEST(StoresConfigTest, PostgresLedgerTakesTheKeysAlongAndRedisLimits) {
  auto r = load(
      "ledger:\n  store: postgres\n  url_env: LEDGER_URL\n  path: /var/lib/sy/journal\n"
      "limits:\n  store: redis\n  url_env: REDIS_URL\n  on_unavailable: allow\n"
      "  timeout_ms: 50\n  lease_ms: 20000\n  prefix: \"prod:\"\n");
  ASSERT_TRUE(r.config) << problems_of(r);
  const Config& c = *r.config;
  EXPECT_EQ(c.ledger.store, LedgerConfig::Store::postgres);
  EXPECT_EQ(c.ledger.url_env, "LEDGER_URL");
  EXPECT_EQ(c.ledger.url, env("LEDGER_URL"));
  EXPECT_EQ(c.ledger.path, "/var/lib/sy/journal");
  EXPECT_EQ(c.keys.url, c.ledger.url) << "the keys live beside the ledger";
  EXPECT_EQ(c.limits.store, LimitsConfig::Store::redis);
  EXPECT_EQ(c.limits.url, env("REDIS_URL"));
  EXPECT_TRUE(c.limits.fail_open);
  EXPECT_EQ(c.limits.timeout, Millis(50));
  EXPECT_EQ(c.limits.lease, Millis(20000));
  EXPECT_EQ(c.limits.prefix, "prod:");
}

TEST(StoresConfigTest, MistakesAreReportedAtTheirLinesWithoutTheUrl) {
  auto r = load(
      "ledger:\n"
      "  store: postgresql\n"  // 2: unknown store
      "limits:\n"
      "  store: redis\n"           // 4: no url_env
      "  on_unavailable: maybe\n"  // 5
      "keys:\n"
      "  required: true\n");
  ASSERT_FALSE(r.config);
  std::string all = problems_of(r);
  EXPECT_NE(all.find("test.yaml:2: 'store' in ledger must be sqlite"), std::string::npos) << all;
  EXPECT_NE(all.find("test.yaml:4"), std::string::npos) << all;
  EXPECT_NE(all.find("url_env"), std::string::npos) << all;
  EXPECT_NE(all.find("test.yaml:5"), std::string::npos) << all;

  auto unset = load("ledger:\n  store: postgres\n  url_env: NOT_SET_ANYWHERE\n");
  ASSERT_FALSE(unset.config);
  all = problems_of(unset);
  EXPECT_NE(all.find("test.yaml:3"), std::string::npos) << all;
  EXPECT_NE(all.find("NOT_SET_ANYWHERE is not set"), std::string::npos) << all;

  // A URL written into the file is refused, and not repeated.
  auto literal = load(
      "ledger:\n  store: postgres\n  url: postgresql://sy:hunter2-secret@db/sy\n"
      "  url_env: LEDGER_URL\nlimits:\n  store: redis\n  url_env: \"redis://:hunter2-secret@x\"\n");
  ASSERT_FALSE(literal.config);
  all = problems_of(literal);
  EXPECT_NE(all.find("test.yaml:3"), std::string::npos) << all;
  EXPECT_NE(all.find("test.yaml:7"), std::string::npos) << all;
  EXPECT_EQ(all.find("hunter2"), std::string::npos) << all;
}

TEST(StoresConfigTest, AKeyFileBesideAPostgresLedgerIsRefused) {
  auto r = load("ledger:\n  store: postgres\n  url_env: LEDGER_URL\nkeys:\n  path: keys.db\n");
  ASSERT_FALSE(r.config);
  const std::string all = problems_of(r);
  EXPECT_NE(all.find("test.yaml:5"), std::string::npos) << all;
  EXPECT_NE(all.find("each replica would have keys of its own"), std::string::npos) << all;
}

TEST(StoresConfigTest, AUrlEnvWithoutItsStoreIsAMistake) {
  auto r = load("ledger:\n  url_env: LEDGER_URL\nlimits:\n  url_env: REDIS_URL\n");
  ASSERT_FALSE(r.config);
  const std::string all = problems_of(r);
  EXPECT_NE(all.find("test.yaml:2"), std::string::npos) << all;
  EXPECT_NE(all.find("test.yaml:4"), std::string::npos) << all;
}

}  // namespace
}  // namespace switchyard::config
