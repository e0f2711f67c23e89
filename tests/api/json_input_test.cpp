// Parsing bodies that hold integers wider than 64 bits (json_input.hpp):
// each is found as a number token by simdjson's On-Demand and rewritten as a
// decimal of the same length, and nothing else of the body changes.
#include "switchyard/api/openai/json_input.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace switchyard::api::openai::json {
namespace {

namespace dom = simdjson::dom;

TEST(ParseWide, IntegersWiderThan64BitsBecomeDecimalsOfAboutTheSameValue) {
  Parse parse;
  dom::element root;
  ASSERT_EQ(
      parse_wide(parse, R"({"big":123456789012345678901234567890,"neg":-98765432109876543210})",
                 root),
      simdjson::SUCCESS);
  EXPECT_DOUBLE_EQ(double(root["big"]), 1234567890123456789012345678e2);
  EXPECT_DOUBLE_EQ(double(root["neg"]), -987654321098765432e2);
}

TEST(ParseWide, JustPastTheLimitsOfBothSigns) {
  Parse parse;
  dom::element root;
  // UINT64_MAX and INT64_MIN fit; one further does not.
  ASSERT_EQ(parse_wide(parse, "[18446744073709551615,-9223372036854775808]", root),
            simdjson::SUCCESS);
  EXPECT_EQ(uint64_t(root.at(0)), UINT64_MAX);
  EXPECT_EQ(int64_t(root.at(1)), INT64_MIN);
  ASSERT_EQ(parse_wide(parse, "[18446744073709551616,-9223372036854775809]", root),
            simdjson::SUCCESS);
  EXPECT_DOUBLE_EQ(double(root.at(0)), 184467440737095516e2);
  EXPECT_DOUBLE_EQ(double(root.at(1)), -92233720368547758e2);
}

TEST(ParseWide, StringsAndKeysAreNeverTouched) {
  Parse parse;
  dom::element root;
  const std::string body =
      R"({"123456789012345678901234567890":"a\"123456789012345678901234567890\\",)"
      R"("n": [ 123456789012345678901234567890 ] ,"d":1.5e3})";
  ASSERT_EQ(parse_wide(parse, body, root), simdjson::SUCCESS);
  EXPECT_EQ(std::string_view(root["123456789012345678901234567890"]),
            "a\"123456789012345678901234567890\\");
  EXPECT_DOUBLE_EQ(double(root["n"].at(0)), 1234567890123456789012345678e2);
  EXPECT_DOUBLE_EQ(double(root["d"]), 1500.0);
}

TEST(ParseWide, AWideScalarDocument) {
  Parse parse;
  dom::element root;
  ASSERT_EQ(parse_wide(parse, " 123456789012345678901234567890 ", root), simdjson::SUCCESS);
  EXPECT_TRUE(root.is_double());
}

TEST(ParseWide, OtherErrorsStayErrors) {
  Parse parse;
  dom::element root;
  // A broken body, a decimal beyond a double, nothing wide at all.
  EXPECT_NE(parse_wide(parse, R"({"x":123456789012345678901234567890,)", root), simdjson::SUCCESS);
  EXPECT_NE(parse_wide(parse, R"({"x":1e400,"y":123456789012345678901234567890})", root),
            simdjson::SUCCESS);
  EXPECT_NE(parse_wide(parse, R"({"x":[1,,2]})", root), simdjson::SUCCESS);
}

}  // namespace
}  // namespace switchyard::api::openai::json
