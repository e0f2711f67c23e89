// Train → evaluate round trip on a small outcome set written here: prompts
// with arithmetic only the strong model answers, prose both answer.
#include "switchyard/routing/difficulty_training.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "switchyard/routing/difficulty_evaluation.hpp"
#include "switchyard/routing/difficulty_validation.hpp"

namespace switchyard::routing {
namespace {

namespace fs = std::filesystem;

class OutcomeDir {
 public:
  OutcomeDir()
      : path_(fs::temp_directory_path() /
              ("outcomes-" + std::to_string(::getpid()) + "-" + std::to_string(counter_++))) {
    fs::create_directories(path_);
  }
  ~OutcomeDir() { fs::remove_all(path_); }
  void write(const std::string& name, const std::string& text) {
    std::ofstream(path_ / name, std::ios::binary) << text;
  }
  std::string path() const { return path_.string(); }

 private:
  static inline int counter_ = 0;
  fs::path path_;
};

std::string quoted(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

// A subject file: `n` arithmetic prompts (weak wrong, strong right) and `n`
// prose prompts (both right), in the CSV format of the dev data.
std::string subject_csv(int n, int seed) {
  std::string csv = "prompt,local/small,cloud/large\n";
  for (int i = 0; i < n; ++i) {
    const int a = 1000 + 37 * (i + seed), b = 17 + 3 * i;
    const std::string hard = "Compute " + std::to_string(a) + " * " + std::to_string(b) + " + " +
                             std::to_string(a % 97) + " = ?\nA. " + std::to_string(a * b) +
                             "\nB. " + std::to_string(a * b + 7) + "\nC. " +
                             std::to_string(a * b - 3) + "\nD. " + std::to_string(a + b) +
                             "\nAnswer:";
    csv += quoted(hard) + ",False,True\n";
    const std::string easy =
        "Which of these, in the story, was the \"kind\" neighbour of the "
        "old baker?\nA. the tailor\nB. the miller\nC. the smith\nD. the "
        "farmer's wife\nAnswer:";
    csv += quoted(easy) + ",True,True\n";
  }
  return csv;
}

TEST(DifficultyOutcomesTest, ColumnsAreFoundAndTheWeakerModelIsTheWeakOne) {
  OutcomeDir dir;
  dir.write("algebra.csv", subject_csv(3, 0));
  dir.write("stories.csv", subject_csv(2, 5));
  dir.write("notes.txt", "not read");
  const OutcomeLoad l = load_outcomes(dir.path());
  ASSERT_TRUE(l.ok()) << l.error;
  EXPECT_EQ(l.set.subjects, (std::vector<std::string>{"algebra", "stories"}));
  EXPECT_EQ(l.set.rows.size(), 10u);
  EXPECT_EQ(l.set.weak_model, "local/small");
  EXPECT_EQ(l.set.strong_model, "cloud/large");
  EXPECT_EQ(l.set.rows[0].subject, 0);
  EXPECT_EQ(l.set.rows[9].subject, 1);
  EXPECT_NE(l.set.rows[0].prompt.find("\nA. "), std::string::npos);  // embedded newlines kept
  // Named the other way round, as --weak/--strong would.
  const OutcomeLoad swapped = load_outcomes(dir.path(), {"prompt", "cloud/large", "local/small"});
  ASSERT_TRUE(swapped.ok()) << swapped.error;
  EXPECT_TRUE(swapped.set.rows[0].weak_ok);
}

TEST(DifficultyOutcomesTest, BadDataIsRefusedNamingTheFileAndLine) {
  OutcomeDir dir;
  dir.write("a.csv", "prompt,m1,m2\n\"two\nlines\",True,Maybe\n");
  OutcomeLoad l = load_outcomes(dir.path());
  EXPECT_NE(l.error.find("a.csv: line 2: 'Maybe' in column 'm2' is not True or False"),
            std::string::npos)
      << l.error;

  OutcomeDir three;
  three.write("a.csv", "prompt,m1,m2,m3\nx,True,False,True\n");
  l = load_outcomes(three.path());
  EXPECT_NE(l.error.find("name them with --weak and --strong"), std::string::npos) << l.error;
  l = load_outcomes(three.path(), {"prompt", "m1", "m9"});
  EXPECT_NE(l.error.find("no column 'm9'"), std::string::npos) << l.error;

  OutcomeDir empty;
  EXPECT_NE(load_outcomes(empty.path()).error.find("no .csv files"), std::string::npos);
  EXPECT_NE(load_outcomes(empty.path() + "/missing").error.find("no such file"), std::string::npos);
}

TEST(DifficultyTrainingTest, LearnsWhichPromptsNeedTheStrongModelAndRoundTrips) {
  OutcomeDir dir;
  dir.write("one.csv", subject_csv(20, 0));
  dir.write("two.csv", subject_csv(20, 100));
  const OutcomeLoad l = load_outcomes(dir.path());
  ASSERT_TRUE(l.ok()) << l.error;
  const DifficultyModel model = train_difficulty_model(l.set, {}, TrainOptions{});
  EXPECT_EQ(model.weak_model, "local/small");

  std::vector<double> d;
  for (const auto& r : l.set.rows) d.push_back(model.difficulty(std::string_view(r.prompt)));
  const RouterEvaluation e = evaluate_router(d, l.set.rows);
  EXPECT_DOUBLE_EQ(e.weak_accuracy, 0.5);
  EXPECT_DOUBLE_EQ(e.strong_accuracy, 1.0);
  EXPECT_DOUBLE_EQ(e.apgr, 0.75);  // the perfect router for this data
  EXPECT_DOUBLE_EQ(*e.share_for_80_gap, 0.4);

  // The written model scores the same after reading it back.
  const DifficultyModelLoad back = parse_difficulty_model(model.serialize(), "model");
  ASSERT_TRUE(back.ok()) << back.error;
  for (std::size_t i = 0; i < l.set.rows.size(); ++i)
    EXPECT_DOUBLE_EQ(back.model->difficulty(std::string_view(l.set.rows[i].prompt)), d[i]);

  // A threshold for 50 % strong calls sends exactly the arithmetic there.
  const Calibration c = calibrate_threshold(d, l.set.rows, 0.5);
  EXPECT_DOUBLE_EQ(c.strong_share, 0.5);
  EXPECT_DOUBLE_EQ(c.accuracy, 1.0);
}

// Three kinds of prompt: prose both models answer; arithmetic the weak model
// gets wrong half the time and the strong one always right; proofs in heavy
// notation both get wrong. The weak model is surest to fail the proofs, but
// calling the strong model gains only on the arithmetic.
std::string three_kinds_csv(int n) {
  std::string csv = "prompt,local/small,cloud/large\n";
  for (int i = 0; i < n; ++i) {
    const std::string arithmetic = "Compute " + std::to_string(1000 + 37 * i) + " * " +
                                   std::to_string(17 + 3 * i) + " = ?\nA. 1\nB. 2\nAnswer:";
    csv += quoted(arithmetic) + (i % 2 ? ",False,True\n" : ",True,True\n");
    csv += quoted(
               "Which neighbour was kind to the old baker in the story?\nA. the tailor\n"
               "B. the miller\nAnswer:") +
           ",True,True\n";
    csv += quoted(
               "Prove that $\\forall \\epsilon > 0$, $\\exists \\delta$: $|f(x) - f(y)| < "
               "\\epsilon$ when $|x - y| < \\delta$, for $f = \\sum_{k} a_k x^k$ on $[0, " +
               std::to_string(i + 1) + "]$.\nA. 1\nB. 2\nAnswer:") +
           ",False,False\n";
  }
  return csv;
}

TEST(DifficultyTrainingTest, TheGainMapRanksPromptsTooHardForBothBelowTheMerelyHard) {
  OutcomeDir dir;
  dir.write("one.csv", three_kinds_csv(20));
  const OutcomeLoad l = load_outcomes(dir.path());
  ASSERT_TRUE(l.ok()) << l.error;
  TrainOptions options;
  options.l2 = 1.0;
  const DifficultyModel mapped = train_difficulty_model(l.set, {}, options);
  ASSERT_TRUE(mapped.gain);
  EXPECT_LT(mapped.gain->c, 0);
  options.gain_map = false;
  const DifficultyModel plain = train_difficulty_model(l.set, {}, options);
  EXPECT_FALSE(plain.gain);
  // Same first stage; the map only reorders.
  EXPECT_EQ(plain.bias, mapped.bias);

  auto mean_difficulty = [&](const DifficultyModel& m, std::size_t kind) {
    double sum = 0;
    for (std::size_t r = kind; r < l.set.rows.size(); r += 3)
      sum += m.difficulty(std::string_view(l.set.rows[r].prompt));
    return sum / 20;
  };
  // Without the map the proofs are hardest; with it, the arithmetic is
  // where the strong model helps, and it comes first.
  EXPECT_GT(mean_difficulty(plain, 2), mean_difficulty(plain, 0));
  EXPECT_GT(mean_difficulty(mapped, 0), mean_difficulty(mapped, 2));
  EXPECT_GT(mean_difficulty(mapped, 0), mean_difficulty(mapped, 1));

  std::vector<double> dm, dp;
  for (const auto& r : l.set.rows) {
    dm.push_back(mapped.difficulty(std::string_view(r.prompt)));
    dp.push_back(plain.difficulty(std::string_view(r.prompt)));
  }
  EXPECT_GT(evaluate_router(dm, l.set.rows).apgr, evaluate_router(dp, l.set.rows).apgr);

  // Outcomes that never show the strong model wrong teach nothing about it:
  // no map (the round-trip test's data, and the gateway's own outcomes).
  OutcomeDir strong_always;
  strong_always.write("a.csv", subject_csv(10, 0));
  const OutcomeLoad s = load_outcomes(strong_always.path());
  ASSERT_TRUE(s.ok()) << s.error;
  EXPECT_FALSE(train_difficulty_model(s.set, {}, TrainOptions{}).gain);
  // Nor with the label weak_enough, which already asks whether the strong model helps.
  options.gain_map = true;
  options.label = "weak_enough";
  EXPECT_FALSE(train_difficulty_model(l.set, {}, options).gain);
}

TEST(DifficultyValidationTest, EachSubjectIsScoredByAModelThatNeverSawIt) {
  OutcomeDir dir;
  dir.write("a.csv", subject_csv(10, 0));
  dir.write("b.csv", subject_csv(10, 50));
  dir.write("c.csv", subject_csv(10, 90));
  const OutcomeLoad l = load_outcomes(dir.path());
  ASSERT_TRUE(l.ok()) << l.error;
  const SubjectValidation v = validate_by_subject(l.set, 3, TrainOptions{});
  ASSERT_EQ(v.folds.size(), 3u);
  for (std::size_t i = 0; i < 3; ++i) {
    ASSERT_EQ(v.folds[i].subjects.size(), 1u);
    EXPECT_EQ(v.folds[i].evaluation.prompts, 20u);
    EXPECT_DOUBLE_EQ(v.folds[i].evaluation.apgr, 0.75);
  }
  EXPECT_EQ(v.folds[1].subjects[0], "b");
  EXPECT_EQ(v.pooled.prompts, 60u);
  EXPECT_DOUBLE_EQ(v.pooled.apgr, 0.75);
}

TEST(DifficultyTrainingTest, LabelsReadAnOutcomeAsTheRoutingDecisionNeedsIt) {
  const Outcome both_wrong{"", false, false, 0};
  EXPECT_TRUE(weak_good_enough(both_wrong, "weak_enough"));  // the strong model would not help
  EXPECT_FALSE(weak_good_enough(both_wrong, "weak_correct"));
  const Outcome gain{"", false, true, 0};
  EXPECT_FALSE(weak_good_enough(gain, "weak_enough"));
}

}  // namespace
}  // namespace switchyard::routing
