// The `admin:` section: the admin key is read from the variable key_env
// names (default SWITCHYARD_ADMIN_KEY); a key written into the file, a
// variable name that is not one and a guessable key are problems at their
// line, and no message repeats a key.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "switchyard/config/config.hpp"

namespace switchyard::config {
namespace {

constexpr const char* kAdminKey = "adm-0123456789abcdef0123456789";

const char* admin_env(const char* name) {
  const std::string_view n(name);
  if (n == "SWITCHYARD_ADMIN_KEY") return kAdminKey;
  if (n == "OTHER_ADMIN_KEY") return "other-0123456789abcdef";
  if (n == "SHORT_ADMIN_KEY") return "short";
  if (n == "EMPTY_ADMIN_KEY") return "";
  return nullptr;
}

const char* no_env(const char*) {
  return nullptr;
}

LoadResult load(const std::string& yaml, const char* (*env)(const char*) = admin_env) {
  return load_config_text(yaml, "test.yaml", env);
}

std::string problems_of(const LoadResult& r) {
  std::string s;
  for (const auto& p : r.problems) s += p.to_string() + "\n";
  return s;
}

TEST(AdminConfigTest, TheDefaultVariableHoldsTheKey) {
  auto r = load("server: {listen: \"127.0.0.1:0\"}\n");
  ASSERT_TRUE(r.config) << problems_of(r);
  EXPECT_EQ(r.config->admin.key_env, "SWITCHYARD_ADMIN_KEY");
  EXPECT_EQ(r.config->admin.key, kAdminKey);
}

TEST(AdminConfigTest, NoVariableSetLeavesTheAdminApiOff) {
  auto r = load("server: {listen: \"127.0.0.1:0\"}\n", no_env);
  ASSERT_TRUE(r.config) << problems_of(r);
  EXPECT_EQ(r.config->admin.key, "");
  auto empty = load("admin:\n  key_env: EMPTY_ADMIN_KEY\n");
  ASSERT_TRUE(empty.config) << problems_of(empty);
  EXPECT_EQ(empty.config->admin.key, "");
}

TEST(AdminConfigTest, KeyEnvNamesAnotherVariable) {
  auto r = load("admin:\n  key_env: OTHER_ADMIN_KEY\n");
  ASSERT_TRUE(r.config) << problems_of(r);
  EXPECT_EQ(r.config->admin.key_env, "OTHER_ADMIN_KEY");
  EXPECT_EQ(r.config->admin.key, "other-0123456789abcdef");
}

TEST(AdminConfigTest, AKeyInTheFileIsRefusedWithoutRepeatingIt) {
  auto r = load("server: {listen: \"127.0.0.1:0\"}\nadmin:\n  key: sk-admin-literal-secret\n");
  ASSERT_FALSE(r.config);
  ASSERT_EQ(r.problems.size(), 1u) << problems_of(r);
  EXPECT_EQ(r.problems[0].line, 3);
  EXPECT_NE(r.problems[0].message.find("key_env"), std::string::npos) << problems_of(r);
  EXPECT_EQ(problems_of(r).find("sk-admin-literal-secret"), std::string::npos) << problems_of(r);
}

TEST(AdminConfigTest, AValueThatIsNotAVariableNameIsNotEchoed) {
  auto r = load("admin:\n  key_env: \"sk-admin 0123456789abcdef\"\n");
  ASSERT_FALSE(r.config);
  ASSERT_EQ(r.problems.size(), 1u) << problems_of(r);
  EXPECT_EQ(r.problems[0].line, 2);
  EXPECT_NE(r.problems[0].message.find("NAME of an environment variable"), std::string::npos);
  EXPECT_EQ(problems_of(r).find("0123456789abcdef"), std::string::npos) << problems_of(r);
}

TEST(AdminConfigTest, AGuessableKeyIsAProblemNamingTheVariableNotTheKey) {
  auto r = load("server: {listen: \"127.0.0.1:0\"}\nadmin:\n  key_env: SHORT_ADMIN_KEY\n");
  ASSERT_FALSE(r.config);
  ASSERT_EQ(r.problems.size(), 1u) << problems_of(r);
  EXPECT_EQ(r.problems[0].line, 3);
  EXPECT_NE(r.problems[0].message.find("SHORT_ADMIN_KEY"), std::string::npos) << problems_of(r);
  EXPECT_NE(r.problems[0].message.find("16 characters"), std::string::npos) << problems_of(r);
  EXPECT_EQ(problems_of(r).find("short"), problems_of(r).find("shorter")) << problems_of(r);
}

TEST(AdminConfigTest, UnknownKeysAndWrongShapesAreReported) {
  auto r = load("admin:\n  key_env: SWITCHYARD_ADMIN_KEY\n  keyenv: X\n");
  ASSERT_FALSE(r.config);
  EXPECT_NE(problems_of(r).find("test.yaml:3"), std::string::npos) << problems_of(r);
  auto list = load("admin: [1, 2]\n");
  ASSERT_FALSE(list.config);
  EXPECT_NE(problems_of(list).find("test.yaml:1"), std::string::npos) << problems_of(list);
}

}  // namespace
}  // namespace switchyard::config
