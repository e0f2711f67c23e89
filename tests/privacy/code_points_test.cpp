// The decode the readers of scripts share (code_points.*): one decode per
// scan, made only when a reader asks, and only for the text the scan was
// opened over.
#include "switchyard/privacy/code_points.hpp"

#include "switchyard/privacy/name_tokens.hpp"

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

// find_leads notes, in its pass over a scan's text, where a capital follows
// a small ASCII letter or an apostrophe, and whether a byte is beyond ASCII
// (what NameFinder::joined_names reads instead of a pass of its own): the
// same as reading the bytes one by one, in the sixteen-byte blocks and in
// the tail after them.
TEST(JoinedCapitals, NotedByFindLeadsAsTheBytesSay) {
  std::vector<std::string> texts = {
      "Sawubona uSipho, ngiyabonga kuThandi noNomsa Dlamini.",
      "La voiture d'Ivan est au garage, l'ufficio d'Anna e O'Brien.",
      "iPhone and GitHub and McDonald are not names; 'Anna' is quoted.",
      "all small letters here, and then at the very end xY",
      "Ein Text mit Ümlauten: Jürgen traf naÉmile in Zürich.",
      "A",
      "aB",
      "",
      std::string(40, 'a') + "Bcd" + std::string(13, ' ') + "x'Y" + std::string(30, 'q') + "Z",
  };
  // Longer texts, so that every width of block and the tail after them meet
  // leads, joins and bytes beyond ASCII at every offset.
  const std::string unit = "iPhone O'Brien Jean-Luc 42 Ångström x'Y Élise ab1C \xD0\x98\xD0\xB2 ";
  for (std::size_t shift = 0; shift < 33; ++shift)
    texts.push_back(std::string(shift, 'q') + unit + unit + unit + std::string(shift % 7, 'Z'));
  for (const std::string& text : texts) {
    std::vector<std::uint32_t> expected;
    bool beyond = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
      const auto b = static_cast<unsigned char>(text[i]);
      beyond = beyond || b >= 0x80;
      if (i > 0 && b >= 'A' && b <= 'Z' &&
          ((text[i - 1] >= 'a' && text[i - 1] <= 'z') || text[i - 1] == '\''))
        expected.push_back(static_cast<std::uint32_t>(i));
    }
    // The leads as the bytes say: an ASCII capital, a digit or a lead byte
    // >= 0xC0 after no token byte, and not inside "O'Brien" or "Jean-Luc".
    std::vector<std::uint32_t> expected_leads;
    for (std::size_t i = 0; i < text.size(); ++i) {
      const auto b = static_cast<unsigned char>(text[i]);
      if (!((b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b >= 0xC0)) continue;
      if (i > 0 && ((words::cls(text[i - 1]) & words::kTokenByte) ||
                    (i >= 2 && words::continues_word(text.data(), i - 1, text.size()))))
        continue;
      expected_leads.push_back(static_cast<std::uint32_t>(i));
    }
    std::vector<std::uint32_t> leads, leads_alone;
    JoinedCapitals joined;
    joined.at = {7, 7, 7};  // stale: cleared
    joined.beyond_ascii = true;
    const bool upper = words::find_leads(text, leads, &joined);
    EXPECT_EQ(joined.at, expected) << text;
    EXPECT_EQ(joined.beyond_ascii, beyond) << text;
    // The leads are the same with or without the joined capitals noted.
    EXPECT_EQ(words::find_leads(text, leads_alone), upper) << text;
    EXPECT_EQ(leads, leads_alone) << text;
    EXPECT_EQ(leads, expected_leads) << text;
  }
}

TEST(JoinedCapitals, HandedOnlyOverTheScansOwnText) {
  const std::string text = "Sawubona uSipho, unjani?";
  EXPECT_EQ(joined_capitals_to_note(text), nullptr);  // no scan open
  const ScanDecode scan(text);
  EXPECT_EQ(joined_capitals_of(text), nullptr);  // not noted yet
  JoinedCapitals* record = joined_capitals_to_note(text);
  ASSERT_NE(record, nullptr);
  std::vector<std::uint32_t> leads;
  words::find_leads(text, leads, record);
  EXPECT_EQ(joined_capitals_of(text), record);
  EXPECT_EQ(record->at, (std::vector<std::uint32_t>{10}));
  // A part of the text, or a copy at another place, is not the text.
  EXPECT_EQ(joined_capitals_of(std::string_view(text).substr(1)), nullptr);
  const std::string copy = text;
  EXPECT_EQ(joined_capitals_of(copy), nullptr);
}

}  // namespace
}  // namespace switchyard::privacy
