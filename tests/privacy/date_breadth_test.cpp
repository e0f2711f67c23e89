// Full dates in every notation and supported language, dates of birth
// among them, and what is not a full date; and how each affects the class.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "privacy/detector_checks.hpp"
#include "switchyard/privacy/data_class.hpp"
#include "switchyard/privacy/detector.hpp"

namespace switchyard::privacy {
namespace {

using checks::detector;

std::vector<Finding> dates_in(std::string_view text) {
  std::vector<Finding> out;
  for (const Finding& f : detector().scan(text))
    if (f.type == EntityType::date_time) out.push_back(f);
  return out;
}

std::vector<std::string> dates_text(std::string_view text) {
  std::vector<std::string> out;
  for (const Finding& f : dates_in(text)) out.emplace_back(f.text_in(text));
  return out;
}

struct Language {
  const char* code;
  std::vector<const char*> months;  // January to December, as written
};

const std::vector<Language>& languages() {
  static const std::vector<Language> kLanguages = {
      {"en",
       {"January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December"}},
      {"de",
       {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
        "Oktober", "November", "Dezember"}},
      {"fr",
       {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"}},
      {"es",
       {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
        "octubre", "noviembre", "diciembre"}},
      {"it",
       {"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
        "settembre", "ottobre", "novembre", "dicembre"}},
      {"nl",
       {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
        "oktober", "november", "december"}},
      {"pt",
       {"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
        "outubro", "novembro", "dezembro"}},
      {"pl",
       {"stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
        "września", "października", "listopada", "grudnia"}},
      {"cs",
       {"ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září",
        "října", "listopadu", "prosince"}},
      {"hr",
       {"siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza",
        "rujna", "listopada", "studenoga", "prosinca"}},
      {"sv",
       {"januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
        "oktober", "november", "december"}},
      {"fi",
       {"tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta",
        "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"}},
      {"ro",
       {"ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august",
        "septembrie", "octombrie", "noiembrie", "decembrie"}},
      {"tr",
       {"Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim",
        "Kasım", "Aralık"}},
      {"id",
       {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
        "Oktober", "November", "Desember"}},
      {"ru",
       {"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
        "октября", "ноября", "декабря"}},
      {"uk",
       {"січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня",
        "жовтня", "листопада", "грудня"}},
      {"el",
       {"Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου",
        "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"}},
  };
  return kLanguages;
}

// Every month of every language, in the written forms of that language,
// at a day that exists in every month and one that only some have.
TEST(DateBreadth, WrittenMonthsInEveryLanguage) {
  std::string misses;
  int checked = 0;
  for (const Language& lang : languages()) {
    for (int m = 0; m < 12; ++m) {
      const std::string month = lang.months[static_cast<std::size_t>(m)];
      for (int day : {3, 28}) {
        const std::string d = std::to_string(day);
        std::vector<std::string> forms = {d + " " + month + " 1987"};
        if (std::string(lang.code) == "en") {
          forms.push_back(month + " " + d + ", 1987");
          forms.push_back(month + " " + d + " 1987");
          forms.push_back(d + (day == 3 ? "rd" : "th") + " of " + month + " 1987");
          forms.push_back(month.substr(0, 3) + " " + d + ", 1987");
          forms.push_back(month.substr(0, 3) + ". " + d + ", 1987");
          forms.push_back(d + " " + month.substr(0, 3) + " 1987");
        }
        const std::string code = lang.code;
        if (code == "de" || code == "cs" || code == "hr" || code == "fi")
          forms.push_back(d + ". " + month + " 1987");
        if (std::string(lang.code) == "es" || std::string(lang.code) == "pt")
          forms.push_back(d + " de " + month + " de 1987");
        for (const std::string& written : forms) {
          ++checked;
          if (dates_text("Signed on " + written + " in the office.") !=
              std::vector<std::string>{written})
            misses += std::string(lang.code) + ": " + written + "\n";
        }
      }
    }
  }
  EXPECT_GT(checked, 700);
  EXPECT_EQ(misses, "");
  // Between quotation marks and brackets of any script.
  for (const char* text : {"«March 3, 1990»", "“March 3, 1990”", "„3. März 1990“",
                           "родился «3 марта 1990»", "(3 Μαρτίου 1990)"})
    EXPECT_EQ(dates_in(text).size(), 1u) << text;
}

TEST(DateBreadth, NumericNotations) {
  for (const char* written : {
           "1987-03-28",  // ISO
           "1987/03/28",  //
           "03/28/1987",  // US, month first
           "3/28/1987",   //
           "28/03/1987",  // European, day first
           "28.03.1987",  //
           "28.3.1987",   //
           "28-03-1987",  //
           "1987-03-28 14:56:41",
       }) {
    const std::string text = std::string("The form is dated ") + written + " as agreed.";
    const auto found = dates_text(text);
    ASSERT_EQ(found.size(), 1u) << written;
    EXPECT_EQ(found[0].substr(0, 10), std::string(written).substr(0, 10)) << written;
  }
}

TEST(DateBreadth, WhatIsNotAFullDate) {
  for (const char* text : {
           "We were founded in 1987.",                    // a year alone
           "Revenue grew in March 1987 and in Q3 2024.",  // a month and a year
           "The meeting is at 14:30 on Monday.",          // a time and a weekday
           "[2024-03-05T10:15:30Z] INFO served",          // an ISO 8601 timestamp
           "[2024-03-05 10:15:30] INFO served",           // a log line's timestamp
           "2024-03-05 10:15:30.355 worker 5 done",       // to the millisecond
           "2024-03-05 10:15:30,355 INFO served",         //
           "born 2/30/1961",                              // no such day
           "version 1.2.3 and 10.20.30.40",               // versions, addresses
           "ratio 3/4/5 of the batch",                    // not a date
           "Score 12-14-1 in overtime",                   //
           "He turned 30 on 3/4/21.",                     // two-digit year, no birth word
           "May 5 people attend in 2024?",                // "May" the verb, no date
       }) {
    EXPECT_TRUE(dates_text(text).empty()) << text;
  }
}

// A date with a birth word is a date of birth; any other full date is a
// calendar date. A date of birth makes a request confidential on its own; a
// calendar date is redacted with the rest, but raises no class.
TEST(DateBreadth, BirthDatesRaiseTheClassCalendarDatesDoNot) {
  for (const char* text :
       {"DOB: 03/28/1987", "She was born on 28 March 1987.", "Date of birth: 1987-03-28",
        "Geburtsdatum: 28. März 1987", "né le 28 mars 1987", "two-digit year: born 3/28/87"}) {
    const auto found = dates_in(text);
    ASSERT_EQ(found.size(), 1u) << text;
    EXPECT_EQ(found[0].detector, "date_of_birth") << text;
    EXPECT_EQ(classify(PrivacyPolicy{}, std::nullopt, std::nullopt, found).level,
              DataClass::confidential)
        << text;
  }
  const std::string text = "Your appointment is confirmed for 28 March 2027.";
  const auto found = dates_in(text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].detector, "calendar_date");
  const Classification c = classify(PrivacyPolicy{}, std::nullopt, std::nullopt, found);
  EXPECT_EQ(c.level, DataClass::public_);
  ASSERT_EQ(c.entity_counts.size(), 1u);  // still counted in the ledger
  EXPECT_EQ(c.entity_counts[0].first, "DATE_TIME");
}

}  // namespace
}  // namespace switchyard::privacy
