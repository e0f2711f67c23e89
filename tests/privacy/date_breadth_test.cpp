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

// A date is masked whole: the weekday before it and the time after it,
// with the words that join them, its "o'clock" and its zone (num14).
TEST(DateBreadth, WeekdayAndTimeAreMaskedWithTheDate) {
  for (const char* date : {"Thursday, 1 December 2016 at 16:45",
                           "Sun, 24 Jul 2022 22:45:35 +0100",
                           "Tuesday 25 August 2020, 3:45 PM SAST",
                           "2018-08-19 12:30 MSK",
                           "2022-07-20 14:30 UTC+01:00",
                           "mercredi 17 juillet 2019 à 13h45",
                           "23 novembre 2021 à 23 h 15",
                           "14 juin 2022, 8h17 HNE",
                           "So., 13.11.2022 14.30 Uhr",
                           "Montag, 12. März 2024 um 14:30 Uhr",
                           "jueves, 4 de diciembre de 2025 a las 14:30",
                           "07/07/2023 16:15 h",
                           "sabato 18 giugno 2022 alle 01:45",
                           "segunda-feira, 26 de novembro de 2018 às 6h30",
                           "maandag 9 oktober 2023 om 12:30 uur",
                           "måndag 9 oktober 2023 kl. 12.30",
                           "15.1.2026 klo 17.30",
                           "niedziela, 4 października 2026 r., godz. 22:49",
                           "sobota 25. února 2023 v 18:00",
                           "luni, 4 iunie 2018, ora 02:30",
                           "2 Şubat 2020 Pazar, saat 16:46",
                           "18 января 2026 г. в 11:15",
                           "Πέμπτη 15 Αυγούστου 2024, 23:15",
                           "(UTC+3) 12.03.2023 15:45"}) {
    const std::string text = std::string("When: ") + date + ".";
    const std::string whole = std::string(date).starts_with("(UTC") ? "12.03.2023 15:45" : date;
    EXPECT_EQ(dates_text(text), std::vector<std::string>{whole}) << text;
  }
  // A price after a date is no time; nor is a dotted number without a
  // joining word or "Uhr".
  EXPECT_EQ(dates_text("Paid 12.03.2024 12.50 EUR."), std::vector<std::string>{"12.03.2024"});
  EXPECT_EQ(dates_text("From 12 March 2024 to 14 March 2024."),
            (std::vector<std::string>{"12 March 2024", "14 March 2024"}));
}

// Chinese, Japanese and Korean dates with their weekday and time; dates
// written with a space after each dot; and the months of Afrikaans,
// Arabic, Hebrew, Georgian and Thai (with the Buddhist year).
TEST(DateBreadth, DatesOfMoreScriptsAndNotations) {
  for (const char* date : {"2024年3月12日（火）14時30分",
                           "2023年7月7日星期五",
                           "2020年1月7日 21:30",
                           "2019年5月19日 下午2点30分",
                           "2024年3月12日（二）下午2點30分",
                           "2026년 7월 10일 (금) 오후 1시 15분",
                           "2024년 3월 12일",
                           "2024. 3. 12.",
                           "2024. 03. 12. 14:30",
                           "13. 4. 2021",
                           "Donderdag, 18 Januarie 2024 om 19:30",
                           "16 مايو 2018 الساعة 17:49",
                           "السبت 16 ديسمبر 2023",
                           "יום חמישי, 14 בינואר 2021",
                           "2 במרץ 2020 בשעה 04:45",
                           "ორშაბათი, 14 მაისი 2018, 12:00",
                           "17 აგვისტო, 2016",
                           "2018 წლის 25 ნოემბერს",
                           "2020. július 20., hétfő 14:15",
                           "2023. március 5. 10:00",
                           "22 มีนาคม 2569",
                           "11 กุมภาพันธ์ 2569 เวลา 20.00 น.",
                           "วันอังคารที่ 4 กันยายน 2561"}) {
    const std::string text = std::string("Date: ") + date + "\n";
    EXPECT_EQ(dates_text(text), std::vector<std::string>{date}) << text;
  }
  // A month that does not exist, a Buddhist year with a month of another
  // language, and a dotted run that is a version are no dates.
  for (const char* text : {"2024年13月12日", "22 March 2569", "version 2024. 3. 1a"})
    EXPECT_EQ(dates_text(text), std::vector<std::string>{}) << text;
}

}  // namespace
}  // namespace switchyard::privacy
