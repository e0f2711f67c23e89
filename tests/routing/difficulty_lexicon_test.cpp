#include "switchyard/routing/difficulty_lexicon.hpp"

#include <gtest/gtest.h>

#include "switchyard/routing/difficulty_features.hpp"

namespace switchyard::routing {
namespace {

unsigned bit(Discipline d) {
  return 1u << static_cast<std::size_t>(d);
}

double get(const FeatureVector& f, Feature k) {
  return f[static_cast<std::size_t>(k)];
}

TEST(DifficultyLexiconTest, StemsMatchTheWordsTheyBeginInAnyCase) {
  // "genet" is a stem: genetic, Genetics, GENETICALLY.
  EXPECT_EQ(discipline_mask("genetic"), bit(Discipline::life));
  EXPECT_EQ(discipline_mask("Genetics"), bit(Discipline::life));
  EXPECT_EQ(discipline_mask("GENETICALLY"), bit(Discipline::life));
  EXPECT_EQ(discipline_mask("polynomials"), bit(Discipline::formal));
  EXPECT_EQ(discipline_mask("constitutional"), bit(Discipline::law));
  EXPECT_EQ(discipline_mask("inflationary"), bit(Discipline::economics));
  // Shorter than the stem: no match.
  EXPECT_EQ(discipline_mask("gen"), 0u);
}

TEST(DifficultyLexiconTest, ShortEntriesAndMarkedWordsMatchOnlyThemselvesAndPlurals) {
  // "gene" (under 5 letters) matches gene and genes, not general.
  EXPECT_EQ(discipline_mask("gene"), bit(Discipline::life));
  EXPECT_EQ(discipline_mask("genes"), bit(Discipline::life));
  EXPECT_EQ(discipline_mask("general"), 0u);
  EXPECT_EQ(discipline_mask("tax"), bit(Discipline::economics));
  EXPECT_EQ(discipline_mask("taxes"), bit(Discipline::economics));
  // "state=" is a word, not a stem: "Statement 1 | ..." is not law.
  EXPECT_EQ(discipline_mask("states") & bit(Discipline::law), bit(Discipline::law));
  EXPECT_EQ(discipline_mask("statement"), 0u);
  // "treat=": a treaty is law, not medicine.
  EXPECT_EQ(discipline_mask("treaty"), bit(Discipline::law));
}

TEST(DifficultyLexiconTest, AWordMayBelongToSeveralDisciplinesOrNone) {
  EXPECT_EQ(discipline_mask("voltage"), bit(Discipline::physical) | bit(Discipline::computing));
  EXPECT_EQ(discipline_mask("the"), 0u);
  EXPECT_EQ(discipline_mask("breakfast"), 0u);
  EXPECT_EQ(discipline_mask(""), 0u);
  EXPECT_EQ(discipline_mask(std::string(40, 'a')), 0u);  // longer than any entry
}

TEST(DifficultyLexiconTest, CountsEveryWordAndEachDisciplinesWords) {
  DisciplineHits hits{};
  // 9 words (not the number); plaintiff, sued, court, contract are law, enzymes life.
  const std::size_t words =
      count_discipline_words("The plaintiff sued in court over a contract; 3 enzymes.", hits);
  EXPECT_EQ(words, 9u);
  EXPECT_EQ(hits[static_cast<std::size_t>(Discipline::law)], 4u);
  EXPECT_EQ(hits[static_cast<std::size_t>(Discipline::life)], 1u);
  EXPECT_EQ(hits[static_cast<std::size_t>(Discipline::formal)], 0u);
}

TEST(DifficultyLexiconTest, FeaturesAreEachDisciplinesShareOfThePromptsWords) {
  // Options count too: they name the topic as well as the stem does.
  const FeatureVector f = prompt_features(
      "Which court hears the appeal?\nA. the jury\nB. the supreme court\nC. a senator\nD. none\n"
      "Answer:");
  // 18 words (the option letters and "Answer" too); court, appeal, jury,
  // supreme, court, senator are law.
  EXPECT_DOUBLE_EQ(get(f, Feature::lexicon_law), 6.0 / 18.0);
  EXPECT_EQ(get(f, Feature::lexicon_formal), 0);
  EXPECT_EQ(get(f, Feature::lexicon_life), 0);

  const FeatureVector m =
      prompt_features("Find the derivative of the polynomial x^3 + 2x at x = 1.");
  EXPECT_GT(get(m, Feature::lexicon_formal), 0);
  EXPECT_EQ(get(m, Feature::lexicon_law), 0);
  // No words: every share is 0.
  const FeatureVector e = prompt_features("");
  for (std::size_t d = 0; d < kDisciplineCount; ++d)
    EXPECT_EQ(e[static_cast<std::size_t>(Feature::lexicon_formal) + d], 0);
}

}  // namespace
}  // namespace switchyard::routing
