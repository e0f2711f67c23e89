#include "switchyard/routing/difficulty_features.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace switchyard::routing {
namespace {

double get(const FeatureVector& f, Feature k) {
  return f[static_cast<std::size_t>(k)];
}

TEST(DifficultyFeaturesTest, NamesAreUniqueAndFindTheirIndex) {
  for (std::size_t i = 0; i < kFeatureCount; ++i) {
    EXPECT_FALSE(feature_name(i).empty()) << i;
    EXPECT_EQ(feature_index(feature_name(i)), i);
  }
  EXPECT_FALSE(feature_index("no_such_feature"));
}

TEST(DifficultyFeaturesTest, AnswerOptionsAndTheirShapes) {
  const FeatureVector f = prompt_features(
      "Statement 1 | Every group of order 4 is abelian. Statement 2 | Z_6 is cyclic.\n"
      "A. True, True\nB. False, False\nC. True, False\nD. False, True\nAnswer:");
  EXPECT_EQ(get(f, Feature::options), 4);
  EXPECT_EQ(get(f, Feature::statement_pair), 1);
  EXPECT_EQ(get(f, Feature::true_false_options), 1);
  EXPECT_EQ(get(f, Feature::numeric_options), 0);

  const FeatureVector n =
      prompt_features("Find x if 3x + 5 = 20.\n(A) 5\n(B) 15/3\n(C) 25\n(D) -5\nAnswer:");
  EXPECT_EQ(get(n, Feature::options), 4);
  EXPECT_EQ(get(n, Feature::numeric_options), 1);
  EXPECT_GT(get(n, Feature::variables), 0);
  EXPECT_GT(get(n, Feature::equals_signs), 0);
  EXPECT_GT(get(n, Feature::computation_cue), 0);

  const FeatureVector r = prompt_features(
      "Which statements hold?\nA. I only\nB. II and III only\nC. I, II, and III\nD. None\n"
      "Answer:");
  EXPECT_EQ(get(r, Feature::roman_options), 0.75);
}

TEST(DifficultyFeaturesTest, OptionOverlapIsTheMeanWordJaccardOfOptionPairs) {
  // Options on different topics share no word.
  const FeatureVector apart =
      prompt_features("Which is a mammal?\nA. whale\nB. trout\nC. eagle\nD. frog\nAnswer:");
  EXPECT_EQ(get(apart, Feature::option_overlap), 0);
  // Options that differ by one word: each pair shares 2 of 4 distinct words
  // (case and repeats do not count).
  const FeatureVector alike =
      prompt_features("Pick one.\nA. the red fox\nB. The blue fox\nC. the green fox fox\nAnswer:");
  EXPECT_DOUBLE_EQ(get(alike, Feature::option_overlap), 0.5);
  EXPECT_GT(get(alike, Feature::option_overlap), get(apart, Feature::option_overlap));
  // Options of numbers only have no words: no overlap, like different topics.
  EXPECT_EQ(get(prompt_features("Find x.\n(A) 5\n(B) 15\nAnswer:"), Feature::option_overlap), 0);
  // Without options: the typical value, not "options unlike" (a free-form
  // word problem is not scored easier for lacking options).
  EXPECT_EQ(
      get(prompt_features("Tom has 3 apples and buys 5 more. How many?"), Feature::option_overlap),
      0.2);
  // A long option is judged by its first words, without failing.
  std::string long_option = "Pick.\nA.";
  for (int i = 0; i < 300; ++i)
    long_option += " w" + std::string(1, static_cast<char>('a' + i % 26)) +
                   std::string(1, static_cast<char>('a' + i / 26));
  long_option += "\nB. waa\nAnswer:";
  const double v = get(prompt_features(long_option), Feature::option_overlap);
  EXPECT_GT(v, 0);
  EXPECT_LT(v, 0.05);
}

TEST(DifficultyFeaturesTest, PromptsWithoutOptionsAndStemCues) {
  const FeatureVector f =
      prompt_features("All of the following are mammals EXCEPT: the ____ that flies 30 km/h?");
  EXPECT_EQ(get(f, Feature::options), 0);
  EXPECT_EQ(get(f, Feature::log_option_chars), 0);
  EXPECT_GE(get(f, Feature::negation), 2);
  EXPECT_EQ(get(f, Feature::fill_blank), 1);
  EXPECT_EQ(get(f, Feature::question_mark), 1);
  EXPECT_EQ(get(f, Feature::which_following), 1);
  EXPECT_GE(get(f, Feature::unit_cue), 1);
  // A lone "A." line is a sentence, not a list of options.
  EXPECT_EQ(get(prompt_features("Grade:\nA. is the best\nWhy?"), Feature::options), 0);
  EXPECT_EQ(get(prompt_features("Grade:\nA. is the best\nAnswer:"), Feature::options), 0);
  // An option may run over several lines, up to the next one.
  const FeatureVector multi = prompt_features("Pick one.\nA. aaaa\nmore\nB. bbbb\nAnswer:");
  EXPECT_EQ(get(multi, Feature::options), 2);
  EXPECT_GT(get(multi, Feature::option_spread), 0);
  // Math written in Unicode (formal logic, Greek letters), and a reading passage.
  EXPECT_GT(get(prompt_features("(\u2203x)[Ax \u2022 (\u2200y)(Ay \u2283 Bxy)], \u03b1"),
                Feature::math_unicode),
            std::log1p(4.0));
  EXPECT_EQ(
      get(prompt_features("Caf\u00e9 \u2014 na\u00efve \u201cquoted\u201d"), Feature::math_unicode),
      0);
  EXPECT_EQ(get(prompt_features("This question refers to the following information.\n\"...\""),
                Feature::reading_passage),
            1);
  // Nothing at all: every feature defined.
  for (double v : prompt_features("")) EXPECT_TRUE(std::isfinite(v));
}

}  // namespace
}  // namespace switchyard::routing

namespace switchyard::routing {
namespace {

TEST(DifficultyFeaturesTest, AFeatureVectorRoundTripsThroughItsLedgerText) {
  const FeatureVector f =
      prompt_features("Calculate the value of x if 3x + 5 = 20.\nA. 5\nB. 15\nC. 3\nD. 25");
  const std::string text = encode_feature_vector(f);
  EXPECT_TRUE(text.starts_with("f1:")) << text;
  EXPECT_LT(text.size(), 300u) << text;
  EXPECT_EQ(text.find("Calculate"), std::string::npos);
  const auto back = decode_feature_vector(text);
  ASSERT_TRUE(back) << text;
  for (std::size_t i = 0; i < kFeatureCount; ++i)
    EXPECT_NEAR((*back)[i], f[i], 1e-4 * (1 + std::abs(f[i]))) << feature_name(i);
  // Written again from what was read, it is the same text.
  EXPECT_EQ(encode_feature_vector(*back), text);
}

TEST(DifficultyFeaturesTest, LedgerTextOfAnotherShapeIsRefused) {
  const std::string good = encode_feature_vector(prompt_features("hello there?"));
  EXPECT_FALSE(decode_feature_vector(""));
  EXPECT_FALSE(decode_feature_vector("f2:" + good.substr(3)));  // another version
  EXPECT_FALSE(decode_feature_vector(good + ",1"));             // more features than this build
  EXPECT_FALSE(decode_feature_vector(good.substr(0, good.rfind(','))));  // fewer
  EXPECT_FALSE(decode_feature_vector(good.substr(0, good.size() - 1) + "x"));
  EXPECT_FALSE(decode_feature_vector("f1:" + std::string(",") + good.substr(3)));
  EXPECT_TRUE(decode_feature_vector(good));
}

}  // namespace
}  // namespace switchyard::routing
