#include "switchyard/privacy/evaluation.hpp"

#include <gtest/gtest.h>
#include <simdjson.h>

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
      std::string(SWITCHYARD_SOURCE_DIR) + "/../shared/data/pii-dev/generated_large.json";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "no development set at " << path;
  const EvaluationReport r = evaluate(Detector{}, load_dev_set(path));
  for (const char* entity :
       {"CREDIT_CARD", "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "US_SSN", "IP_ADDRESS"}) {
    const EntityScore& e = r.entities.at(entity);
    EXPECT_GE(e.recall(), 0.98) << entity;
    EXPECT_GE(e.precision(), 0.95) << entity;
  }
}

}  // namespace
}  // namespace switchyard::privacy
