#include "switchyard/routing/difficulty_model.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cmath>
#include <filesystem>
#include <fstream>

#include "switchyard/routing/difficulty_setup.hpp"

namespace switchyard::routing {
namespace {

DifficultyModel sample_model() {
  DifficultyModel m;
  m.weak_model = "local/small";
  m.strong_model = "cloud/large";
  m.bias = 0.75;
  m.terms.push_back({*feature_index("log_chars"), 2.0, 9.0, 5.5, 0.8, -0.4});
  m.terms.push_back({*feature_index("digit_share"), 0.0, 0.3, 0.02, 0.03, -0.2});
  return m;
}

std::string model_text_with(const std::string& replace, const std::string& with) {
  std::string text = sample_model().serialize();
  const auto at = text.find(replace);
  EXPECT_NE(at, std::string::npos) << replace;
  return text.replace(at, replace.size(), with);
}

TEST(DifficultyModelTest, SerializedModelReadsBackExactly) {
  DifficultyModel m = sample_model();
  m.threshold = DifficultyThreshold{0.3125, 0.25};
  const DifficultyModelLoad back = parse_difficulty_model(m.serialize(), "m.txt");
  ASSERT_TRUE(back.ok()) << back.error;
  EXPECT_EQ(back.model->serialize(), m.serialize());
  EXPECT_EQ(back.model->weak_model, "local/small");
  ASSERT_TRUE(back.model->threshold);
  EXPECT_DOUBLE_EQ(back.model->threshold->difficulty, 0.3125);
  const std::string prompt = "What is 12 * 7?\nA. 84\nB. 74\nAnswer:";
  EXPECT_DOUBLE_EQ(back.model->difficulty(prompt), m.difficulty(prompt));
}

TEST(DifficultyModelTest, ScoreIsTheLogisticOfClippedStandardisedFeatures) {
  DifficultyModel m;
  m.bias = 0.5;
  m.terms.push_back({*feature_index("log_chars"), 0.0, 3.0, 1.0, 2.0, 1.0});
  // An empty prompt: log_chars 0 → (0 - 1) / 2 = -0.5; z = 0.
  EXPECT_DOUBLE_EQ(m.weak_success(""), 0.5);
  EXPECT_DOUBLE_EQ(m.difficulty(""), 0.5);
  // A long prompt is clipped at 3: z = 0.5 + 1 = 1.5, however long it is.
  const double clipped = 1.0 / (1.0 + std::exp(-1.5));
  EXPECT_DOUBLE_EQ(m.weak_success(std::string(5000, 'x')), clipped);
  EXPECT_DOUBLE_EQ(m.weak_success(std::string(50000, 'x')), clipped);
}

TEST(DifficultyModelTest, AGainMapScoresWhatCallingTheStrongModelGains) {
  DifficultyModel m;
  m.bias = 0.5;
  m.terms.push_back({*feature_index("log_chars"), 0.0, 3.0, 1.0, 2.0, 1.0});
  auto sigma = [](double x) { return 1.0 / (1.0 + std::exp(-x)); };
  // Without a map: 1 - P(weak right). An empty prompt has z = 0.
  EXPECT_DOUBLE_EQ(m.difficulty(""), 0.5);
  m.gain = DifficultyGainMap{-1.0, 0.5, -0.25};
  // z = 0: the weak model's logit of failing is 0, difficulty sigma(a).
  EXPECT_DOUBLE_EQ(m.difficulty(""), sigma(-1.0));
  EXPECT_DOUBLE_EQ(m.weak_success(""), 1.0 - sigma(-1.0));
  // A long prompt (clipped): z = 1.5, failing -1.5: a + b (-1.5) + c (2.25).
  EXPECT_DOUBLE_EQ(m.difficulty(std::string(5000, 'x')), sigma(-1.0 - 0.75 - 0.5625));
  // c < 0: the gain peaks at failing = -b / 2c = 1 and falls beyond, so a
  // prompt the weak model is surer to fail can score lower.
  DifficultyModel sure = m, likely = m;
  sure.bias = -3.5;    // z = -3.5 - 0.5, failing 4: -1 + 2 - 4 = -3
  likely.bias = -0.5;  // z = -0.5 - 0.5, failing 1: -1 + 0.5 - 0.25 = -0.75
  EXPECT_LT(sure.difficulty(""), likely.difficulty(""));
  EXPECT_DOUBLE_EQ(likely.difficulty(""), sigma(-0.75));

  // The line round-trips; a doubled or short one is refused.
  const std::string text = m.serialize();
  EXPECT_NE(text.find("\ngain -1 0.5 -0.25\n"), std::string::npos) << text;
  const DifficultyModelLoad back = parse_difficulty_model(text, "m.txt");
  ASSERT_TRUE(back.ok()) << back.error;
  ASSERT_TRUE(back.model->gain);
  EXPECT_EQ(back.model->serialize(), text);
  std::string doubled = text;
  doubled.insert(doubled.find("\ngain ") + 1, "gain 1 2 3\n");
  EXPECT_NE(parse_difficulty_model(doubled, "m").error.find("'gain' appears twice"),
            std::string::npos);
  std::string short_line = text;
  short_line.replace(short_line.find("gain -1 0.5 -0.25"), 17, "gain -1 0.5");
  EXPECT_NE(parse_difficulty_model(short_line, "m").error.find("'gain' takes three"),
            std::string::npos);
}

TEST(DifficultyModelTest, TheHighestDifficultyIsWhatTheClippedFeaturesAllow) {
  auto sigma = [](double x) { return 1.0 / (1.0 + std::exp(-x)); };
  DifficultyModel m;
  m.bias = 0.5;
  // log_chars clipped to [0, 3], standardised (x - 1) / 2: the sum lies in
  // [0, 1.5], the weak model's logit of failing in [-1.5, 0].
  m.terms.push_back({*feature_index("log_chars"), 0.0, 3.0, 1.0, 2.0, 1.0});
  EXPECT_DOUBLE_EQ(m.highest_difficulty(), sigma(0.0));
  EXPECT_DOUBLE_EQ(m.difficulty(""), m.highest_difficulty());  // the empty prompt reaches it
  // A gain map whose peak (failing = -b / 2c = 1) lies beyond the range:
  // the highest is at its end.
  m.gain = DifficultyGainMap{-1.0, 0.5, -0.25};
  EXPECT_DOUBLE_EQ(m.highest_difficulty(), sigma(-1.0));
  // Shifted so that the peak lies inside (failing in [0, 1.5]): the peak.
  m.bias = -1.0;
  EXPECT_DOUBLE_EQ(m.highest_difficulty(), sigma(-1.0 + 0.5 - 0.25));
  for (const std::string& prompt : {std::string(), std::string("hi"), std::string(5000, 'x')})
    EXPECT_LE(m.difficulty(prompt), m.highest_difficulty()) << prompt.size();
}

TEST(DifficultyModelTest, ARuleNoPromptCanMatchIsRefusedWithTheModelsHighest) {
  const auto dir = std::filesystem::temp_directory_path() /
                   ("difficulty-setup-test-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  DifficultyModel m;
  m.bias = -1.0;
  m.terms.push_back({*feature_index("log_chars"), 0.0, 3.0, 1.0, 2.0, 1.0});
  m.gain = DifficultyGainMap{-1.0, 0.5, -0.25};  // at most sigma(-0.75) = 0.32
  m.threshold = DifficultyThreshold{0.2, 0.3};
  const std::string path = (dir / "m.txt").string();
  ASSERT_EQ(save_difficulty_model(m, path), "");
  auto setup = [&](const std::string& rules) {
    auto loaded = config::load_config_text(
        "providers:\n"
        "  - {name: p, kind: openai_compatible, base_url: \"http://127.0.0.1:1/v1\"}\n"
        "models:\n"
        "  - alias: a\n"
        "    deployments:\n"
        "      - {name: l, provider: p, model: s, side: local}\n"
        "      - {name: c, provider: p, model: f, side: cloud}\n"
        "routing:\n"
        "  difficulty_model: " +
            path +
            "\n"
            "  rules:\n" +
            rules,
        "r.yaml");
    if (!loaded.config) {
      ADD_FAILURE() << (loaded.problems.empty() ? "" : loaded.problems[0].to_string());
      return DifficultySetup{};
    }
    return load_difficulty(*loaded.config);
  };
  // Within reach: accepted.
  EXPECT_TRUE(
      setup("    - {name: hard, when: {difficulty: {over: 0.25}}, then: {prefer: cloud}}\n").ok());
  EXPECT_TRUE(setup("    - {name: by, then: {route: {by: difficulty, strong_share: 0.3}}}\n").ok());
  // A threshold of another scale (1 - P(weak right) went up to 1): no
  // prompt can match; refused with the rule's line and the model's highest.
  const DifficultySetup over = setup(
      "    - {name: keep, when: {task: x}, then: {prefer: local}}\n"
      "    - {name: hard, when: {difficulty: {over: 0.7}}, then: {prefer: cloud}}\n");
  ASSERT_EQ(over.problems.size(), 1u);
  EXPECT_EQ(over.problems[0].line, 12) << over.problems[0].to_string();
  EXPECT_NE(over.problems[0].message.find("rule 'hard' asks for difficulty over 0.7, but no prompt "
                                          "can score that high"),
            std::string::npos)
      << over.problems[0].to_string();
  EXPECT_NE(over.problems[0].message.find("(at most 0.321: its score is the probability"),
            std::string::npos)
      << over.problems[0].to_string();
  const DifficultySetup route =
      setup("    - {name: by, then: {route: {by: difficulty, threshold: 0.6}}}\n");
  ASSERT_EQ(route.problems.size(), 1u);
  EXPECT_NE(route.problems[0].message.find("routes by difficulty over a threshold of 0.6"),
            std::string::npos)
      << route.problems[0].to_string();
  EXPECT_FALSE(route.model);
  std::filesystem::remove_all(dir);
}

TEST(DifficultyModelTest, ARequestIsScoredByItsLastUserMessage) {
  DifficultyModel m = sample_model();
  core::ChatRequest r;
  r.messages.push_back(core::text_message(core::Role::user, "Compute 3^7 mod 11 = ?"));
  r.messages.push_back(core::text_message(core::Role::assistant, "Let me think."));
  r.messages.push_back(core::text_message(core::Role::user, "Name a colour."));
  EXPECT_DOUBLE_EQ(m.difficulty(r), m.difficulty(std::string_view("Name a colour.")));
  core::ChatRequest none;
  EXPECT_DOUBLE_EQ(m.difficulty(none), m.difficulty(std::string_view()));
}

TEST(DifficultyModelTest, BadFilesAreRefusedWithTheLineAndWhatToDo) {
  struct Case {
    std::string text;
    const char* says;
  } cases[] = {
      {"", "m.txt:1: empty file"},
      {"hello world\n", "m.txt:1: not a difficulty model"},
      {model_text_with("switchyard-difficulty-model 1", "switchyard-difficulty-model 2"),
       "m.txt:1: format version 2 is newer than this build reads"},
      {model_text_with("feature log_chars", "feature log_chars_v9"),
       "unknown feature 'log_chars_v9'"},
      {model_text_with("end\n", ""), "ends before its 'end' line"},
      {model_text_with("bias 0.75", "bias 0.75\nbias 1"), "'bias' appears twice"},
      {model_text_with("bias 0.75", "bias nan"), "'bias' takes one finite number"},
      {model_text_with("bias 0.75\n", ""), "no 'bias' line"},
      {model_text_with("kind logistic", "kind forest"), "unknown model kind 'forest'"},
      {model_text_with("feature digit_share 0 ", "feature digit_share 0 0.1 "),
       "a feature line has 6 fields"},
      {model_text_with("feature log_chars 2 9", "feature log_chars 9 2"),
       "clip lo is over clip hi"},
      {model_text_with("label weak_correct", "label sometimes"), "unknown label 'sometimes'"},
      {model_text_with("end\n", "threshold 1.5 0.2\nend\n"), "lie between 0 and 1"},
      {model_text_with("kind logistic", "kind logistic\nmystery 1"), "unknown line 'mystery'"},
  };
  for (const Case& c : cases) {
    const DifficultyModelLoad r = parse_difficulty_model(c.text, "m.txt");
    EXPECT_FALSE(r.ok()) << c.text;
    EXPECT_NE(r.error.find(c.says), std::string::npos)
        << "wanted: " << c.says << "\ngot: " << r.error;
  }
}

TEST(DifficultyModelTest, DuplicateFeatureAndZeroScaleAreRefused) {
  std::string text = sample_model().serialize();
  const auto line_at = text.find("feature log_chars");
  const std::string line = text.substr(line_at, text.find('\n', line_at) + 1 - line_at);
  std::string doubled = text;
  doubled.insert(line_at, line);
  EXPECT_NE(parse_difficulty_model(doubled, "m").error.find("'log_chars' appears twice"),
            std::string::npos);
  EXPECT_NE(parse_difficulty_model(model_text_with(" 0.80000000000000004 ", " 0 "), "m")
                .error.find("scale must be > 0"),
            std::string::npos);
}

TEST(DifficultyModelTest, FilesSaveAndLoadAndAMissingFileIsNamed) {
  const auto dir = std::filesystem::temp_directory_path() /
                   ("difficulty-model-test-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const std::string path = (dir / "model.txt").string();
  EXPECT_EQ(save_difficulty_model(sample_model(), path), "");
  const DifficultyModelLoad r = load_difficulty_model(path);
  ASSERT_TRUE(r.ok()) << r.error;
  EXPECT_EQ(r.model->serialize(), sample_model().serialize());
  const DifficultyModelLoad missing = load_difficulty_model((dir / "nope.txt").string());
  EXPECT_NE(missing.error.find("nope.txt: cannot open"), std::string::npos);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace switchyard::routing
