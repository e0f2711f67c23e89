// privacy.sessions: its defaults, its values, and each mistake reported at
// its line with what to write instead.
#include <gtest/gtest.h>

#include <string>

#include "switchyard/config/config.hpp"

namespace switchyard::config {
namespace {

// Lines 1-8: one provider, one model.
const std::string kBase =
    "providers:\n"                                     // 1
    "  - name: a\n"                                    // 2
    "    kind: openai_compatible\n"                    // 3
    "    base_url: http://127.0.0.1:9000/v1\n"         // 4
    "models:\n"                                        // 5
    "  - alias: m\n"                                   // 6
    "    deployments:\n"                               // 7
    "      - {provider: a, model: x, side: local}\n";  // 8

LoadResult load(const std::string& privacy) {
  return load_config_text(kBase + privacy, "test.yaml");
}

std::string problems(const LoadResult& r) {
  std::string s;
  for (const auto& p : r.problems) s += p.to_string() + "\n";
  return s;
}

// Exactly one problem, at `line`, mentioning each of `pieces`.
::testing::AssertionResult OnlyProblem(const LoadResult& r, int line,
                                       std::initializer_list<std::string_view> pieces) {
  if (r.problems.size() != 1)
    return ::testing::AssertionFailure() << "expected one problem, got:\n" << problems(r);
  const ConfigProblem& p = r.problems[0];
  if (p.line != line)
    return ::testing::AssertionFailure() << "at line " << p.line << ": " << p.message;
  for (auto piece : pieces)
    if (p.message.find(piece) == std::string::npos)
      return ::testing::AssertionFailure() << "'" << piece << "' not in: " << p.to_string();
  return ::testing::AssertionSuccess();
}

TEST(SessionsConfig, DefaultsAreOnForADayRememberingTheHighestClass) {
  const auto r = load("");
  ASSERT_TRUE(r.config) << problems(r);
  const SessionsConfig& s = r.config->privacy.sessions;
  EXPECT_TRUE(s.enabled);
  EXPECT_EQ(s.ttl, std::chrono::hours(24));
  EXPECT_EQ(s.remember, "") << "the highest class";
  EXPECT_EQ(s.max_entries, 100'000u);
}

TEST(SessionsConfig, ReadsEveryKey) {
  const auto r = load(
      "privacy:\n"
      "  sessions: {enabled: true, ttl: 90m, remember: confidential, max_entries: 5000}\n");
  ASSERT_TRUE(r.config) << problems(r);
  const SessionsConfig& s = r.config->privacy.sessions;
  EXPECT_EQ(s.ttl, std::chrono::minutes(90));
  EXPECT_EQ(s.remember, "confidential");
  EXPECT_EQ(s.max_entries, 5000u);

  const auto off = load("privacy:\n  sessions: {enabled: false}\n");
  ASSERT_TRUE(off.config) << problems(off);
  EXPECT_FALSE(off.config->privacy.sessions.enabled);
}

TEST(SessionsConfig, RememberNamesAClassOfTheConfiguredSet) {
  const auto renamed = load(
      "privacy:\n"
      "  classes: [open, team, secret, top-secret]\n"
      "  sessions:\n"
      "    remember: secret\n");
  ASSERT_TRUE(renamed.config) << problems(renamed);
  EXPECT_EQ(renamed.config->privacy.sessions.remember, "secret");

  EXPECT_TRUE(OnlyProblem(load("privacy:\n"
                               "  classes: [open, team, secret, top-secret]\n"
                               "  sessions:\n"
                               "    remember: restricted\n"),  // 12
                          12,
                          {"'remember' in privacy.sessions", "unknown class 'restricted'",
                           "open, team, secret, top-secret"}));
}

TEST(SessionsConfig, TtlIsADurationWithAUnitWithinAMonth) {
  for (const char* bad : {"24", "24 hours", "0s", "500ms", "31d", "-1h", "[1h]"}) {
    const auto r = load("privacy:\n  sessions:\n    ttl: " + std::string(bad) + "\n");  // 11
    EXPECT_TRUE(OnlyProblem(r, 11, {"'ttl' in privacy.sessions", "from 1s to 30d", "e.g. 24h"}))
        << bad;
  }
  for (const char* good : {"1s", "45m", "12h", "30d"}) {
    const auto r = load("privacy:\n  sessions:\n    ttl: " + std::string(good) + "\n");
    EXPECT_TRUE(r.config) << good << ": " << problems(r);
  }
  EXPECT_TRUE(
      OnlyProblem(load("privacy:\n  sessions:\n    ttl_ms: 1000\n"), 11, {"ttl_ms", "ttl: 24h"}));
}

TEST(SessionsConfig, MaxEntriesIsAPositiveBoundedCount) {
  EXPECT_TRUE(OnlyProblem(load("privacy:\n  sessions:\n    max_entries: 0\n"), 11,
                          {"'max_entries' in privacy.sessions"}));
  EXPECT_TRUE(OnlyProblem(load("privacy:\n  sessions:\n    max_entries: 100000000\n"), 11,
                          {"'max_entries'", "at most 10000000", "got 100000000"}));
  EXPECT_TRUE(OnlyProblem(load("privacy:\n  sessions:\n    max_entries: lots\n"), 11,
                          {"'max_entries'", "integer"}));
}

TEST(SessionsConfig, UnknownKeysAndWrongShapesAreReported) {
  EXPECT_TRUE(OnlyProblem(load("privacy:\n  sessions:\n    remeber: restricted\n"), 11,
                          {"remeber", "remember"}));
  EXPECT_TRUE(OnlyProblem(load("privacy:\n  sessions: [a]\n"), 10, {"privacy.sessions"}));
  EXPECT_TRUE(OnlyProblem(load("privacy:\n  sessions:\n    enabled: maybe\n"), 11,
                          {"'enabled' in privacy.sessions"}));
}

}  // namespace
}  // namespace switchyard::config
