// "Did you mean ...?" suggestions for misspelled keys and names.
#include "switchyard/config/suggest.hpp"

#include <gtest/gtest.h>

namespace switchyard::config {
namespace {

TEST(EditDistance, CountsInsertionsDeletionsSubstitutionsAndAdjacentSwaps) {
  EXPECT_EQ(edit_distance("", ""), 0u);
  EXPECT_EQ(edit_distance("abc", "abc"), 0u);
  EXPECT_EQ(edit_distance("", "abc"), 3u);
  EXPECT_EQ(edit_distance("abc", ""), 3u);
  EXPECT_EQ(edit_distance("server", "sever"), 1u);     // deletion
  EXPECT_EQ(edit_distance("model", "models"), 1u);     // insertion
  EXPECT_EQ(edit_distance("side", "sida"), 1u);        // substitution
  EXPECT_EQ(edit_distance("routing", "rouitng"), 1u);  // swap counts as one
  EXPECT_EQ(edit_distance("kitten", "sitting"), 3u);
  EXPECT_EQ(edit_distance("ab", "ba"), 1u);
}

TEST(Nearest, FindsTheClosestCandidateWithinTolerance) {
  const std::vector<std::string_view> keys{"server", "providers", "models", "routing"};
  EXPECT_EQ(nearest("sever", keys), "server");
  EXPECT_EQ(nearest("provider", keys), "providers");
  EXPECT_EQ(nearest("routnig", keys), "routing");
  EXPECT_EQ(nearest("colour", keys), "");
}

TEST(Nearest, IgnoresCase) {
  const std::vector<std::string_view> keys{"server", "models"};
  EXPECT_EQ(nearest("SERVER", keys), "server");
  EXPECT_EQ(nearest("Models", keys), "models");
}

TEST(Nearest, AMissingMillisecondSuffixIsAlwaysClose) {
  const std::vector<std::string_view> keys{"read_timeout_ms", "idle_timeout_ms",
                                           "shutdown_timeout_ms"};
  EXPECT_EQ(nearest("shutdown_timeout", keys), "shutdown_timeout_ms");
  EXPECT_EQ(nearest("Idle_Timeout", keys), "idle_timeout_ms");
}

TEST(Nearest, ShortWordsToleratesOnlyOneEdit) {
  const std::vector<std::string_view> keys{"side", "name"};
  EXPECT_EQ(nearest("sid", keys), "side");
  EXPECT_EQ(nearest("sd", keys), "");  // two edits from "side" is too far for a short word
  const std::vector<std::string_view> longer{"provider"};
  EXPECT_EQ(nearest("provdr", longer), "provider");  // two edits are fine for a longer word
  EXPECT_EQ(nearest("prvdr", longer), "");
}

TEST(Nearest, NoCandidatesMeansNoGuess) {
  EXPECT_EQ(nearest("anything", {}), "");
}

TEST(Join, CommaSeparated) {
  EXPECT_EQ(join({}), "");
  EXPECT_EQ(join({"a"}), "a");
  EXPECT_EQ(join({"a", "b", "c"}), "a, b, c");
}

}  // namespace
}  // namespace switchyard::config
