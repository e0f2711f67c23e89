// Identity documents. Their numbers have no public check digits (licence
// formats differ by state, passports by country), so a match counts only
// when the text names the document nearby. (Dates of birth: date_rules.cpp.)
#include <string>

#include "switchyard/privacy/rule.hpp"

namespace switchyard::privacy {

namespace {

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
  // Every rule here scores 0.1 before context (confirm_document_number):
  // none counts without a word naming it.
  for (Rule& r : rules) r.max_score = 0.1;
  // The digits each pattern needs in a row (\d{4,14}, \d{6,9}, \d{5,10}).
  rules[0].digit_run = 4;
  rules[1].digit_run = 6;
  rules[2].digit_run = 5;
  return rules;
}

}  // namespace switchyard::privacy
