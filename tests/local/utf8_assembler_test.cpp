#include "switchyard/local/utf8_assembler.hpp"

#include <gtest/gtest.h>

namespace switchyard::local {
namespace {

TEST(Utf8AssemblerTest, HoldsBackASplitCharacterUntilItIsComplete) {
  Utf8Assembler a;
  // "é" = C3 A9, "€" = E2 82 AC, split across pushes.
  EXPECT_EQ(a.push("ab\xC3"), "ab");
  EXPECT_EQ(a.push("\xA9\xE2"), "\xC3\xA9");
  EXPECT_EQ(a.push("\x82"), "");
  EXPECT_EQ(a.push("\xAC!"), "\xE2\x82\xAC!");
  EXPECT_EQ(a.flush(), "");
}

TEST(Utf8AssemblerTest, ReplacesBytesThatCanNeverFormACharacter) {
  Utf8Assembler a;
  EXPECT_EQ(a.push("x\x80y"), "x\xEF\xBF\xBDy");  // stray continuation byte
  EXPECT_EQ(a.push("\xC3z"), "\xEF\xBF\xBDz");    // lead byte without continuation
  EXPECT_EQ(a.push("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // surrogate
  EXPECT_EQ(a.push("\xF0\x9F"), "");
  EXPECT_EQ(a.flush(), "\xEF\xBF\xBD");  // truncated at the end
}

TEST(Utf8AssemblerTest, ValidatesWholeStrings) {
  EXPECT_TRUE(is_valid_utf8("plain \xC3\xA9 \xF0\x9F\x98\x80"));
  EXPECT_FALSE(is_valid_utf8("\xC3"));
  EXPECT_FALSE(is_valid_utf8("\xC0\xAF"));  // overlong
}

}  // namespace
}  // namespace switchyard::local
