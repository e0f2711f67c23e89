// Phone numbers of every region libphonenumber knows, in the notations its
// own formatter writes, and the digit runs that are not phones.
#include <gtest/gtest.h>
#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <set>
#include <string>
#include <vector>

#include "privacy/detector_checks.hpp"
#include "switchyard/privacy/detector.hpp"
#include "switchyard/privacy/phone_number_checker.hpp"

namespace switchyard::privacy {
namespace {

using checks::detector;

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

std::vector<std::string> phones_in(std::string_view text, const Detector& d = detector()) {
  std::vector<std::string> out;
  for (const Finding& f : d.scan(text))
    if (f.type == EntityType::phone_number) out.emplace_back(f.text_in(text));
  return out;
}

// The example numbers of libphonenumber's metadata (one per region and
// type), with no context word around them (so validity alone decides),
// written in international notation ("+44 7400 123456"), in E.164
// ("+447400123456") and with the 00 exit code ("0044 7400 123456"): every
// region, and the whole number found.
TEST(PhoneBreadth, EveryRegionInInternationalNotation) {
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  std::set<std::string> regions;
  util.GetSupportedRegions(&regions);
  int checked = 0, missed = 0;
  std::string misses;
  for (const std::string& region : regions) {
    for (auto type : {PhoneNumberUtil::MOBILE, PhoneNumberUtil::FIXED_LINE}) {
      PhoneNumber number;
      if (!util.GetExampleNumberForType(region, type, &number)) continue;
      std::string intl, e164;
      util.Format(number, PhoneNumberUtil::INTERNATIONAL, &intl);
      util.Format(number, PhoneNumberUtil::E164, &e164);
      for (const std::string& written : {intl, e164, "00" + intl.substr(1)}) {
        ++checked;
        if (phones_in("The letter lists " + written + " today.") !=
            std::vector<std::string>{written}) {
          ++missed;
          misses += region + ": " + written + "\n";
        }
      }
    }
  }
  EXPECT_GT(checked, 1000);
  EXPECT_EQ(missed, 0) << misses;
}

// The same numbers in every enclosure prose and markup put around them — a
// bracket ("Ana (+45 30 00 62 31)", the pair that once hid every such
// number), square and angle brackets, quotes, after a colon, before a full
// stop or a comma — and with a trunk prefix in brackets inside a bracket
// ("(+44 (0)20 7946 0958)"): the whole number, without the enclosure.
TEST(PhoneBreadth, EveryRegionInEveryEnclosure) {
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  std::set<std::string> regions;
  util.GetSupportedRegions(&regions);
  const std::vector<std::pair<std::string, std::string>> enclosures = {
      {"Ana (", ") called."},
      {"Ana [", "] called."},
      {"Ana <", "> called."},
      {"Ana \"", "\" called."},
      {"Ana '", "' called."},
      {"Ana: ", ", then left."},
      {"Ana, ", "."},
      {"(", ")"},
      {"Ana (mobile ", ") called."}};
  int checked = 0, missed = 0;
  std::string misses;
  for (const std::string& region : regions) {
    PhoneNumber number;
    if (!util.GetExampleNumberForType(region, PhoneNumberUtil::MOBILE, &number)) continue;
    std::string intl;
    util.Format(number, PhoneNumberUtil::INTERNATIONAL, &intl);
    for (const auto& [open, close] : enclosures) {
      ++checked;
      if (phones_in(open + intl + close) != std::vector<std::string>{intl}) {
        ++missed;
        misses += region + ": " + open + intl + close + "\n";
      }
    }
  }
  EXPECT_GT(checked, 1500);
  EXPECT_EQ(missed, 0) << misses;
  EXPECT_EQ(phones_in("Call (+44 (0)20 7946 0958) today."),
            std::vector<std::string>{"+44 (0)20 7946 0958"});
  EXPECT_EQ(phones_in("Call (020) 7946 0958 today."), std::vector<std::string>{"(020) 7946 0958"});
  EXPECT_EQ(phones_in("Ring us (030 901820) please."), std::vector<std::string>{"030 901820"});
}

// The default regions' numbers in their national notation, as
// libphonenumber formats them, and with the separators people also use.
TEST(PhoneBreadth, DefaultRegionsInNationalNotation) {
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  std::string misses;
  for (const std::string& region : DetectorConfig{}.phone_regions) {
    for (auto type : {PhoneNumberUtil::MOBILE, PhoneNumberUtil::FIXED_LINE}) {
      PhoneNumber number;
      if (!util.GetExampleNumberForType(region, type, &number)) continue;
      std::string national;
      util.Format(number, PhoneNumberUtil::NATIONAL, &national);
      std::string dotted = national, dashed = national;
      for (char& c : dotted)
        if (c == ' ') c = '.';
      for (char& c : dashed)
        if (c == ' ') c = '-';
      for (const std::string& written : {national, dotted, dashed}) {
        if (written.find_first_of("()") != std::string::npos && written != national) continue;
        if (phones_in("The letter lists " + written + " today.") !=
            std::vector<std::string>{written})
          misses += region + ": " + written + "\n";
      }
    }
  }
  EXPECT_EQ(misses, "");
}

TEST(PhoneBreadth, NotationsPeopleWrite) {
  for (const char* written : {
           "+44 (0)20 7946 0958",    // trunk prefix in brackets
           "+49 (0)30 12345678",     //
           "+33 (0)1 42 68 53 00",   //
           "030/67845596",           // area code and slash (Germany)
           "0173/6113751",           //
           "06/93362968",            // (Italy)
           "(0354) 628064511",       // area code in brackets
           "415.555.0132",           // dotted groups
           "+1.415.555.0132",        //
           "06.12.34.56.78",         //
           "1-415-555-0132",         // trunk 1
           "(415) 555-0132 x123",    // extensions
           "415-555-0132 ext. 45",   //
           "+1 415 555 0132 ext 7",  //
           "0044 20 7946 0958",      // 00 exit code
           "011 44 20 7946 0958",    // 011 exit code
       }) {
    EXPECT_EQ(phones_in(std::string("The letter lists ") + written + " please"),
              std::vector<std::string>{written})
        << written;
  }
}

TEST(PhoneBreadth, DigitRunsThatAreNotPhones) {
  for (const char* text : {
           "Release 20.35.85 fixes the login bug",  // a version
           "see build 20240305 for details",        // a build number, no trunk prefix
           "We were founded in 1998.",              // a year
           "Born 1990-12-31, moved 31.12.2001",     // dates
           "SSN-shaped 536-22-8146 is no phone",    // the shape of an SSN
           "the order total was 1,234.56 EUR",      // an amount
           "ISBN 978-3-16-148410-0",                // an ISBN
           "server 10.20.30.40 is down",            // an IP address
           "at 10:30 or 14:45",                     // times
           "page 12/2024 of the ledger",            // a month and a year
           "Score 3-1 after 90 minutes",            // a score
           "ratio 1/3 and 2/3",                     // fractions
           "VAT number 030 901820 on the invoice",  // a tax number a valid phone's shape
           "our tax number 0171 234567",            // the same
           "SIREN 732 829 320",                     // a French company number
           "NIF: 0171 234567",                      // a Spanish or Portuguese tax number
           "KvK 0201 234567",                       // a Dutch company number
       }) {
    EXPECT_TRUE(phones_in(text).empty()) << text;
  }
}

// A "+", a country code and a number of a length the country's plan has,
// with no phone word near: a phone, though the plan has not given out its
// prefix (faker's Georgian mobiles, "+995 520 …"). Shorter runs after a
// "+" are counts and changes.
TEST(PhoneBreadth, InternationalNumbersOfAPossibleLength) {
  for (const char* phone : {"+995 520 913 023", "+995 528606704", "(+995) 565782160",
                            "+995 500-441-557", "+995 554 57 93 24"})
    EXPECT_EQ(phones_in(std::string("Nino wrote ") + phone + " on the form."),
              std::vector<std::string>{phone})
        << phone;
  for (const char* text : {"Revenue grew +12 345 678 last year.",
                           "Score changed by +44 2024 after review.", "Delta +7 123 456 bytes.",
                           "The index rose +1 000 000 points.", "Followers +20 000 this week."})
    EXPECT_TRUE(phones_in(text).empty()) << text;
}

// A phone label of another script or with accents raises a national number
// in any case: "Телефон:", "ТЕЛ.", "Τηλέφωνο:", "TÉLÉPHONE :". Without the
// label the number is none (no default region takes it).
TEST(PhoneBreadth, LabelsInCapitalsOfEveryScript) {
  for (const char* label : {"Телефон: ", "ТЕЛ.: ", "Моб.: ", "Τηλέφωνο: ", "ΤΗΛ: ", "TÉLÉPHONE : ",
                            "Téléphone : ", "тел.: "})
    EXPECT_EQ(phones_in(std::string(label) + "555 12 34 56"),
              std::vector<std::string>{"555 12 34 56"})
        << label;
  EXPECT_TRUE(phones_in("Рахунок: 555 12 34 56").empty());
  EXPECT_TRUE(phones_in("555 12 34 56").empty());
}

// National numbers are read against the configured regions only: a German
// national number is not one of the US's.
TEST(PhoneBreadth, NationalNumbersNeedTheirRegion) {
  DetectorConfig us_only;
  us_only.phone_regions = {"US"};
  const Detector us(us_only);
  EXPECT_TRUE(phones_in("The letter lists 0151 23456789 today.", us).empty());
  EXPECT_EQ(phones_in("The letter lists +49 151 23456789 today.", us),
            std::vector<std::string>{"+49 151 23456789"});
  EXPECT_EQ(phones_in("The letter lists 0151 23456789 today."),
            std::vector<std::string>{"0151 23456789"});
}

// A national number in a text of another script is judged by the plans of
// that script's regions too (regions_of_scripts): numbers that no default
// region takes, and no phone word beside them.
TEST(PhoneBreadth, NationalNumbersOfTheTextsScript) {
  for (const auto& [text, phone] : std::vector<std::pair<std::string, std::string>>{
           {"Пишите 8 (495) 123-45-67 завтра", "8 (495) 123-45-67"},  // Russia's trunk 8
           {"我的是 138 0013 8000 谢谢", "138 0013 8000"},            // a Chinese mobile
           {"मेरा 98 4123 4567 है", "98 4123 4567"},                    // a Nepali mobile
       })
    EXPECT_EQ(phones_in(text), std::vector<std::string>{phone}) << text;
  // In a Latin text they need their region configured, or a phone word.
  EXPECT_TRUE(phones_in("Write 8 (495) 123-45-67 today").empty());
  EXPECT_TRUE(phones_in("See 138 0013 8000 today").empty());
  EXPECT_TRUE(phones_in("Account 13800138000 here").empty());
  EXPECT_TRUE(phones_in("订单号13800138000").empty());  // an order number
  DetectorConfig with_ru;
  with_ru.phone_regions = {"US", "RU"};
  EXPECT_EQ(phones_in("Write 8 (495) 123-45-67 today", Detector(with_ru)),
            std::vector<std::string>{"8 (495) 123-45-67"});
}

// How signatures, web pages and messages write numbers (the num11 probe
// set): lists with " / ", tel: links and their text, an area code in
// brackets after the country code, run-together mobiles in the text of
// their country, other languages' labels and call verbs.
TEST(PhoneBreadth, NotationsOfText) {
  using V = std::vector<std::string>;
  EXPECT_EQ(phones_in("Tel. +39 333 417 3040 / 347 3739374"),
            (V{"+39 333 417 3040", "347 3739374"}));
  EXPECT_EQ(phones_in("Tlf.: 3193 6079 / 40 76 01 45"), (V{"3193 6079", "40 76 01 45"}));
  // An area code's slash between spaces, as older German letters write it.
  EXPECT_EQ(phones_in("Handy 0151 / 234 567 89"), V{"0151 / 234 567 89"});
  EXPECT_EQ(phones_in("Tel. 089 / 1234567 / 0171 2345678"), (V{"089 / 1234567", "0171 2345678"}));
  EXPECT_EQ(phones_in(R"(<a href="tel:11954939949">(11) 9 5493-9949</a>)"),
            (V{"11954939949", "(11) 9 5493-9949"}));
  EXPECT_EQ(phones_in("Мій номер: +380 (97) 516-54-48."), V{"+380 (97) 516-54-48"});
  EXPECT_EQ(phones_in("Tel: +353 (0)89 471 3762"), V{"+353 (0)89 471 3762"});
  EXPECT_EQ(phones_in("ご連絡は 09096882538 までお願いします。"), V{"09096882538"});
  EXPECT_EQ(phones_in("川口 (電話番号：09047220647)"), V{"09047220647"});
  EXPECT_EQ(phones_in("제 휴대폰 번호는 01053163897입니다."), V{"01053163897"});
  EXPECT_EQ(phones_in("Telefoon: 03 273 71 68"), V{"03 273 71 68"});
  EXPECT_EQ(phones_in("Me liga no 21 898 3054 depois das 18h."), V{"21 898 3054"});
  // A Belgian mobile after its area code, and a date (one separator, twice).
  EXPECT_EQ(phones_in("Mobile : 0496/20.29.31"), V{"0496/20.29.31"});
  // Someone's number and a messenger's name are a phone's words; an order's
  // number is not.
  EXPECT_EQ(phones_in("My number is 555 695 943, thanks."), V{"555 695 943"});
  EXPECT_EQ(phones_in("Viber: 577 12 34 56"), V{"577 12 34 56"});
  EXPECT_EQ(phones_in("Your order number is 555 695 943."), V{});
  // E.164 run together: a "+", the country code and a national part of a
  // length the plan has, though its prefix is not given out.
  EXPECT_EQ(phones_in("Nino Beridze, +995506677073, Tbilisi"), V{"+995506677073"});
  EXPECT_EQ(phones_in("Population: +1234567 since 2010"), V{});
  EXPECT_TRUE(phones_in("Mobile : 2024/01/02").empty());
  // A table's column says what its values are.
  EXPECT_EQ(phones_in("name;phone;order\nEliza;22 397 44 51;22 397 44 52"), V{"22 397 44 51"});
  EXPECT_EQ(phones_in("Name\tTelefon\nEliza\t22 397 44 51"), V{"22 397 44 51"});
  EXPECT_TRUE(phones_in("name,id\nEliza,22 397 44 51").empty());
  // Still no phones: an order number run together in Japanese text, a
  // delivery note and an order beside a phone word.
  EXPECT_TRUE(phones_in("注文番号 12345678901").empty());
  EXPECT_TRUE(
      phones_in("Lieferschein 52752601 — Tel. Rückfragen bitte mit dieser Nummer.").empty());
  EXPECT_TRUE(phones_in("Bestellung Nr. 606 896 1985 vom 06.08.2021").empty());
  // A compound "…nummer" label names its number's kind: another kind's, or a
  // line to call.
  EXPECT_TRUE(phones_in("Zugangsnummer 0815 4711 2342").empty());
  EXPECT_TRUE(phones_in("Vorgangsnummer: 030 1234567").empty());
  EXPECT_TRUE(phones_in("Klantnummer: 06 12345678").empty());
  EXPECT_EQ(phones_in("Festnetznummer: 030 1234567"), V{"030 1234567"});
  EXPECT_EQ(phones_in("Telefoonnummer: 06 12345678"), V{"06 12345678"});
  EXPECT_EQ(phones_in("Servicenummer 0800 123 4567"), V{"0800 123 4567"});
  EXPECT_TRUE(phones_in("CPR-nr. 010185-1234").empty());
  EXPECT_TRUE(phones_in("NPI 1234567890").empty());
}

TEST(PhoneBreadth, RegionsOfScripts) {
  auto regions = [](std::string_view text) {
    const ScriptRegions r = regions_of_scripts(text);
    std::string out;
    for (std::size_t k = 0; k < r.size; ++k) out += std::string(r.regions[k]) + " ";
    return out;
  };
  EXPECT_EQ(regions("plain English, café, Zürich"), "");
  EXPECT_EQ(regions("Київ"), "RU UA BY KZ BG RS MK ");
  EXPECT_EQ(regions("東京です"), "JP CN TW ");
  EXPECT_EQ(regions("서울 and Αθήνα"), "GR CY KR ");
  EXPECT_EQ(regions("हिन्दी বাংলা"), "IN NP BD ");
  EXPECT_EQ(regions("עברית العربية ไทย ქართული Հայերեն"),
            "AM IL SA AE EG MA DZ JO IQ PK IR TH GE ");
}

}  // namespace
}  // namespace switchyard::privacy
