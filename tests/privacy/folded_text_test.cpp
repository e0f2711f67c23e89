// Spellings that read the same but are not a value's ASCII bytes — full-width
// forms, Unicode hyphens and spaces, invisible characters — do not hide it:
// the detector scans the folded text and reports each finding over the
// bytes the caller wrote, so redaction removes all of them.
#include "switchyard/privacy/folded_text.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "detector_checks.hpp"

namespace switchyard::privacy {
namespace {

using checks::detector;

TEST(FoldedText, FoldsAndMapsBackToTheWrittenBytes) {
  const std::string text = "SSN ５３６\u2010２２\u200b-1234\u00a0ok";
  ASSERT_TRUE(FoldedText::needed(text));
  const FoldedText folded(text);
  EXPECT_EQ(folded.text(), "SSN 536-22-1234 ok");
  // "5" is the full-width five at byte 4; "-" after "536" the hyphen U+2010
  // at byte 13; the zero-width space is dropped, so the next "-" maps to
  // byte 25 (after 22 and the three bytes of U+200B).
  EXPECT_EQ(folded.original(4), 4u);
  EXPECT_EQ(folded.original(5), 7u);
  EXPECT_EQ(folded.original(7), 13u);
  EXPECT_EQ(folded.original(10), 25u);
  EXPECT_EQ(folded.original(folded.text().size()), text.size());
}

TEST(FoldedText, NothingToFoldInASCIIOrOrdinaryUnicode) {
  // Most texts: nothing is copied.
  for (const char* text : {"plain ASCII 536-22-1234", "“quoted” «text», 'é' and ‘this’",
                           "東京都千代田区", "Привет, Ελένη", ""})
    EXPECT_FALSE(FoldedText::needed(text)) << text;
  for (const char* text :
       {"Arabic-Indic ٠٥", "Persian ۰۹", "Devanagari ०", "Thai ๙", "Khmer ០", "Mongolian ᠙",
        "an em dash — here", "a\u00a0no-break space", "ＡＢＣ", "zero\u200bwidth",
        "soft\u00adhyphen", "\ufeffBOM", "ideographic\u3000space"})
    EXPECT_TRUE(FoldedText::needed(text)) << text;
}

TEST(FoldedText, DigitsOfEveryScriptReadAsASCII) {
  // Each script's zero and nine, and the characters just outside its digits.
  const char32_t zeros[] = {0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6,
                            0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66, 0x0DE6, 0x0E50,
                            0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0, 0x1810};
  for (const char32_t zero : zeros) {
    const std::string digits = checks::utf8_of(zero) + checks::utf8_of(zero + 9);
    ASSERT_TRUE(FoldedText::needed(digits)) << std::hex << static_cast<unsigned>(zero);
    EXPECT_EQ(FoldedText(digits).text(), "09") << std::hex << static_cast<unsigned>(zero);
    const std::string around = checks::utf8_of(zero - 1) + checks::utf8_of(zero + 10);
    EXPECT_EQ(FoldedText(around).text().find_first_of("0123456789"), std::string_view::npos)
        << std::hex << static_cast<unsigned>(zero);
  }
}

TEST(FoldedText, PunctuationOfOtherScriptsEndsAWordAsItsASCIIMarkDoes) {
  EXPECT_EQ(FoldedText("۱۶ اردیبهشت ۱۴۰۲، صفحه ۴۳؟").text(), "16 اردیبهشت 1402, صفحه 43?");
  EXPECT_EQ(FoldedText("बैठक 9 मई को है। ठीक॥").text(), "बैठक 9 मई को है. ठीक.");
  EXPECT_EQ(FoldedText("東京、大阪。《書名》【注】").text(), "東京,大阪.(書名)(注)");
  EXPECT_EQ(FoldedText("¡Hola! ¿Qué tal?").text(), "!Hola! ?Qué tal?");
  // Quotation marks stay as written.
  EXPECT_FALSE(FoldedText::needed("„Хашка“ «Ленина» “Main” ‘x’"));
}

// `needed` looks only where a character that folds may start: every
// character of the Basic Multilingual Plane that folds is seen by it.
TEST(FoldedText, NeededSeesEveryCharacterThatFolds) {
  std::size_t folding = 0;
  for (char32_t cp = 0x80; cp <= 0xFFFF; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    const std::string s = "a " + checks::utf8_of(cp) + " b";
    const bool folds = FoldedText(s).text() != s;
    folding += folds;
    EXPECT_EQ(FoldedText::needed(s), folds) << std::hex << static_cast<unsigned>(cp);
  }
  EXPECT_GT(folding, 300u);  // the digits, spaces, dashes, marks and full-width forms
}

// Wherever a character to fold sits among the blocks needed() reads (32
// bytes with AVX2, then 16, 8, 1), and behind marks that fold nothing
// ("50%", "AT&T", "a < b"), it is seen; plain ASCII of any length needs none.
TEST(FoldedText, NeededAtEveryOffsetOfItsBlocks) {
  for (const std::string fold : {"%40", "&#64;", "\xEF\xBC\x95", "P\xD0\xB0ris"})
    for (std::size_t at = 0; at < 80; ++at) {
      const std::string plain = std::string(at, 'x') + " 50% AT&T a < b ";
      EXPECT_FALSE(FoldedText::needed(plain + std::string(at % 37, 'y'))) << at;
      EXPECT_TRUE(FoldedText::needed(plain + fold + std::string(at % 37, 'y'))) << fold << at;
    }
}

TEST(FoldedText, PercentEncodedPrintableASCIIIsDecoded) {
  EXPECT_EQ(FoldedText("a%40b.c %2b1 %7E %7e").text(), "a@b.c +1 ~ ~");
  // A percent sign that encodes nothing printable, or nothing, stays.
  for (const char* text : {"a 50% discount, 100%", "%0A%00%7F%FF", "%4", "%G0", "100%"})
    EXPECT_FALSE(FoldedText::needed(text)) << text;
  // Wherever it sits among eight-byte words.
  for (std::size_t at = 0; at < 17; ++at) {
    const std::string text = std::string(at, 'x') + "%40" + std::string(9, 'y');
    EXPECT_TRUE(FoldedText::needed(text)) << at;
    EXPECT_EQ(FoldedText(text).original(at + 1), at + 3) << at;
  }
}

TEST(FoldedText, HtmlCharacterReferencesToPrintableASCIIAreDecoded) {
  EXPECT_EQ(FoldedText("a&#64;b&#x2E;c&#X2b;1&nbsp;&commat;&period;&plus;&hyphen;&#160;").text(),
            "a@b.c+1 @.+- ");
  for (const char* text : {"AT&T and R&D", "Tom &amp; Jerry", "&#0; &#; &#x; &#12345678;",
                           "&#8212; &#x1F600;", "&nbsp", "&#64"})
    EXPECT_FALSE(FoldedText::needed(text)) << text;
  for (std::size_t at = 0; at < 17; ++at) {
    const std::string text = std::string(at, 'x') + "&#64;" + std::string(9, 'y');
    EXPECT_TRUE(FoldedText::needed(text)) << at;
    EXPECT_EQ(FoldedText(text).original(at + 1), at + 5) << at;
  }
}

TEST(FoldedText, CutOrStrayBytesAreKeptAsTheyAre) {
  for (const std::string& text : {std::string("\xEF\xBC"), std::string("a\xE2\x80"),
                                  std::string("\xC2"), std::string("x\x80y")}) {
    const FoldedText folded(text);
    EXPECT_EQ(folded.text(), text);
    EXPECT_EQ(folded.original(folded.text().size()), text.size());
  }
}

TEST(FoldedText, LookAlikeLettersFoldOnlyInsideOtherwiseLatinWords) {
  // Cyrillic and Greek letters that look like Latin ones, in a word that is
  // otherwise Latin letters and digits, read as those Latin letters: "АKIA"
  // with a Cyrillic А, "јohn@exаmple.com", "DΕ89" with a Greek Epsilon.
  EXPECT_EQ(FoldedText("key \u0410KIAJC5N2THJ2TO4O5IM").text(), "key AKIAJC5N2THJ2TO4O5IM");
  EXPECT_EQ(FoldedText("\u0458ohn@ex\u0430mple.com").text(), "john@example.com");
  EXPECT_EQ(FoldedText("IBAN D\u039589 3704").text(), "IBAN DE89 3704");
  EXPECT_EQ(FoldedText("gh\u0440_\u0455ecret").text(), "ghp_secret");
  // A Cyrillic or Greek O among digits is a zero.
  EXPECT_EQ(FoldedText("4111 1111 1111 111\u041e").text(), "4111 1111 1111 1110");
  EXPECT_EQ(FoldedText("37\u039f4 \u043e0532").text(), "3704 00532");
  EXPECT_EQ(FoldedText("727-2\u039f-1158, 6785 9\u039f, 34\u039f-\u041e6").text(),
            "727-20-1158, 6785 90, 340-06");
  EXPECT_EQ(FoldedText("55\u041e\u041e \u041e\u041e\u041e\u041e 5\u043e, 5\u03bf").text(),
            "5500 0000 50, 5\u03bf");
  const FoldedText folded("x \u0430nna");
  EXPECT_EQ(folded.original(2), 2u);
  EXPECT_EQ(folded.original(3), 4u);
  EXPECT_EQ(folded.original(folded.text().size()), 7u);
  // Cyrillic and Greek words, whatever letters they share with Latin, and
  // words that mix in letters Latin does not have, stay as written.
  for (const char* text :
       {"Привет, Ελένη", "Москва, ул. Тверская, д. 15а, кв. 2", "ООО «Ромашка», АО Тест",
        "στο 2ο όροφο", "10ο Δημοτικό", "ΟΟ 12", "Т-34 и 2х", "ТАКСИ ВОКЗАЛ", "Mосква",
        "Jean-Pierre Мартин-Ηλίας", "ΑΒΓ 2024", "СССР 1991", "ОК", "Tom\u2019s АВС"})
    EXPECT_EQ(FoldedText(text).text(), text) << text;
  for (const char* text : {"Привет, Ελένη", "Москва, ул. Тверская, д. 15а", "στο 2ο όροφο"})
    EXPECT_FALSE(FoldedText::needed(text)) << text;
}

// Every Cyrillic and Greek letter folds in a Latin word exactly when
// `needed` says so, and only there.
TEST(FoldedText, NeededSeesEveryLookAlikeInALatinWord) {
  std::size_t folding = 0;
  for (char32_t cp = 0x0370; cp <= 0x052F; ++cp) {
    for (const std::string& s :
         {"a x" + checks::utf8_of(cp) + "y b", "a " + checks::utf8_of(cp) + "1 b",
          "a " + checks::utf8_of(cp) + " b", "12" + checks::utf8_of(cp) + "34"}) {
      const bool folds = FoldedText(s).text() != s;
      folding += folds;
      EXPECT_EQ(FoldedText::needed(s), folds) << std::hex << static_cast<unsigned>(cp);
    }
  }
  EXPECT_GT(folding, 40u);
}

TEST(FoldedText, MarkupInsideAValueIsDropped) {
  EXPECT_EQ(FoldedText("536<b>-22</b>-1234").text(), "536-22-1234");
  EXPECT_EQ(FoldedText("john<span class='x'>.doe</span>@example.com").text(),
            "john.doe@example.com");
  EXPECT_EQ(FoldedText("4111 <i>1111</i> 1111 <font color=\"red\">1111</font>").text(),
            "4111 1111 1111 1111");
  EXPECT_EQ(FoldedText("<w:t>536</w:t><w:t>-22-1234</w:t>").text(), "536-22-1234");
  // A span that ends before a dropped tag ends there in the written text.
  const FoldedText ssn("536-22-1234</b> x");
  EXPECT_EQ(ssn.original_end(11), 11u);
  EXPECT_EQ(ssn.original_end(ssn.text().size()), 17u);
  const FoldedText folded("536<b>-22</b>-1234");
  EXPECT_EQ(folded.original(3), 6u);   // the '-' after <b>
  EXPECT_EQ(folded.original(6), 13u);  // the '-' after </b>
  EXPECT_EQ(folded.original(folded.text().size()), 18u);
  // What only looks like a tag stays.
  for (const char* text : {"if (a<b && c>d) return;", "x < y > z", "Anna <anna@example.com>",
                           "<https://example.com/x>", "a <- b -> c", "1<2>0", "<>", "< b>", "<b",
                           "price <= 5 >= 3", "<3 you>", "<John Smith>", "<Anna>",
                           // Tags that end a value: of lines, blocks, records' fields.
                           "Anna<br>Smith<br/>Main St", "<td>12 Main St</td><td>x</td>",
                           "<p>John</p>", "<street>Main St</street><city>Rome</city>"})
    EXPECT_FALSE(FoldedText::needed(text)) << text;
  // Wherever it sits among eight-byte words.
  for (std::size_t at = 0; at < 17; ++at) {
    const std::string text = std::string(at, 'x') + "<b>" + std::string(9, 'y');
    EXPECT_TRUE(FoldedText::needed(text)) << at;
    EXPECT_EQ(FoldedText(text).original(at), at + 3) << at;
  }
}

TEST(FoldedText, WhatADroppedTagsAttributesHoldIsStillFound) {
  // Dropping an inline tag joins a value it split; what its attributes
  // hold is read from the text with its tags kept (Detector::scan).
  EXPECT_TRUE(FoldedText("<a href=\"tel:+442079460958\">call</a>").dropped_attributes());
  EXPECT_FALSE(FoldedText("536<b>-22</b>-1234").dropped_attributes());
  EXPECT_EQ(FoldedText("<b>x</b>", FoldedText::Tags::keep).text(), "<b>x</b>");
  struct Case {
    const char* text;
    EntityType type;
    const char* value;
  };
  for (const Case& c : {
           Case{"<a href=\"tel:+442079460958\">call us</a>", EntityType::phone_number,
                "+442079460958"},
           Case{"<a href=\"mailto:john.doe@example.com\">write</a>", EntityType::email_address,
                "john.doe@example.com"},
           Case{"<span title=\"SSN 536-22-1234\">on file</span>", EntityType::us_ssn,
                "536-22-1234"},
           Case{"<span data-card='4111 1111 1111 1111'>card</span>", EntityType::credit_card,
                "4111 1111 1111 1111"},
           Case{"john<span class='x'>.doe</span>@example.com <a href=\"tel:+442079460958\">x</a>",
                EntityType::phone_number, "+442079460958"},
       })
    EXPECT_TRUE(checks::covers(c.text, c.type, c.value)) << c.text;
  // And the value the tags split is still found whole.
  EXPECT_TRUE(checks::covers("john<span class='x'>.doe</span>@example.com <a href=\"tel:1\">x</a>",
                             EntityType::email_address,
                             "john<span class='x'>.doe</span>@example.com"));
}

struct Spelled {
  EntityType type;
  std::string text, value;  // the value as written in the text
};

TEST(FoldedText, EveryValueInEverySpellingIsFoundOverWhatWasWritten) {
  const std::vector<Spelled> cases = {
      {EntityType::us_ssn, "SSN ５３６－２２－１２３４ on file", "５３６－２２－１２３４"},
      {EntityType::us_ssn, "SSN 536\u200b-22-1234 on file", "536\u200b-22-1234"},
      {EntityType::us_ssn,
       "SSN 536\u2010"
       "22\u20101234 on file",
       "536\u2010"
       "22\u20101234"},
      {EntityType::us_ssn, "SSN 536\u201322\u20131234 on file", "536\u201322\u20131234"},
      {EntityType::us_ssn, "SSN 53\u00ad6-22-1234 on file", "53\u00ad6-22-1234"},
      {EntityType::credit_card, "card ４１１１ １１１１ １１１１ １１１１",
       "４１１１ １１１１ １１１１ １１１１"},
      {EntityType::credit_card, "card 4111\u00a01111\u00a01111\u00a01111",
       "4111\u00a01111\u00a01111\u00a01111"},
      {EntityType::credit_card, "card 4111\u20601111\u20601111\u20601111",
       "4111\u20601111\u20601111\u20601111"},
      {EntityType::email_address, "mail ａｎｎａ＠ｅｘａｍｐｌｅ．ｃｏｍ today",
       "ａｎｎａ＠ｅｘａｍｐｌｅ．ｃｏｍ"},
      {EntityType::phone_number, "電話：＋８１ ３－１２３４－５６７８",
       "＋８１ ３－１２３４－５６７８"},
      {EntityType::iban_code, "IBAN ＤＥ８９３７０４００４４０５３２０１３０００",
       "ＤＥ８９３７０４００４４０５３２０１３０００"},
      {EntityType::secret, "key \ufeffAKIAJC5N2THJ2TO4O5IM", "AKIAJC5N2THJ2TO4O5IM"},
      {EntityType::person, "Dear Ｊｏｈｎ Ｓｍｉｔｈ,", "Ｊｏｈｎ Ｓｍｉｔｈ"},
      // Percent-encoded, as a link or a form post carries it.
      {EntityType::email_address, "https://x.example/unsubscribe?email=john.doe%40example.com&id=5",
       "john.doe%40example.com"},
      {EntityType::phone_number, "https://x.example/?phone=%2B44%2020%207946%200958",
       "%2B44%2020%207946%200958"},
      {EntityType::us_ssn, "q=ssn%3A%20536%2D22%2D1234", "536%2D22%2D1234"},
      // HTML character references, as page source and anti-harvesting write them.
      {EntityType::email_address, "mailto:john&#64;example.com", "john&#64;example.com"},
      {EntityType::email_address, "write to john&#x40;example&#46;com",
       "john&#x40;example&#46;com"},
      {EntityType::us_ssn, "SSN 536&#45;22&#45;1234 on file", "536&#45;22&#45;1234"},
      {EntityType::credit_card, "card 4111&nbsp;1111&nbsp;1111&nbsp;1111",
       "4111&nbsp;1111&nbsp;1111&nbsp;1111"},
      // Digits of other scripts, as their keyboards type them.
      {EntityType::phone_number, "هاتفي ٠٥٠١٢٣٤٥٦٧", "٠٥٠١٢٣٤٥٦٧"},
      {EntityType::phone_number, "تلفن من +۹۸ ۹۱۲ ۳۴۵ ۶۷۸۹", "+۹۸ ۹۱۲ ۳۴۵ ۶۷۸۹"},
      {EntityType::phone_number, "फ़ोन +٩١ ٩८७६५ ४३२१०", "+٩١ ٩८७६५ ४३२१०"},
      {EntityType::us_ssn, "SSN ٥٣٦-٢٢-١٢٣٤ on file", "٥٣٦-٢٢-١٢٣٤"},
      {EntityType::credit_card,
       "card ๔๑๑๑ ๑๑๑๑ ๑๑๑๑ "
       "๑๑๑๑",
       "๔๑๑๑ ๑๑๑๑ ๑๑๑๑ "
       "๑๑๑๑"},
      // Look-alike letters of other scripts, and markup, inside a value.
      {EntityType::secret, "key \u0410KIAJC5N2THJ2TO4O5IM", "\u0410KIAJC5N2THJ2TO4O5IM"},
      {EntityType::email_address, "mail \u0458ohn@ex\u0430mple.com today",
       "\u0458ohn@ex\u0430mple.com"},
      {EntityType::iban_code, "IBAN D\u039589370400440532013000", "D\u039589370400440532013000"},
      {EntityType::credit_card, "card 55\u041e\u041e \u041e\u041e\u041e\u041e 0000 0004",
       "55\u041e\u041e \u041e\u041e\u041e\u041e 0000 0004"},
      {EntityType::us_ssn, "SSN 5\u041e6-22-1234 on file", "5\u041e6-22-1234"},
      {EntityType::us_ssn, "SSN 536<b>-22</b>-1234 on file", "536<b>-22</b>-1234"},
      {EntityType::email_address, "mail john<span>.doe</span>@example.com today",
       "john<span>.doe</span>@example.com"},
      {EntityType::credit_card, "card 4111 <i>1111</i> 1111 1111", "4111 <i>1111</i> 1111 1111"},
  };
  for (const Spelled& c : cases) {
    bool covered = false;
    for (const Finding& f : detector().scan(c.text)) {
      const std::size_t at = c.text.find(c.value);
      if (f.type == c.type && f.start <= at && f.end >= at + c.value.size()) covered = true;
      // Every finding starts and ends on a character of the written text.
      EXPECT_TRUE(f.start == 0 || (static_cast<unsigned char>(c.text[f.start]) & 0xC0) != 0x80)
          << c.text;
      EXPECT_TRUE(f.end == c.text.size() ||
                  (static_cast<unsigned char>(c.text[f.end]) & 0xC0) != 0x80)
          << c.text;
    }
    EXPECT_TRUE(covered) << c.text << " " << FoldedText(c.text).text();
  }
}

}  // namespace
}  // namespace switchyard::privacy
