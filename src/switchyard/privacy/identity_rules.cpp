// Identity documents and dates of birth. Their numbers have no public check
// digits (licence formats differ by state, passports by country), so a match
// counts only when the text names the document nearby; a date counts only
// when the text says it is a birth date.
#include <cstdlib>
#include <string>

#include "switchyard/privacy/checksums.hpp"
#include "switchyard/privacy/rule.hpp"

namespace switchyard::privacy {

namespace {

int number_at(std::string_view s, std::size_t& i) {
  int v = 0;
  while (i < s.size() && is_digit(s[i])) v = v * 10 + (s[i++] - '0');
  return v;
}

int month_of(std::string_view word) {
  static constexpr std::string_view kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                                 "jul", "aug", "sep", "oct", "nov", "dec"};
  if (word.size() < 3) return 0;
  std::string low;
  for (std::size_t i = 0; i < 3; ++i) low.push_back(static_cast<char>(word[i] | 0x20));
  for (int m = 0; m < 12; ++m)
    if (kMonths[m] == low) return m + 1;
  return 0;
}

// Numeric dates: 12/31/1990, 31.12.1990, 1990-12-31 (with optional time),
// and written ones: March 3, 1990 / 3rd of March 1990.
std::optional<Candidate> confirm_date(std::string_view text, std::size_t start, std::size_t end) {
  if (!stands_alone(text, start, end) || continues_number(text, end)) return std::nullopt;
  const std::string_view s = text.substr(start, end - start);
  std::size_t i = 0;
  int year = 0, month = 0, day = 0;
  if (is_digit(s[0])) {
    const int a = number_at(s, i);
    if (i >= s.size()) return std::nullopt;
    if (!is_digit(s[i + 1 < s.size() ? i + 1 : i]) || s[i] == ' ') {
      // "3rd of March 1990" / "3 March 1990"
      day = a;
      while (i < s.size() && !is_ascii_alpha(s[i])) ++i;
      while (i < s.size() &&
             (s.substr(i, 3) == "st " || s.substr(i, 3) == "nd " || s.substr(i, 3) == "rd " ||
              s.substr(i, 3) == "th " || s.substr(i, 3) == "of ")) {
        i += 3;
      }
      month = month_of(s.substr(i));
      year = std::atoi(std::string(s.substr(s.find_last_of(' ') + 1)).c_str());
    } else {
      ++i;
      const int b = number_at(s, i);
      ++i;
      const int c = number_at(s, i);
      if (a > 31) {
        year = a, month = b, day = c;
      } else {
        year = c < 100 ? 1900 + c : c;
        // Month first (US) unless that cannot be a date.
        month = a, day = b;
        if (!date_exists(year, month, day)) std::swap(month, day);
      }
    }
  } else {
    month = month_of(s);
    while (i < s.size() && !is_digit(s[i])) ++i;
    day = number_at(s, i);
    year = std::atoi(std::string(s.substr(s.find_last_of(' ') + 1)).c_str());
  }
  if (year < 1900 || year > 2100 || !date_exists(year, month, day)) return std::nullopt;
  return Candidate{start, end, 0.3, "date_of_birth"};
}

// Letters and digits of a document number; at least six characters, mostly
// digits, not a year or an amount.
std::optional<Candidate> confirm_document_number(std::string_view text, std::size_t start,
                                                 std::size_t end, std::string_view detector) {
  if (!stands_alone(text, start, end) || continues_number(text, end) ||
      preceded_by_number(text, start))
    return std::nullopt;
  if (end - start < 6) return std::nullopt;
  return Candidate{start, end, 0.1, detector};
}

}  // namespace

std::vector<Rule> identity_rules() {
  std::vector<Rule> rules;
  const ContextWords birth{
      {"born", "birth", "dob", "d.o.b", "birthday", "birthdate", "b-day"}, {}, 0.55, 0.35, 64, 28};
  const char* months = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\\.?";
  rules.push_back(make_rule(EntityType::date_time, {R"(\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2}))"},
                            confirm_date, birth));
  rules.push_back(make_rule(EntityType::date_time,
                            {R"(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?)"}, confirm_date,
                            birth));
  rules.push_back(make_rule(EntityType::date_time,
                            {std::string(months) + R"( \d{1,2}(?:st|nd|rd|th)?,? \d{4})", true},
                            confirm_date, birth));
  rules.push_back(
      make_rule(EntityType::date_time,
                {R"(\d{1,2}(?:st|nd|rd|th)? (?:of )?)" + std::string(months) + R"(,? \d{4})", true},
                confirm_date, birth));
  rules.push_back(make_rule(EntityType::us_driver_license, {R"([A-Za-z]{0,2}\d{4,14}[A-Za-z]?)"},
                            [](std::string_view text, std::size_t start, std::size_t end) {
                              return confirm_document_number(text, start, end,
                                                             "driver_license_context");
                            },
                            {{"driver", "driving", "licence", "license", "dl", "lic"}, {}, 0.65}));
  rules.push_back(make_rule(EntityType::passport, {R"([A-Za-z]{0,2}\d{6,9})"},
                            [](std::string_view text, std::size_t start, std::size_t end) {
                              return confirm_document_number(text, start, end, "passport_context");
                            },
                            {{"passport"}, {}, 0.65}));
  rules.push_back(make_rule(EntityType::medical_record_number, {R"((?:[A-Za-z]{1,3}-?)?\d{5,10})"},
                            [](std::string_view text, std::size_t start, std::size_t end) {
                              return confirm_document_number(text, start, end,
                                                             "medical_record_context");
                            },
                            {{"mrn", "medical record", "patient id", "patient number",
                              "chart number", "health record", "hospital number"},
                             {},
                             0.65}));
  // Every rule here scores at most 0.3 before context (see confirm_date and
  // confirm_document_number): none counts without a word naming it.
  for (Rule& r : rules) r.max_score = r.type == EntityType::date_time ? 0.3 : 0.1;
  return rules;
}

}  // namespace switchyard::privacy
