// A value between Unicode punctuation, after a no-break space or a dash, or
// written straight against Chinese, Japanese, Korean or Thai text (which
// put no space before a number) stands alone as it does between ASCII
// punctuation: every pattern entity (and secret) in every such place is
// found. A value
// glued to a letter of a script that separates words with spaces, or after
// a sign saying what the number is of ("№", "〒"), is not.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "detector_checks.hpp"

namespace switchyard::privacy {
namespace {

using checks::covers;
using checks::found;

struct Value {
  EntityType type;
  std::string label;  // written before the enclosure
  std::string value;
};

const std::vector<Value>& values() {
  static const std::vector<Value> v = {
      {EntityType::phone_number, "Call ", "+44 20 7946 0958"},
      {EntityType::phone_number, "Tel. ", "+49 30 901820"},
      {EntityType::credit_card, "Card ", "4111 1111 1111 1111"},
      {EntityType::email_address, "Mail ", "anna.kowalska@example.com"},
      {EntityType::us_ssn, "SSN ", "536-22-1234"},
      {EntityType::iban_code, "IBAN ", "DE89370400440532013000"},
      {EntityType::ip_address, "Host ", "192.168.10.20"},
      {EntityType::date_time, "DOB ", "1990-12-31"},
      {EntityType::secret, "Key ", "AKIAJC5N2THJ2TO4O5IM"},
      {EntityType::secret, "Token ", "ghp_LFS69G8HYaCCEUZVALRHbZbmZ4NMmVslIVLb"},
  };
  return v;
}

TEST(UnicodeBoundaries, EveryPatternEntityInEveryUnicodeEnclosure) {
  const std::vector<std::pair<std::string, std::string>> enclosures = {
      {"“", "”"},        // English quotes
      {"‘", "’"},        //
      {"«", "»"},        // French, Russian
      {"« ", " »"},      //
      {"„", "“"},        // German
      {"「", "」"},      // Japanese
      {"『", "』"},      //
      {"（", "）"},      // full-width brackets
      {"【", "】"},      //
      {"\u00a0", "."},   // after a no-break space
      {"— ", " —"},      // dashes
      {"—", "."},        //
      {"：", "。"},      // a full-width colon, an ideographic full stop
      {"：", "、次へ"},  // a Japanese comma and more text
      {"…", "…"},        //
      {"• ", "\n"},      // a bullet
      {"→ ", " ←"},      // arrows
  };
  int checked = 0;
  std::string misses;
  for (const Value& v : values())
    for (const auto& [open, close] : enclosures) {
      const std::string text = v.label + open + v.value + close;
      ++checked;
      if (!covers(text, v.type, v.value)) misses += text + "\n";
    }
  EXPECT_EQ(checked, 170);
  EXPECT_EQ(misses, "") << "not found:\n" << misses;
}

TEST(UnicodeBoundaries, NumbersWrittenAgainstScriptsWithoutSpaces) {
  for (const auto& [text, value] : std::vector<std::pair<std::string, std::string>>{
           {"電話：03-1234-5678までご連絡ください。", "03-1234-5678"},
           {"お問い合わせ先は+81 3-1234-5678です。", "+81 3-1234-5678"},
           {"联系电话+86 138 0013 8000，谢谢。", "+86 138 0013 8000"},
           {"전화:02-1234-5678입니다", "02-1234-5678"},
           {"โทร02-123-4567ค่ะ", "02-123-4567"},
       })
    EXPECT_TRUE(covers(text, EntityType::phone_number, value)) << text;
  struct Written {
    EntityType type;
    std::string text, value;
  };
  for (const Written& w : std::vector<Written>{
           {EntityType::email_address, "メールはanna@example.jpまで", "anna@example.jp"},
           {EntityType::credit_card, "卡号4111 1111 1111 1111，有效期", "4111 1111 1111 1111"},
           {EntityType::date_time, "生年月日：1990-12-31", "1990-12-31"},
           {EntityType::ip_address, "サーバー192.168.10.20に接続", "192.168.10.20"},
       })
    EXPECT_TRUE(covers(w.text, w.type, w.value)) << w.text;
}

TEST(UnicodeBoundaries, GluedToALetterOrAfterASignOfWhatItNumbersIsNoValue) {
  // Letters of scripts that separate words with spaces glue to a number as
  // ASCII letters do: a code, not a phone.
  for (const char* text :
       {"Артикул ЖК4412345678", "κωδικός Α2107946095", "קוד א0501234567", "Código ñ0612345678"})
    EXPECT_TRUE(found(text, EntityType::phone_number).empty()) << text;
  // "№" numbers a document and "〒" a Japanese postcode, as "#" numbers an
  // order.
  for (const char* text : {"Заказ №4561234567 оплачен", "〒033-1134 東京都", "注文＃2025551234"})
    EXPECT_TRUE(found(text, EntityType::phone_number).empty()) << text;
}

}  // namespace
}  // namespace switchyard::privacy
