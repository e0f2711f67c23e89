// The verifier's JSON Schema subset: each keyword, where a violation is
// reported, and what it leaves alone (unknown keywords, an unreadable schema).
#include "switchyard/routing/json_schema_check.hpp"

#include <gtest/gtest.h>

namespace switchyard::routing {
namespace {

std::string violation(const std::string& doc, const std::string& schema) {
  return check_json(doc, schema, false).violation;
}

TEST(JsonSchemaCheck, TypesOneOrAList) {
  EXPECT_EQ(violation("1", R"({"type":"integer"})"), "");
  EXPECT_EQ(violation("1.0", R"({"type":"integer"})"), "");
  EXPECT_EQ(violation("1.5", R"({"type":"integer"})"), "$: expected integer, got a number");
  EXPECT_EQ(violation("null", R"({"type":["string","null"]})"), "");
  EXPECT_EQ(violation("true", R"({"type":["string","null"]})"),
            "$: expected string or null, got a boolean");
  EXPECT_EQ(violation("{}", R"({"type":"object"})"), "");
}

TEST(JsonSchemaCheck, ArraysItemsAndTheirCount) {
  const std::string schema =
      R"({"type":"array","items":{"type":"string"},"minItems":1,"maxItems":2})";
  EXPECT_EQ(violation(R"(["a","b"])", schema), "");
  EXPECT_EQ(violation("[]", schema), "$: 0 items, fewer than minItems 1");
  EXPECT_EQ(violation(R"(["a","b","c"])", schema), "$: 3 items, more than maxItems 2");
  EXPECT_EQ(violation(R"(["a",2])", schema), "$[1]: expected string, got an integer");
}

TEST(JsonSchemaCheck, StringLengthsInCharacters) {
  const std::string schema = R"({"type":"string","minLength":2,"maxLength":3})";
  EXPECT_EQ(violation("\"\xC3\xA9\xC3\xA9\"", schema), "");  // two characters, four bytes
  EXPECT_EQ(violation("\"a\"", schema), "$: 1 characters, fewer than minLength 2");
  EXPECT_EQ(violation("\"abcd\"", schema), "$: 4 characters, more than maxLength 3");
}

TEST(JsonSchemaCheck, NumbersBounds) {
  EXPECT_EQ(violation("5", R"({"minimum":5,"maximum":5})"), "");
  EXPECT_EQ(violation("5", R"({"exclusiveMinimum":5})"), "$: not above exclusiveMinimum");
  EXPECT_EQ(violation("5", R"({"exclusiveMaximum":5})"), "$: not below exclusiveMaximum");
  EXPECT_EQ(violation("6", R"({"maximum":5.5})"), "$: above the maximum");
}

TEST(JsonSchemaCheck, EnumAndConstCompareValuesNotSpelling) {
  EXPECT_EQ(violation("2.50", R"({"enum":[1,2.5]})"), "");
  EXPECT_EQ(violation(R"({"b":[1],"a":null})", R"({"const":{"a":null,"b":[1]}})"), "");
  EXPECT_EQ(violation("3", R"({"enum":[1,2.5]})"), "$: not one of the schema's enum values");
  EXPECT_EQ(violation(R"("x")", R"({"const":"y"})"), "$: not the constant the schema sets");
}

TEST(JsonSchemaCheck, AnyOfOneOfAllOf) {
  const std::string any = R"({"anyOf":[{"type":"string"},{"type":"integer"}]})";
  EXPECT_EQ(violation("1", any), "");
  EXPECT_EQ(violation("true", any), "$: expected string, got a boolean");
  const std::string one = R"({"oneOf":[{"type":"number"},{"type":"integer"}]})";
  EXPECT_EQ(violation("1.5", one), "");
  EXPECT_EQ(violation("1", one), "$: matches 2 schemas of oneOf, not one");
  EXPECT_EQ(violation("1", R"({"allOf":[{"type":"integer"},{"minimum":2}]})"),
            "$: below the minimum");
}

TEST(JsonSchemaCheck, LocalReferences) {
  const std::string schema =
      R"({"$defs":{"point":{"type":"object","required":["x"]}},"type":"array",)"
      R"("items":{"$ref":"#/$defs/point"}})";
  EXPECT_EQ(violation(R"([{"x":1}])", schema), "");
  EXPECT_EQ(violation(R"([{"x":1},{}])", schema), "$[1]: the required member 'x' is missing");
}

TEST(JsonSchemaCheck, NestedPathsAndAdditionalProperties) {
  const std::string schema =
      R"({"type":"object","properties":{"user":{"type":"object","properties":{"age":)"
      R"({"type":"integer"}},"additionalProperties":{"type":"string"}}}})";
  EXPECT_EQ(violation(R"({"user":{"age":3,"nick":"x"}})", schema), "");
  EXPECT_EQ(violation(R"({"user":{"age":"3"}})", schema),
            "$.user.age: expected integer, got a string");
  EXPECT_EQ(violation(R"({"user":{"nick":1}})", schema),
            "$.user.nick: expected string, got an integer");
}

TEST(JsonSchemaCheck, UnknownKeywordsAndAnUnreadableSchemaConstrainNothing) {
  EXPECT_EQ(violation(R"("abc")", R"({"pattern":"^x$","format":"email"})"), "");
  const SchemaCheck c = check_json("{}", "{not a schema", false);
  EXPECT_TRUE(c.conforms());
  EXPECT_FALSE(c.schema_ok);
}

TEST(JsonSchemaCheck, NotJsonOrNotAnObjectWhenOneIsRequired) {
  SchemaCheck c = check_json("{\"a\":", "", true);
  EXPECT_FALSE(c.parsed);
  EXPECT_FALSE(c.conforms());
  c = check_json("\"text\"", "", true);
  EXPECT_TRUE(c.parsed);
  EXPECT_EQ(c.violation, "$: expected an object, got a string");
  EXPECT_TRUE(check_json("\"text\"", "", false).conforms());
}

}  // namespace
}  // namespace switchyard::routing
