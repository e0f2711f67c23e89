// Finding a value's exact text in a body: the i-th member or element of a
// container, whatever its strings, escapes, nesting and whitespace hold.
#include "switchyard/api/openai/json_source.hpp"

#include <gtest/gtest.h>

#include <string>

namespace switchyard::api::openai::json {
namespace {

TEST(SourceNode, RootIsTheBodyWithoutSurroundingWhitespace) {
  const SourceNode root("\n\t {\"a\": 1 } \r\n");
  EXPECT_EQ(root.text(), "{\"a\": 1 }");
}

TEST(SourceNode, MembersAndElementsAsWritten) {
  const std::string body =
      R"({ "n" : 2.50 , "s":"x","big":123456789012345678901234567890,"t":true,"z":null,)"
      R"("o":{"k": [1, {"d": -1e-7}]},"a":[ "p" , 10 , [] , {} ]})";
  const SourceNode root(body);
  EXPECT_EQ(root.child_text(0), "2.50");
  EXPECT_EQ(root.child_text(1), R"("x")");
  EXPECT_EQ(root.child_text(2), "123456789012345678901234567890");
  EXPECT_EQ(root.child_text(3), "true");
  EXPECT_EQ(root.child_text(4), "null");
  EXPECT_EQ(root.child_text(5), R"({"k": [1, {"d": -1e-7}]})");
  const SourceNode a(root, 6);
  EXPECT_EQ(a.text(), R"([ "p" , 10 , [] , {} ])");
  EXPECT_EQ(a.child_text(0), R"("p")");
  EXPECT_EQ(a.child_text(1), "10");
  EXPECT_EQ(a.child_text(2), "[]");
  EXPECT_EQ(a.child_text(3), "{}");
  EXPECT_EQ(a.child_text(4), "");  // no such element
  const SourceNode o(root, 5);
  const SourceNode k(o, 0);
  const SourceNode inner(k, 1);
  EXPECT_EQ(inner.child_text(0), "-1e-7");
  EXPECT_EQ(root.child_text(7), "");
}

TEST(SourceNode, StringsMayHoldQuotesBackslashesAndBrackets) {
  const std::string body =
      R"({"a\"}":"q\"{[","b":"\\","c":"\\\"]}\\","d":{"e":"}}]]\\\\"},"f":"\u00e9 日本","g":0})";
  const SourceNode root(body);
  EXPECT_EQ(root.child_text(0), R"("q\"{[")");
  EXPECT_EQ(root.child_text(1), R"("\\")");
  EXPECT_EQ(root.child_text(2), R"("\\\"]}\\")");
  EXPECT_EQ(root.child_text(3), R"({"e":"}}]]\\\\"})");
  EXPECT_EQ(root.child_text(4), R"("\u00e9 日本")");
  EXPECT_EQ(root.child_text(5), "0");
}

TEST(SourceNode, DuplicateKeysCountAsTheyAreWritten) {
  const SourceNode root(R"({"k":1,"k":2})");
  EXPECT_EQ(root.child_text(0), "1");
  EXPECT_EQ(root.child_text(1), "2");
}

TEST(SourceNode, AnyOrderOfQuestions) {
  const SourceNode root(R"([10,11,12,13])");
  EXPECT_EQ(root.child_text(3), "13");
  EXPECT_EQ(root.child_text(1), "11");  // earlier than the last: scanned again
  EXPECT_EQ(root.child_text(2), "12");
}

TEST(SourceNode, NeverReadsPastABrokenBody) {
  // Not bodies simdjson accepts, but the scan must stay inside them.
  for (const char* broken : {R"({"a":"unterminated)", R"({"a":{"b":[1,2)", R"({"a")", "{", "[",
                             R"({"a":1,)", "", "   ", R"("\)"}) {
    const std::string body(broken);
    const SourceNode root(body);
    for (std::size_t i = 0; i < 3; ++i) {
      const std::string_view t = root.child_text(i);
      EXPECT_TRUE(t.empty() ||
                  (t.data() >= body.data() && t.data() + t.size() <= body.data() + body.size()))
          << broken;
    }
    const SourceNode child(root, 0);
    (void)child.child_text(0);
  }
}

TEST(SourceNode, AScalarHasNoMembers) {
  const SourceNode root(R"({"a":5})");
  const SourceNode a(root, 0);
  EXPECT_EQ(a.text(), "5");
  EXPECT_EQ(a.child_text(0), "");
}

}  // namespace
}  // namespace switchyard::api::openai::json
