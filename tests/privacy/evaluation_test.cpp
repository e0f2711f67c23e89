#include "switchyard/privacy/evaluation.hpp"
#include "support/paths.hpp"

#include <gtest/gtest.h>

#include <simdjson.h>
#include <initializer_list>
#include <tuple>

#include <filesystem>

namespace switchyard::privacy {
namespace {

TEST(Evaluation, CodePointOffsetsBecomeByteOffsets) {
  const std::string text = "Æ é x";  // Æ and é are two bytes each
  EXPECT_EQ(byte_offset_of_code_point(text, 0), 0u);
  EXPECT_EQ(byte_offset_of_code_point(text, 1), 2u);
  EXPECT_EQ(byte_offset_of_code_point(text, 4), 6u);
  EXPECT_EQ(byte_offset_of_code_point(text, 99), text.size());
}

TEST(Evaluation, MapsLabelNames) {
  EXPECT_EQ(scored_entity_name("STREET_ADDRESS"), "ADDRESS");
  EXPECT_EQ(scored_entity_name("GPE"), "LOCATION");
  EXPECT_EQ(scored_entity_name("URL"), "DOMAIN_NAME");
  EXPECT_EQ(scored_entity_name("ORGANIZATION"), "ORGANIZATION");
}

TEST(Evaluation, CountsOverlapsPerType) {
  const Detector detector;
  std::vector<LabelledText> data;
  data.push_back({"SSN 308-63-0237 and card 4539301019673114",
                  {{"US_SSN", 4, 15}, {"CREDIT_CARD", 25, 30}, {"PERSON", 0, 3}}});
  const EvaluationReport r = evaluate(detector, data);
  EXPECT_EQ(r.entities.at("US_SSN").found, 1u);
  EXPECT_EQ(r.entities.at("CREDIT_CARD").found, 1u);  // overlap is enough
  EXPECT_EQ(r.entities.at("PERSON").found, 0u);
  EXPECT_DOUBLE_EQ(r.entities.at("US_SSN").precision(), 1.0);
  EXPECT_EQ(r.total.labelled, 3u);
}

// A card found by a finding that covers only part of it counts as found,
// but its other digits are not masked: the masked figure and a PARTIAL
// mistake say so. Spaces and punctuation inside a span are not counted.
TEST(Evaluation, CountsTheLettersAndDigitsAFindingMasks) {
  const Detector detector;
  std::vector<LabelledText> data;
  // "4539301019673114" is found (16 digits); the label runs on over " x-7"
  // (two more meaningful characters no finding covers).
  data.push_back({"card 4539301019673114 x-7 end", {{"CREDIT_CARD", 5, 25}}});
  data.push_back({"SSN 308-63-0237 ok", {{"US_SSN", 4, 15}}});
  const EvaluationReport r = evaluate(detector, data);
  const EntityScore& card = r.entities.at("CREDIT_CARD");
  EXPECT_EQ(card.found, 1u);
  EXPECT_EQ(card.labelled_chars, 18u);
  EXPECT_EQ(card.masked_chars, 16u);
  const EntityScore& ssn = r.entities.at("US_SSN");
  EXPECT_EQ(ssn.labelled_chars, 9u);  // the hyphens are not counted
  EXPECT_DOUBLE_EQ(ssn.masked(), 1.0);
  EXPECT_EQ(r.total.labelled_chars, 27u);
  EXPECT_EQ(r.total.masked_chars, 25u);
  ASSERT_EQ(r.mistakes.size(), 1u);
  EXPECT_TRUE(r.mistakes[0].partial);
  EXPECT_FALSE(r.mistakes[0].missed);
  EXPECT_EQ(r.mistakes[0].record, 0u);
}

// Wrong findings are counted by the label they overlap instead (the one
// covering most of them), or "" when they overlap none.
TEST(Evaluation, CountsWrongFindingsByTheLabelTheyOverlap) {
  const Detector detector;
  std::vector<LabelledText> data;
  // The SSN is labelled as a phone; the card as nothing.
  data.push_back({"SSN 308-63-0237 and card 4539301019673114", {{"PHONE_NUMBER", 4, 15}}});
  data.push_back({"SSN 308-63-0237 ok", {{"US_SSN", 4, 15}, {"CREDIT_CARD", 0, 3}}});
  const EvaluationReport r = evaluate(detector, data);
  ASSERT_EQ(r.wrong.count("US_SSN"), 1u);
  EXPECT_EQ(r.wrong.at("US_SSN").at("PHONE_NUMBER"), 1u);
  EXPECT_EQ(r.wrong.at("US_SSN").size(), 1u);  // the labelled SSN is right, not counted
  ASSERT_EQ(r.wrong.count("CREDIT_CARD"), 1u);
  EXPECT_EQ(r.wrong.at("CREDIT_CARD").at(""), 1u);
  std::size_t total = 0;
  for (const auto& [finding, by_label] : r.wrong)
    for (const auto& [label, n] : by_label) total += n;
  std::size_t wrong_mistakes = 0;
  for (const auto& m : r.mistakes) wrong_mistakes += !m.missed && !m.partial;
  EXPECT_EQ(total, wrong_mistakes);
}

// One scan gives the totals and each group's figures, each as evaluate()
// gives them for those records alone: a type is scored in a group only where
// that group's records label it (the SSN found in group "b", labelled only in
// group "a", is scored in the totals but not in "b").
TEST(Evaluation, GroupedFiguresAreEachGroupsOwn) {
  const Detector detector;
  std::vector<LabelledText> data;
  data.push_back({"SSN 308-63-0237 please", {{"US_SSN", 4, 15}}, "a"});
  data.push_back({"my SSN is 308-63-0237 and card 4539301019673114",
                  {{"CREDIT_CARD", 31, 47}, {"PERSON", 0, 2}},
                  "b"});
  data.push_back({"mail jo@example.com now", {{"EMAIL_ADDRESS", 5, 19}}, "a"});
  data.push_back({"nothing here", {}, ""});
  const auto key = [](const LabelledText& r) { return r.locale.empty() ? "-" : r.locale; };
  const GroupedEvaluation g = evaluate_grouped(detector, data, key);

  auto same = [](const EvaluationReport& x, const EvaluationReport& y) {
    EXPECT_EQ(x.records, y.records);
    ASSERT_EQ(x.entities.size(), y.entities.size());
    for (const auto& [name, e] : x.entities) {
      const EntityScore& f = y.entities.at(name);
      EXPECT_EQ(e.labelled, f.labelled) << name;
      EXPECT_EQ(e.found, f.found) << name;
      EXPECT_EQ(e.reported, f.reported) << name;
      EXPECT_EQ(e.correct, f.correct) << name;
      EXPECT_EQ(e.scored, f.scored) << name;
      EXPECT_EQ(e.masked_chars, f.masked_chars) << name;
    }
    EXPECT_EQ(x.total.labelled, y.total.labelled);
    EXPECT_EQ(x.total.reported, y.total.reported);
    EXPECT_EQ(x.mistakes.size(), y.mistakes.size());
  };
  same(g.total, evaluate(detector, data));
  ASSERT_EQ(g.groups.size(), 3u);
  for (const auto& [name, report] : g.groups) {
    std::vector<LabelledText> part;
    for (const LabelledText& r : data)
      if (key(r) == name) part.push_back(r);
    same(report, evaluate(detector, part));
  }
  EXPECT_TRUE(g.total.entities.at("US_SSN").scored);
  EXPECT_EQ(g.groups.at("b").entities.at("US_SSN").reported, 1u);
  EXPECT_FALSE(g.groups.at("b").entities.at("US_SSN").scored);
  EXPECT_EQ(g.groups.at("b").total.labelled, 2u);
  // Mistakes name the record by its index in the whole data.
  ASSERT_FALSE(g.groups.at("b").mistakes.empty());
  for (const EvaluationMistake& m : g.groups.at("b").mistakes) EXPECT_EQ(m.record, 1u);
}

// Reads the development set the way `switchyard pii eval` does.
std::vector<LabelledText> load_dev_set(const std::string& path) {
  std::vector<LabelledText> data;
  simdjson::dom::parser parser;
  simdjson::dom::element root = parser.load(path);
  for (simdjson::dom::element record : root.get_array()) {
    LabelledText lt;
    lt.text = std::string(std::string_view(record["full_text"]));
    for (simdjson::dom::element span : record["spans"].get_array()) {
      const auto start = static_cast<std::size_t>(int64_t(span["start_position"]));
      const auto end = static_cast<std::size_t>(int64_t(span["end_position"]));
      lt.spans.push_back({std::string(std::string_view(span["entity_type"])),
                          byte_offset_of_code_point(lt.text, start),
                          byte_offset_of_code_point(lt.text, end)});
    }
    data.push_back(std::move(lt));
  }
  return data;
}

// Regression guard for the structured entities on the development set.
TEST(Evaluation, DevelopmentSetMeetsStructuredTargets) {
  const std::string path =
      switchyard::testing::source_dir() + "/../shared/data/pii-dev/generated_large.json";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "no development set at " << path;
  const EvaluationReport r = evaluate(Detector{}, load_dev_set(path));
  for (const char* entity :
       {"CREDIT_CARD", "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "US_SSN", "IP_ADDRESS"}) {
    const EntityScore& e = r.entities.at(entity);
    EXPECT_GE(e.recall(), 0.98) << entity;
    EXPECT_GE(e.precision(), 0.95) << entity;
  }
  // Full dates (issue 15's target; 0.866 when set).
  EXPECT_GE(r.entities.at("DATE_TIME").recall(), 0.80);
  EXPECT_GE(r.entities.at("DATE_TIME").precision(), 0.95);
  // Names, addresses and places: no worse than when issue 15's work was
  // done (PERSON 0.791 / 0.903, ADDRESS 1.000 / 0.869, LOCATION 0.741 /
  // 0.505 after the firm, title, product and place rules).
  // PERSON 0.909 -> 0.926 with the eleventh pass (lists of people, calls
  // before a request, what only people do).
  EXPECT_GE(r.entities.at("PERSON").recall(), 0.92);
  EXPECT_GE(r.entities.at("PERSON").precision(), 0.94);
  // ADDRESS 0.885 -> 0.891 with the address layout pass (sixth pass).
  EXPECT_GE(r.entities.at("ADDRESS").recall(), 0.89);
  EXPECT_GE(r.entities.at("ADDRESS").precision(), 0.99);
  EXPECT_GE(r.entities.at("LOCATION").recall(), 0.50);
  EXPECT_GE(r.entities.at("LOCATION").precision(), 0.74);
}

// The generated set (tests/privacy/generator, seed 15): data the detector
// was not tuned on, in breadth — every card scheme and issued length, phones
// of 35 regions in national and international notations, dates in seven
// languages, names of 41 locales, and near-misses that must not be found.
// The pattern entities and dates are held to issue 15's targets (all
// measured 1.000), names and addresses to the figures measured when they
// were set, rounded down: a regression fails the suite. docs/BENCHMARKS.md
// lists the figures.
struct Floor {
  const char* entity;
  double recall;
  double precision;
  // Of the entity's labelled letters and digits, the share findings cover
  // (EntityScore::masked): a name found only in part leaves the rest
  // unmasked. 0: not held.
  double masked = 0;
};

// The set tests/privacy/data/`file` has `records` records, and the
// detector's figures on it are at or above each floor.
void expect_floors(const char* file, std::size_t records, std::initializer_list<Floor> floors) {
  const EvaluationReport r = evaluate(
      Detector{}, load_dev_set(switchyard::testing::source_dir() + "/tests/privacy/data/" + file));
  ASSERT_EQ(r.records, records) << file;
  for (const Floor& f : floors) {
    const EntityScore& e = r.entities.at(f.entity);
    EXPECT_GE(e.recall(), f.recall) << file << ": " << f.entity;
    EXPECT_GE(e.precision(), f.precision) << file << ": " << f.entity;
    EXPECT_GE(e.masked(), f.masked) << file << ": " << f.entity << " masked";
  }
}

TEST(Evaluation, GeneratedSetHoldsItsFigures) {
  expect_floors("generated_pii.json", 3000,
                {
                    {"CREDIT_CARD", 0.98, 0.95},
                    {"EMAIL_ADDRESS", 0.98, 0.95},
                    {"IBAN_CODE", 0.98, 0.95},
                    {"US_SSN", 0.98, 0.95},
                    {"IP_ADDRESS", 0.98, 0.95},
                    {"PHONE_NUMBER", 0.98, 0.95},
                    {"DATE_TIME", 0.98, 0.95},
                    // PERSON and ADDRESS above the targets (PERSON 0.934 / 0.992,
                    // ADDRESS 0.991 / 0.991 when set): held there, so they can only rise.
                    // PERSON precision 0.974 since names need evidence (issue 15, fifth pass);
                    // 0.976 / 0.990 since other languages' common words are none (sixth
                    // pass), which lost one name of two Italian words ("Ambrosiano Motta").
                    // 0.975 -> 0.986 with the orgs10 pass (firms built from surnames).
                    {"PERSON", 0.989, 0.98, 0.98},
                    // ADDRESS masked 0.976 -> 0.999 with the addr14 pass (flats, floors
                    // and doors after the house number).
                    {"ADDRESS", 0.99, 0.99, 0.99},
                    // LOCATION 0.805 / 0.689 -> 0.799 / 0.701 with the place prefixes of
                    // the ninth pass: three more towns found ("the Port Elizabeth office",
                    // "the Ost Henri office") where the set labels none.
                    {"LOCATION", 0.69, 0.79},
                });
}

// The second generated set (`--set breadth`, seed 16), written after the
// name, firm and street rules to judge them on sentence shapes and locales
// they were not written from: firms, products, job titles and places as
// near-misses in new positions, names in headers, replies and CSV rows, the
// street addresses of 33 faker locales. Held at the figures measured when it
// was added, rounded down (docs/BENCHMARKS.md).
TEST(Evaluation, BreadthSetHoldsItsFigures) {
  expect_floors("generated_pii_breadth.json", 1500,
                {
                    {"EMAIL_ADDRESS", 0.98, 0.95},
                    // PERSON precision 0.940 -> 0.943 with the names7 pass.
                    // PERSON precision 0.944 -> 0.966 with the orgs10 pass.
                    {"PERSON", 0.98, 0.96, 0.98},
                    // 0.990 -> 0.992 with the address layout pass; masked 0.966 -> 0.988
                    // with the addr14 pass.
                    {"ADDRESS", 0.99, 0.99, 0.98},
                    {"LOCATION", 0.67, 0.96},
                });
}

// The third generated set (`--set variants`, seed 17), written after the
// address-cue, postcode-town, signature-column and firm-chain rules to judge
// them on variants they were not written from: other cues and languages,
// addresses with no cue, locales neither earlier set has, other signature
// separators, and the people's lists those rules must leave alone. Held at
// the figures measured when it was added, rounded down (docs/BENCHMARKS.md).
TEST(Evaluation, VariantsSetHoldsItsFigures) {
  expect_floors("generated_pii_variants.json", 1500,
                {
                    // ADDRESS 0.876 -> 0.972, PERSON precision 0.901 -> 0.912 with the
                    // address layout pass (issue 15, sixth pass); 0.918 -> 0.927 with
                    // the names7 pass (places named after people, headings).
                    // PERSON precision 0.927 -> 0.975 with the orgs10 pass.
                    // PERSON recall 0.946 -> 0.970 with the eleventh pass (lists of people).
                    {"PERSON", 0.96, 0.98, 0.96},
                    {"ADDRESS", 0.98, 0.99, 0.96},  // masked 0.958 -> 0.968 (addr14)
                    {"LOCATION", 0.88, 0.94},
                });
}

// The fourth generated set (`--set holdout`, seed 21), written and
// committed before any rule was changed for it, and never read mistake by
// mistake: cues, sentence shapes, locales and near-misses none of the
// earlier sets has. Its figures are the honest ones for data the rules were
// not written from (docs/BENCHMARKS.md, "issue 15, fourth pass"); held at
// them, rounded down, so a change that loses ground there fails.
// PERSON was 0.922 / 0.525 when the set was added: since a capitalised
// phrase needs evidence to be a name (issue 15, fifth pass) it is 0.855 /
// 0.726 — recall traded for precision, both now held there.
TEST(Evaluation, HoldoutSetHoldsItsFigures) {
  expect_floors("generated_pii_holdout.json", 1500,
                {
                    // ADDRESS 0.830 -> 0.850 with the address layout pass, PERSON
                    // precision 0.728 -> 0.741 with other languages' common words (sixth pass),
                    // 0.740 -> 0.761 with the names7 pass.
                    // ADDRESS 0.850 -> 0.870 with the addr7 address pass.
                    // PERSON precision 0.761 -> 0.858 with the ninth pass (orgs10, loc11).
                    {"PERSON", 0.87, 0.86, 0.88},
                    // ADDRESS 0.913 / 0.945 -> 0.917 / 0.945, masked 0.855 -> 0.875 with
                    // the addr14 pass.
                    {"ADDRESS", 0.91, 0.94, 0.87},
                    {"LOCATION", 0.41, 0.82},
                    {"EMAIL_ADDRESS", 0.98, 0.95},
                    {"PHONE_NUMBER", 0.98, 0.95},
                    {"DATE_TIME", 0.98, 0.95},
                });
}

// The fifth generated set (`--set judge`, seed 23), written and committed
// before the next change to the PERSON and ADDRESS rules, to judge it; like
// the holdout set it is never read mistake by mistake. Person shapes,
// near-miss kinds, address cues and layouts and faker locales the four
// earlier sets lack or use least (docs/BENCHMARKS.md, "The judge set").
// Held at main's figures when it was added (PERSON 0.386 / 0.917, ADDRESS
// 0.994 / 0.550, LOCATION 0.639 / 0.462, PHONE_NUMBER 0.941 / 0.970),
// rounded down by about 0.01: a change that loses ground there fails, one
// that gains passes. The fifth pass (names need evidence) traded recall for
// precision there: PERSON 0.590 / 0.866, LOCATION 0.675 / 0.448, the
// floors now.
TEST(Evaluation, JudgeSetHoldsItsFigures) {
  expect_floors("generated_pii_judge.json", 1500,
                {
                    // ADDRESS 0.550 -> 0.807 and PERSON precision 0.590 -> 0.620 with the
                    // address layout pass and other languages' common words (sixth pass),
                    // rounded down by about 0.01; 0.620 / 0.866 -> 0.654 / 0.870 with the
                    // names7 pass.
                    // ADDRESS 0.807 -> 0.847 with the addr7 pass (Uzbek types above all).
                    // PERSON precision 0.655 -> 0.678 with the ninth pass (orgs10, loc11).
                    // PERSON 0.801 / 0.933 -> 0.860 / 0.933 with the nineteenth pass
                    // (things named after someone: dishes, products, brands, firms).
                    {"PERSON", 0.92, 0.85, 0.93},
                    {"ADDRESS", 0.91, 0.99, 0.86},  // masked 0.873
                    {"LOCATION", 0.53, 0.73},
                    {"EMAIL_ADDRESS", 0.98, 0.95},
                    // PHONE_NUMBER precision 0.941 -> 1.000 with the phone near-miss pass.
                    {"PHONE_NUMBER", 0.96, 0.99},
                    {"DATE_TIME", 0.98, 0.95},
                });
}

// The sixth set, written before the next PERSON and ADDRESS rule change by
// someone who did not see it, to judge it: floors about 0.01 under the
// figures of main's detector at e8953b2 (docs/BENCHMARKS.md, "The blind
// set"), raised where the sixth pass raised them (ADDRESS by layout, phone
// numbers in brackets) and where addresses in their own scripts raised
// them (ADDRESS 0.673 -> 0.733), and PERSON 0.739 / 0.807 -> 0.783 / 0.804
// with other languages' common words, PERSON recall 0.804 -> 0.821 with
// names of Cyrillic, Greek, Armenian and Georgian letters read in their
// Latin spelling. Read only its overall and per-locale
// figures, never its mistakes.
TEST(Evaluation, BlindSetHoldsItsFigures) {
  expect_floors("generated_pii_blind.json", 1500,
                {
                    // ADDRESS 0.733 -> 0.890 with the addr7 address pass (PO boxes,
                    // Nordic one-word streets, 丁目-番-号 alone, Korean number-first,
                    // Hebrew entrance letters).
                    // PERSON precision 0.783 -> 0.803 with the names7 pass.
                    // PERSON precision 0.811 -> 0.847 with the ninth pass (orgs10, loc11).
                    // PERSON 0.856 / 0.823 -> 0.858 / 0.842 with the eleventh pass
                    // (names the layout announces, afr16).
                    // PERSON precision 0.875 -> 0.885 with the nineteenth pass.
                    {"PERSON", 0.84, 0.87, 0.84},
                    {"ADDRESS", 0.91, 0.99, 0.87},  // masked 0.860 -> 0.874 (addr14)
                    {"LOCATION", 0.25, 0.72},
                    {"EMAIL_ADDRESS", 0.98, 0.95},
                    // PHONE_NUMBER precision 0.914 -> 0.930 with the phone near-miss pass,
                    // 0.930 -> 0.991 with the num14 pass (other numbers' labels in more
                    // languages; postcodes of addresses in their scripts).
                    {"PHONE_NUMBER", 0.99, 0.98},
                    {"DATE_TIME", 0.98, 0.95},
                });
}

// The seventh set (`--set blind2`, seed 47, 1500 records of 46 locales),
// written in stop 27 by someone who read no detector code, no other set's
// templates and ran no scan. Floors about 0.01 under its first reading,
// raised where values between Unicode punctuation and against CJK and Thai
// text are now found (PHONE_NUMBER recall 0.929 -> 0.956, DATE_TIME 0.915
// -> 0.954; docs/BENCHMARKS.md, "The blind2 set"), and where names in
// Arabic, Hebrew, CJK, Korean and Thai script are read (PERSON 0.759 /
// 0.742 -> 0.808 / 0.805; "PII names in their own scripts (names9)"). Read
// only its overall and per-locale figures, never its mistakes.
TEST(Evaluation, Blind2SetHoldsItsFigures) {
  expect_floors("generated_pii_blind2.json", 1500,
                {
                    // PERSON precision 0.808 -> 0.846 with the orgs10 pass (firms, towns, streets),
                    // recall 0.805 -> 0.814 with the loc11 pass.
                    // PERSON 0.848 / 0.830 -> 0.850 / 0.858 with the eleventh pass
                    // (names the layout announces, calls before a request, afr16).
                    // PERSON precision 0.886 -> 0.892 with the nineteenth pass.
                    {"PERSON", 0.86, 0.88, 0.90},
                    // ADDRESS precision 0.953 -> 0.962, masked 0.944 -> 0.949 with the
                    // addr14 pass.
                    {"ADDRESS", 0.95, 0.95, 0.94},
                    // PHONE_NUMBER recall 0.958 -> 0.968, IP_ADDRESS 0.960 -> 1.000 with
                    // the num11 pass (IP and phone notations); 0.980 -> 0.993 with
                    // international numbers of a possible length found without a phone
                    // word (stop 32).
                    {"PHONE_NUMBER", 0.98, 0.99},
                    // DATE_TIME 0.954 / 0.977 -> 0.998 / 0.978, masked 0.925 -> 0.999
                    // with the num14 pass (a date's weekday and time masked with it;
                    // Chinese, Japanese and Korean dates).
                    {"DATE_TIME", 0.99, 0.97, 0.99},
                    {"EMAIL_ADDRESS", 0.99, 0.99},
                    {"CREDIT_CARD", 0.99, 0.99},
                    {"IBAN_CODE", 0.99, 0.99},
                    {"US_SSN", 0.99, 0.99},
                    {"IP_ADDRESS", 0.99, 0.99},
                });
}

// The addr7 probe set (`--set addr7`, seed 31, 1200 records), written and
// committed before its address rules: addresses of 17 countries as each
// writes them, in its own script where it has one (Korean, Japanese,
// Hebrew, Persian, Arabic, Greek, Cyrillic, Devanagari), PO boxes, flats
// and floors, and near-misses (rooms, "via 5", dates with the month's
// name in other languages, quantities, versions, prices, times). ADDRESS
// was 0.867 / 0.746 before those rules, 1.000 / 0.970 after; held there,
// rounded down (docs/BENCHMARKS.md, "PII addresses of more countries").
// PERSON rose with the names in their own scripts (0.916 / 0.677 -> 0.931
// / 0.810: JSON name keys, the addressee's line over a script's street).
TEST(Evaluation, Addr7SetHoldsItsFigures) {
  expect_floors("generated_pii_addr7.json", 1200,
                {
                    {"ADDRESS", 0.98, 0.99, 0.95},  // masked 0.940 -> 0.955 (addr14)
                    // PERSON recall 0.810 -> 0.920 with the eleventh pass (the line
                    // over an address, JSON name keys in Latin letters).
                    {"PERSON", 0.91, 0.95, 0.92},
                });
}

// The phone precision probes (`--set num7`, seed 37; `--set num7b`, seed
// 41; `--set num7c`, seed 43), each committed before the rules it judged:
// numbers that take a phone's shape (order, parcel, bank, tax, product and
// meter numbers, national ids, amounts, scores, years, codes) and phones of
// 35 regions in many notations right beside them. Main's detector read them
// at 0.449 / 0.693, 0.343 / 0.813 and 0.371 / 0.713 (precision / recall);
// the near-miss pass at 0.990, 0.980 and 0.938, recall 1.000 on each
// (docs/BENCHMARKS.md, "Phone near-misses"); num7c 1.000 with the num14
// pass ("Phones and dates, num14"). Recall must stay whole.
TEST(Evaluation, PhoneNearMissSetsHoldTheirFigures) {
  expect_floors("generated_pii_num7.json", 1200, {{"PHONE_NUMBER", 1.0, 0.98}});
  expect_floors("generated_pii_num7b.json", 900, {{"PHONE_NUMBER", 1.0, 0.97}});
  expect_floors("generated_pii_num7c.json", 900, {{"PHONE_NUMBER", 1.0, 0.99}});
}

// The names7 probe set (`--set names7`, seed 41): capitalised words that
// are not people in the everyday text of 26 locales (headings, holidays,
// streets, schools, hospitals and stations named after people, products,
// firms, departments, teams, dishes) beside people's names in many positions
// and cues of those languages. Committed before the rules written from it
// (issue 15, names7 pass: PERSON 0.786 / 0.809 -> 0.928 / 0.911), held there,
// rounded down.
TEST(Evaluation, Names7SetHoldsItsFigures) {
  expect_floors("generated_pii_names7.json", 1500,
                {
                    // PERSON precision 0.928 -> 0.935 with the orgs10 pass; recall
                    // 0.911 -> 0.936 with the loc11 pass (long cues read whole).
                    {"PERSON", 0.95, 0.95, 0.96},
                });
}

// The names9 probe set (`--set names9`, seed 53): people's names in Arabic,
// Persian, Urdu, Hebrew, Chinese, Japanese, Korean and Thai script after
// titles, labels and cues, before honorifics, in lists, greetings and
// signatures, beside near-misses of the same languages (titles before
// nouns, family-name characters as words, names inside places, towns,
// firms). Committed before the rules written from it (name_scripts.cpp:
// PERSON 0.000 / 0.000 -> 1.000 / 0.957), held there, rounded down.
TEST(Evaluation, Names9SetHoldsItsFigures) {
  expect_floors("generated_pii_names9.json", 1500,
                {
                    {"PERSON", 0.96, 0.99, 0.97},
                });
}

// The orgs10 probe set (`--set orgs10`, seed 59): firms, towns and streets
// that faker builds from people's names in every faker locale ("Langosh and
// Sons", "Nieminen, Hämäläinen and Miettinen", "Leclerc SEM", "Port Lilly",
// "Haylie Circle"), labelled ORGANIZATION and LOCATION, in business mail,
// invoices, CRM notes and forms, beside people of the same locale.
// Committed before the rules written from it (PERSON 0.513 / 0.900 -> 0.829
// / 0.926), held there, rounded down.
TEST(Evaluation, Orgs10SetHoldsItsFigures) {
  expect_floors("generated_pii_orgs10.json", 1500,
                {
                    {"PERSON", 0.94, 0.84, 0.92},
                });
}

// The loc11 probe set (`--set loc11`, seed 61): everyday messages in
// Azerbaijani, Armenian and Georgian (in their scripts), Moldovan Romanian,
// Canadian French and Ghanaian English, people after each language's cues
// beside sentences with none. Committed before the rules written from it
// (PERSON 0.889 / 0.735 -> 0.932 / 0.945: long cues read whole, Armenian
// case, cues of those languages), held there, rounded down.
TEST(Evaluation, Loc11SetHoldsItsFigures) {
  expect_floors("generated_pii_loc11.json", 1200,
                {
                    {"PERSON", 0.96, 0.95, 0.96},
                });
}

// The num11 probe set (`--set num11`, seed 67): IP addresses in the
// notations logs, configs, URLs and CSV/JSON write them (ranges, CIDR
// blocks, ports, brackets, IPv6 compressed, upper case, link local with a
// zone or a prefix length, IPv4-mapped) beside versions, sections, OIDs,
// MACs, fingerprints and C++ scopes; phone numbers of 36 locales as their
// people write them (lists with " / ", tel: links, "+CC (0)", slashes,
// dots, extensions) beside order, delivery-note and parcel numbers, dates,
// hours and amounts. Committed before the rules written from it
// (IP_ADDRESS 0.971 / 0.910 -> 1.000 / 1.000, PHONE_NUMBER 0.964 / 0.847 ->
// 1.000 / 0.996), held there, rounded down.
TEST(Evaluation, Num11SetHoldsItsFigures) {
  expect_floors("generated_pii_num11.json", 1200,
                {
                    {"IP_ADDRESS", 0.99, 0.99},
                    {"PHONE_NUMBER", 0.99, 0.99},
                });
}

// The scripts13 probe set (`--set scripts13`, seed 71): Devanagari names
// (faker's ne) in Nepali and Hindi messages after their titles, labels,
// greetings and closings, before जी; names of twelve locales in their own
// scripts inside English, French, German and Spanish text after Latin
// titles, labels and prepositions, in lists, headers, CSV and JSON; beside
// the scripts' common words, titles, towns and firms in the same places.
// Committed before the rules written from it (name_scripts.cpp: PERSON
// 0.943 / 0.557 -> 0.965 / 0.972), held there, rounded down. And scripts13b
// (seed 73), written after that first pass: faker's full names bare in
// English sentences, chats, beside e-mail addresses, in tables (PERSON
// 0.912 / 0.597 -> 0.932 / 0.885). And scripts13c (seed 79), written after
// the second: Korean, Urdu and Nepali/Hindi names in their own language's
// text beside addresses, particles and postpositions, desks and teams as
// near-misses (0.706 / 0.460 -> 0.904 / 0.904).
TEST(Evaluation, Scripts13SetsHoldTheirFigures) {
  expect_floors("generated_pii_scripts13.json", 1200,
                {
                    {"PERSON", 0.97, 0.96, 0.97},
                });
  expect_floors("generated_pii_scripts13b.json", 800,
                {
                    {"PERSON", 0.88, 0.93, 0.88},
                });
  expect_floors("generated_pii_scripts13c.json", 600,
                {
                    {"PERSON", 0.91, 0.90, 0.88},
                });
}

// The mask13 probe set (`--set mask13`, seed 83, 1000 records): full names
// in their own scripts (Hebrew, Arabic, Persian, Urdu, Thai, Georgian,
// Armenian, Russian, Ukrainian and Macedonian with patronymics and initials,
// Greek, Chinese, Japanese, Korean, Nepali) after titles, labels, in lists
// with each language's "and", under closings, in speech, labelled whole,
// with near-misses in the same places. Committed before the rules written
// from it (name_scripts.cpp: PERSON precision / recall / masked 0.895 /
// 0.888 / 0.801 -> 0.957 / 0.993 / 0.991; names9 masked 0.884 -> 0.976,
// names7 0.924 -> 0.954, loc11 0.912 -> 0.965), held there, rounded down.
// `masked` is the share of the labelled names' letters some finding covers:
// a name found by its first word alone counts as found but leaks the rest.
TEST(Evaluation, Mask13NamesMaskedWhole) {
  expect_floors("generated_pii_mask13.json", 1000,
                {
                    {"PERSON", 0.993, 0.98, 0.99},
                });
}

// The addr12 probe set (`--set addr12`, seed 73, 1200 records), written and
// committed before its rules: street addresses of the countries whose
// ADDRESS recall lagged (Greek and Macedonian in their scripts and
// romanised, Quebec French, Welsh, Georgian, Uzbek, Ghanaian, Esperanto,
// Czech, Portuguese, Austrian, Flemish, Thai, Chinese, Spanish, Latvian,
// Indian, Nepali, Hungarian, Urdu) in letters, forms, chats, signatures,
// delivery notes, JSON and CSV, beside near-misses in the same languages
// (rooms, gates, chapters, pages, lines of a form, prices, dates). ADDRESS
// was 0.878 / 0.760 before those rules, 0.942 / 0.965 after (with the
// rules of a later probe of faker's own streets); held there, rounded down
// (docs/BENCHMARKS.md, "Addresses of the countries under target
// (addr12)").
TEST(Evaluation, Addr12SetHoldsItsFigures) {
  expect_floors("generated_pii_addr12.json", 1200,
                {
                    // precision 0.942 -> 0.965, masked 0.907 -> 0.952 with the addr14 pass.
                    {"ADDRESS", 0.96, 0.96, 0.94},
                    // PERSON 0.891 / 0.705 -> 0.917 / 0.948 with the eleventh pass (a
                    // table's name column, the addressee line, "Consignee:").
                    {"PERSON", 0.94, 0.91, 0.91},
                });
}

// The addr14 probe set (`--set addr14`, seed 101, 900 records), committed
// before its rules: street addresses with the flat, floor, staircase and
// door of 24 countries' grammar ("m. 745", "3 hoog", "2. em. 13.", "4º B",
// "/Top 4", "bus 3", "Oppgang B", "stanovanje št. 519"), and near-misses of
// the street rule (rooms, exits, versions, quantities, counts, a phone after
// a street's name). ADDRESS was 0.864 / 0.948, masked 0.822, before those
// rules, 0.997 / 0.948, masked 0.944, after; held there, rounded down
// (docs/BENCHMARKS.md, "Addresses masked whole (addr14)").
TEST(Evaluation, Addr14SetHoldsItsFigures) {
  expect_floors("generated_pii_addr14.json", 900,
                {
                    {"ADDRESS", 0.94, 0.99, 0.93},
                    // PERSON 0.850 / 0.857 -> 0.865 / 0.973 with the eleventh pass.
                    {"PERSON", 0.97, 0.86, 0.97},
                });
}

// The prose13 probe set (`--set prose13`, seed 89, 1200 records), written
// and committed before the rules read from it: capitalised things that are
// no one (teams, ships, works, software, holidays, storms, sights, fictional
// figures, Title Case headings) beside people of every faker locale. PERSON
// was 0.595 / 0.813 (masked 0.719) before those rules; held at the figures
// after, rounded down (docs/BENCHMARKS.md, "PII tenth pass").
TEST(Evaluation, Prose13SetHoldsItsFigures) {
  // Precision 0.680 -> 0.919 with things named like people (eponyms17).
  expect_floors("generated_pii_prose13.json", 1200, {{"PERSON", 0.90, 0.91, 0.87}});
}

// The pos14 probe set (`--set pos14`, seed 97, 1200 records), written and
// committed before the rules read from it: names where no cue announces
// them (subject, object, after prepositions, vocatives, initials, capitals,
// lists) in the locales the unread sets miss most, beside near-misses of
// the same shapes. PERSON was 0.782 / 0.711 (masked 0.674) before.
TEST(Evaluation, Pos14SetHoldsItsFigures) {
  expect_floors("generated_pii_pos14.json", 1200, {{"PERSON", 0.85, 0.85, 0.85}});
}

// The num14 probe set (`--set num14`, seed 103, 1200 records), written
// and committed before its rules: numbers of a phone's shape (customer,
// order, bank, tracking, tax, id-card, article and registration numbers,
// amounts, postcodes with their town) in forms, invoices and chats of the
// locales whose texts carry no phone (French, Mexican Spanish, Romanian,
// Czech, Finnish, Afrikaans, Arabic, Persian, Hebrew, Georgian, Thai,
// Chinese, Japanese, Korean, Canadian and South African English), real
// phones beside them, and dates with their weekday, time and zone in 25
// languages, labelled whole. PHONE_NUMBER was 0.657 / 0.956 before those
// rules, 0.989 / 1.000 after; DATE_TIME 1.000 / 0.723 (masked 0.373), then
// 1.000 / 0.976 (masked 0.983); held there, rounded down
// (docs/BENCHMARKS.md, "Phones and dates, num14").
TEST(Evaluation, Num14SetHoldsItsFigures) {
  expect_floors("generated_pii_num14.json", 1200,
                {
                    {"PHONE_NUMBER", 0.99, 0.98, 0.99},
                    {"DATE_TIME", 0.97, 0.99, 0.98},
                });
}

// The num14b probe (`--set num14b`, seed 107, 600 records), written after
// num14's rules and committed before its own: addresses of the same
// locales as faker writes them, whose postcodes take a phone's shape, with
// real phones beside some. PHONE_NUMBER 0.853 / 1.000 before, 0.996 /
// 1.000 after ("Phones and dates, num14").
TEST(Evaluation, Num14bSetHoldsItsFigures) {
  expect_floors("generated_pii_num14b.json", 600, {{"PHONE_NUMBER", 0.99, 0.99, 0.99}});
}

// The afr16 probe set (`--set afr16`, seed 113, 900 records), written and
// committed before its rules: Zulu, Yoruba, Nigerian, Ghanaian, South
// African, Indian, Nepali and Indonesian names in chat lines, signatures,
// forms, mail headers, after those countries' titles and honorifics, beside
// near-misses of those countries (towns, firms, churches, schools, markets,
// papers, festivals, languages). PERSON was 0.763 / 0.876 (masked 0.784)
// before (docs/BENCHMARKS.md, "afr16").
TEST(Evaluation, Afr16SetHoldsItsFigures) {
  expect_floors("generated_pii_afr16.json", 900, {{"PERSON", 0.89, 0.89, 0.91}});
}

// The scripts16 probe (`--set scripts16`, seed 109, 900 records), committed
// before its rules: Korean, Urdu, Nepali, Persian and Arabic names with no
// cue in their own language's prose (a sentence's subject or object, before
// particles, postpositions and kinship honorifics, chat speakers, lists),
// a given name alone after an honorific, the same names romanised in
// English ("Ye Su-hyeok", "Sita Shrestha"), and near-misses (common nouns,
// towns, firms) in the same shapes. PERSON recall / precision / masked
// 0.592 / 0.949 / 0.557 before, 0.844 / 0.976 / 0.836 after ("Names without
// cues in caseless scripts, scripts16"), held there, rounded down.
TEST(Evaluation, Scripts16SetHoldsItsFigures) {
  expect_floors("generated_pii_scripts16.json", 900, {{"PERSON", 0.84, 0.97, 0.83}});
}

// The eponyms17 probe set (`--set eponyms17`, seed 127, 900 records),
// committed before its rules: things that carry a person's name and are no
// one (works, fictional figures, software, clubs, landmarks, eponyms,
// founders' firms) in frames of eight languages, and people in the same
// frames. PERSON recall / precision / masked 0.851 / 0.493 / 0.844 before,
// 0.851 / 0.955 / 0.844 after ("PERSON eponyms (eponyms17)" in
// docs/BENCHMARKS.md), held there, rounded down.
TEST(Evaluation, Eponyms17SetHoldsItsFigures) {
  expect_floors("generated_pii_eponyms17.json", 900, {{"PERSON", 0.85, 0.95, 0.84}});
}

// The loc17 probe set (`--set loc17`, seed 131, 900 records), committed
// before its rules: names of the ten faker locales whose PERSON recall lags
// most (fr_CH, it, en_IN, en_NP, eo, en_GB, ka_GE, hr, en_HK, ro_MD) in
// their languages' cases and in English, beside near-misses of the same
// countries. PERSON recall / precision / masked 0.820 / 0.813 / 0.828
// before (docs/BENCHMARKS.md, "loc17").
TEST(Evaluation, Loc17SetHoldsItsFigures) {
  // PERSON precision 0.841 -> 0.887 with the nineteenth pass.
  expect_floors("generated_pii_loc17.json", 900, {{"PERSON", 0.85, 0.87, 0.88}});
}

// The recall18 probe set (`--set recall18`, seed 181, 1200 records),
// committed before its rules: people of the thirteen faker locales whose
// PERSON recall lags most on the unread sets (it, fr_CH, tr, da, en_IN,
// en_NP, eo, en_GB, ka_GE, sv, zu_ZA, uk, el), in their languages'
// greetings, closings, form labels, titles, chat notices and lists, beside
// near-misses of the same locales. PERSON recall / precision / masked
// 0.764 / 0.862 / 0.814 before (docs/BENCHMARKS.md, "recall18").
TEST(Evaluation, Recall18SetHoldsItsFigures) {
  expect_floors("generated_pii_recall18.json", 1200, {{"PERSON", 0.88, 0.86, 0.90}});
}

// The inst18 probe set (`--set inst18`, seed 187, 1200 records), committed
// before its rules: institutions, firms, venues, streets and awards named
// after people of 50 faker locales (ORGANIZATION, LOCATION, or no label),
// pets, horses, boats, storms and products called by a given name, and
// people in the same frames. PERSON recall / precision / masked 0.951 /
// 0.675 / 0.945 before, 0.951 / 0.944 / 0.945 after (docs/BENCHMARKS.md,
// "inst18"), held there, rounded down.
TEST(Evaluation, Inst18SetHoldsItsFigures) {
  expect_floors("generated_pii_inst18.json", 1200, {{"PERSON", 0.95, 0.94, 0.94}});
}

// The inst18b probe set (`--set inst18b`, seed 191, 900 records), committed
// before its rules: firms, streets, towns, job titles and products of the
// ka_GE, hy, az, ro_MD, fr_CA, fr_LU and en_GH faker locales, romanised,
// beside people. PERSON 0.950 / 0.709 / 0.931 before, 0.950 / 0.891 / 0.931
// after; LOCATION 0.387 / 0.922 before, 0.548 / 0.958 after.
TEST(Evaluation, Inst18bSetHoldsItsFigures) {
  expect_floors("generated_pii_inst18b.json", 900,
                {{"PERSON", 0.95, 0.89, 0.93}, {"LOCATION", 0.54, 0.95, 0.56}});
}

// The recall19 probe set (`--set recall19`, seed 199, 1200 records),
// committed before its rules: people of fourteen faker locales whose PERSON
// recall still lags (uk, fr_CH, eo, zu_ZA, it, el, yo_NG, ka_GE, en_IE, tr,
// sv, uz_UZ_latin, sk, ku_kmr_latin) in running prose with no cue, in the
// language's grammar, lists, chat, data lines, @mentions and mail headers,
// beside near-misses. PERSON recall / precision / masked 0.615 / 0.842 /
// 0.684 before, 0.685 / 0.916 / 0.734 after (docs/BENCHMARKS.md,
// "recall19"), held there, rounded down.
TEST(Evaluation, Recall19SetHoldsItsFigures) {
  expect_floors("generated_pii_recall19.json", 1200, {{"PERSON", 0.68, 0.91, 0.73}});
}

// The prec19b probe set (`--set prec19b`, seed 197, 1200 records), committed
// before its rules: people of fr_CA, fr_LU, ro_MD, en_GH, es_MX, pt_BR, nl
// and pl beside firms of names, streets without a number, saints' places,
// pets, cafés, titles, departments, months and weekdays of the same
// locales. PERSON recall / precision / masked 0.874 / 0.607 / 0.862 before,
// 0.874 / 0.818 / 0.862 after (docs/BENCHMARKS.md, "prec19b").
TEST(Evaluation, Prec19bSetHoldsItsFigures) {
  expect_floors("generated_pii_prec19b.json", 1200, {{"PERSON", 0.87, 0.81, 0.86}});
}

// The prec19a probe set (`--set prec19a`, seed 193, 1200 records), committed
// before its rules: people of az, hy, ka_GE, ru, uk, el, sr_RS_latin and hr
// beside streets, stations, districts and institutions named after people,
// regions, firms, brands, job titles, headings and forms of those locales.
// PERSON 0.836 / 0.667 / 0.888 before, 0.836 / 0.893 / 0.888 after; ADDRESS
// 0.817 / 0.921 / 0.856 before, 0.840 / 0.923 / 0.856 after; LOCATION
// 0.135 / 0.842 before, 0.259 / 0.856 after.
TEST(Evaluation, Prec19aSetHoldsItsFigures) {
  expect_floors("generated_pii_prec19a.json", 1200,
                {{"PERSON", 0.83, 0.89, 0.88},
                 {"ADDRESS", 0.83, 0.92, 0.85},
                 {"LOCATION", 0.25, 0.85, 0.34}});
}

// The precB probe set (`--set precB`, seed 223, 600 records), committed
// before its rules: every non-person category of faker's fr_CA, fr_LU,
// ro_MD, en_GH, es_MX, pt_BR, nl and pl definitions in a name's places and
// in many kinds of text, beside real people. PERSON 0.733 / 0.771 / 0.753
// before, 0.733 / 0.871 / 0.753 after; ADDRESS 0.966 / 0.875 / 0.912 before,
// 1.000 / 0.879 / 0.912 after; LOCATION 0.152 / 0.882 before, 0.263 / 0.897
// after (docs/BENCHMARKS.md, "precB").
TEST(Evaluation, PrecBSetHoldsItsFigures) {
  expect_floors("generated_pii_precB.json", 600,
                {{"PERSON", 0.73, 0.85, 0.75},
                 {"ADDRESS", 0.96, 0.87, 0.91},
                 {"LOCATION", 0.26, 0.89, 0.33}});
}

// The precC probe set (`--set precC`, seed 229, 1440 records, 300 of places
// and 240 of offices), committed before its rules: letters, forms, notices,
// chats and sentences written in the languages of az, hy, ka_GE, ro_MD,
// fr_CA, fr_LU, nl, pl, ru, el, hr, de_CH, es_MX, cs_CZ, sk and fi, with
// greetings, addressee nouns, titles, form labels, institution, office and
// document words, weekdays, months, kin nouns and time words where a name
// would be, and places by the noun of their kind, beside real people.
// PERSON 0.861 / 0.756 / 0.884 before, 0.861 / 0.955 / 0.884 after;
// LOCATION 0.051 / 0.720 before, 0.251 / 0.926 after (docs/BENCHMARKS.md,
// "precC").
TEST(Evaluation, PrecCSetHoldsItsFigures) {
  expect_floors("generated_pii_precC.json", 1980,
                {{"PERSON", 0.86, 0.95, 0.88}, {"LOCATION", 0.25, 0.92, 0.22}});
}

// The addrD probe set (`--set addrD`, seed 4243, 900 records), committed
// before its rules: faker's street addresses of el, mk, nb_NO, zh_CN, th, hy
// (two spaces before the street type), ka_GE, ne, uk, sr_RS_latin, lv, az
// and uz_UZ_latin with their town and postcode in faker's order, labelled
// as one ADDRESS, in forms, delivery phrases, letters and chats beside
// people. ADDRESS recall / precision / masked 0.921 / 0.988 / 0.777 before,
// 0.988 / 0.989 / 0.987 after; PERSON 0.759 / 0.766 / 0.801 before, 0.788 /
// 0.904 / 0.823 after (docs/BENCHMARKS.md, "addrD").
TEST(Evaluation, AddrDSetHoldsItsFigures) {
  expect_floors("generated_pii_addrD.json", 900,
                {{"ADDRESS", 0.98, 0.98, 0.98}, {"PERSON", 0.78, 0.90, 0.82}});
}

}  // namespace
}  // namespace switchyard::privacy
