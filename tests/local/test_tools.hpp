// Shared by the tool-calling tests: tools whose argument grammars are finite
// (an enum, a bounded integer, a string of at most 6 characters), so even a
// random-weight model's constrained call ends after a few dozen tokens, and
// a check that arguments follow those schemas.
#pragma once

#include <gtest/gtest.h>
#include <simdjson.h>

#include <string>
#include <vector>

#include "switchyard/core/chat.hpp"

namespace switchyard::local::testing {

inline std::vector<core::Tool> bounded_tools() {
  core::Tool weather;
  weather.name = "get_weather";
  weather.description = "Current weather in a city";
  weather.parameters_json = R"({"type":"object","properties":{
      "city":{"type":"string","enum":["Paris","Rome"]},
      "days":{"type":"integer"},
      "units":{"type":"string","maxLength":6}},
    "required":["city","days"],"additionalProperties":false})";
  core::Tool time;
  time.name = "get_time";
  time.description = "The time in a zone";
  time.parameters_json =
      R"({"type":"object","properties":{"utc":{"type":"boolean"}},"required":["utc"]})";
  return {weather, time};
}

// Arguments of a call to one of bounded_tools(), checked against its schema.
inline void expect_valid_arguments(const std::string& name, const std::string& arguments) {
  SCOPED_TRACE(name + " " + arguments);
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  ASSERT_EQ(parser.parse(arguments).get(doc), simdjson::SUCCESS);
  simdjson::dom::object obj;
  ASSERT_EQ(doc.get_object().get(obj), simdjson::SUCCESS);
  if (name == "get_weather") {
    std::string_view city;
    ASSERT_EQ(obj["city"].get_string().get(city), simdjson::SUCCESS);
    EXPECT_TRUE(city == "Paris" || city == "Rome");
    EXPECT_TRUE(obj["days"].is_int64());
    for (auto field : obj) {
      EXPECT_TRUE(field.key == "city" || field.key == "days" || field.key == "units");
      if (field.key == "units") {
        std::string_view units;
        ASSERT_EQ(field.value.get_string().get(units), simdjson::SUCCESS);
        int code_points = 0;
        for (unsigned char c : units) code_points += (c & 0xC0) != 0x80;
        EXPECT_LE(code_points, 6);
      }
    }
  } else {
    ASSERT_EQ(name, "get_time");
    EXPECT_TRUE(obj["utc"].is_bool());
    for (auto field : obj) EXPECT_EQ(field.key, "utc");
  }
}

}  // namespace switchyard::local::testing
