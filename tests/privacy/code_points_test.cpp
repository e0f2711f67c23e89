// The decode the readers of scripts share (code_points.*): one decode per
// scan, made only when a reader asks, and only for the text the scan was
// opened over.
#include "switchyard/privacy/code_points.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

namespace switchyard::privacy {
namespace {

TEST(CodePoints, DecodesWithOffsetsAndReplacesBrokenBytes) {
  const CodePoints p = decode_code_points("a東\xD7\x90\xE4\xB8z");
  ASSERT_EQ(p.size(), 5u);
  EXPECT_EQ(p.cp, U"a東\u05D0\uFFFDz");
  EXPECT_EQ(p.at, (std::vector<std::uint32_t>{0, 1, 4, 6, 8, 9}));
  CodePoints again;
  again.cp = U"stale";
  decode_code_points("a東\xD7\x90\xE4\xB8z", again);
  EXPECT_EQ(again.cp, p.cp);
  EXPECT_EQ(again.at, p.at);
}

TEST(CodePoints, OneDecodePerScan) {
  const std::string text = "東京都千代田区丸の内1-1-1 と 김민준 님";
  CodePoints scratch1, scratch2;
  {
    const ScanDecode scan(text);
    const CodePoints& first = code_points_of(text, scratch1);
    const CodePoints& second = code_points_of(text, scratch2);
    EXPECT_EQ(&first, &second);  // the same decode, handed to both readers
    EXPECT_NE(&first, &scratch1);
    EXPECT_EQ(first.cp, decode_code_points(text).cp);
    EXPECT_TRUE(scratch1.cp.empty());
    // A part of the text is not the text: decoded on its own.
    const std::string_view part = std::string_view(text).substr(3);
    const CodePoints& of_part = code_points_of(part, scratch1);
    EXPECT_EQ(&of_part, &scratch1);
    EXPECT_EQ(of_part.cp, decode_code_points(part).cp);
    // Equal bytes elsewhere are another text.
    const std::string copy = text;
    EXPECT_EQ(&code_points_of(copy, scratch2), &scratch2);
    {
      // A scope inside another: its own decode, the outer one's back after.
      const ScanDecode inner(copy);
      const CodePoints& in_inner = code_points_of(copy, scratch2);
      EXPECT_NE(&in_inner, &scratch2);
      EXPECT_NE(&in_inner, &first);
      EXPECT_EQ(in_inner.cp, first.cp);
    }
    EXPECT_EQ(&code_points_of(text, scratch2), &first);
    EXPECT_TRUE(has_script_letters(text));
  }
  // After the scan: no decode is shared any more.
  CodePoints after;
  EXPECT_EQ(&code_points_of(text, after), &after);
}

TEST(CodePoints, ScriptLettersAnsweredPerScan) {
  const std::string latin = "12 Main Street, Springfield, Ελλάδα, Москва";
  const std::string hebrew = "רח' הרצל 15, תל אביב";
  const ScanDecode scan(latin);
  EXPECT_FALSE(has_script_letters(latin));
  EXPECT_FALSE(has_script_letters(latin));
  EXPECT_TRUE(has_script_letters(hebrew));  // not the scan's text: read on its own
}

}  // namespace
}  // namespace switchyard::privacy
