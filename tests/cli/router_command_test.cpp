// `switchyard router train | eval | calibrate | validate`: the built binary on
// a small outcome directory written here (quoted prompts with newlines).
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

class RouterCommandTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("router-cli-" + std::to_string(::getpid()));
    fs::create_directories(dir_ / "data");
    // Three subjects; arithmetic only the strong model answers, prose both do.
    for (const char* subject : {"alpha", "beta", "gamma"}) {
      std::ofstream csv(dir_ / "data" / (std::string(subject) + ".csv"));
      csv << "prompt,small,large\n";
      for (int i = 0; i < 12; ++i) {
        csv << "\"Compute " << 1234 + 7 * i << " * " << 89 + i << " = ?\nA. " << 5 * i << "\nB. "
            << 6 * i << "\",False,True\n";
        csv << "\"Which, in the \"\"story\"\", is the kind neighbour?\nA. the tailor\nB. the "
               "miller\",True,True\n";
      }
    }
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string path(const std::string& name) const { return (dir_ / name).string(); }

  fs::path dir_;
};

TEST_F(RouterCommandTest, TrainEvalCalibrateRoundTrip) {
  const CommandRun train =
      run("router train --data " + path("data") + " --out " + path("model.txt"));
  ASSERT_EQ(train.exit_code, 0) << train.out;
  EXPECT_NE(train.out.find("trained on 72 prompts of 3 subjects (weak: small, strong: large)"),
            std::string::npos)
      << train.out;

  const CommandRun eval =
      run("router eval --json --data " + path("data") + " --model " + path("model.txt"));
  ASSERT_EQ(eval.exit_code, 0) << eval.out;
  // The perfect router here: half the prompts gain from the strong model.
  EXPECT_NE(eval.out.find("\"weak_accuracy\":0.5000,\"strong_accuracy\":1.0000,\"apgr\":0.7500"),
            std::string::npos)
      << eval.out;
  EXPECT_NE(eval.out.find("\"strong_share_for_80pct_gap\":0.4000"), std::string::npos);

  const CommandRun cal = run("router calibrate --write --data " + path("data") + " --model " +
                             path("model.txt") + " --strong-share 0.5");
  ASSERT_EQ(cal.exit_code, 0) << cal.out;
  EXPECT_NE(cal.out.find("50.0 % of prompts, accuracy 1.000"), std::string::npos) << cal.out;
  std::ifstream written(path("model.txt"));
  const std::string model((std::istreambuf_iterator<char>(written)), {});
  EXPECT_NE(model.find("\nthreshold "), std::string::npos) << model;

  const CommandRun validate = run("router validate --folds 3 --data " + path("data"));
  ASSERT_EQ(validate.exit_code, 0) << validate.out;
  EXPECT_NE(validate.out.find("mean fold APGR 0.750"), std::string::npos) << validate.out;
}

TEST_F(RouterCommandTest, MistakesAreExplained) {
  std::ofstream(path("bad.txt")) << "switchyard-difficulty-model 1\nkind logistic\nbias 1\n";
  CommandRun r = run("router eval --data " + path("data") + " --model " + path("bad.txt"));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("bad.txt:3: the file ends before its 'end' line"), std::string::npos)
      << r.out;

  r = run("router train --data " + path("nowhere") + " --out " + path("m.txt"));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("nowhere: no such file or directory"), std::string::npos) << r.out;

  ASSERT_EQ(run("router train --data " + path("data") + " --out " + path("m.txt")).exit_code, 0);
  r = run("router calibrate --data " + path("data") + " --model " + path("m.txt") +
          " --strong-share 30");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("--strong-share is a fraction between 0 and 1"), std::string::npos);

  r = run("router train --label maybe --data " + path("data") + " --out " + path("m.txt"));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.out.find("--label must be weak_enough or weak_correct"), std::string::npos);
}

}  // namespace
}  // namespace switchyard::testing
