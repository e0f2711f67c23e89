// `switchyard pii eval`: the built binary on a small presidio-research file
// written here — figures per locale (--by-locale) and what a policy's
// threshold would do (--threshold ENTITY=SCORE), and the errors that say
// what to fix.
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "support/run_switchyard.hpp"

namespace switchyard::testing {
namespace {

namespace fs = std::filesystem;

CommandRun run(const std::string& args) {
  return run_switchyard(args);
}

class PiiEvalTest : public ::testing::Test {
 protected:
  void SetUp() override {
    file_ = fs::temp_directory_path() / ("pii-eval-" + std::to_string(::getpid()) + ".json");
    std::ofstream out(file_);
    // Two locales: an e-mail address in each, and in de_DE a name after a
    // salutation.
    out << R"([
{"full_text":"Write to ana.silva@example.org today.","spans":[{"entity_type":"EMAIL_ADDRESS","entity_value":"ana.silva@example.org","start_position":9,"end_position":30}],"locale":"pt_BR"},
{"full_text":"Sehr geehrter Herr Jonas Becker, bitte an jonas@example.de antworten.","spans":[{"entity_type":"PERSON","entity_value":"Jonas Becker","start_position":19,"end_position":31},{"entity_type":"EMAIL_ADDRESS","entity_value":"jonas@example.de","start_position":42,"end_position":58}],"locale":"de_DE"}
])";
  }
  void TearDown() override { fs::remove(file_); }

  fs::path file_;
};

TEST_F(PiiEvalTest, ByLocaleGivesEachLocalesRows) {
  const CommandRun r = run("pii eval --by-locale " + file_.string());
  ASSERT_EQ(r.exit_code, 0) << r.out;
  EXPECT_NE(r.out.find("de_DE"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("pt_BR"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("2 records"), std::string::npos) << r.out;
}

TEST_F(PiiEvalTest, AThresholdAboveEveryScoreReportsNothingOfThatEntity) {
  const CommandRun before = run("pii eval --json " + file_.string());
  ASSERT_EQ(before.exit_code, 0) << before.out;
  EXPECT_NE(before.out.find(R"("PERSON":{"labelled":1,"found":1,"reported":1)"), std::string::npos)
      << before.out;
  const CommandRun after = run("pii eval --json --threshold PERSON=1 " + file_.string());
  ASSERT_EQ(after.exit_code, 0) << after.out;
  EXPECT_NE(after.out.find(R"("PERSON":{"labelled":1,"found":0,"reported":0)"), std::string::npos)
      << after.out;
  // The other entities are untouched.
  EXPECT_NE(after.out.find(R"("EMAIL_ADDRESS":{"labelled":2,"found":2,"reported":2)"),
            std::string::npos)
      << after.out;
}

TEST_F(PiiEvalTest, ABadThresholdSaysWhatToWrite) {
  for (const char* bad : {"PERSONA=0.6", "PERSON", "PERSON=high", "PERSON=1.5", "=0.5"}) {
    const CommandRun r = run(std::string("pii eval --threshold ") + bad + " " + file_.string());
    EXPECT_EQ(r.exit_code, 1) << bad << ": " << r.out;
    EXPECT_NE(r.out.find("--threshold"), std::string::npos) << bad << ": " << r.out;
  }
}

}  // namespace
}  // namespace switchyard::testing
